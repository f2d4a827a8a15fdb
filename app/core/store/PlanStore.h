#pragma once

#include "plan/PlanTypes.h"

#include <QObject>
#include <QSqlDatabase>
#include <QVariant>

#include <map>
#include <optional>
#include <vector>

namespace pd {

/// One change recorded in the audit log.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString who;
    QString entity; ///< "indicator", "measurement", "meeting" or "meeting_item"
    qint64 entityId = 0;
    QString field;
    QString oldValue;
    QString newValue;
};

/// An indicator field a user may correct. The value types are QString except Target and
/// Baseline (double; an invalid QVariant clears the baseline) and the two enums (their key()).
enum class IndicatorField
{
    Name,
    Target,
    Unit,
    Comparator,
    Kind,
    Baseline,
    LeadUnit,
    CoUnits,
    Notes,
    PlanCurve, ///< QString in PlanCurve's text form; empty clears the curve
};

/// The data file: one SQLite database through Qt SQL holding one plan, its measurements and
/// the audit log. Every change is one transaction with its audit rows; signals announce what
/// changed so models can update the rows touched and nothing else.
///
/// Errors are returned as translated one-line messages; the store never talks to the user.
class PlanStore : public QObject
{
    Q_OBJECT
public:
    /// The schema this build writes. Files with a higher user_version are refused.
    static constexpr int SchemaVersion = 4;
    /// PRAGMA application_id of our files ("PDB1"), so another program's SQLite file is refused.
    static constexpr int ApplicationId = 0x50444231;

    explicit PlanStore(QObject *parent = nullptr);
    ~PlanStore() override;

    /// Opens (or creates) a data file and migrates it to SchemaVersion. A file that is not
    /// ours, is from a newer version, or cannot be written is refused and left byte-for-byte
    /// as it was.
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    /// Who is recorded as entering measurements and making changes (default: the OS user).
    void setUserName(const QString &name) { m_user = name; }
    QString userName() const { return m_user; }

    bool hasPlan() const;
    /// Writes a parsed plan, in one transaction. Refuses when a plan exists unless replace.
    bool importPlan(const ParsedPlan &plan, bool replace, QString *error);

    PlanInfo planInfo() const;
    std::vector<PlanNode> nodes() const;       ///< in report order
    std::vector<Indicator> indicators() const; ///< in report order
    std::optional<Indicator> indicator(qint64 id) const;
    std::optional<Indicator> indicatorByCode(const QString &code) const;

    std::vector<Measurement> measurements(qint64 indicatorId) const; ///< by date
    /// The same figures with id, date and value only (no note, no who or when): for the rules,
    /// which need no more, at a fraction of the cost.
    std::vector<Measurement> figures(qint64 indicatorId) const;
    std::optional<Measurement> measurement(qint64 id) const;
    /// The latest measurement on or before asOf, per indicator id.
    std::map<qint64, Measurement> latestMeasurements(const QDate &asOf) const;
    std::optional<Measurement> latestMeasurement(qint64 indicatorId, const QDate &asOf) const;

    /// Adds a measurement (its id is ignored unless restoring one deleted by undo).
    std::optional<qint64> addMeasurement(const Measurement &measurement, QString *error,
                                         bool keepId = false);
    bool updateMeasurement(const Measurement &measurement, QString *error);
    bool removeMeasurement(qint64 id, QString *error);
    bool setIndicatorField(qint64 indicatorId, IndicatorField field, const QVariant &value,
                           QString *error);
    static QVariant indicatorFieldValue(const Indicator &indicator, IndicatorField field);

    std::vector<AuditEntry> auditLog(const QString &entity = {}, qint64 entityId = 0) const;
    /// Adds an audit row for a change made through database() by a feature's own store (the
    /// meetings); call it inside that change's transaction.
    bool audit(const QString &entity, qint64 entityId, const QString &field,
               const QString &oldValue, const QString &newValue, QString *error);
    /// The open connection, for feature stores that keep their own tables in the same file
    /// (prepared statements only; every multi-row change inside a StoreTransaction).
    QSqlDatabase database() const { return m_db; }

    /// Deletes a data file with SQLite's side files (-wal, -shm), so a failed first fill leaves
    /// nothing half-written behind. Only for files this program has just created.
    static void removeFiles(const QString &path);

    /// Writes a consistent copy of the whole data file to path (which must not exist).
    bool saveCopy(const QString &path, QString *error);

    /// Changes by other connections (another process) since the last call; cheap to poll.
    bool changedExternally();

signals:
    void measurementsChanged(qint64 indicatorId);
    void indicatorChanged(qint64 indicatorId);
    void planReplaced();

private:
    bool checkFileBeforeOpening(const QString &path, QString *error) const;
    bool migrate(QString *error);
    bool migrateToV1(QString *error);
    bool migrateToV2(QString *error);
    bool migrateToV3(QString *error);
    bool migrateToV4(QString *error);
    bool exec(const QString &sql, QString *error, const QVariantList &values = {});
    /// Runs schema statements (our own text, no input) one after another; stops at the first error.
    template <std::size_t N> bool execAll(const char *const (&statements)[N], QString *error);
    qint64 readDataVersion() const;

    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    QString m_user;
    qint64 m_dataVersion = -1;
};

/// A transaction on a store's data file that rolls back unless committed, so an early return
/// never leaves half a change.
class StoreTransaction
{
public:
    explicit StoreTransaction(const PlanStore &store);
    ~StoreTransaction();
    StoreTransaction(const StoreTransaction &) = delete;
    StoreTransaction &operator=(const StoreTransaction &) = delete;
    bool isActive() const { return m_active; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active;
};

} // namespace pd
