#include "store/PostgresDialect.h"

#include "store/Statement.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace pd {
namespace {

// The context lupdate gives these messages (they are written in PostgresDialect's functions),
// so their translations are found.
QString tr(const char *text)
{
    return QCoreApplication::translate("pd::PostgresDialect", text);
}

// Gives an insert's NULL id the next value of the table's identity (SQLite's INTEGER PRIMARY
// KEY does so, and the stores insert NULL for "a new id"); an id given explicitly (an undo
// putting a row back) moves the identity past it. Either way the id is kept in the session's
// pd.last_insert_id for lastInsertId(). Created with the schema, in the database's own schema.
const char *const fillIdFunction =
    "CREATE FUNCTION pd_fill_id() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "DECLARE seq text := pg_get_serial_sequence(quote_ident(TG_TABLE_SCHEMA) || '.' || "
    "quote_ident(TG_TABLE_NAME), 'id'); "
    "BEGIN "
    "IF NEW.id IS NULL THEN NEW.id := nextval(seq); "
    "ELSIF NEW.id > coalesce(pg_sequence_last_value(seq::regclass), 0) THEN "
    "PERFORM setval(seq, NEW.id); END IF; "
    "PERFORM set_config('pd.last_insert_id', NEW.id::text, false); "
    "RETURN NEW; END $$";

// SQLite adds up comparisons as 0 and 1 (the meetings' "decisions taken": sum(decision <> ''));
// PostgreSQL has no sum of booleans, so the schema brings one that counts the true ones.
const char *const sumOfBooleans[] = {
    "CREATE FUNCTION pd_add_true(bigint, boolean) RETURNS bigint LANGUAGE sql IMMUTABLE AS "
    "'SELECT $1 + CASE WHEN $2 THEN 1 ELSE 0 END'",
    "CREATE AGGREGATE sum(boolean) (SFUNC = pd_add_true, STYPE = bigint, INITCOND = '0')",
};

QString sqlState(const QSqlError &error)
{
    return error.nativeErrorCode().trimmed();
}

} // namespace

QString PostgresDialect::driverName() const
{
    return QStringLiteral("QPSQL");
}

bool PostgresDialect::checkBeforeOpening(const QString &, int, int, QString *,
                                         DataFileProblem *problem) const
{
    // There is no file to read first: checkOwner() looks through the connection.
    *problem = DataFileProblem::None;
    return true;
}

QString PostgresDialect::readOnlyOptions() const
{
    return QStringLiteral("options='-c default_transaction_read_only=on'");
}

QString PostgresDialect::describe(const QSqlDatabase &db)
{
    const QString host = db.hostName();
    QString text = QStringLiteral("postgresql://%1@").arg(db.userName());
    if (host.startsWith(QLatin1Char('/')) || host.isEmpty())
        text += QStringLiteral("localhost");
    else
        text += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return text +
           QStringLiteral(":%1/%2").arg(db.port() > 0 ? db.port() : 5432).arg(db.databaseName());
}

bool PostgresDialect::checkOwner(const QSqlDatabase &db, int schemaVersion, int applicationId,
                                 QString *error, DataFileProblem *problem) const
{
    const QString where = describe(db);
    const std::optional<QStringList> tables = tableNames(db, error);
    if (!tables) {
        *problem = DataFileProblem::Other;
        return false;
    }
    *problem = DataFileProblem::None;
    if (tables->isEmpty())
        return true; // an empty database: ours to fill
    if (!tables->contains(QStringLiteral("pd_schema"))) {
        *problem = DataFileProblem::NotOurs;
        *error = tr("The database %1 holds another program's tables, not a Progress Dashboard "
                    "plan; give Progress Dashboard an empty database of its own.")
                     .arg(where);
        return false;
    }
    Statement q(db, QStringLiteral("SELECT version, application_id FROM pd_schema"));
    const auto row = q.first([](const Statement &r) { return std::pair(r.toInt(0), r.toInt(1)); });
    if (!q.ok()) {
        *problem = problemOf(
            QSqlError(QString(), q.driverText(), QSqlError::StatementError, q.nativeCode()));
        *error = tr("The database %1 cannot be read: %2").arg(where, q.driverText());
        return false;
    }
    if (!row || row->second != applicationId) {
        *problem = DataFileProblem::NotOurs;
        *error =
            tr("The database %1 belongs to another program, not Progress Dashboard.").arg(where);
        return false;
    }
    if (row->first > schemaVersion) {
        *problem = DataFileProblem::Newer;
        *error = tr("The database %1 was set up by a newer version of Progress Dashboard; please "
                    "update the app to use it.")
                     .arg(where);
        return false;
    }
    return true;
}

bool PostgresDialect::checkIntegrity(const QSqlDatabase &db, bool, const QStringList &,
                                     QStringList *problems, QString *error) const
{
    // The server checks its own pages (and answers with XX001 when one is damaged); what is
    // left to see from here is that it answers at all.
    problems->clear();
    Statement q(db, QStringLiteral("SELECT 1"));
    if (q.first([](const Statement &r) { return r.toInt(0); }))
        return true;
    *error = tr("The database %1 cannot be read: %2").arg(describe(db), q.driverText());
    return false;
}

DataFileProblem PostgresDialect::problemOf(const QSqlError &error) const
{
    // SQLSTATE classes (PostgreSQL's appendix A); QPSQL gives the code as the native one.
    const QString state = sqlState(error);
    if (state.isEmpty())
        return error.type() == QSqlError::ConnectionError ? DataFileProblem::Unreachable
               : error.type() == QSqlError::NoError       ? DataFileProblem::None
                                                          : DataFileProblem::Other;
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
        state == QLatin1String("57P02") || state == QLatin1String("57P03"))
        return DataFileProblem::Unreachable; // connection lost, server shutting down
    if (state == QLatin1String("53100"))
        return DataFileProblem::DiskFull;
    if (state == QLatin1String("25006") || state == QLatin1String("42501"))
        return DataFileProblem::ReadOnly; // a read-only transaction, or no right to write
    if (state == QLatin1String("XX001") || state == QLatin1String("XX002"))
        return DataFileProblem::Damaged;
    return DataFileProblem::Other;
}

QString PostgresDialect::damageText(const QStringList &problems) const
{
    return problems.isEmpty() ? tr("the server reports damaged data") : problems.first();
}

bool PostgresDialect::configure(const QSqlDatabase &db, QString *error,
                                DataFileProblem *problem) const
{
    // Every commit is durable by the server's own settings; what the store needs is a server
    // new enough for identity columns and ON CONFLICT (10 and later; Debian 12 has 15).
    Statement q(db, QStringLiteral("SELECT current_setting('server_version_num')::int"));
    const std::optional<int> version = q.first([](const Statement &r) { return r.toInt(0); });
    if (!version) {
        *problem = DataFileProblem::Other;
        *error = tr("The database %1 cannot be read: %2").arg(describe(db), q.driverText());
        return false;
    }
    if (*version < 100000) {
        *problem = DataFileProblem::Other;
        *error = tr("The server of %1 runs PostgreSQL %2; Progress Dashboard needs version 10 or "
                    "later.")
                     .arg(describe(db))
                     .arg(*version / 10000);
        return false;
    }
    *problem = DataFileProblem::None;
    return true;
}

std::optional<QStringList> PostgresDialect::tableNames(const QSqlDatabase &db, QString *error) const
{
    // The tables of the schema the connection works in (public unless set otherwise).
    Statement q(db, QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = "
                                   "current_schema() ORDER BY tablename"));
    const std::vector<QString> names = q.rows([](const Statement &row) { return row.toString(0); });
    if (!q.ok()) {
        *error = q.error();
        return std::nullopt;
    }
    return QStringList(names.begin(), names.end());
}

std::optional<int> PostgresDialect::schemaVersion(const QSqlDatabase &db, QString *error) const
{
    const std::optional<QStringList> tables = tableNames(db, error);
    if (!tables)
        return std::nullopt;
    if (!tables->contains(QStringLiteral("pd_schema")))
        return 0; // nothing of ours yet
    Statement q(db, QStringLiteral("SELECT version FROM pd_schema"));
    const std::optional<int> version = q.first([](const Statement &row) { return row.toInt(0); });
    if (version || q.ok())
        return version.value_or(0);
    *error = tr("The database's version could not be read: %1").arg(q.driverText());
    return std::nullopt;
}

bool PostgresDialect::setSchemaVersion(const QSqlDatabase &db, int version, int applicationId,
                                       QString *error) const
{
    for (const auto &[sql, values] :
         {std::pair(QStringLiteral("DELETE FROM pd_schema"), QVariantList()),
          std::pair(QStringLiteral("INSERT INTO pd_schema (version, application_id) VALUES (?, ?)"),
                    QVariantList{version, applicationId})}) {
        Statement q(db, sql);
        if (!q.exec(values)) {
            *error = q.error();
            return false;
        }
    }
    return true;
}

bool PostgresDialect::checkpoint(const QSqlDatabase &, QString *) const
{
    return true; // the server's write-ahead log is its own business; nothing waits on us
}

qint64 PostgresDialect::dataVersion(const QSqlDatabase &) const
{
    return -1; // other clients' commits arrive by LISTEN/NOTIFY, not by polling (issue 19)
}

bool PostgresDialect::copyTo(const QSqlDatabase &db, const QString &, QString *error) const
{
    *error = tr("%1 is a database on a server: its copies are the server's backups (pg_dump), "
                "not a copy of a file.")
                 .arg(describe(db));
    return false;
}

void PostgresDialect::removeFiles(const QString &) const {}

QStringList PostgresDialect::translateSchema(const QString &ddl)
{
    static const QRegularExpression identity(QStringLiteral("\\bid INTEGER PRIMARY KEY\\b"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression real(QStringLiteral("\\bREAL\\b"));
    static const QRegularExpression tableWithId(
        QStringLiteral("^CREATE TABLE (\\w+) \\(id INTEGER PRIMARY KEY\\b"));
    QString sql = ddl;
    sql.replace(identity, QStringLiteral("id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    // Ids and counts alike: an id column referring to an identity must be as wide as it.
    sql.replace(integer, QStringLiteral("BIGINT"));
    sql.replace(real, QStringLiteral("DOUBLE PRECISION"));
    QStringList statements{sql};
    const QRegularExpressionMatch match = tableWithId.match(ddl);
    if (match.hasMatch()) {
        // The table name is the migration's own text, never input.
        statements << QStringLiteral("CREATE TRIGGER %1_fill_id BEFORE INSERT ON %1 FOR EACH ROW "
                                     "EXECUTE FUNCTION pd_fill_id()")
                          .arg(match.captured(1));
    }
    return statements;
}

bool PostgresDialect::runSchema(const QSqlDatabase &db, const QString &ddl, QString *error) const
{
    // DDL cannot be a prepared statement on PostgreSQL (PREPARE takes queries and changes of
    // rows only), so the migrations' own text runs as it is; it holds no input.
    for (const QString &sql : translateSchema(ddl)) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            *error =
                tr("The data file could not be updated: %1").arg(q.lastError().text().simplified());
            return false;
        }
    }
    return true;
}

bool PostgresDialect::prepareSchema(const QSqlDatabase &db, QString *error) const
{
    QStringList statements{
        QStringLiteral("CREATE TABLE pd_schema (version INTEGER NOT NULL, application_id INTEGER "
                       "NOT NULL)"),
        QString::fromLatin1(fillIdFunction)};
    for (const char *sql : sumOfBooleans)
        statements << QString::fromLatin1(sql);
    for (const QString &sql : std::as_const(statements)) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            *error =
                tr("The data file could not be updated: %1").arg(q.lastError().text().simplified());
            return false;
        }
    }
    return true;
}

qint64 PostgresDialect::lastInsertId(const QSqlDatabase &db, const QSqlQuery &) const
{
    // What pd_fill_id() kept for this session: the id given or made, where lastval() would
    // say the last one made (an audit row's, before a figure put back with its own id).
    Statement q(db, QStringLiteral("SELECT current_setting('pd.last_insert_id', true)"));
    return q.first([](const Statement &r) { return r.toLongLong(0); }).value_or(0);
}

QString PostgresDialect::connectionMessage(const QSqlDatabase &db, DataFileProblem *problem)
{
    // libpq's words (English unless its translations are installed and chosen): the usual
    // causes get a line saying what to do, with the server's text kept for the rest.
    const QString where = describe(db);
    const QString text = db.lastError().databaseText().simplified().isEmpty()
                             ? db.lastError().text().simplified()
                             : db.lastError().databaseText().simplified();
    const QString lower = text.toLower();
    if (lower.contains(QLatin1String("password authentication failed")) ||
        lower.contains(QLatin1String("no password supplied"))) {
        *problem = DataFileProblem::Other;
        return tr("The server of %1 refused the password of %2; check the password (or "
                  "PGPASSWORD, ~/.pgpass).")
            .arg(where, db.userName());
    }
    if (lower.contains(QLatin1String("database")) &&
        lower.contains(QLatin1String("does not exist"))) {
        *problem = DataFileProblem::Other;
        return tr("The server of %1 has no database %2; create it first (createdb), then run "
                  "server-init.")
            .arg(where, db.databaseName());
    }
    if (lower.contains(QLatin1String("role")) && lower.contains(QLatin1String("does not exist"))) {
        *problem = DataFileProblem::Other;
        return tr("The server of %1 has no user %2.").arg(where, db.userName());
    }
    *problem = DataFileProblem::Unreachable;
    return tr("The server of %1 cannot be reached: %2").arg(where, text);
}

} // namespace pd
