#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTemporaryDir>

#include <optional>

class QCommandLineParser;

namespace pd {

/// The sub-commands of the progress-dashboard binary (import-report, export-json, record…),
/// and the top-level --help and --version. None of them needs a window or a display.
/// Each returns the process exit code: 0 on success, 1 on an error (one line on stderr),
/// 2 on a usage error.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(pd::CommandLine)

public:
    /// True when the arguments are for the command line rather than the window: a sub-command,
    /// --help, --version, or a word that is no file to open (a mistyped sub-command).
    static bool isCommand(const QStringList &arguments);
    /// The data file used when no --db is given.
    static QString defaultDataFile();
    /// Makes a folder and its missing parents owner-only (0700); false when it cannot be made.
    static bool makePrivateFolder(const QString &path);
    /// The options the window takes, shared by the window's parser and the top-level --help.
    static QList<QCommandLineOption> windowOptions();
    /// A parser for the window's options, read as the window reads them (-lang as --lang).
    static void setUpWindowParser(QCommandLineParser &parser);
    /// The top-level --help: the window's options and one line per sub-command.
    static QString helpText();
    /// A parse error in the user's words, naming the nearest valid option for an unknown one.
    static QString unknownOptionMessage(const QCommandLineParser &parser);

    int run(const QStringList &arguments);

    int importReport(const QStringList &arguments);
    int exportJson(const QStringList &arguments);
    /// The units' sheets (a folder or one workbook) or the ledger, as XLSX.
    int exportXlsx(const QStringList &arguments);
    /// The indicators with their latest figures as CSV.
    int exportCsv(const QStringList &arguments);
    /// Units' sheets (XLSX or CSV) back in: figures and texts, refused rows reported.
    int importXlsx(const QStringList &arguments);
    int importUnits(const QStringList &arguments);
    /// A dry run's copy of the data file (and its -wal) in scratch, so not a byte of the file
    /// itself can change; *openPath the copy to open.
    static bool dryRunCopy(const QString &dbPath, const QTemporaryDir &scratch, QString *openPath,
                           QString *error);
    /// Who has not reported for a round, per unit; the reminders (催报单) as PDF or XLSX.
    int unreported(const QStringList &arguments);
    int record(const QStringList &arguments);
    int exportPdf(const QStringList &arguments);
    int exportMinutes(const QStringList &arguments);
    int offlineCopy(const QStringList &arguments);
    int sendDecisions(const QStringList &arguments);
    int serverUser(const QStringList &arguments);
    /// Lists a data file's automatic backups.
    int backups(const QStringList &arguments);
    int check(const QStringList &arguments);
    /// The schema and a plan into an empty database on a PostgreSQL server (ServerInit.cpp).
    int serverInit(const QStringList &arguments);

private:
    /// Adds --help and parses; an exit code when the command must stop (help shown: 0,
    /// bad options: 2), nothing when it goes on.
    std::optional<int> parseOptions(QCommandLineParser &parser, const QStringList &arguments,
                                    const QString &usage);
    int fail(const QString &message, int code = 1);
};

} // namespace pd
