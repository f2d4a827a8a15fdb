#include "store/ServerRights.h"

#include "store/PlanStore.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace pd {
namespace {

/// Runs DDL on the store's connection. PostgreSQL cannot prepare DDL (PREPARE takes queries
/// and row changes only), so it runs as text: ours, holding no input (names and passwords are
/// quoted by the server's format(), from bound values).
bool runDdl(const PlanStore &store, const QString &sql, QString *error)
{
    QSqlQuery q(store.database());
    if (q.exec(sql))
        return true;
    *error = ServerRights::tr("The server refused a change of the rights: %1")
                 .arg(q.lastError().text().simplified());
    return false;
}

/// Runs statements in order inside one transaction.
bool runAll(const PlanStore &store, const QStringList &statements, QString *error)
{
    Transaction tx = store.transaction();
    if (!tx.began(error))
        return false;
    for (const QString &sql : statements) {
        if (!runDdl(store, sql, error))
            return false;
    }
    return tx.commit(error);
}

/// The policies of a table whose rows belong to an indicator or a task: everyone reads, the
/// office writes all, a unit writes the rows whose owner (leads(column)) it leads.
QStringList ownedRowPolicies(const QString &table, const QString &leads)
{
    QStringList sql;
    sql << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table);
    for (const char *name :
         {"pd_read", "pd_office_all", "pd_unit_insert", "pd_unit_update", "pd_unit_delete"})
        sql << QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(QLatin1String(name), table);
    sql << QStringLiteral("CREATE POLICY pd_read ON %1 FOR SELECT USING (true)").arg(table)
        << QStringLiteral(
               "CREATE POLICY pd_office_all ON %1 FOR ALL TO pd_office USING (true) WITH CHECK "
               "(true)")
               .arg(table)
        << QStringLiteral("CREATE POLICY pd_unit_insert ON %1 FOR INSERT TO pd_unit WITH CHECK "
                          "(%2)")
               .arg(table, leads)
        << QStringLiteral("CREATE POLICY pd_unit_update ON %1 FOR UPDATE TO pd_unit USING (%2) "
                          "WITH CHECK (%2)")
               .arg(table, leads)
        << QStringLiteral("CREATE POLICY pd_unit_delete ON %1 FOR DELETE TO pd_unit USING (%2)")
               .arg(table, leads);
    return sql;
}

bool isServerStore(const PlanStore &store, QString *error)
{
    if (store.isServer())
        return true;
    *error = ServerRights::tr("Rights are kept by a server; a data file has none.");
    return false;
}

} // namespace

bool ServerRights::install(const PlanStore &store, QString *error)
{
    if (!isServerStore(store, error))
        return false;
    QStringList sql{
        // "does not exist, skipping" and the like are no news here.
        QStringLiteral("SET LOCAL client_min_messages = warning"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS server_user (role_name TEXT PRIMARY KEY, unit "
                       "TEXT NOT NULL DEFAULT '', office BOOLEAN NOT NULL DEFAULT FALSE)"),
        // The two group roles; a login is made a member of one (createUser).
        QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                       "'pd_unit') THEN CREATE ROLE pd_unit NOLOGIN; END IF; IF NOT EXISTS "
                       "(SELECT 1 FROM pg_roles WHERE rolname = 'pd_office') THEN CREATE ROLE "
                       "pd_office NOLOGIN; END IF; END $$"),
        // Whether the session's login leads an indicator or a task; SECURITY DEFINER so the
        // policies can read server_user whatever the caller may read.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION pd_leads_indicator(which BIGINT) RETURNS BOOLEAN "
            "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$ SELECT EXISTS "
            "(SELECT 1 FROM indicator i JOIN server_user u ON u.unit = i.lead_unit WHERE i.id = "
            "which AND u.unit <> '' AND u.role_name = session_user) $$"),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION pd_leads_task(which BIGINT) RETURNS BOOLEAN LANGUAGE "
            "sql STABLE SECURITY DEFINER SET search_path = public AS $$ SELECT EXISTS (SELECT 1 "
            "FROM task t JOIN server_user u ON u.unit = t.lead_unit WHERE t.id = which AND "
            "u.unit <> '' AND u.role_name = session_user) $$"),
        // The audit log: written by the server's idea of who, never changed or deleted.
        QStringLiteral("CREATE OR REPLACE FUNCTION pd_audit_who() RETURNS trigger LANGUAGE "
                       "plpgsql AS $$ BEGIN NEW.who := session_user; RETURN NEW; END $$"),
        QStringLiteral("CREATE OR REPLACE FUNCTION pd_audit_fixed() RETURNS trigger LANGUAGE "
                       "plpgsql AS $$ BEGIN RAISE EXCEPTION 'pd: the audit log cannot be "
                       "changed or deleted' USING ERRCODE = 'insufficient_privilege'; END $$"),
        QStringLiteral("DROP TRIGGER IF EXISTS pd_audit_who ON audit_log"),
        QStringLiteral("CREATE TRIGGER pd_audit_who BEFORE INSERT ON audit_log FOR EACH ROW "
                       "EXECUTE FUNCTION pd_audit_who()"),
        QStringLiteral("DROP TRIGGER IF EXISTS pd_audit_fixed ON audit_log"),
        QStringLiteral("CREATE TRIGGER pd_audit_fixed BEFORE UPDATE OR DELETE ON audit_log FOR "
                       "EACH ROW EXECUTE FUNCTION pd_audit_fixed()"),
        QStringLiteral("DROP TRIGGER IF EXISTS pd_audit_fixed_truncate ON audit_log"),
        QStringLiteral("CREATE TRIGGER pd_audit_fixed_truncate BEFORE TRUNCATE ON audit_log FOR "
                       "EACH STATEMENT EXECUTE FUNCTION pd_audit_fixed()"),
        // Privileges: everybody reads; the office changes everything but the audit log's rows;
        // a unit writes figures, 进展情况 and its tasks' status (the policies narrow it to its
        // own rows) and adds audit rows.
        QStringLiteral("GRANT USAGE ON SCHEMA public TO pd_unit, pd_office"),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO pd_unit, pd_office"),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO pd_unit, "
                       "pd_office"),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO pd_office"),
        QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM pd_office, pd_unit, "
                       "PUBLIC"),
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON server_user FROM pd_office, pd_unit"),
        QStringLiteral("GRANT INSERT ON audit_log TO pd_unit"),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON measurement, task_progress TO pd_unit"),
        QStringLiteral("GRANT UPDATE (status) ON task TO pd_unit"),
    };
    sql << ownedRowPolicies(QStringLiteral("measurement"),
                            QStringLiteral("pd_leads_indicator(indicator_id)"))
        << ownedRowPolicies(QStringLiteral("task_progress"),
                            QStringLiteral("pd_leads_task(task_id)"));
    // A task's own row: a unit only updates (its status); the rest stays the office's.
    sql << QStringLiteral("ALTER TABLE task ENABLE ROW LEVEL SECURITY");
    for (const char *name : {"pd_read", "pd_office_all", "pd_unit_update"})
        sql << QStringLiteral("DROP POLICY IF EXISTS %1 ON task").arg(QLatin1String(name));
    sql << QStringLiteral("CREATE POLICY pd_read ON task FOR SELECT USING (true)")
        << QStringLiteral("CREATE POLICY pd_office_all ON task FOR ALL TO pd_office USING (true) "
                          "WITH CHECK (true)")
        << QStringLiteral("CREATE POLICY pd_unit_update ON task FOR UPDATE TO pd_unit USING "
                          "(pd_leads_task(id)) WITH CHECK (pd_leads_task(id))");
    return runAll(store, sql, error);
}

bool ServerRights::createUser(const PlanStore &store, const QString &name, Kind kind,
                              const QString &unit, const QString &password, QString *error)
{
    if (!isServerStore(store, error))
        return false;
    // A login's name as PostgreSQL folds unquoted names: no quoting surprises, no injection.
    static const QRegularExpression valid(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!valid.match(name).hasMatch()) {
        *error = tr("\"%1\" cannot be a user name: use lower-case letters, digits and _ "
                    "(starting with a letter).")
                     .arg(name);
        return false;
    }
    if (kind == Kind::Unit && unit.trimmed().isEmpty()) {
        *error = tr("A unit's user needs the unit it answers for.");
        return false;
    }
    const QString group =
        kind == Kind::Office ? QStringLiteral("pd_office") : QStringLiteral("pd_unit");
    const QString other =
        kind == Kind::Office ? QStringLiteral("pd_unit") : QStringLiteral("pd_office");
    Transaction tx = store.transaction();
    if (!tx.began(error))
        return false;
    // DDL takes no bound values: format() quotes the name (%I) and the password (%L) on the
    // server, from bound values, and the result is run.
    QStringList statements;
    {
        Statement make = store.statement(QStringLiteral(
            "SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = CAST(? AS text)) "
            "THEN format('ALTER ROLE %I LOGIN', CAST(? AS text)) ELSE format('CREATE ROLE %I "
            "LOGIN', CAST(? AS text)) END, CASE WHEN CAST(? AS text) = '' THEN format('ALTER "
            "ROLE %I PASSWORD NULL', CAST(? AS text)) ELSE format('ALTER ROLE %I PASSWORD %L', "
            "CAST(? AS text), CAST(? AS text)) END, format('GRANT %I TO %I', CAST(? AS text), "
            "CAST(? AS text)), CASE WHEN EXISTS (SELECT 1 FROM pg_roles r JOIN pg_auth_members m "
            "ON m.member = "
            "r.oid JOIN pg_roles g ON g.oid = m.roleid WHERE r.rolname = CAST(? AS text) AND "
            "g.rolname = CAST(? AS text)) THEN format('REVOKE %I FROM %I', CAST(? AS text), "
            "CAST(? AS text)) ELSE 'SELECT 1' END"));
        if (!make.exec({name, name, name, password, name, name, password, group, name, name, other,
                        other, name}) ||
            !make.next()) {
            *error = make.ok() ? tr("The server did not answer.") : make.error();
            return false;
        }
        for (int i = 0; i < 4; ++i)
            statements << make.toString(i);
    }
    for (const QString &sql : statements) {
        if (!runDdl(store, sql, error))
            return false;
    }
    Statement entry = store.statement(QStringLiteral(
        "INSERT INTO server_user (role_name, unit, office) VALUES (?, ?, ?) ON CONFLICT "
        "(role_name) DO UPDATE SET unit = excluded.unit, office = excluded.office"));
    if (!entry.exec({name, kind == Kind::Unit ? unit.trimmed() : QString(QStringLiteral("")),
                     kind == Kind::Office})) {
        *error = entry.error();
        return false;
    }
    return tx.commit(error);
}

std::optional<QString> ServerRights::unitOfUser(const PlanStore &store, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    if (!store.isServer())
        return std::nullopt;
    // Before the rights are installed there is no server_user, and a query of it would fail
    // (and, inside a transaction, end it): ask first.
    {
        Statement installed =
            store.statement(QStringLiteral("SELECT to_regclass('server_user') IS NOT NULL"));
        if (!installed.exec() || !installed.next()) {
            *error = installed.error();
            return std::nullopt;
        }
        if (!installed.toBool(0))
            return QString();
    }
    Statement q = store.statement(QStringLiteral(
        "SELECT CASE WHEN u.office THEN '' ELSE u.unit END FROM server_user u WHERE u.role_name "
        "= session_user UNION ALL SELECT '' FROM pg_tables t WHERE t.tablename = 'indicator' AND "
        "t.tableowner = session_user"));
    if (!q.exec()) {
        *error = q.error();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return q.toString(0);
}

bool ServerRights::isRefusal(const QString &driverText)
{
    return driverText.contains(QLatin1String("row-level security")) ||
           driverText.contains(QLatin1String("permission denied")) ||
           driverText.contains(QLatin1String("pd: the audit log"));
}

QString ServerRights::refusedMessage(const QString &code, const QString &leadUnit,
                                     const QString &user, const QString &userUnit)
{
    const QString lead = leadUnit.isEmpty() ? tr("no unit yet") : leadUnit;
    if (userUnit.isEmpty())
        return tr("The server refused the change of %1 (led by %2): user %3 may not change it.")
            .arg(code, lead, user);
    return tr("The server refused the change of %1: it is led by %2, and user %3 answers for "
              "%4.")
        .arg(code, lead, user, userUnit);
}

} // namespace pd
