#include "CommandLine.h"

#include "BuiltinPlan.h"
#include "InputParsing.h"
#include "JsonExporter.h"
#include "MeetingStore.h"
#include "MinutesExporter.h"
#include "PdfExporter.h"
#include "PlanStore.h"
#include "ReportParser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>

#include <cmath>
#include <cstdio>

namespace pd {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

const QStringList &commands()
{
    static const QStringList names{QStringLiteral("import-report"), QStringLiteral("export-json"),
                                   QStringLiteral("record"), QStringLiteral("export-pdf"),
                                   QStringLiteral("export-minutes")};
    return names;
}

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
    std::fputc('\n', stream);
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), tr("The data file."), tr("FILE"));
}

} // namespace

bool CommandLine::isCommand(const QStringList &arguments)
{
    return arguments.size() > 1 && commands().contains(arguments.at(1));
}

QString CommandLine::defaultDataFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("plan.sqlite"));
}

int CommandLine::fail(const QString &message, int code)
{
    printLine(stderr, QStringLiteral("progress-dashboard: ") + message);
    return code;
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("import-report"))
        return importReport(arguments);
    if (command == QLatin1String("export-json"))
        return exportJson(arguments);
    if (command == QLatin1String("record"))
        return record(arguments);
    if (command == QLatin1String("export-pdf"))
        return exportPdf(arguments);
    if (command == QLatin1String("export-minutes"))
        return exportMinutes(arguments);
    return fail(tr("unknown command \"%1\".").arg(command), 2);
}

namespace {

/// Parses a sub-command's options; on failure prints why and returns false.
bool parseOptions(QCommandLineParser &parser, const QStringList &arguments, QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList args = arguments;
    args.removeAt(1); // the sub-command
    if (!parser.parse(args)) {
        *error = parser.errorText();
        return false;
    }
    return true;
}

} // namespace

int CommandLine::importReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption title(QStringLiteral("title"), tr("The plan's title."), tr("TEXT"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     tr("Replace the plan the data file holds."));
    parser.addOptions({db, title, replace});
    parser.addPositionalArgument(QStringLiteral("report"), tr("The report's text file."));
    QString error;
    if (!parseOptions(parser, arguments, &error))
        return fail(error, 2);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(db))
        return fail(tr("usage: progress-dashboard import-report REPORT.txt --db FILE [--title "
                       "TEXT] [--replace]"),
                    2);

    const QString reportPath = parser.positionalArguments().constFirst();
    QFile file(reportPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot read %1: %2").arg(reportPath, file.errorString()));
    const QString text = ReportParser::decode(file.readAll(), &error);
    if (text.isNull())
        return fail(tr("%1: %2").arg(reportPath, error));
    ParsedPlan plan;
    if (!ReportParser().parse(text, &plan, &error))
        return fail(tr("%1: %2").arg(reportPath, error));
    if (parser.isSet(title) && !parser.value(title).trimmed().isEmpty())
        plan.info.title = parser.value(title).trimmed();

    const QString dbPath = parser.value(db);
    const bool existed = QFileInfo::exists(dbPath);
    PlanStore store;
    if (!store.open(dbPath, &error))
        return fail(error);
    if (!store.importPlan(plan, parser.isSet(replace), &error)) {
        store.close();
        if (!existed)
            PlanStore::removeFiles(dbPath);
        return fail(error);
    }
    printLine(stdout, tr("Imported \"%1\": %2 parts and sections, %3 indicators.")
                          .arg(plan.info.title)
                          .arg(plan.nodes.size())
                          .arg(plan.indicators.size()));
    return 0;
}

int CommandLine::exportJson(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption asOf(QStringLiteral("as-of"), tr("The date figures are taken at."),
                                  tr("YYYY-MM-DD"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Write to FILE, not standard output."),
                                 tr("FILE"));
    parser.addOptions({db, asOf, out});
    QString error;
    if (!parseOptions(parser, arguments, &error))
        return fail(error, 2);
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("usage: progress-dashboard export-json --db FILE [--as-of YYYY-MM-DD] "
                       "[--out FILE]"),
                    2);
    QDate date = QDate::currentDate();
    if (parser.isSet(asOf)) {
        date = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!date.isValid())
            return fail(tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(parser.value(asOf)),
                        2);
    }
    PlanStore store;
    if (!BuiltinPlan::openWithPlan(store, parser.isSet(db) ? parser.value(db) : defaultDataFile(),
                                   &error))
        return fail(error);
    const QByteArray json = JsonExporter::exportPlan(store, date);
    if (!parser.isSet(out)) {
        std::fwrite(json.constData(), 1, std::size_t(json.size()), stdout);
        return 0;
    }
    QSaveFile file(parser.value(out));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return fail(tr("cannot write %1: %2").arg(parser.value(out), file.errorString()));
    return 0;
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
    parser.addOptions({db, code, value, date, note});
    QString error;
    if (!parseOptions(parser, arguments, &error))
        return fail(error, 2);
    if (!parser.isSet(code) || !parser.isSet(value) || !parser.positionalArguments().isEmpty())
        return fail(tr("usage: progress-dashboard record --db FILE --indicator CODE --value NUMBER "
                       "[--date YYYY-MM-DD] [--note TEXT]"),
                    2);
    const std::optional<double> number = InputParsing::number(parser.value(value));
    if (!number)
        return fail(tr("\"%1\" is not a number.").arg(parser.value(value)));
    QDate when = QDate::currentDate();
    if (parser.isSet(date)) {
        when = QDate::fromString(parser.value(date).trimmed(), Qt::ISODate);
        if (!when.isValid())
            return fail(
                tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(parser.value(date)));
    }

    PlanStore store;
    if (!BuiltinPlan::openWithPlan(store, parser.isSet(db) ? parser.value(db) : defaultDataFile(),
                                   &error))
        return fail(error);
    const std::optional<Indicator> indicator = store.indicatorByCode(parser.value(code).trimmed());
    if (!indicator)
        return fail(tr("there is no indicator with the code \"%1\".").arg(parser.value(code)));
    const int year = store.planInfo().year;
    if (when.year() != year)
        return fail(
            tr("%1 is outside the plan's year %2.").arg(when.toString(Qt::ISODate)).arg(year));
    Measurement m;
    m.indicatorId = indicator->id;
    m.date = when;
    m.value = *number;
    m.note = parser.value(note);
    if (!store.addMeasurement(m, &error))
        return fail(error);
    printLine(stdout, tr("Recorded %1 for %2 %3 on %4.")
                          .arg(QString::number(*number, 'g', 12), indicator->code, indicator->name,
                               when.toString(Qt::ISODate)));
    return 0;
}

int CommandLine::exportPdf(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption out(QStringLiteral("out"), tr("The PDF file to write."), tr("FILE"));
    const QCommandLineOption area(QStringLiteral("area"), tr("Only the work area numbered N."),
                                  tr("N"));
    const QCommandLineOption part(QStringLiteral("part"),
                                  tr("Only one part: main, government or livelihood."), tr("PART"));
    const QCommandLineOption asOf(QStringLiteral("as-of"), tr("The date figures are taken at."),
                                  tr("YYYY-MM-DD"));
    parser.addOptions({db, out, area, part, asOf});
    const QString usage = tr("usage: progress-dashboard export-pdf --db FILE --out OUT.pdf "
                             "[--area N | --part main|government|livelihood] [--as-of YYYY-MM-DD]");
    QString error;
    if (!parseOptions(parser, arguments, &error))
        return fail(error, 2);
    if (!parser.isSet(out) || parser.value(out).isEmpty() ||
        !parser.positionalArguments().isEmpty())
        return fail(usage, 2);
    if (parser.isSet(area) && parser.isSet(part))
        return fail(tr("--area and --part cannot be used together."), 2);

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
    }
    QDate date = QDate::currentDate();
    if (parser.isSet(asOf)) {
        date = QDate::fromString(parser.value(asOf).trimmed(), Qt::ISODate);
        if (!date.isValid())
            return fail(tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(parser.value(asOf)),
                        2);
    }

    // Fonts and PDF pages live in Qt Gui: the process needs a QGuiApplication (offscreen will do).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(tr("export-pdf needs the GUI libraries; run it with a display or with "
                       "QT_QPA_PLATFORM=offscreen."));
    PlanStore store;
    if (!BuiltinPlan::openWithPlan(store, parser.isSet(db) ? parser.value(db) : defaultDataFile(),
                                   &error))
        return fail(error);
    const ReportRenderer::Result result =
        PdfExporter().exportPlan(store, date, scope, parser.value(out));
    if (!result.ok)
        return fail(result.error);
    printLine(stdout, QCoreApplication::translate("CommandLine", "Wrote %1 (%n page(s)).", nullptr,
                                                  result.pageCount)
                          .arg(parser.value(out)));
    return 0;
}

int CommandLine::exportMinutes(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption out(QStringLiteral("out"), tr("The PDF file to write."), tr("FILE"));
    const QCommandLineOption meeting(QStringLiteral("meeting"),
                                     tr("The meeting's number (default: the latest meeting)."),
                                     tr("ID"));
    parser.addOptions({db, out, meeting});
    const QString usage =
        tr("usage: progress-dashboard export-minutes --db FILE --out OUT.pdf [--meeting ID]");
    QString error;
    if (!parseOptions(parser, arguments, &error))
        return fail(error, 2);
    if (!parser.isSet(out) || parser.value(out).isEmpty() ||
        !parser.positionalArguments().isEmpty())
        return fail(usage, 2);
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
    if (!BuiltinPlan::openWithPlan(store, parser.isSet(db) ? parser.value(db) : defaultDataFile(),
                                   &error))
        return fail(error);
    const MeetingStore meetings(&store);
    const ReportRenderer::Result result =
        MinutesExporter().exportMeeting(meetings, meetingId, parser.value(out));
    if (!result.ok)
        return fail(result.error);
    printLine(stdout, QCoreApplication::translate("CommandLine", "Wrote %1 (%n page(s)).", nullptr,
                                                  result.pageCount)
                          .arg(parser.value(out)));
    return 0;
}

} // namespace pd
