#pragma once

#include <QSqlDatabase>
#include <QString>

namespace pd {

class SqlDialect;

/// Every schema change of the data file, in one place: version 1 (plan, nodes, indicators,
/// measurements), 2 (co-units, notes, the audit log), 3 (the meetings' tables), 4 (plan
/// curves), 5 (a meeting's chair, attendees and recorder, its scope's unreported indicators and
/// meeting mode's filter), 6 (an indicator's 力争 stretch target), 7 (responsible units, a round's
/// texts beside a figure, settings, imported sheets, where a change came from), 8 (the tasks of
/// the 台账, their rounds' progress and their indicators). A file is brought
/// up step by step, each step in one checked transaction with the version it reaches, so an
/// interrupted upgrade leaves the file at the last whole version.
class Migrations
{
public:
    /// The schema this build writes.
    static constexpr int SchemaVersion = 9;

    /// Migrates the open database from the version it records to SchemaVersion, marking it as
    /// applicationId's. False with *error set (a translated one-line message) on failure.
    static bool run(const QSqlDatabase &db, const SqlDialect &dialect, int applicationId,
                    QString *error);

private:
    static bool toV1(const QSqlDatabase &db, QString *error);
    static bool toV2(const QSqlDatabase &db, QString *error);
    static bool toV3(const QSqlDatabase &db, QString *error);
    static bool toV4(const QSqlDatabase &db, QString *error);
    static bool toV5(const QSqlDatabase &db, QString *error);
    static bool toV6(const QSqlDatabase &db, QString *error);
    static bool toV7(const QSqlDatabase &db, QString *error);
    static bool toV8(const QSqlDatabase &db, QString *error);
    static bool toV9(const QSqlDatabase &db, QString *error);
    /// Runs schema statements (our own text, no input) in order; stops at the first error.
    template <std::size_t N>
    static bool execAll(const QSqlDatabase &db, const char *const (&statements)[N], QString *error);
};

} // namespace pd
