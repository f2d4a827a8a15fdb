#include "CommandLine.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ProgressDashboard"));
    QCoreApplication::setApplicationName(QStringLiteral("progress-dashboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PD_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (pd::CommandLine::isCommand(arguments)) {
        // Sub-commands run without a display.
        QCoreApplication app(argc, argv);
        describeApplication();
        return pd::CommandLine().run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    describeApplication();
    pd::MainWindow window;
    window.show();
    return app.exec();
}
