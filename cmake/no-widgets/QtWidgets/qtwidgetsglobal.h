// Put on the core library's include path before Qt's own (app/core/CMakeLists.txt): every
// QtWidgets header includes <QtWidgets/qtwidgetsglobal.h>, so any QtWidgets include in a core
// source stops the build here. Widgets belong in ui/.
#error "the core library must not use QtWidgets: move the widget code to ui/"
