// progress-dashboard server-init (issue 19): the schema and a plan into an empty database on a
// PostgreSQL server. A member of CommandLine, kept apart from its long file.

#include "cli/CommandLine.h"
#include "cli/StoreTarget.h"
#include "document/BuiltinPlan.h"
#include "parse/ReportParser.h"
#include "store/PlanStore.h"
#include "store/TaskStore.h"

#include <QCommandLineParser>

#include <cstdio>

namespace pd {

int CommandLine::serverInit(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption server = StoreTarget::serverOption();
    const QCommandLineOption report(
        QStringLiteral("report"),
        tr("The work report's text file to load (as import-report reads it); the built-in "
           "Chengdu 2024 report when not given."),
        tr("FILE"));
    parser.addOptions({server, report});
    const QString usage =
        tr("usage: progress-dashboard server-init --server postgresql://user@host:port/db "
           "[--report REPORT.txt]");
    if (const std::optional<int> stop = parseOptions(parser, arguments, usage))
        return *stop;
    if (!parser.isSet(server) || !parser.positionalArguments().isEmpty())
        return fail(usage, 2);

    // The report first: a text that does not parse leaves the database untouched.
    ParsedPlan plan;
    QString error;
    if (parser.isSet(report) ? !ReportParser().parseFile(parser.value(report), &plan, &error)
                             : !BuiltinPlan::parse(&plan, &error))
        return fail(error);
    PlanStore store;
    if (!StoreTarget::openServer(store, parser, &error, true))
        return fail(error);
    if (store.hasPlan(&error) || !error.isEmpty())
        return fail(error.isEmpty() ? tr("The database %1 already holds a plan; nothing was "
                                         "changed.")
                                          .arg(store.description())
                                    : error);
    if (!store.importPlan(plan, false, &error))
        return fail(error);
    const std::size_t tasks = TaskStore::of(&store)->tasks().size();
    const QString line =
        tr("Set up %1 with \"%2\": %3 parts and sections, %4 indicators, %5 tasks.")
            .arg(store.description(), plan.info.title)
            .arg(plan.nodes.size())
            .arg(plan.indicators.size())
            .arg(tasks);
    const QByteArray bytes = (line + QLatin1Char('\n')).toLocal8Bit();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    return 0;
}

} // namespace pd
