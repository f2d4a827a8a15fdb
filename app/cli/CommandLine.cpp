#include "cli/CommandLine.h"

#include "cli/StoreTarget.h"

#include "commands/ImportSheetsCommand.h"
#include "document/BuiltinPlan.h"
#include "document/DataFile.h"
#include "document/OfflineCopy.h"
#include "document/PlanDocument.h"
#include "plan/Clock.h"
#include "plan/EntryCheck.h"
#include "plan/InputParsing.h"
#include "export/CsvExporter.h"
#include "export/JsonExporter.h"
#include "export/OutputFile.h"
#include "export/ReminderWorkbook.h"
#include "export/XlsxSheets.h"
#include "meeting/MeetingStore.h"
#include "meeting/MinutesExporter.h"
#include "report/PdfExporter.h"
#include "report/ReminderSheet.h"
#include "report/UnreportedList.h"
#include "sheetsin/UnitAssignments.h"
#include "sheetsin/RefusedSheetWriter.h"
#include "sheetsin/SheetImportPreview.h"
#include "store/Backups.h"
#include "store/PlanStore.h"
#include "store/ServerAddress.h"
#include "store/ServerRights.h"
#include "store/TaskStore.h"
#include "store/RoundSettings.h"
#include "parse/ImportPreview.h"
#include "parse/ReportParser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <vector>

namespace pd {
namespace {

/// One sub-command: its name, one line on what it does, and the member that runs it.
struct Command
{
    const char *name;
    const char *summary;
    int (CommandLine::*run)(const QStringList &);
};

const std::vector<Command> &commands()
{
    static const std::vector<Command> list{
        {"import-report",
         QT_TRANSLATE_NOOP("pd::CommandLine", "Read a work report's text into a data file."),
         &CommandLine::importReport},
        {"export-json",
         QT_TRANSLATE_NOOP("pd::CommandLine",
                           "Write the plan, its indicators and their figures as JSON."),
         &CommandLine::exportJson},
        {"export-xlsx",
         QT_TRANSLATE_NOOP("pd::CommandLine",
                           "Write the responsible units' sheets to fill in (a workbook per unit "
                           "in a folder, or one workbook with a sheet per unit), or the whole "
                           "ledger (--ledger), as XLSX."),
         &CommandLine::exportXlsx},
        {"import-xlsx",
         QT_TRANSLATE_NOOP("pd::CommandLine",
                           "Read the units' filled-in sheets (XLSX or CSV) back: new and "
                           "changed figures and texts in one step, each refused row with "
                           "its reason (--refused: a workbook to send back)."),
         &CommandLine::importXlsx},
        {"import-units",
         QT_TRANSLATE_NOOP("pd::CommandLine",
                           "Read a unit assignment sheet (XLSX or CSV: 编码, 牵头单位 and "
                           "optionally 配合单位) and give the indicators their units in one step."),
         &CommandLine::importUnits},
        {"export-csv",
         QT_TRANSLATE_NOOP("pd::CommandLine",
                           "Write the indicators with their latest figures and statuses as CSV "
                           "(UTF-8 with BOM, for Excel and WPS)."),
         &CommandLine::exportCsv},
        {"unreported",
         QT_TRANSLATE_NOOP("pd::CommandLine",
                           "List, per responsible unit, the indicators without a figure for a "
                           "reporting round and how late they are; write the reminders (催报单) "
                           "as PDF or XLSX."),
         &CommandLine::unreported},
        {"record", QT_TRANSLATE_NOOP("pd::CommandLine", "Record a figure for one indicator."),
         &CommandLine::record},
        {"export-pdf",
         QT_TRANSLATE_NOOP("pd::CommandLine", "Print progress sheets (the book, an area, a part or "
                                              "one indicator; or only what is behind) to PDF."),
         &CommandLine::exportPdf},
        {"export-minutes",
         QT_TRANSLATE_NOOP("pd::CommandLine", "Print a review meeting's minutes to PDF."),
         &CommandLine::exportMinutes},
        {"offline-copy",
         QT_TRANSLATE_NOOP("pd::CommandLine",
                           "Write a copy of the whole data (plan, figures, tasks, meetings) to a "
                           "data file for a meeting without network."),
         &CommandLine::offlineCopy},
        {"send-decisions",
         QT_TRANSLATE_NOOP("pd::CommandLine",
                           "Send the meeting decisions taken in an offline copy back to the data "
                           "it was copied from; decisions changed there meanwhile are listed, "
                           "not overwritten."),
         &CommandLine::sendDecisions},
        {"server-user",
         QT_TRANSLATE_NOOP("pd::CommandLine",
                           "Create or change a login on a shared server: for a responsible unit, "
                           "which may then change only the figures and tasks it leads, or for "
                           "the supervision office, which may change everything."),
         &CommandLine::serverUser},
        {"backups",
         QT_TRANSLATE_NOOP("pd::CommandLine",
                           "List a data file's automatic backups, newest first: when, why, "
                           "size, figures, path."),
         &CommandLine::backups},
        {"check",
         QT_TRANSLATE_NOOP("pd::CommandLine",
                           "Check a data file for damage, without changing it; prints \"ok\" "
                           "or what is wrong."),
         &CommandLine::check},
        {"server-init",
         QT_TRANSLATE_NOOP("pd::CommandLine",
                           "Set up a plan on a PostgreSQL server: the schema in an empty "
                           "database, then the built-in plan or a report (--report)."),
         &CommandLine::serverInit},
    };
    return list;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

/// Edit distance, to name the valid word nearest to a mistyped one.
int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(std::size_t(b.size()) + 1);
    for (std::size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[std::size_t(j)];
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            row[std::size_t(j)] =
                std::min({above + 1, row[std::size_t(j - 1)] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row.back();
}

/// The candidate nearest to word, or empty when none is close enough to be a likely typo.
QString nearest(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = std::numeric_limits<int>::max();
    for (const QString &candidate : candidates) {
        int distance = editDistance(word, candidate);
        if (candidate.startsWith(word) || word.startsWith(candidate))
            distance = std::min(distance, 1);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return bestDistance <= std::max<qsizetype>(2, word.size() / 3) ? best : QString();
}

QStringList commandNames()
{
    QStringList names;
    for (const Command &command : commands())
        names << QString::fromLatin1(command.name);
    return names;
}

bool isHelp(const QString &argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h") ||
           argument == QLatin1String("-help") || argument == QLatin1String("--help-all") ||
           argument == QLatin1String("-?") || argument == QLatin1String("help");
}

bool isVersion(const QString &argument)
{
    return argument == QLatin1String("--version") || argument == QLatin1String("-v") ||
           argument == QLatin1String("-version");
}

/// The options part of a parser's help text (Qt's own "Usage:" line names no sub-command).
/// Found by its indentation, as Qt translates the "Options:" heading.
QString optionsText(const QCommandLineParser &parser)
{
    const QString text = parser.helpText();
    const qsizetype at = text.indexOf(QLatin1String("\n  "));
    return at < 0 ? QString() : text.mid(at + 1);
}

void printText(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
}

void printLine(FILE *stream, const QString &text)
{
    printText(stream, text + QLatin1Char('\n'));
}

/// A failed open's message; for a damaged file it names the latest backup to restore.
QString openFailure(const PlanStore &store, const QString &path, const QString &error)
{
    if (store.openProblem() != DataFileProblem::Damaged)
        return error;
    const std::optional<BackupInfo> backup = Backups::latestOf(path);
    if (!backup)
        return error + QLatin1Char(' ') + CommandLine::tr("It has no automatic backup.");
    return error + QLatin1Char(' ') +
           CommandLine::tr("The latest backup is %1 (%2).")
               .arg(QDir::toNativeSeparators(backup->path),
                    QLocale().toString(backup->takenAt, QLocale::ShortFormat));
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), CommandLine::tr("The data file."),
                              CommandLine::tr("FILE"));
}

} // namespace

bool CommandLine::isCommand(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    if (findCommand(first))
        return true;
    for (const QString &argument : arguments.mid(1)) {
        if (argument == QLatin1String("--"))
            break;
        if (isHelp(argument) || isVersion(argument))
            return true;
    }
    // Bad window options are reported here too, so they need no display either.
    QCommandLineParser window;
    setUpWindowParser(window);
    if (!window.parse(arguments))
        return true;
    // A word that is neither an option nor a file to open is a mistyped sub-command.
    return !first.startsWith(QLatin1Char('-')) && !first.contains(QLatin1Char('.')) &&
           !first.contains(QLatin1Char('/')) && !QFileInfo::exists(first);
}

QList<QCommandLineOption> CommandLine::windowOptions()
{
    return {
        QCommandLineOption(QStringLiteral("db"), tr("Open this data file."), tr("FILE")),
        QCommandLineOption(QStringLiteral("server"),
                           tr("Open the plan shared on this PostgreSQL server instead of a file "
                              "(the password from PGPASSWORD or ~/.pgpass, else asked)."),
                           tr("postgresql://USER@HOST:PORT/DATABASE")),
        QCommandLineOption(QStringLiteral("as-of"), tr("Show the figures as of this date."),
                           tr("YYYY-MM-DD")),
        QCommandLineOption(QStringLiteral("indicator"), tr("Open on the indicator with this code."),
                           tr("CODE")),
        QCommandLineOption(QStringLiteral("meeting"), tr("Start in meeting mode.")),
        QCommandLineOption(QStringLiteral("lang"),
                           tr("Language of the interface: zh_CN (Chinese) or en (English); "
                              "overrides the choice in View → Language for this run."),
                           tr("LANGUAGE")),
    };
}

void CommandLine::setUpWindowParser(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(windowOptions());
}

QString CommandLine::unknownOptionMessage(const QCommandLineParser &parser)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (unknown.isEmpty())
        return parser.errorText();
    // The parser does not list its options, but its help text names every one.
    QStringList names;
    static const QRegularExpression longName(QStringLiteral("--([a-z][a-z0-9-]*)"));
    QRegularExpressionMatchIterator it = longName.globalMatch(parser.helpText());
    while (it.hasNext())
        names << it.next().captured(1);
    const QString &name = unknown.constFirst();
    const QString written = (name.size() > 1 ? QStringLiteral("--") : QStringLiteral("-")) + name;
    const QString suggestion = nearest(name, names);
    if (suggestion.isEmpty())
        return tr("unknown option \"%1\".").arg(written);
    return tr("unknown option \"%1\"; did you mean \"--%2\"?").arg(written, suggestion);
}

QString CommandLine::helpText()
{
    QCommandLineParser window;
    window.addOptions(windowOptions());
    QString text = tr("usage: progress-dashboard [OPTIONS] [FILE]     opens the window\n"
                      "       progress-dashboard COMMAND [OPTIONS]   works without a window "
                      "or a display\n\n"
                      "Track a government work report's targets through the year.\n\n"
                      "Window options:\n");
    text += optionsText(window);
    text += tr("\nCommands:\n");
    int width = 0;
    for (const Command &command : commands())
        width = std::max(width, int(qstrlen(command.name)));
    for (const Command &command : commands()) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command.name), -width)
                    .arg(QCoreApplication::translate("pd::CommandLine", command.summary));
    }
    text += tr("\nRun \"progress-dashboard COMMAND --help\" for a command's options; "
               "--version prints the version.\n");
    return text;
}

QString CommandLine::defaultDataFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    makePrivateFolder(dir);
    return QDir(dir).filePath(QStringLiteral("plan.sqlite"));
}

bool CommandLine::makePrivateFolder(const QString &path)
{
    // Each folder made here is owner-only whatever the umask (mkpath would use the umask's);
    // folders that exist already are the user's and keep their mode.
    const QString absolute = QDir::cleanPath(QDir(path).absolutePath());
    QStringList missing;
    for (QString at = absolute; !QFileInfo::exists(at); at = QFileInfo(at).absolutePath()) {
        missing.prepend(at);
        if (QFileInfo(at).absolutePath() == at)
            break;
    }
    const QFile::Permissions owner = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                     QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;
    for (const QString &folder : std::as_const(missing)) {
        if (!QDir().mkdir(folder, owner) && !QFileInfo(folder).isDir())
            return false;
        QFile::setPermissions(folder, owner);
    }
    return QFileInfo(absolute).isDir();
}

int CommandLine::fail(const QString &message, int code)
{
    printLine(stderr, QStringLiteral("progress-dashboard: ") + message);
    return code;
}

int CommandLine::run(const QStringList &arguments)
{
    const QString name = arguments.value(1);
    if (const Command *command = findCommand(name))
        return (this->*command->run)(arguments);
    for (const QString &argument : arguments.mid(1)) {
        if (argument == QLatin1String("--"))
            break;
        if (isHelp(argument)) {
            printText(stdout, helpText());
            return 0;
        }
        if (isVersion(argument)) {
            printLine(stdout, QStringLiteral("progress-dashboard ") +
                                  QCoreApplication::applicationVersion());
            return 0;
        }
    }
    QCommandLineParser window;
    setUpWindowParser(window);
    if (!window.parse(arguments))
        return fail(unknownOptionMessage(window) + QLatin1Char(' ') +
                        tr("progress-dashboard --help lists the options."),
                    2);
    const QString suggestion = nearest(name, commandNames());
    if (!suggestion.isEmpty())
        return fail(tr("unknown command \"%1\"; did you mean \"%2\"? (progress-dashboard "
                       "--help lists the commands)")
                        .arg(name, suggestion),
                    2);
    return fail(
        tr("unknown command \"%1\"; progress-dashboard --help lists the commands.").arg(name), 2);
}

namespace {

} // namespace

std::optional<int> CommandLine::parseOptions(QCommandLineParser &parser,
                                             const QStringList &arguments, const QString &usage)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this command's usage and options."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList args = arguments;
    args.removeAt(1); // the sub-command
    if (!parser.parse(args))
        return fail(unknownOptionMessage(parser), 2);
    if (parser.isSet(help)) {
        const Command *command = findCommand(arguments.value(1));
        QString text = usage + QStringLiteral("\n\n");
        if (command)
            text += QCoreApplication::translate("pd::CommandLine", command->summary) +
                    QStringLiteral("\n\n");
        text += tr("Options:\n") + optionsText(parser);
        printText(stdout, text);
        return 0;
    }
    return std::nullopt;
}

int CommandLine::importReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption title(QStringLiteral("title"), tr("The plan's title."), tr("TEXT"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     tr("Replace the plan the data file holds."));
    parser.addOptions({db, title, replace});
    parser.addPositionalArgument(QStringLiteral("report"), tr("The report's text file."));
    const QString usage =
        tr("usage: progress-dashboard import-report REPORT.txt --db FILE [--title "
           "TEXT] [--replace]");
    if (const std::optional<int> stop = parseOptions(parser, arguments, usage))
        return *stop;
    QString error;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(db))
        return fail(usage, 2);

    ParsedPlan plan;
    if (!ReportParser().parseFile(parser.positionalArguments().constFirst(), &plan, &error))
        return fail(error);
    if (parser.isSet(title) && !parser.value(title).trimmed().isEmpty())
        plan.info.title = parser.value(title).trimmed();

    // A new file is made whole and moved into place (DataFile); an existing one takes the plan
    // in place, in one transaction, keeping its figures only when --replace says so.
    const QString dbPath = parser.value(db);
    bool created = false;
    if (!QFileInfo::exists(dbPath) &&
        !DataFile::create(dbPath, plan, DataFile::IfExists::Keep, &error, &created))
        return fail(error);
    if (!created) { // it existed, or another process made it meanwhile
        PlanStore store;
        if (!store.open(dbPath, &error))
            return fail(error);
        // Replacing a plan is a bulk change: a backup first, or nothing changes.
        if (parser.isSet(replace) && store.hasPlan() &&
            !Backups(dbPath).take(store, BackupReason::BeforeBulkChange, &error))
            return fail(
                tr("No backup could be taken, so the plan was not replaced: %1").arg(error));
        if (!store.importPlan(plan, parser.isSet(replace), &error))
            return fail(error);
    }
    printLine(stdout, tr("Imported \"%1\": %2 parts and sections, %3 indicators.")
                          .arg(plan.info.title)
                          .arg(plan.nodes.size())
                          .arg(plan.indicators.size()));
    // What the window's import preview shows: the counts per part and what to check.
    const ImportPreview preview(plan);
    for (const QString &line : preview.countLines())
        printLine(stdout, QStringLiteral("  ") + line);
    // The commitments found in the text, beside the indicators (not stored yet).
    int areaTasks = 0;
    int governmentTasks = 0;
    for (const ParsedPlan::Task &task : plan.tasks) {
        int top = task.node;
        while (plan.nodes[size_t(top)].parent >= 0)
            top = plan.nodes[size_t(top)].parent;
        ++(plan.nodes[size_t(top)].kind == NodeKind::Government ? governmentTasks : areaTasks);
    }
    printLine(stdout, QStringLiteral("  ") +
                          tr("Tasks: %1 in the work areas, %2 in government self-building")
                              .arg(areaTasks)
                              .arg(governmentTasks));
    for (const QString &line : preview.warningLines())
        printLine(stdout, tr("warning: %1").arg(line));
    return 0;
}

int CommandLine::exportJson(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption asOf(QStringLiteral("as-of"), tr("The date figures are taken at."),
                                  tr("YYYY-MM-DD"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("Write to FILE, not standard output (\"-\": standard output)."),
                                 tr("FILE"));
    parser.addOptions({db, StoreTarget::serverOption(), asOf, out});
    const QString usage = tr("usage: progress-dashboard export-json --db FILE [--as-of YYYY-MM-DD] "
                             "[--out FILE]");
    if (const std::optional<int> stop = parseOptions(parser, arguments, usage))
        return *stop;
    QString error;
    if (!parser.positionalArguments().isEmpty())
        return fail(usage, 2);
    QDate date = Clock::today();
    if (parser.isSet(asOf)) {
        date = InputParsing::date(parser.value(asOf));
        if (!date.isValid())
            return fail(tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(parser.value(asOf)),
                        2);
    }
    // A path that cannot take the file is refused before any work (and before --db is made).
    const QString outPath = parser.isSet(out) ? parser.value(out) : QStringLiteral("-");
    error = OutputFile::problem(outPath);
    if (!error.isEmpty())
        return fail(error);
    PlanStore store;
    const QString dbPath = parser.isSet(db) ? parser.value(db) : defaultDataFile();
    if (!StoreTarget::openWithPlan(store, parser, dbPath, &error))
        return fail(openFailure(store, dbPath, error));
    if (!OutputFile::write(outPath, JsonExporter::exportPlan(store, date), &error))
        return fail(error);
    return 0;
}

namespace {

/// The as-of date of --as-of, or today kept inside the plan's year as the window shows it;
/// invalid (with *error) when the option is no date.
QDate sheetDate(const QCommandLineParser &parser, const QCommandLineOption &asOf, int planYear,
                QString *error)
{
    if (!parser.isSet(asOf))
        return PlanDocument::startDate(planYear, Clock::today());
    const QDate date = InputParsing::date(parser.value(asOf));
    if (!date.isValid())
        *error = CommandLine::tr("\"%1\" is not a date; write it as YYYY-MM-DD.")
                     .arg(parser.value(asOf));
    return date;
}

} // namespace

int CommandLine::exportXlsx(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption out(
        QStringLiteral("out"),
        tr("A folder (one workbook per unit) or a FILE.xlsx (one sheet per unit)."),
        tr("DIR|FILE.xlsx"));
    const QCommandLineOption unit(QStringLiteral("unit"),
                                  tr("Only this lead unit's indicators (未分配: those with none)."),
                                  tr("NAME"));
    const QCommandLineOption ledger(
        QStringLiteral("ledger"),
        tr("The whole ledger (台账) as one workbook: every indicator, one column per month."));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  tr("The date figures are taken at (default: today, kept "
                                     "inside the plan's year)."),
                                  tr("YYYY-MM-DD"));
    const QCommandLineOption round(QStringLiteral("round"),
                                   tr("The reporting round the sheets ask figures for; its end is "
                                      "the as-of date (default: the current round)."),
                                   tr("YYYY-MM"));
    parser.addOptions({db, StoreTarget::serverOption(), out, unit, ledger, asOf, round});
    const QString usage = tr("usage: progress-dashboard export-xlsx --db FILE --out DIR|FILE.xlsx "
                             "[--unit NAME | --ledger] [--round YYYY-MM | --as-of YYYY-MM-DD]");
    if (const std::optional<int> stop = parseOptions(parser, arguments, usage))
        return *stop;
    const QString outPath = parser.value(out);
    if (!parser.isSet(out) || outPath.isEmpty() || outPath == QLatin1String("-") ||
        !parser.positionalArguments().isEmpty())
        return fail(usage, 2);
    if (parser.isSet(ledger) && parser.isSet(unit))
        return fail(tr("--ledger and --unit cannot be used together."), 2);
    if (parser.isSet(round) && parser.isSet(asOf))
        return fail(tr("--round and --as-of cannot be used together: a round's figures are as of "
                       "its end."),
                    2);
    const bool oneFile = outPath.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    if (parser.isSet(ledger) && !oneFile)
        return fail(tr("--ledger writes one workbook: give --out FILE.xlsx."), 2);
    QString error;
    if (oneFile) {
        error = OutputFile::problem(outPath);
        if (!error.isEmpty())
            return fail(error);
    } else if (QFileInfo(outPath).exists() && !QFileInfo(outPath).isDir()) {
        return fail(tr("%1 is no folder; give a folder, or a name ending in .xlsx.")
                        .arg(QDir::toNativeSeparators(outPath)),
                    2);
    }
    PlanStore store;
    const QString dbPath = parser.isSet(db) ? parser.value(db) : defaultDataFile();
    if (!StoreTarget::openWithPlan(store, parser, dbPath, &error))
        return fail(openFailure(store, dbPath, error));
    // The round asked for sets the as-of date (its end); --as-of names the round it falls in;
    // neither: the current round (the ledger then keeps today's figures).
    ReportingRound sheetRound;
    QDate date;
    if (parser.isSet(round)) {
        sheetRound = RoundSettings::parseRound(store, parser.value(round), &error);
        if (!sheetRound.isValid())
            return fail(error, 2);
        date = sheetRound.asOf();
    } else if (parser.isSet(asOf) || parser.isSet(ledger)) {
        date = sheetDate(parser, asOf, store.planInfo().year, &error);
        if (!date.isValid())
            return fail(error, 2);
        sheetRound = ReportingRound::containing(date, RoundSettings::schedule(store));
    } else {
        sheetRound = RoundSettings::currentRound(store, Clock::today());
        date = sheetRound.asOf();
    }
    if (parser.isSet(ledger)) {
        if (!XlsxSheets::writeLedger(store, date, outPath, &error))
            return fail(error);
        printLine(stdout, tr("Wrote %1.").arg(QDir::toNativeSeparators(outPath)));
        return 0;
    }
    if (oneFile) {
        if (!XlsxSheets::writeWorkbook(store, sheetRound, date, parser.value(unit), outPath,
                                       &error))
            return fail(error);
        printLine(stdout, tr("Wrote %1.").arg(QDir::toNativeSeparators(outPath)));
        return 0;
    }
    QStringList written;
    if (!XlsxSheets::writeFolder(store, sheetRound, date, parser.value(unit), outPath, &written,
                                 &error))
        return fail(error);
    for (const QString &path : written)
        printLine(stdout, tr("Wrote %1.").arg(QDir::toNativeSeparators(path)));
    return 0;
}

int CommandLine::exportCsv(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("Write to FILE (\"-\": standard output)."), tr("FILE"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  tr("The date figures are taken at (default: today, kept "
                                     "inside the plan's year)."),
                                  tr("YYYY-MM-DD"));
    parser.addOptions({db, StoreTarget::serverOption(), out, asOf});
    const QString usage =
        tr("usage: progress-dashboard export-csv --db FILE --out FILE|- [--as-of YYYY-MM-DD]");
    if (const std::optional<int> stop = parseOptions(parser, arguments, usage))
        return *stop;
    if (!parser.isSet(out) || parser.value(out).isEmpty() ||
        !parser.positionalArguments().isEmpty())
        return fail(usage, 2);
    QString error = OutputFile::problem(parser.value(out));
    if (!error.isEmpty())
        return fail(error);
    PlanStore store;
    const QString dbPath = parser.isSet(db) ? parser.value(db) : defaultDataFile();
    if (!StoreTarget::openWithPlan(store, parser, dbPath, &error))
        return fail(openFailure(store, dbPath, error));
    const QDate date = sheetDate(parser, asOf, store.planInfo().year, &error);
    if (!date.isValid())
        return fail(error, 2);
    if (!OutputFile::write(parser.value(out), CsvExporter::exportIndicators(store, date), &error))
        return fail(error);
    return 0;
}

int CommandLine::unreported(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption round(
        QStringLiteral("round"),
        tr("The reporting round (default: the current round, the latest whose month is over)."),
        tr("YYYY-MM"));
    const QCommandLineOption pdf(QStringLiteral("pdf"),
                                 tr("Write the reminders (催报单), a page per unit, to this PDF."),
                                 tr("OUT.pdf"));
    const QCommandLineOption xlsx(QStringLiteral("xlsx"),
                                  tr("Write the reminders to this workbook: a summary sheet and "
                                     "a sheet per unit."),
                                  tr("OUT.xlsx"));
    const QCommandLineOption office(QStringLiteral("office"),
                                    tr("Who sends the reminders, at their foot (default: the "
                                       "office the data file names, else the plan's "
                                       "government's 督查室)."),
                                    tr("TEXT"));
    parser.addOptions({db, StoreTarget::serverOption(), round, pdf, xlsx, office});
    const QString usage = tr("usage: progress-dashboard unreported --db FILE [--round YYYY-MM] "
                             "[--pdf OUT.pdf] [--xlsx OUT.xlsx] [--office TEXT]");
    if (const std::optional<int> stop = parseOptions(parser, arguments, usage))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return fail(usage, 2);
    QString error;
    // Paths that cannot take the files are refused before any work.
    for (const QCommandLineOption *option : {&pdf, &xlsx}) {
        if (!parser.isSet(*option))
            continue;
        const QString path = parser.value(*option);
        if (path.isEmpty() || path == QLatin1String("-"))
            return fail(usage, 2);
        error = OutputFile::problem(path);
        if (!error.isEmpty())
            return fail(error);
    }
    PlanStore store;
    const QString dbPath = parser.isSet(db) ? parser.value(db) : defaultDataFile();
    if (!StoreTarget::openWithPlan(store, parser, dbPath, &error))
        return fail(openFailure(store, dbPath, error));
    const QDate today = Clock::today();
    ReportingRound chosen = RoundSettings::currentRound(store, today);
    if (parser.isSet(round)) {
        chosen = RoundSettings::parseRound(store, parser.value(round), &error);
        if (!chosen.isValid())
            return fail(error, 2);
    }
    const std::optional<UnreportedList> list = UnreportedList::read(store, chosen, today, &error);
    if (!list)
        return fail(error);

    printLine(stdout, list->roundLine());
    int codeWidth = 0;
    for (const UnreportedList::Unit &unit : list->units()) {
        for (const UnreportedList::Item &item : unit.missing)
            codeWidth = std::max(codeWidth, int(item.indicator.code.size()));
    }
    for (const UnreportedList::Unit &unit : list->units()) {
        QString heading = unit.name;
        if (!unit.contact.isEmpty())
            heading += QStringLiteral(" (%1)").arg(unit.contact);
        const QString missing =
            tr("%1 of %n indicator(s) without a figure", nullptr, unit.indicatorCount)
                .arg(unit.missing.size());
        printLine(stdout, heading + QStringLiteral(" — ") + missing);
        const QString late =
            list->isOverdue() ? tr("%n day(s) late", nullptr, unit.daysLate) : tr("not due yet");
        for (const UnreportedList::Item &item : unit.missing) {
            printLine(stdout, QStringLiteral("  %1  %2  %3")
                                  .arg(item.indicator.code, -codeWidth)
                                  .arg(item.indicator.name, late));
        }
    }
    const int units = int(list->units().size());
    if (units == 0)
        printLine(stdout, tr("Total: every unit has reported for round %1 (%2 indicator(s)).")
                              .arg(chosen.key())
                              .arg(list->indicatorCount()));
    else if (list->isOverdue())
        printLine(stdout, tr("Total: %1 indicator(s) of %2 unit(s) late by %n day(s).", nullptr,
                             list->daysLate())
                              .arg(list->missingCount())
                              .arg(units));
    else
        printLine(stdout, tr("Total: %1 indicator(s) of %2 unit(s) without a figure yet; none "
                             "late before %3.")
                              .arg(list->missingCount())
                              .arg(units)
                              .arg(chosen.due().toString(Qt::ISODate)));

    if (parser.isSet(pdf) || parser.isSet(xlsx)) {
        if (units == 0) {
            printLine(stdout, tr("Nobody to remind: no reminder written."));
            return 0;
        }
        const PlanInfo plan = store.planInfo();
        ReminderSheet::Options options;
        options.office = parser.isSet(office) && !parser.value(office).trimmed().isEmpty()
                             ? parser.value(office).trimmed()
                             : ReminderSheet::officeOf(store);
        if (parser.isSet(pdf)) {
            const ReportRenderer::Result written =
                ReminderSheet(plan, options).exportPdf(*list, parser.value(pdf));
            if (!written.ok)
                return fail(written.error);
            printLine(stdout, tr("Wrote %1 (%n page(s)).", nullptr, written.pageCount)
                                  .arg(QDir::toNativeSeparators(parser.value(pdf))));
        }
        if (parser.isSet(xlsx)) {
            if (!ReminderWorkbook::write(*list, plan, parser.value(xlsx), &error, options))
                return fail(error);
            printLine(stdout, tr("Wrote %1.").arg(QDir::toNativeSeparators(parser.value(xlsx))));
        }
    }
    return 0;
}

bool CommandLine::dryRunCopy(const QString &dbPath, const QTemporaryDir &scratch, QString *openPath,
                             QString *error)
{
    if (!scratch.isValid()) {
        *error = tr("A temporary folder for the dry run cannot be made.");
        return false;
    }
    *openPath = scratch.filePath(QFileInfo(dbPath).fileName());
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        if (QFileInfo::exists(dbPath + suffix) &&
            !QFile::copy(dbPath + suffix, *openPath + suffix)) {
            *error = tr("The data file %1 cannot be read.").arg(QDir::toNativeSeparators(dbPath));
            return false;
        }
    }
    return true;
}

int CommandLine::importUnits(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Say what would change; write nothing."));
    parser.addOptions({db, dryRun});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The assignment sheet."));
    const QString usage = tr("usage: progress-dashboard import-units FILE --db FILE [--dry-run]");
    if (const std::optional<int> stop = parseOptions(parser, arguments, usage))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return fail(usage, 2);
    QString error;
    PlanStore store;
    const QString dbPath = parser.isSet(db) ? parser.value(db) : defaultDataFile();
    // A dry run reads a copy, as import-xlsx does: not a byte of the data file can change.
    QTemporaryDir scratch;
    QString openPath = dbPath;
    if (parser.isSet(dryRun) && !dryRunCopy(dbPath, scratch, &openPath, &error))
        return fail(error);
    if (!BuiltinPlan::openWithPlan(store, openPath, &error)) {
        error.replace(QDir::toNativeSeparators(openPath), QDir::toNativeSeparators(dbPath));
        return fail(openFailure(store, dbPath, error));
    }
    const QString sheet = parser.positionalArguments().front();
    const std::optional<UnitAssignments::Result> result =
        UnitAssignments::read(store, sheet, &error);
    if (!result)
        return fail(error);
    for (const UnitAssignments::Row &row : result->rows) {
        if (row.state == UnitAssignments::RowState::Refused)
            printLine(stdout,
                      tr("refused: %1 row %2: %3").arg(row.sheet).arg(row.row).arg(row.reason));
    }
    if (!parser.isSet(dryRun) && !result->changes.empty()) {
        store.setChangeSource(tr("unit sheet %1").arg(QFileInfo(sheet).fileName()));
        if (!store.ensureUnits(result->units, &error) ||
            !store.setIndicatorTexts(result->changes, &error))
            return fail(error);
    }
    printLine(stdout, (parser.isSet(dryRun) ? tr("Would assign %1, unchanged %2, refused %3.")
                                            : tr("Assigned %1, unchanged %2, refused %3."))
                          .arg(result->changed)
                          .arg(result->unchanged)
                          .arg(result->refused));
    return 0;
}

int CommandLine::importXlsx(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        tr("Read the sheets and say what would be imported, writing nothing to the data file."));
    const QCommandLineOption refused(
        QStringLiteral("refused"),
        tr("Write the refused rows, with their reasons, to a workbook to send back."),
        tr("OUT.xlsx"));
    parser.addOptions({db, dryRun, refused});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("The units' sheets: XLSX workbooks or CSV files."),
                                 QStringLiteral("FILE..."));
    const QString usage = tr("usage: progress-dashboard import-xlsx FILE... --db FILE "
                             "[--dry-run] [--refused OUT.xlsx]");
    if (const std::optional<int> stop = parseOptions(parser, arguments, usage))
        return *stop;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || (parser.isSet(refused) && parser.value(refused).isEmpty()))
        return fail(usage, 2);
    QString error;
    if (parser.isSet(refused)) {
        error = OutputFile::problem(parser.value(refused));
        if (!error.isEmpty())
            return fail(error);
    }

    // A dry run reads a copy: the data file itself is never opened, so not a byte of it (nor
    // a -wal beside it) can change, whatever its schema.
    const QString dbPath = parser.isSet(db) ? parser.value(db) : defaultDataFile();
    QTemporaryDir scratch;
    QString openPath = dbPath;
    if (parser.isSet(dryRun) && !dryRunCopy(dbPath, scratch, &openPath, &error))
        return fail(error);
    PlanStore store;
    if (!BuiltinPlan::openWithPlan(store, openPath, &error)) {
        error.replace(QDir::toNativeSeparators(openPath), QDir::toNativeSeparators(dbPath));
        return fail(openFailure(store, dbPath, error));
    }
    const std::optional<SheetImport> import = SheetImportPreview::build(store, files, &error);
    if (!import)
        return fail(error);

    int unreadable = 0;
    for (const SheetImportFile &file : import->files) {
        if (!file.error.isEmpty()) {
            ++unreadable;
            printLine(stdout, tr("%1: %2").arg(file.fileName, file.error));
            continue;
        }
        if (!file.alreadyImported.isEmpty()) {
            printLine(stdout, tr("%1: %2").arg(file.fileName, file.alreadyImported));
            continue;
        }
        QString about = file.units.join(QStringLiteral("、"));
        if (!file.round.isEmpty())
            about += (about.isEmpty() ? QString() : QStringLiteral(", ")) + file.round;
        printLine(stdout, tr("%1%2: %3 new, %4 changed, %5 unchanged, %6 refused, %7 left blank.")
                              .arg(file.fileName,
                                   about.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(about))
                              .arg(file.count(SheetRowState::New))
                              .arg(file.count(SheetRowState::Changed))
                              .arg(file.count(SheetRowState::Unchanged))
                              .arg(file.count(SheetRowState::Refused))
                              .arg(file.blankRows));
        for (const QString &note : file.notes)
            printLine(stdout, QStringLiteral("  ") + note);
        for (const SheetImportRow &row : file.rows) {
            if (row.state != SheetRowState::Refused)
                continue;
            printLine(stdout,
                      tr("  refused: row %1 (%2) %3: %4")
                          .arg(row.row)
                          .arg(row.sheet, row.code.isEmpty() ? QStringLiteral("-") : row.code,
                               row.reason));
        }
    }

    if (parser.isSet(refused)) {
        const std::vector<SheetImportRow> rows = import->refusedRows();
        if (rows.empty()) {
            printLine(stdout, tr("No row was refused: %1 was not written.")
                                  .arg(QDir::toNativeSeparators(parser.value(refused))));
        } else if (!RefusedSheetWriter::write(rows, parser.value(refused), &error)) {
            return fail(error);
        } else {
            printLine(stdout, tr("Wrote the %n refused row(s) to %1.", nullptr, int(rows.size()))
                                  .arg(QDir::toNativeSeparators(parser.value(refused))));
        }
    }

    const int added = import->count(SheetRowState::New);
    const int changed = import->count(SheetRowState::Changed);
    // Task rows (the units' task sheets) are counted with the figures and said apart.
    const int tasks =
        import->taskCount(SheetRowState::New) + import->taskCount(SheetRowState::Changed);
    if (parser.isSet(dryRun)) {
        printLine(stdout, tasks == 0 ? tr("Dry run: nothing was written; %n figure(s) would be "
                                          "imported (%1 new, %2 changed).",
                                          nullptr, added + changed)
                                           .arg(added)
                                           .arg(changed)
                                     : tr("Dry run: nothing was written; %n row(s) would be "
                                          "imported (%1 new, %2 changed), %3 of them tasks.",
                                          nullptr, added + changed)
                                           .arg(added)
                                           .arg(changed)
                                           .arg(tasks));
    } else if (added + changed > 0) {
        // The command the window pushes on its undo stack, run once: the same transaction.
        const CommandError commandError = std::make_shared<QString>();
        ImportSheetsCommand command(&store, *import, commandError);
        command.redo();
        if (command.isObsolete())
            return fail(*commandError);
        printLine(stdout,
                  tasks == 0
                      ? tr("Imported %n figure(s) (%1 new, %2 changed).", nullptr, added + changed)
                            .arg(added)
                            .arg(changed)
                      : tr("Imported %n row(s) (%1 new, %2 changed), %3 of them tasks.", nullptr,
                           added + changed)
                            .arg(added)
                            .arg(changed)
                            .arg(tasks));
    } else {
        printLine(stdout, tr("Nothing to import."));
    }
    return unreadable > 0 ? 1 : 0;
}

int CommandLine::record(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption code(QStringLiteral("indicator"), tr("The indicator's code."),
                                  tr("CODE"));
    const QCommandLineOption value(QStringLiteral("value"), tr("The actual value."), tr("NUMBER"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  tr("The date of the value (default: today)."), tr("YYYY-MM-DD"));
    const QCommandLineOption note(QStringLiteral("note"), tr("A note."), tr("TEXT"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   tr("Record a figure the checks find doubtful (ten times the "
                                      "target, below zero, lower than the last figure…)."));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     tr("Replace the figure already recorded on that date."));
    const QCommandLineOption progress(QStringLiteral("progress"),
                                      tr("The round's progress (进展情况)."), tr("TEXT"));
    const QCommandLineOption problems(QStringLiteral("problems"),
                                      tr("The problems met (存在问题)."), tr("TEXT"));
    const QCommandLineOption nextSteps(QStringLiteral("next-steps"),
                                       tr("What comes next (下步打算)."), tr("TEXT"));
    parser.addOptions({db, StoreTarget::serverOption(), code, value, date, note, force, replace,
                       progress, problems, nextSteps});
    const QString usage =
        tr("usage: progress-dashboard record --db FILE --indicator CODE --value NUMBER "
           "[--date YYYY-MM-DD] [--note TEXT] [--progress TEXT] [--problems TEXT] "
           "[--next-steps TEXT] [--force] [--replace]");
    if (const std::optional<int> stop = parseOptions(parser, arguments, usage))
        return *stop;
    QString error;
    if (!parser.isSet(code) || !parser.isSet(value) || !parser.positionalArguments().isEmpty())
        return fail(usage, 2);
    const std::optional<double> number = InputParsing::number(parser.value(value));
    if (!number)
        return fail(tr("\"%1\" is not a number.").arg(parser.value(value)));
    QDate when = Clock::today();
    if (parser.isSet(date)) {
        when = InputParsing::date(parser.value(date));
        if (!when.isValid())
            return fail(
                tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(parser.value(date)));
    }

    PlanStore store;
    const QString dbPath = parser.isSet(db) ? parser.value(db) : defaultDataFile();
    if (!StoreTarget::openWithPlan(store, parser, dbPath, &error))
        return fail(openFailure(store, dbPath, error));
    const std::optional<Indicator> indicator = store.indicatorByCode(parser.value(code).trimmed());
    if (!indicator)
        return fail(tr("there is no indicator with the code \"%1\".").arg(parser.value(code)));
    if (!InputParsing::number(parser.value(value), indicator->unit))
        return fail(tr("\"%1\" is a percentage, but %2 is counted in %3.")
                        .arg(parser.value(value), indicator->code, indicator->unit));
    const int year = store.planInfo().year;
    if (when.year() != year)
        return fail(
            tr("%1 is outside the plan's year %2.").arg(when.toString(Qt::ISODate)).arg(year));
    // The same checks as the window; here a doubtful figure is refused unless forced.
    std::optional<Measurement> replacing;
    for (const EntryCheck::Problem &problem :
         EntryCheck::check(*indicator, *number, when, store.measurements(indicator->id))) {
        if (problem.rule == EntryCheck::Rule::SameDate) {
            if (!parser.isSet(replace))
                return fail(tr("%1 Use --replace to replace it.").arg(problem.message));
            replacing = store.measurement(problem.existingId);
        } else if (!parser.isSet(force)) {
            return fail(tr("%1 Use --force to record it anyway.").arg(problem.message));
        }
    }
    Measurement m;
    m.indicatorId = indicator->id;
    m.date = when;
    m.value = *number;
    m.note = parser.value(note);
    m.progress = parser.value(progress).trimmed();
    m.problems = parser.value(problems).trimmed();
    m.nextSteps = parser.value(nextSteps).trimmed();
    store.setChangeSource(QStringLiteral("record"));
    if (replacing) {
        Measurement after = *replacing;
        after.value = m.value;
        // Texts not given keep what the figure had.
        if (parser.isSet(note))
            after.note = m.note;
        if (parser.isSet(progress))
            after.progress = m.progress;
        if (parser.isSet(problems))
            after.problems = m.problems;
        if (parser.isSet(nextSteps))
            after.nextSteps = m.nextSteps;
        if (!store.updateMeasurement(after, &error))
            return fail(error);
    } else if (!store.addMeasurement(m, &error)) {
        return fail(error);
    }
    printLine(stdout, tr("Recorded %1 for %2 %3 on %4.")
                          .arg(QString::number(*number, 'g', 12), indicator->code, indicator->name,
                               when.toString(Qt::ISODate)));
    return 0;
}

int CommandLine::exportPdf(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("The PDF file to write (\"-\": standard output)."), tr("FILE"));
    const QCommandLineOption area(QStringLiteral("area"), tr("Only the work area numbered N."),
                                  tr("N"));
    const QCommandLineOption part(QStringLiteral("part"),
                                  tr("Only one part: main, government or livelihood."), tr("PART"));
    const QCommandLineOption indicator(QStringLiteral("indicator"),
                                       tr("Only the indicator with this code, on a sheet of its "
                                          "own (its row, the report's words, its figures)."),
                                       tr("CODE"));
    const QCommandLineOption behind(QStringLiteral("behind"),
                                    tr("Only the indicators slightly or seriously behind; every "
                                       "part stays in the contents and the summary."));
    const QCommandLineOption unreported(
        QStringLiteral("unreported"),
        tr("With --behind: also the indicators that have not reported."));
    const QCommandLineOption asOf(QStringLiteral("as-of"), tr("The date figures are taken at."),
                                  tr("YYYY-MM-DD"));
    const QCommandLineOption unit(
        QStringLiteral("unit"), tr("Only the indicators this unit leads (牵头单位)."), tr("NAME"));
    const QCommandLineOption ledger(
        QStringLiteral("ledger"),
        tr("The 台账 sheet of each part instead: its tasks with their lead unit, deadline, latest "
           "progress and status (with --behind: the tasks lagging or overdue)."));
    parser.addOptions({db, StoreTarget::serverOption(), out, area, part, indicator, behind,
                       unreported, unit, asOf, ledger});
    const QString usage = tr("usage: progress-dashboard export-pdf --db FILE --out OUT.pdf "
                             "[--area N | --part main|government|livelihood | --indicator CODE] "
                             "[--behind [--unreported]] [--unit NAME] [--ledger] "
                             "[--as-of YYYY-MM-DD]");
    if (const std::optional<int> stop = parseOptions(parser, arguments, usage))
        return *stop;
    QString error;
    if (!parser.isSet(out) || parser.value(out).isEmpty() ||
        !parser.positionalArguments().isEmpty())
        return fail(usage, 2);
    error = OutputFile::problem(parser.value(out));
    if (!error.isEmpty())
        return fail(error);
    if (parser.isSet(area) && parser.isSet(part))
        return fail(tr("--area and --part cannot be used together."), 2);
    if (parser.isSet(indicator) && (parser.isSet(area) || parser.isSet(part)))
        return fail(tr("--indicator cannot be used with --area or --part."), 2);
    if (parser.isSet(indicator) && parser.isSet(behind))
        return fail(tr("--indicator cannot be used with --behind."), 2);
    if (parser.isSet(unreported) && !parser.isSet(behind))
        return fail(tr("--unreported goes with --behind."), 2);
    if (parser.isSet(ledger) && parser.isSet(indicator))
        return fail(tr("--ledger cannot be used with --indicator."), 2);

    ReportScope scope = ReportScope::book();
    if (parser.isSet(area)) {
        bool ok = false;
        const int number = parser.value(area).trimmed().toInt(&ok);
        if (!ok || number < 1)
            return fail(tr("\"%1\" is not an area number; write 1, 2, 3…").arg(parser.value(area)),
                        2);
        scope = ReportScope::forArea(number);
    } else if (parser.isSet(part)) {
        const QString name = parser.value(part).trimmed();
        if (name == QLatin1String("main"))
            scope = ReportScope::forPart(ReportScope::Kind::Main);
        else if (name == QLatin1String("government"))
            scope = ReportScope::forPart(ReportScope::Kind::Government);
        else if (name == QLatin1String("livelihood"))
            scope = ReportScope::forPart(ReportScope::Kind::Livelihood);
        else
            return fail(tr("unknown part \"%1\"; use main, government or livelihood.").arg(name),
                        2);
    } else if (parser.isSet(indicator)) {
        const QString code = parser.value(indicator).trimmed();
        if (code.isEmpty())
            return fail(usage, 2);
        scope = ReportScope::forIndicator(code);
    }
    if (parser.isSet(behind))
        scope = scope.behind(parser.isSet(unreported));
    if (parser.isSet(ledger))
        scope = scope.asLedger();
    if (parser.isSet(unit)) {
        if (parser.value(unit).trimmed().isEmpty())
            return fail(usage, 2);
        scope = scope.forUnit(parser.value(unit));
    }
    QDate date = Clock::today();
    if (parser.isSet(asOf)) {
        date = InputParsing::date(parser.value(asOf));
        if (!date.isValid())
            return fail(tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(parser.value(asOf)),
                        2);
    }

    // Fonts and PDF pages live in Qt Gui: the process needs a QGuiApplication (offscreen will do).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(tr("export-pdf needs the GUI libraries; run it with a display or with "
                       "QT_QPA_PLATFORM=offscreen."));
    PlanStore store;
    if (!StoreTarget::openWithPlan(store, parser,
                                   parser.isSet(db) ? parser.value(db) : defaultDataFile(), &error))
        return fail(error);
    const ReportRenderer::Result result =
        PdfExporter().exportPlan(store, date, scope, parser.value(out));
    if (!result.ok)
        return fail(result.error);
    if (parser.value(out) == QLatin1String("-"))
        return 0; // the PDF is standard output
    printLine(stdout, QCoreApplication::translate("pd::CommandLine", "Wrote %1 (%n page(s)).",
                                                  nullptr, result.pageCount)
                          .arg(parser.value(out)));
    return 0;
}

int CommandLine::exportMinutes(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("The PDF file to write (\"-\": standard output)."), tr("FILE"));
    const QCommandLineOption meeting(QStringLiteral("meeting"),
                                     tr("The meeting's number (default: the latest meeting)."),
                                     tr("ID"));
    parser.addOptions({db, StoreTarget::serverOption(), out, meeting});
    const QString usage =
        tr("usage: progress-dashboard export-minutes --db FILE --out OUT.pdf [--meeting ID]");
    if (const std::optional<int> stop = parseOptions(parser, arguments, usage))
        return *stop;
    QString error;
    if (!parser.isSet(out) || parser.value(out).isEmpty() ||
        !parser.positionalArguments().isEmpty())
        return fail(usage, 2);
    error = OutputFile::problem(parser.value(out));
    if (!error.isEmpty())
        return fail(error);
    qint64 meetingId = 0;
    if (parser.isSet(meeting)) {
        bool ok = false;
        meetingId = parser.value(meeting).trimmed().toLongLong(&ok);
        if (!ok || meetingId < 1)
            return fail(tr("\"%1\" is not a meeting number.").arg(parser.value(meeting)), 2);
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(tr("export-minutes needs the GUI libraries; run it with a display or with "
                       "QT_QPA_PLATFORM=offscreen."));
    PlanStore store;
    if (!StoreTarget::openWithPlan(store, parser,
                                   parser.isSet(db) ? parser.value(db) : defaultDataFile(), &error))
        return fail(error);
    const MeetingStore meetings(&store);
    const ReportRenderer::Result result =
        MinutesExporter().exportMeeting(meetings, meetingId, parser.value(out));
    if (!result.ok)
        return fail(result.error);
    if (parser.value(out) == QLatin1String("-"))
        return 0; // the PDF is standard output
    printLine(stdout, QCoreApplication::translate("pd::CommandLine", "Wrote %1 (%n page(s)).",
                                                  nullptr, result.pageCount)
                          .arg(parser.value(out)));
    return 0;
}

int CommandLine::offlineCopy(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption out(QStringLiteral("out"), tr("The copy to write."), tr("FILE"));
    parser.addOptions({db, out});
    const QString usage = tr("usage: progress-dashboard offline-copy --db FILE --out COPY.sqlite");
    if (const std::optional<int> stop = parseOptions(parser, arguments, usage))
        return *stop;
    if (!parser.isSet(out) || parser.value(out).isEmpty() ||
        !parser.positionalArguments().isEmpty())
        return fail(usage, 2);
    const QString from = parser.isSet(db) ? parser.value(db) : defaultDataFile();
    if (QFileInfo(parser.value(out)).absoluteFilePath() == QFileInfo(from).absoluteFilePath())
        return fail(tr("The copy cannot be written over the data file itself."), 2);
    QString error;
    PlanStore store;
    if (!BuiltinPlan::openWithPlan(store, from, &error))
        return fail(error);
    if (!OfflineCopy::write(store, QFileInfo(from).absoluteFilePath(), parser.value(out), &error))
        return fail(error);
    printLine(stdout, tr("Wrote the offline copy %1.").arg(parser.value(out)));
    return 0;
}

int CommandLine::sendDecisions(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("The data file to send to (default: the one it was copied "
                                   "from)."),
                                tr("FILE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Only say what would be sent; change nothing."));
    parser.addOptions({db, to, dryRun});
    const QString usage =
        tr("usage: progress-dashboard send-decisions --db COPY [--to FILE] [--dry-run]");
    if (const std::optional<int> stop = parseOptions(parser, arguments, usage))
        return *stop;
    if (!parser.isSet(db) || !parser.positionalArguments().isEmpty())
        return fail(usage, 2);
    QString error;
    // A dry run reads copies of both files, as import-xlsx does: not a byte of either changes.
    QTemporaryDir copyScratch;
    QString copyPath = parser.value(db);
    if (parser.isSet(dryRun) && !dryRunCopy(parser.value(db), copyScratch, &copyPath, &error))
        return fail(error);
    PlanStore copy;
    if (!copy.open(copyPath, &error))
        return fail(error);
    const QString source = OfflineCopy::sourceOf(copy);
    if (source.isEmpty())
        return fail(tr("%1 is not an offline copy.").arg(parser.value(db)));
    const QString targetPath = parser.isSet(to) ? parser.value(to) : source;
    if (!QFileInfo::exists(targetPath))
        return fail(tr("%1 does not exist.").arg(targetPath));
    QTemporaryDir targetScratch;
    QString targetOpenPath = targetPath;
    if (parser.isSet(dryRun) && !dryRunCopy(targetPath, targetScratch, &targetOpenPath, &error))
        return fail(error);
    PlanStore target;
    if (!target.open(targetOpenPath, &error))
        return fail(error);
    const std::optional<OfflineCopy::Outcome> outcome =
        parser.isSet(dryRun) ? OfflineCopy::compare(copy, target, &error)
                             : OfflineCopy::send(copy, target, &error);
    if (!outcome)
        return fail(error);
    for (const QString &line : outcome->summary())
        printLine(stdout, line);
    if (!parser.isSet(dryRun))
        printLine(stdout, outcome->nothingToSend() ? tr("Nothing was sent.")
                                                   : tr("Sent to %1.").arg(targetPath));
    // Conflicts are not an error, but a script should notice them.
    return outcome->conflicts.empty() ? 0 : 3;
}

int CommandLine::serverUser(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption server(QStringLiteral("server"),
                                    tr("The server, as its owner (the user of server-init)."),
                                    tr("postgresql://USER@HOST:PORT/DATABASE"));
    const QCommandLineOption user(QStringLiteral("user"), tr("The login to create or change."),
                                  tr("NAME"));
    const QCommandLineOption unit(QStringLiteral("unit"),
                                  tr("The responsible unit it answers for, as the plan names it."),
                                  tr("UNIT"));
    const QCommandLineOption office(QStringLiteral("office"),
                                    tr("A login of the supervision office (may change "
                                       "everything)."));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"),
        tr("Read the login's password from the first line of standard input (else it has "
           "none: the server's own authentication applies)."));
    parser.addOptions({server, user, unit, office, passwordStdin});
    const QString usage = tr("usage: progress-dashboard server-user --server URL --user NAME "
                             "(--unit UNIT | --office) [--password-stdin]");
    if (const std::optional<int> stop = parseOptions(parser, arguments, usage))
        return *stop;
    if (!parser.isSet(server) || !parser.isSet(user) ||
        parser.isSet(unit) == parser.isSet(office) || !parser.positionalArguments().isEmpty())
        return fail(usage, 2);
    QString error;
    const std::optional<ServerAddress> address = ServerAddress::parse(parser.value(server), &error);
    if (!address)
        return fail(error, 2);
    QString password;
    if (parser.isSet(passwordStdin)) {
        QTextStream in(stdin);
        password = in.readLine();
    }
    PlanStore store;
    if (!store.openServer(*address, QString(), &error))
        return fail(error);
    const bool isOffice = parser.isSet(office);
    const QString unitName = parser.value(unit).trimmed();
    if (!isOffice) {
        // A unit nobody knows is most likely mistyped: the units' list, or a lead unit of an
        // indicator or a task, must name it.
        bool known = false;
        for (const ResponsibleUnit &u : store.units())
            known = known || u.name == unitName;
        for (const Indicator &indicator : store.indicators())
            known = known || indicator.leadUnit == unitName;
        for (const TaskRecord &task : TaskStore::of(&store)->tasks())
            known = known || task.leadUnit == unitName;
        if (!known)
            return fail(
                tr("No unit is named \"%1\" in the units' list or as a lead unit.").arg(unitName));
    }
    if (!ServerRights::install(store, &error) ||
        !ServerRights::createUser(store, parser.value(user).trimmed(),
                                  isOffice ? ServerRights::Kind::Office : ServerRights::Kind::Unit,
                                  unitName, password, &error))
        return fail(error);
    printLine(stdout, isOffice ? tr("User %1 works for the supervision office: it may change "
                                    "everything.")
                                     .arg(parser.value(user).trimmed())
                               : tr("User %1 answers for %2: it may change the figures and tasks "
                                    "%2 leads, and read the rest.")
                                     .arg(parser.value(user).trimmed(), unitName));
    return 0;
}

int CommandLine::check(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   tr("Check the pages' structure only (faster on a big file)."));
    parser.addOptions({db, quick});
    const QString usage = tr("usage: progress-dashboard check --db FILE [--quick]");
    if (const std::optional<int> stop = parseOptions(parser, arguments, usage))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return fail(usage, 2);
    // Read-only: a damaged file is neither repaired nor migrated, only described.
    QString report;
    const bool ok = PlanStore::checkFile(parser.isSet(db) ? parser.value(db) : defaultDataFile(),
                                         parser.isSet(quick) ? PlanStore::IntegrityCheck::Quick
                                                             : PlanStore::IntegrityCheck::Full,
                                         &report);
    if (ok) {
        printLine(stdout, tr("ok"));
        return 0;
    }
    printLine(stdout, report);
    return 1;
}

int CommandLine::backups(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    parser.addOption(db);
    const QString usage = tr("usage: progress-dashboard backups --db FILE");
    if (const std::optional<int> stop = parseOptions(parser, arguments, usage))
        return *stop;
    if (!parser.isSet(db) || !parser.positionalArguments().isEmpty())
        return fail(usage, 2);
    // Only the backup folder is read: the data file itself may be the damaged one.
    const Backups set(parser.value(db));
    const std::vector<BackupInfo> list = set.list();
    if (list.empty()) {
        printLine(stdout,
                  tr("No backups of %1 yet.").arg(QDir::toNativeSeparators(set.dataFile())));
        return 0;
    }
    // One a line, newest first, tab-separated for scripts: taken, kind, bytes, figures, path.
    for (const BackupInfo &backup : list) {
        printLine(stdout,
                  QStringList{backup.takenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                              Backups::reasonText(backup.reason), QString::number(backup.size),
                              QString::number(backup.figures),
                              QDir::toNativeSeparators(backup.path)}
                      .join(QLatin1Char('\t')));
    }
    return 0;
}

} // namespace pd
