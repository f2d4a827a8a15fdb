#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>

class QCommandLineParser;

namespace pd {

class PlanStore;

/// Where a sub-command's data is (issue 19): a data file (--db FILE) or a plan on a PostgreSQL
/// server (--server postgresql://user@host:port/db), taken in place of each other. The
/// server's password is never on the command line: libpq reads PGPASSWORD or ~/.pgpass.
class StoreTarget
{
    Q_DECLARE_TR_FUNCTIONS(pd::StoreTarget)

public:
    /// --server URL, for the commands' parsers beside --db.
    static QCommandLineOption serverOption();
    /// Whether the parser was given --server.
    static bool isServer(const QCommandLineParser &parser);
    /// Opens the server the parser's --server names; a database without a plan is refused
    /// (server-init fills it) unless allowEmpty. *error says why it failed, in one line.
    static bool openServer(PlanStore &store, const QCommandLineParser &parser, QString *error,
                           bool allowEmpty = false);
    /// The server of --server when given, else the data file at path with the built-in plan
    /// when it has none (BuiltinPlan::openWithPlan), as the commands without --server do.
    static bool openWithPlan(PlanStore &store, const QCommandLineParser &parser,
                             const QString &path, QString *error);
};

} // namespace pd
