#include "store/PlanStore.h"

#include "plan/PlanCurve.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <atomic>

namespace pd {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PlanStore", text);
}

QString dbError(const QSqlQuery &query)
{
    return tr("The data file could not be updated: %1").arg(query.lastError().text());
}

/// Rolls back unless committed, so an early return never leaves half a change.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db) : m_db(db), m_active(db.transaction()) {}
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        return m_db.commit();
    }

private:
    QSqlDatabase &m_db;
    bool m_active;
};

// Qt binds a null QString as SQL NULL; our text columns are NOT NULL and empty means empty.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString dateKey(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

QString numberText(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    return QString::number(value.toDouble(), 'g', 15);
}

const char *const indicatorColumns =
    "id, node_id, ordinal, code, name, target, unit, comparator, kind, snippet, baseline, "
    "lead_unit, co_units, notes, plan_curve";

Indicator readIndicator(const QSqlQuery &q)
{
    Indicator ind;
    ind.id = q.value(0).toLongLong();
    ind.nodeId = q.value(1).toLongLong();
    ind.ordinal = q.value(2).toInt();
    ind.code = q.value(3).toString();
    ind.name = q.value(4).toString();
    ind.target = q.value(5).toDouble();
    ind.unit = q.value(6).toString();
    ind.comparator = comparatorFromKey(q.value(7).toString()).value_or(Comparator::Exactly);
    ind.kind = indicatorKindFromKey(q.value(8).toString()).value_or(IndicatorKind::Count);
    ind.snippet = q.value(9).toString();
    if (!q.value(10).isNull())
        ind.baseline = q.value(10).toDouble();
    ind.leadUnit = q.value(11).toString();
    ind.coUnits = q.value(12).toString();
    ind.notes = q.value(13).toString();
    QString ignored;
    ind.planCurve =
        PlanCurve::fromText(q.value(14).toString(), 0, &ignored).value_or(std::vector<PlanPoint>());
    return ind;
}

const char *const measurementColumns =
    "id, indicator_id, date, value, note, entered_by, entered_at";

Measurement readMeasurement(const QSqlQuery &q)
{
    Measurement m;
    m.id = q.value(0).toLongLong();
    m.indicatorId = q.value(1).toLongLong();
    m.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    m.value = q.value(3).toDouble();
    m.note = q.value(4).toString();
    m.enteredBy = q.value(5).toString();
    const QString enteredAt = q.value(6).toString();
    if (!enteredAt.isEmpty()) // left out by reads that do not show it: parsing it is costly
        m.enteredAt = QDateTime::fromString(enteredAt, Qt::ISODate);
    return m;
}

const char *fieldColumn(IndicatorField field)
{
    switch (field) {
    case IndicatorField::Name:
        return "name";
    case IndicatorField::Target:
        return "target";
    case IndicatorField::Unit:
        return "unit";
    case IndicatorField::Comparator:
        return "comparator";
    case IndicatorField::Kind:
        return "kind";
    case IndicatorField::Baseline:
        return "baseline";
    case IndicatorField::LeadUnit:
        return "lead_unit";
    case IndicatorField::CoUnits:
        return "co_units";
    case IndicatorField::Notes:
        return "notes";
    case IndicatorField::PlanCurve:
        return "plan_curve";
    }
    return "name";
}

} // namespace

PlanStore::PlanStore(QObject *parent) : QObject(parent)
{
    static std::atomic<int> counter{0};
    m_connection = QStringLiteral("pd-store-%1").arg(++counter);
    m_user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (m_user.isEmpty())
        m_user = QDir::home().dirName(); // a service or sandbox may not set USER
}

PlanStore::~PlanStore()
{
    close();
}

bool PlanStore::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

void PlanStore::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_path.clear();
}

bool PlanStore::checkFileBeforeOpening(const QString &path, QString *error) const
{
    const QFileInfo info(path);
    const QFileInfo dir(info.absolutePath());
    if (!dir.exists()) {
        *error = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(dir.filePath()));
        return false;
    }
    // SQLite writes a journal beside the file, so the folder must be writable too.
    if (!dir.isWritable()) {
        *error = tr("The folder %1 is read-only; the data file cannot be saved there.")
                     .arg(QDir::toNativeSeparators(dir.filePath()));
        return false;
    }
    if (!info.exists() || info.size() == 0)
        return true;
    if (info.isDir()) {
        *error = tr("%1 is a folder, not a data file.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!info.isWritable()) {
        *error = tr("The data file %1 is read-only.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    // Read the SQLite header ourselves: nothing is written before the file is known to be ours.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The data file %1 cannot be read: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        *error =
            tr("%1 is not a Progress Dashboard data file.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    const auto userVersion = qFromBigEndian<qint32>(bytes + 60);
    const auto applicationId = qFromBigEndian<qint32>(bytes + 68);
    if (applicationId != 0 && applicationId != ApplicationId) {
        *error = tr("%1 belongs to another program, not Progress Dashboard.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (userVersion > SchemaVersion) {
        *error = tr("%1 was saved by a newer version of Progress Dashboard; please update the "
                    "app to open it.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

bool PlanStore::open(const QString &path, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    close();
    if (!checkFileBeforeOpening(path, error))
        return false;

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        *error = tr("The data file %1 cannot be opened: %2")
                     .arg(QDir::toNativeSeparators(path), m_db.lastError().text());
        close();
        return false;
    }
    m_path = path;

    // A SQLite file with tables but no plan is some other program's: refuse before writing.
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT count(*), sum(name = 'plan') FROM sqlite_master "
                                 "WHERE type = 'table'"));
        if (!q.exec() || !q.next()) {
            *error =
                tr("%1 is not a Progress Dashboard data file.").arg(QDir::toNativeSeparators(path));
            close();
            return false;
        }
        if (q.value(0).toInt() > 0 && q.value(1).toInt() == 0) {
            *error =
                tr("%1 is not a Progress Dashboard data file.").arg(QDir::toNativeSeparators(path));
            close();
            return false;
        }
    }

    // WAL keeps readers and the record command working beside the window; FULL sync keeps
    // every committed edit through a power cut.
    const char *const pragmas[] = {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                                   "PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000"};
    for (const char *pragma : pragmas) {
        QSqlQuery q(m_db);
        if (!q.exec(QString::fromLatin1(pragma))) {
            *error = tr("The data file %1 cannot be opened: %2")
                         .arg(QDir::toNativeSeparators(path), q.lastError().text());
            close();
            return false;
        }
    }
    if (!migrate(error)) {
        close();
        return false;
    }
    m_dataVersion = readDataVersion();
    return true;
}

int PlanStore::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool PlanStore::exec(const QString &sql, QString *error, const QVariantList &values)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql)) {
        *error = dbError(q);
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = dbError(q);
        return false;
    }
    return true;
}

template <std::size_t N> bool PlanStore::execAll(const char *const (&statements)[N], QString *error)
{
    for (const char *sql : statements) {
        if (!exec(QString::fromLatin1(sql), error))
            return false;
    }
    return true;
}

bool PlanStore::migrate(QString *error)
{
    const int version = schemaVersion();
    if (version < 0) {
        *error = tr("The data file's version cannot be read.");
        return false;
    }
    using Step = bool (PlanStore::*)(QString *);
    const Step steps[] = {&PlanStore::migrateToV1, &PlanStore::migrateToV2, &PlanStore::migrateToV3,
                          &PlanStore::migrateToV4};
    static_assert(sizeof(steps) / sizeof(steps[0]) == SchemaVersion);
    for (int target = version + 1; target <= SchemaVersion; ++target) {
        Transaction tx(m_db);
        if (!(this->*steps[target - 1])(error))
            return false;
        // PRAGMA cannot take bound values; the number is ours, not input.
        if (!exec(QStringLiteral("PRAGMA user_version = %1").arg(target), error) ||
            !exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), error))
            return false;
        if (!tx.commit()) {
            *error = tr("The data file could not be upgraded: %1").arg(m_db.lastError().text());
            return false;
        }
    }
    return true;
}

bool PlanStore::migrateToV1(QString *error)
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
    return execAll(statements, error);
}

bool PlanStore::migrateToV2(QString *error)
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
    return execAll(statements, error);
}

bool PlanStore::migrateToV3(QString *error)
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
    return execAll(statements, error);
}

bool PlanStore::migrateToV4(QString *error)
{
    // Version 4: an indicator's plan curve (planned cumulative values at dates), as the text
    // PlanCurve writes; empty for the straight line of 序时进度.
    const char *const statements[] = {
        "ALTER TABLE indicator ADD COLUMN plan_curve TEXT NOT NULL DEFAULT ''",
    };
    return execAll(statements, error);
}

bool PlanStore::hasPlan() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT 1 FROM plan LIMIT 1")) && q.next();
}

bool PlanStore::importPlan(const ParsedPlan &plan, bool replace, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    if (hasPlan() && !replace) {
        *error = tr("The data file already holds a plan; use --replace to overwrite it.");
        return false;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tr("The data file could not be updated: %1").arg(m_db.lastError().text());
        return false;
    }
    if (!exec(QStringLiteral("DELETE FROM audit_log"), error) ||
        !exec(QStringLiteral("DELETE FROM plan"), error))
        return false;

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO plan (title, government, year, source_text) VALUES (?, ?, ?, ?)"));
    q.addBindValue(text(plan.info.title));
    q.addBindValue(text(plan.info.government));
    q.addBindValue(plan.info.year);
    q.addBindValue(text(plan.info.sourceText));
    if (!q.exec()) {
        *error = dbError(q);
        return false;
    }
    const qint64 planId = q.lastInsertId().toLongLong();

    std::vector<qint64> nodeIds(plan.nodes.size(), 0);
    QSqlQuery nodeInsert(m_db);
    nodeInsert.prepare(QStringLiteral("INSERT INTO node (plan_id, parent_id, kind, ordinal, "
                                      "title, position) VALUES (?, ?, ?, ?, ?, ?)"));
    for (std::size_t i = 0; i < plan.nodes.size(); ++i) {
        const ParsedPlan::Node &node = plan.nodes[i];
        if (node.parent >= int(i)) {
            *error = tr("The plan's tree is malformed.");
            return false;
        }
        nodeInsert.addBindValue(planId);
        nodeInsert.addBindValue(node.parent < 0 ? QVariant(QMetaType(QMetaType::LongLong))
                                                : QVariant(nodeIds[node.parent]));
        nodeInsert.addBindValue(nodeKindKey(node.kind));
        nodeInsert.addBindValue(node.ordinal);
        nodeInsert.addBindValue(text(node.title));
        nodeInsert.addBindValue(int(i));
        if (!nodeInsert.exec()) {
            *error = dbError(nodeInsert);
            return false;
        }
        nodeIds[i] = nodeInsert.lastInsertId().toLongLong();
    }

    QSqlQuery indInsert(m_db);
    indInsert.prepare(QStringLiteral(
        "INSERT INTO indicator (node_id, ordinal, code, name, target, unit, comparator, kind, "
        "snippet, baseline, lead_unit, co_units, notes, position) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int position = 0;
    for (const ParsedPlan::Item &item : plan.indicators) {
        if (item.node < 0 || item.node >= int(nodeIds.size())) {
            *error = tr("The plan's tree is malformed.");
            return false;
        }
        const Indicator &ind = item.indicator;
        indInsert.addBindValue(nodeIds[item.node]);
        indInsert.addBindValue(ind.ordinal);
        indInsert.addBindValue(text(ind.code));
        indInsert.addBindValue(text(ind.name));
        indInsert.addBindValue(ind.target);
        indInsert.addBindValue(text(ind.unit));
        indInsert.addBindValue(comparatorKey(ind.comparator));
        indInsert.addBindValue(indicatorKindKey(ind.kind));
        indInsert.addBindValue(text(ind.snippet));
        indInsert.addBindValue(optionalValue(ind.baseline));
        indInsert.addBindValue(text(ind.leadUnit));
        indInsert.addBindValue(text(ind.coUnits));
        indInsert.addBindValue(text(ind.notes));
        indInsert.addBindValue(position++);
        if (!indInsert.exec()) {
            *error = dbError(indInsert);
            return false;
        }
    }
    if (!tx.commit()) {
        *error = tr("The data file could not be updated: %1").arg(m_db.lastError().text());
        return false;
    }
    m_dataVersion = readDataVersion();
    emit planReplaced();
    return true;
}

PlanInfo PlanStore::planInfo() const
{
    PlanInfo info;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, title, government, year, source_text FROM plan ORDER BY id LIMIT 1"));
    if (q.exec() && q.next()) {
        info.id = q.value(0).toLongLong();
        info.title = q.value(1).toString();
        info.government = q.value(2).toString();
        info.year = q.value(3).toInt();
        info.sourceText = q.value(4).toString();
    }
    return info;
}

std::vector<PlanNode> PlanStore::nodes() const
{
    std::vector<PlanNode> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, parent_id, kind, ordinal, title FROM node ORDER BY position"));
    if (!q.exec())
        return result;
    while (q.next()) {
        PlanNode node;
        node.id = q.value(0).toLongLong();
        node.parentId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
        node.kind = nodeKindFromKey(q.value(2).toString()).value_or(NodeKind::Section);
        node.ordinal = q.value(3).toInt();
        node.title = q.value(4).toString();
        result.push_back(node);
    }
    return result;
}

std::vector<Indicator> PlanStore::indicators() const
{
    std::vector<Indicator> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM indicator ORDER BY position")
                  .arg(QLatin1String(indicatorColumns)));
    if (!q.exec())
        return result;
    while (q.next())
        result.push_back(readIndicator(q));
    return result;
}

std::optional<Indicator> PlanStore::indicator(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM indicator WHERE id = ?")
                  .arg(QLatin1String(indicatorColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readIndicator(q);
    return std::nullopt;
}

std::optional<Indicator> PlanStore::indicatorByCode(const QString &code) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM indicator WHERE code = ?")
                  .arg(QLatin1String(indicatorColumns)));
    q.addBindValue(code);
    if (q.exec() && q.next())
        return readIndicator(q);
    return std::nullopt;
}

namespace {

/// An indicator's figures by date, reading the given columns in readMeasurement()'s order.
std::vector<Measurement> figuresOf(const QSqlDatabase &db, qint64 indicatorId, const char *columns)
{
    std::vector<Measurement> result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM measurement WHERE indicator_id = ? ORDER BY date, id")
                  .arg(QLatin1String(columns)));
    q.addBindValue(indicatorId);
    if (!q.exec())
        return result;
    while (q.next())
        result.push_back(readMeasurement(q));
    return result;
}

} // namespace

std::vector<Measurement> PlanStore::measurements(qint64 indicatorId) const
{
    return figuresOf(m_db, indicatorId, measurementColumns);
}

std::vector<Measurement> PlanStore::figures(qint64 indicatorId) const
{
    // The unused columns empty: nothing to read or parse.
    return figuresOf(m_db, indicatorId, "id, indicator_id, date, value, '', '', ''");
}

std::optional<Measurement> PlanStore::measurement(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM measurement WHERE id = ?")
                  .arg(QLatin1String(measurementColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readMeasurement(q);
    return std::nullopt;
}

std::map<qint64, Measurement> PlanStore::latestMeasurements(const QDate &asOf) const
{
    std::map<qint64, Measurement> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // One seek per indicator on the (indicator_id, date) index: the rows read are the answer,
    // not the million behind it. entered_at is left out: no caller of this shows it.
    q.prepare(QStringLiteral(
        "SELECT m.id, m.indicator_id, m.date, m.value, m.note, m.entered_by, '' FROM indicator i "
        "JOIN measurement m ON m.id = (SELECT id FROM measurement WHERE indicator_id = i.id AND "
        "date <= ? ORDER BY date DESC, id DESC LIMIT 1)"));
    q.addBindValue(dateKey(asOf));
    if (!q.exec())
        return result;
    auto hint = result.end();
    while (q.next()) {
        Measurement m = readMeasurement(q);
        hint = result.emplace_hint(hint, m.indicatorId, std::move(m));
    }
    return result;
}

std::optional<Measurement> PlanStore::latestMeasurement(qint64 indicatorId, const QDate &asOf) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM measurement WHERE indicator_id = ? AND date <= ? "
                             "ORDER BY date DESC, id DESC LIMIT 1")
                  .arg(QLatin1String(measurementColumns)));
    q.addBindValue(indicatorId);
    q.addBindValue(dateKey(asOf));
    if (q.exec() && q.next())
        return readMeasurement(q);
    return std::nullopt;
}

bool PlanStore::audit(const QString &entity, qint64 entityId, const QString &field,
                      const QString &oldValue, const QString &newValue, QString *error)
{
    return exec(QStringLiteral("INSERT INTO audit_log (at, who, entity, entity_id, field, "
                               "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                error,
                {QDateTime::currentDateTime().toString(Qt::ISODateWithMs), text(m_user), entity,
                 entityId, field, text(oldValue), text(newValue)});
}

std::optional<qint64> PlanStore::addMeasurement(const Measurement &measurement, QString *error,
                                                bool keepId)
{
    QString localError;
    if (!error)
        error = &localError;
    if (!measurement.date.isValid()) {
        *error = tr("The date is not valid.");
        return std::nullopt;
    }
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO measurement (id, indicator_id, date, value, note, "
                             "entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(keepId && measurement.id > 0 ? QVariant(measurement.id)
                                                : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(measurement.indicatorId);
    q.addBindValue(dateKey(measurement.date));
    q.addBindValue(measurement.value);
    q.addBindValue(text(measurement.note));
    q.addBindValue(text(measurement.enteredBy.isEmpty() ? m_user : measurement.enteredBy));
    q.addBindValue(
        (measurement.enteredAt.isValid() ? measurement.enteredAt : QDateTime::currentDateTime())
            .toString(Qt::ISODate));
    if (!q.exec()) {
        *error = dbError(q);
        return std::nullopt;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    const QString summary =
        dateKey(measurement.date) + QLatin1Char(' ') + QString::number(measurement.value, 'g', 15);
    if (!audit(QStringLiteral("measurement"), id, QStringLiteral("*"), {}, summary, error))
        return std::nullopt;
    if (!tx.commit()) {
        *error = tr("The data file could not be updated: %1").arg(m_db.lastError().text());
        return std::nullopt;
    }
    m_dataVersion = readDataVersion();
    emit measurementsChanged(measurement.indicatorId);
    return id;
}

bool PlanStore::updateMeasurement(const Measurement &measurement, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    const std::optional<Measurement> old = this->measurement(measurement.id);
    if (!old) {
        *error = tr("The measurement no longer exists.");
        return false;
    }
    if (!measurement.date.isValid()) {
        *error = tr("The date is not valid.");
        return false;
    }
    Transaction tx(m_db);
    if (!exec(
            QStringLiteral("UPDATE measurement SET date = ?, value = ?, note = ? WHERE id = ?"),
            error,
            {dateKey(measurement.date), measurement.value, text(measurement.note), measurement.id}))
        return false;
    const QString entity = QStringLiteral("measurement");
    if (old->date != measurement.date &&
        !audit(entity, measurement.id, QStringLiteral("date"), dateKey(old->date),
               dateKey(measurement.date), error))
        return false;
    if (old->value != measurement.value &&
        !audit(entity, measurement.id, QStringLiteral("value"),
               QString::number(old->value, 'g', 15), QString::number(measurement.value, 'g', 15),
               error))
        return false;
    if (old->note != measurement.note &&
        !audit(entity, measurement.id, QStringLiteral("note"), old->note, measurement.note, error))
        return false;
    if (!tx.commit()) {
        *error = tr("The data file could not be updated: %1").arg(m_db.lastError().text());
        return false;
    }
    m_dataVersion = readDataVersion();
    emit measurementsChanged(old->indicatorId);
    return true;
}

bool PlanStore::removeMeasurement(qint64 id, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    const std::optional<Measurement> old = measurement(id);
    if (!old) {
        *error = tr("The measurement no longer exists.");
        return false;
    }
    Transaction tx(m_db);
    if (!exec(QStringLiteral("DELETE FROM measurement WHERE id = ?"), error, {id}))
        return false;
    const QString summary =
        dateKey(old->date) + QLatin1Char(' ') + QString::number(old->value, 'g', 15);
    if (!audit(QStringLiteral("measurement"), id, QStringLiteral("*"), summary, {}, error))
        return false;
    if (!tx.commit()) {
        *error = tr("The data file could not be updated: %1").arg(m_db.lastError().text());
        return false;
    }
    m_dataVersion = readDataVersion();
    emit measurementsChanged(old->indicatorId);
    return true;
}

QVariant PlanStore::indicatorFieldValue(const Indicator &indicator, IndicatorField field)
{
    switch (field) {
    case IndicatorField::Name:
        return indicator.name;
    case IndicatorField::Target:
        return indicator.target;
    case IndicatorField::Unit:
        return indicator.unit;
    case IndicatorField::Comparator:
        return comparatorKey(indicator.comparator);
    case IndicatorField::Kind:
        return indicatorKindKey(indicator.kind);
    case IndicatorField::Baseline:
        return indicator.baseline ? QVariant(*indicator.baseline) : QVariant();
    case IndicatorField::LeadUnit:
        return indicator.leadUnit;
    case IndicatorField::CoUnits:
        return indicator.coUnits;
    case IndicatorField::Notes:
        return indicator.notes;
    case IndicatorField::PlanCurve:
        return PlanCurve::toText(indicator.planCurve);
    }
    return {};
}

bool PlanStore::setIndicatorField(qint64 indicatorId, IndicatorField field, const QVariant &value,
                                  QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    const std::optional<Indicator> old = indicator(indicatorId);
    if (!old) {
        *error = tr("The indicator no longer exists.");
        return false;
    }
    QVariant stored = value;
    QString newText;
    switch (field) {
    case IndicatorField::Name:
        if (value.toString().trimmed().isEmpty()) {
            *error = tr("The name cannot be empty.");
            return false;
        }
        stored = value.toString().trimmed();
        newText = stored.toString();
        break;
    case IndicatorField::Target:
    case IndicatorField::Baseline: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        const bool clearing =
            field == IndicatorField::Baseline && (!value.isValid() || value.isNull());
        if (!clearing && !ok) {
            *error = tr("\"%1\" is not a number.").arg(value.toString());
            return false;
        }
        stored = clearing ? QVariant(QMetaType(QMetaType::Double)) : QVariant(number);
        newText = numberText(stored);
        break;
    }
    case IndicatorField::Comparator:
        if (!comparatorFromKey(value.toString())) {
            *error = tr("Unknown comparator \"%1\".").arg(value.toString());
            return false;
        }
        newText = value.toString();
        break;
    case IndicatorField::Kind:
        if (!indicatorKindFromKey(value.toString())) {
            *error = tr("Unknown kind \"%1\".").arg(value.toString());
            return false;
        }
        newText = value.toString();
        break;
    case IndicatorField::Unit:
    case IndicatorField::LeadUnit:
    case IndicatorField::CoUnits:
    case IndicatorField::Notes:
        stored = text(value.toString());
        newText = stored.toString();
        break;
    case IndicatorField::PlanCurve: {
        const auto points = PlanCurve::fromText(value.toString(), planInfo().year, error);
        if (!points)
            return false;
        stored = text(PlanCurve::toText(*points)); // never NULL
        newText = stored.toString();
        break;
    }
    }
    const QVariant oldValue = indicatorFieldValue(*old, field);
    const bool numeric = field == IndicatorField::Target || field == IndicatorField::Baseline;
    const QString oldText = numeric ? numberText(oldValue) : oldValue.toString();
    if (oldText == newText)
        return true;

    Transaction tx(m_db);
    const QString column = QString::fromLatin1(fieldColumn(field));
    // The column name comes from our own table above, never from input.
    if (!exec(QStringLiteral("UPDATE indicator SET %1 = ? WHERE id = ?").arg(column), error,
              {stored, indicatorId}))
        return false;
    if (!audit(QStringLiteral("indicator"), indicatorId, column, oldText, newText, error))
        return false;
    if (!tx.commit()) {
        *error = tr("The data file could not be updated: %1").arg(m_db.lastError().text());
        return false;
    }
    m_dataVersion = readDataVersion();
    emit indicatorChanged(indicatorId);
    return true;
}

std::vector<AuditEntry> PlanStore::auditLog(const QString &entity, qint64 entityId) const
{
    std::vector<AuditEntry> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at, who, entity, entity_id, field, old_value, new_value "
                             "FROM audit_log WHERE (? = '' OR entity = ?) AND (? = 0 OR "
                             "entity_id = ?) ORDER BY id"));
    q.addBindValue(text(entity));
    q.addBindValue(text(entity));
    q.addBindValue(entityId);
    q.addBindValue(entityId);
    if (!q.exec())
        return result;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.who = q.value(2).toString();
        e.entity = q.value(3).toString();
        e.entityId = q.value(4).toLongLong();
        e.field = q.value(5).toString();
        e.oldValue = q.value(6).toString();
        e.newValue = q.value(7).toString();
        result.push_back(e);
    }
    return result;
}

void PlanStore::removeFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

bool PlanStore::saveCopy(const QString &path, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        *error = tr("%1 exists and cannot be replaced.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    // VACUUM INTO writes a clean, self-contained copy even while the WAL holds recent changes.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(path);
    if (!q.exec()) {
        *error = tr("The copy could not be written to %1: %2")
                     .arg(QDir::toNativeSeparators(path), q.lastError().text());
        return false;
    }
    return true;
}

qint64 PlanStore::readDataVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

bool PlanStore::changedExternally()
{
    if (!isOpen())
        return false;
    const qint64 now = readDataVersion();
    const bool changed = now != m_dataVersion;
    m_dataVersion = now;
    return changed;
}

StoreTransaction::StoreTransaction(const PlanStore &store)
    : m_db(store.database()), m_active(m_db.transaction())
{
}

StoreTransaction::~StoreTransaction()
{
    if (m_active)
        m_db.rollback();
}

bool StoreTransaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    return m_db.commit();
}

} // namespace pd
