#include "cli/CommandLine.h"
#include "main/FirstPaintProbe.h"
#include "i18n/LanguageManager.h"
#include "main/MainWindow.h"
#include "main/ServerController.h"
#include "store/Backups.h"
#include "store/PlanStore.h"
#include "store/ServerAddress.h"

#include <QAction>
#include <QTreeView>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include "main/FileDialog.h"
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QLocale>
#include <QTimer>

#include <cstdio>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ProgressDashboard"));
    QCoreApplication::setApplicationName(QStringLiteral("progress-dashboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PD_VERSION));
}

/// The settings file and its folder owner-only (0600, 0700), made before Qt writes them:
/// QSettings keeps an existing file's mode, but a new one gets the umask's, readable by all.
void makeSettingsPrivate()
{
    const QString file = QSettings().fileName();
    pd::CommandLine::makePrivateFolder(QFileInfo(file).absolutePath());
    const QFile::Permissions owner = QFile::ReadOwner | QFile::WriteOwner;
    if (!QFileInfo::exists(file)) {
        QFile settings(file);
        settings.open(QIODevice::WriteOnly, owner);
    }
    QFile::setPermissions(file, owner);
}

/// A damaged file's message names the latest automatic backup to restore (read-only checks:
/// the file stays as it is).
QString withLatestBackup(const QString &path, const QString &error)
{
    pd::DataFileProblem problem = pd::DataFileProblem::None;
    QString ignored;
    if (pd::PlanStore::checkFile(path, pd::PlanStore::IntegrityCheck::AtOpen, &ignored, &problem) ||
        problem != pd::DataFileProblem::Damaged)
        return error;
    const std::optional<pd::BackupInfo> backup = pd::Backups::latestOf(path);
    if (!backup)
        return error;
    return error + QStringLiteral("\n\n") +
           QObject::tr("The latest backup is %1 (%2).")
               .arg(QDir::toNativeSeparators(backup->path),
                    QLocale().toString(backup->takenAt, QLocale::ShortFormat));
}

/// Shows why a file cannot be opened and lets the user pick another; false to quit.
bool openWithRetry(pd::MainWindow &window, QString path)
{
    for (;;) {
        QString error;
        if (window.openFile(path, &error))
            return true;
        QMessageBox box(QMessageBox::Critical, QObject::tr("Cannot Open Data File"),
                        withLatestBackup(path, error));
        QPushButton *other =
            box.addButton(QObject::tr("Open Another File…"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Close);
        box.exec();
        if (box.clickedButton() != other)
            return false;
        path = pd::FileDialog::getOpenFileName(nullptr, QObject::tr("Open Data File"),
                                               QFileInfo(path).absolutePath());
        if (path.isEmpty())
            return false;
    }
}

/// Qt's start-up chatter that says nothing to the user: the runtime folder it does not need,
/// and, while the platform starts, the failed X connection main() explains in its own words.
QtMessageHandler defaultHandler = nullptr;
bool platformStarting = false;
QList<QPair<QtMsgType, QString>> startupMessages;
QMessageLogContext startupContext;

void filterStartupMessages(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (text.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (platformStarting && context.category &&
        QLatin1String(context.category).startsWith(QLatin1String("qt.qpa"))) {
        startupMessages.append({type, text});
        return;
    }
    defaultHandler(type, context, text);
}

/// Lets the window fall back to no display instead of aborting, so main() can say why.
void allowMissingDisplay()
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return; // the user chose a platform: respect it as it is
    if (!qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "wayland;xcb;offscreen");
    else
        qputenv("QT_QPA_PLATFORM", "xcb;offscreen");
}

/// One sentence on stderr when there is no display for the window. No translator is loaded
/// yet, so it picks the Chinese or English sentence from the system locale itself.
int reportMissingDisplay()
{
    const bool chinese = QLocale::system().language() == QLocale::Chinese;
    const QString message =
        chinese
            ? QStringLiteral("progress-dashboard：没有可用的显示器，无法打开窗口（DISPLAY "
                             "未设置或无法连接）；子命令无需显示器，见 progress-dashboard --help。")
            : QStringLiteral("progress-dashboard: there is no display to open the window on "
                             "(DISPLAY is not set or cannot be reached); the sub-commands "
                             "work without one, see progress-dashboard --help.");
    const QByteArray bytes = message.toLocal8Bit();
    std::fprintf(stderr, "%s\n", bytes.constData());
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    defaultHandler = qInstallMessageHandler(filterStartupMessages);
    if (pd::CommandLine::isCommand(arguments)) {
        // Sub-commands need fonts and painting (PDF) but never a window or a display: offscreen
        // always, so a stale DISPLAY over SSH cannot make them abort.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        describeApplication();
        makeSettingsPrivate();
        // Messages and --help in the user's language, as in the window.
        pd::LanguageManager::instance().initialize(
            pd::LanguageManager::languageFromArguments(arguments));
        return pd::CommandLine().run(QCoreApplication::arguments());
    }

    const bool platformChosen = !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    allowMissingDisplay();
    platformStarting = !platformChosen;
    QApplication app(argc, argv);
    platformStarting = false;
    if (!platformChosen && QGuiApplication::platformName() == QLatin1String("offscreen"))
        return reportMissingDisplay();
    for (const auto &[type, text] : std::as_const(startupMessages))
        defaultHandler(type, startupContext, text); // a real platform came up: show what it said
    describeApplication();
    makeSettingsPrivate();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/progress-dashboard.svg")));
    QGuiApplication::setDesktopFileName(
        QStringLiteral("io.github.progressdashboard.ProgressDashboard"));
    // Before any text is made, so --help and the first window are already in the right language.
    pd::LanguageManager::instance().initialize(
        pd::LanguageManager::languageFromArguments(arguments));
    // Bad options and --help were handled by CommandLine before any display was needed.
    QCommandLineParser parser;
    pd::CommandLine::setUpWindowParser(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "progress-dashboard: %s\n",
                     pd::CommandLine::unknownOptionMessage(parser).toLocal8Bit().constData());
        return 2;
    }
    const QString db = QStringLiteral("db");
    const QString asOf = QStringLiteral("as-of");
    const QString indicator = QStringLiteral("indicator");
    const QString meeting = QStringLiteral("meeting");

    QString path = parser.value(db);
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();
    if (path.isEmpty())
        path = pd::CommandLine::defaultDataFile();

    pd::MainWindow window;
    if (parser.isSet(QStringLiteral("server"))) {
        // A shared server in place of a file: the address alone first (PGPASSWORD, ~/.pgpass),
        // else the dialog, filled in, asks for the password.
        QString error;
        const std::optional<pd::ServerAddress> address =
            pd::ServerAddress::parse(parser.value(QStringLiteral("server")), &error);
        if (!address) {
            std::fprintf(stderr, "progress-dashboard: %s\n", error.toLocal8Bit().constData());
            return 2;
        }
        if (!window.openServer(*address, QString(), &error)) {
            if (auto *server = window.findChild<pd::ServerController *>())
                server->connectDialog(&*address, error);
            if (!window.store()->isServer())
                return 1;
        }
    } else if (!openWithRetry(window, path)) {
        return 1;
    }
    if (parser.isSet(asOf)) {
        const QDate date = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (date.isValid())
            window.setAsOf(date);
    }
    pd::FirstPaintProbe::watchIfAsked(window.treeView()->viewport());
    window.show();
    // An indicator's code, or a task's (A3.2.T4): the tree opens on it.
    if (parser.isSet(indicator) && !window.selectIndicator(parser.value(indicator)))
        window.selectTask(parser.value(indicator));
    if (parser.isSet(meeting)) {
        if (QAction *action = window.findChild<QAction *>(QStringLiteral("actionMeetingMode")))
            QTimer::singleShot(0, action, &QAction::trigger);
    }
    return app.exec();
}
