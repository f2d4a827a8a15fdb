#include "CommandLine.h"
#include "LanguageManager.h"
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ProgressDashboard"));
    QCoreApplication::setApplicationName(QStringLiteral("progress-dashboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PD_VERSION));
}

/// Shows why a file cannot be opened and lets the user pick another; false to quit.
bool openWithRetry(pd::MainWindow &window, QString path)
{
    for (;;) {
        QString error;
        if (window.openFile(path, &error))
            return true;
        QMessageBox box(QMessageBox::Critical, QObject::tr("Cannot Open Data File"), error);
        QPushButton *other =
            box.addButton(QObject::tr("Open Another File…"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Close);
        box.exec();
        if (box.clickedButton() != other)
            return false;
        path = QFileDialog::getOpenFileName(nullptr, QObject::tr("Open Data File"),
                                            QFileInfo(path).absolutePath());
        if (path.isEmpty())
            return false;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (pd::CommandLine::isCommand(arguments)) {
        // Sub-commands need fonts and painting (PDF) but never a window or a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
            qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        describeApplication();
        return pd::CommandLine().run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/progress-dashboard.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.progressdashboard.ProgressDashboard"));
    // Before any text is made, so --help and the first window are already in the right language.
    pd::LanguageManager::instance().initialize(pd::LanguageManager::languageFromArguments(arguments));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("Track a government work report's targets through the year."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QObject::tr("Open this data file."),
                                QObject::tr("FILE"));
    parser.addOption(db);
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  QObject::tr("Show the figures as of this date."),
                                  QObject::tr("YYYY-MM-DD"));
    parser.addOption(asOf);
    const QCommandLineOption indicator(QStringLiteral("indicator"),
                                       QObject::tr("Open on the indicator with this code."),
                                       QObject::tr("CODE"));
    parser.addOption(indicator);
    const QCommandLineOption meeting(QStringLiteral("meeting"),
                                     QObject::tr("Start in meeting mode."));
    parser.addOption(meeting);
    parser.addOption(pd::LanguageManager::commandLineOption());
    parser.addPositionalArgument(QStringLiteral("file"), QObject::tr("A data file to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    QString path = parser.value(db);
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();
    if (path.isEmpty())
        path = pd::CommandLine::defaultDataFile();

    pd::MainWindow window;
    if (!openWithRetry(window, path))
        return 1;
    if (parser.isSet(asOf)) {
        const QDate date = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (date.isValid())
            window.setAsOf(date);
    }
    window.show();
    if (parser.isSet(indicator))
        window.selectIndicator(parser.value(indicator));
    if (parser.isSet(meeting)) {
        if (QAction *action = window.findChild<QAction *>(QStringLiteral("actionMeetingMode")))
            QTimer::singleShot(0, action, &QAction::trigger);
    }
    return app.exec();
}
