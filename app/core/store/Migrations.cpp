#include "store/Migrations.h"

#include "store/SqlDialect.h"
#include "store/Statement.h"
#include "store/TaskStore.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace pd {

bool Migrations::run(const QSqlDatabase &db, const SqlDialect &dialect, int applicationId,
                     QString *error)
{
    const std::optional<int> version = dialect.schemaVersion(db, error);
    if (!version)
        return false;
    using Step = bool (*)(const QSqlDatabase &, QString *);
    const Step steps[] = {&Migrations::toV1, &Migrations::toV2, &Migrations::toV3,
                          &Migrations::toV4, &Migrations::toV5, &Migrations::toV6,
                          &Migrations::toV7, &Migrations::toV8, &Migrations::toV9};
    static_assert(sizeof(steps) / sizeof(steps[0]) == SchemaVersion);
    for (int target = *version + 1; target <= SchemaVersion; ++target) {
        Transaction tx(db);
        if (!tx.isActive()) {
            *error = QCoreApplication::translate("pd::PlanStore",
                                                 "The data file could not be upgraded: %1")
                         .arg(tx.driverText());
            return false;
        }
        // A new database gets what the engine keeps beside the schema (a server's version table).
        if ((target == 1 && !dialect.prepareSchema(db, error)) || !steps[target - 1](db, error) ||
            !dialect.setSchemaVersion(db, target, applicationId, error))
            return false;
        if (!tx.commit()) {
            *error = QCoreApplication::translate("pd::PlanStore",
                                                 "The data file could not be upgraded: %1")
                         .arg(tx.driverText());
            return false;
        }
    }
    return true;
}

template <std::size_t N>
bool Migrations::execAll(const QSqlDatabase &db, const char *const (&statements)[N], QString *error)
{
    // Written in SQLite's types; the engine's dialect turns them into its own.
    const SqlDialect &dialect = SqlDialect::of(db);
    for (const char *sql : statements) {
        if (!dialect.runSchema(db, QString::fromLatin1(sql), error))
            return false;
    }
    return true;
}

bool Migrations::toV1(const QSqlDatabase &db, QString *error)
{
    const char *const statements[] = {
        "CREATE TABLE plan (id INTEGER PRIMARY KEY, title TEXT NOT NULL, government TEXT NOT "
        "NULL DEFAULT '', year INTEGER NOT NULL, source_text TEXT NOT NULL DEFAULT '')",
        "CREATE TABLE node (id INTEGER PRIMARY KEY, plan_id INTEGER NOT NULL REFERENCES plan(id) "
        "ON DELETE CASCADE, parent_id INTEGER REFERENCES node(id) ON DELETE CASCADE, kind TEXT "
        "NOT NULL, ordinal INTEGER NOT NULL, title TEXT NOT NULL, position INTEGER NOT NULL)",
        "CREATE TABLE indicator (id INTEGER PRIMARY KEY, node_id INTEGER NOT NULL REFERENCES "
        "node(id) ON DELETE CASCADE, ordinal INTEGER NOT NULL, code TEXT NOT NULL UNIQUE, name "
        "TEXT NOT NULL, target REAL NOT NULL, unit TEXT NOT NULL, comparator TEXT NOT NULL, kind "
        "TEXT NOT NULL, snippet TEXT NOT NULL, baseline REAL, lead_unit TEXT NOT NULL DEFAULT "
        "'', position INTEGER NOT NULL)",
        "CREATE TABLE measurement (id INTEGER PRIMARY KEY, indicator_id INTEGER NOT NULL "
        "REFERENCES indicator(id) ON DELETE CASCADE, date TEXT NOT NULL, value REAL NOT NULL, "
        "note TEXT NOT NULL DEFAULT '', entered_by TEXT NOT NULL DEFAULT '', entered_at TEXT NOT "
        "NULL)",
        "CREATE INDEX node_parent ON node(parent_id)",
        "CREATE INDEX indicator_node ON indicator(node_id)",
    };
    return execAll(db, statements, error);
}

bool Migrations::toV2(const QSqlDatabase &db, QString *error)
{
    // Version 2: co-operating units and notes on indicators, the audit log, and an index so
    // "latest measurement as of a date" stays fast with a million measurements.
    const char *const statements[] = {
        "ALTER TABLE indicator ADD COLUMN co_units TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE indicator ADD COLUMN notes TEXT NOT NULL DEFAULT ''",
        "CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT NOT NULL, "
        "entity TEXT NOT NULL, entity_id INTEGER NOT NULL, field TEXT NOT NULL, old_value TEXT, "
        "new_value TEXT)",
        "CREATE INDEX audit_entity ON audit_log(entity, entity_id)",
        "CREATE INDEX measurement_indicator_date ON measurement(indicator_id, date)",
    };
    return execAll(db, statements, error);
}

bool Migrations::toV3(const QSqlDatabase &db, QString *error)
{
    // Version 3: meetings. A meeting keeps frozen JSON snapshots of the parts and figures it
    // reviewed, so its minutes show what was seen on the day; an item outlives its indicator
    // (a replaced plan) through that snapshot.
    const char *const statements[] = {
        "CREATE TABLE meeting (id INTEGER PRIMARY KEY, title TEXT NOT NULL, date TEXT NOT NULL, "
        "as_of TEXT NOT NULL, scope_nodes TEXT NOT NULL DEFAULT '', behind_only INTEGER NOT NULL "
        "DEFAULT 0, expected REAL NOT NULL DEFAULT 0, plan_title TEXT NOT NULL DEFAULT '', "
        "parts TEXT NOT NULL DEFAULT '[]', resume_slide TEXT NOT NULL DEFAULT '', created_by "
        "TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)",
        "CREATE TABLE meeting_item (id INTEGER PRIMARY KEY, meeting_id INTEGER NOT NULL "
        "REFERENCES meeting(id) ON DELETE CASCADE, indicator_id INTEGER REFERENCES indicator(id) "
        "ON DELETE SET NULL, position INTEGER NOT NULL, part INTEGER NOT NULL DEFAULT 0, reviewed "
        "INTEGER NOT NULL DEFAULT 0, decision TEXT NOT NULL DEFAULT '', responsible_unit TEXT NOT "
        "NULL DEFAULT '', deadline TEXT NOT NULL DEFAULT '', snapshot TEXT NOT NULL DEFAULT '{}')",
        "CREATE INDEX meeting_date ON meeting(date)",
        "CREATE INDEX meeting_item_meeting ON meeting_item(meeting_id, position)",
        "CREATE INDEX meeting_item_indicator ON meeting_item(indicator_id)",
    };
    return execAll(db, statements, error);
}

bool Migrations::toV4(const QSqlDatabase &db, QString *error)
{
    // Version 4: an indicator's plan curve (planned cumulative values at dates), as the text
    // PlanCurve writes; empty for the straight line of 序时进度.
    const char *const statements[] = {
        "ALTER TABLE indicator ADD COLUMN plan_curve TEXT NOT NULL DEFAULT ''",
    };
    return execAll(db, statements, error);
}

bool Migrations::toV5(const QSqlDatabase &db, QString *error)
{
    // Version 5: who held, attended and minuted a meeting (printed on its minutes); whether its
    // scope took indicators with no figures (every meeting before this version did, hence the
    // default of 1); and meeting mode's "only behind" filter, so continuing a meeting restores
    // the filter with the slide where it stopped.
    const char *const statements[] = {
        "ALTER TABLE meeting ADD COLUMN chair TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE meeting ADD COLUMN attendees TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE meeting ADD COLUMN recorder TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE meeting ADD COLUMN include_unreported INTEGER NOT NULL DEFAULT 1",
        "ALTER TABLE meeting ADD COLUMN resume_behind_only INTEGER NOT NULL DEFAULT 0",
    };
    return execAll(db, statements, error);
}

bool Migrations::toV6(const QSqlDatabase &db, QString *error)
{
    // Version 6: the higher figure a report strives for beside a target (力争: "增长7%以上、力争
    // 达到8%" keeps 7 as the target and 8 here); NULL for the targets that state none.
    const char *const statements[] = {
        "ALTER TABLE indicator ADD COLUMN stretch_target REAL",
    };
    return execAll(db, statements, error);
}

bool Migrations::toV7(const QSqlDatabase &db, QString *error)
{
    // Version 7: the responsible units' list; a reporting round's three texts beside its figure
    // (进展情况, 存在问题, 下步打算); settings kept in the file (the rounds' cadence); the sheets
    // imported, by their bytes' SHA-256, so the same file is never imported twice; and where a
    // change came from (the window, the command line, an imported sheet and its unit).
    const char *const statements[] = {
        "CREATE TABLE responsible_unit (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
        "short_name TEXT NOT NULL DEFAULT '', contact TEXT NOT NULL DEFAULT '', position INTEGER "
        "NOT NULL)",
        "ALTER TABLE measurement ADD COLUMN progress TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE measurement ADD COLUMN problems TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE measurement ADD COLUMN next_steps TEXT NOT NULL DEFAULT ''",
        "CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE imported_sheet (id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, "
        "file_name TEXT NOT NULL, unit TEXT NOT NULL DEFAULT '', row_count INTEGER NOT NULL "
        "DEFAULT 0, imported_by TEXT NOT NULL DEFAULT '', imported_at TEXT NOT NULL)",
        "ALTER TABLE audit_log ADD COLUMN source TEXT NOT NULL DEFAULT ''",
        "CREATE INDEX indicator_lead_unit ON indicator(lead_unit)",
    };
    return execAll(db, statements, error);
}

bool Migrations::toV8(const QSqlDatabase &db, QString *error)
{
    // Version 8: the tasks of the 台账 (every commitment of the report's text, with its deadline,
    // units and a status set by hand), a dated 进展情况 per round, and which task holds which
    // indicator (a link table, so the indicator table stays as it is). A file made before this
    // version gets its tasks here, from the source text it keeps, in the same transaction.
    const char *const statements[] = {
        "CREATE TABLE task (id INTEGER PRIMARY KEY, node_id INTEGER NOT NULL REFERENCES node(id) "
        "ON DELETE CASCADE, ordinal INTEGER NOT NULL, code TEXT NOT NULL UNIQUE, text TEXT NOT "
        "NULL, deadline TEXT NOT NULL DEFAULT '', deadline_stated INTEGER NOT NULL DEFAULT 0, "
        "lead_unit TEXT NOT NULL DEFAULT '', co_units TEXT NOT NULL DEFAULT '', status TEXT NOT "
        "NULL DEFAULT 'not_reported', position INTEGER NOT NULL)",
        "CREATE TABLE task_progress (id INTEGER PRIMARY KEY, task_id INTEGER NOT NULL REFERENCES "
        "task(id) ON DELETE CASCADE, date TEXT NOT NULL, status TEXT NOT NULL DEFAULT "
        "'not_reported', text TEXT NOT NULL DEFAULT '', entered_by TEXT NOT NULL DEFAULT '', "
        "entered_at TEXT NOT NULL)",
        "CREATE TABLE task_indicator (indicator_id INTEGER PRIMARY KEY REFERENCES indicator(id) ON "
        "DELETE CASCADE, task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE, position "
        "INTEGER NOT NULL)",
        "CREATE INDEX task_node ON task(node_id)",
        "CREATE INDEX task_lead_unit ON task(lead_unit)",
        "CREATE INDEX task_progress_task_date ON task_progress(task_id, date)",
        "CREATE INDEX task_indicator_task ON task_indicator(task_id, position)",
    };
    return execAll(db, statements, error) && TaskStore::fillFromSourceText(db, error);
}

bool Migrations::toV9(const QSqlDatabase &db, QString *error)
{
    // Version 9: a meeting may review tasks as well as indicators (include_tasks); an item names
    // one or the other. The snapshot keeps the task as the meeting saw it, so the minutes stay
    // true once the plan is replaced (task_id is then cleared, like indicator_id).
    const char *const statements[] = {
        "ALTER TABLE meeting ADD COLUMN include_tasks INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE meeting_item ADD COLUMN task_id INTEGER REFERENCES task(id) ON DELETE SET "
        "NULL",
        "CREATE INDEX meeting_item_task ON meeting_item(task_id)",
    };
    return execAll(db, statements, error);
}

} // namespace pd
