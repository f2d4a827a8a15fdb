#pragma once

#include "plan/PlanTypes.h"
#include "store/Migrations.h"
#include "store/ServerAddress.h"
#include "store/SqlDialect.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QObject>
#include <QTimer>
#include <QSqlDatabase>
#include <QVariant>

#include <functional>
#include <map>
#include <memory>
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
    /// Where the change came from: empty for the window, "record" for the command line, the
    /// sheet's file and unit for an imported sheet (PlanStore::setChangeSource).
    QString source;
};

/// Figures added, changed and removed together: one transaction, one undo step (an imported
/// sheet). Added figures with id 0 get fresh ids; with an id (put back by an undo) they keep it.
struct MeasurementBatch
{
    std::vector<Measurement> added;
    std::vector<std::pair<Measurement, Measurement>> changed; ///< before, after
    std::vector<Measurement> removed;
    bool isEmpty() const { return added.empty() && changed.empty() && removed.empty(); }
    /// The batch that undoes applied, given the ids applyBatch() gave its added figures.
    static MeasurementBatch reverted(const MeasurementBatch &applied,
                                     const std::vector<qint64> &addedIds);
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

/// One text field of one indicator set to a value (PlanStore::setIndicatorTexts).
struct IndicatorTextChange
{
    qint64 indicatorId = 0;
    IndicatorField field = IndicatorField::LeadUnit;
    QString value;
};

/// The data file: one SQLite database through Qt SQL holding one plan, its measurements and
/// the audit log. Every change is one checked transaction with its audit rows (refused when the
/// transaction cannot begin); signals announce what changed so models can update the rows
/// touched and nothing else. The engine's own commands sit behind a SqlDialect, the schema in
/// Migrations.
///
/// Errors are returned as translated one-line messages; the store never talks to the user.
/// A read that fails returns what an empty file would (no rows, std::nullopt), sets *error when
/// given, and emits readFailed, so a locked or damaged file is never shown as an empty plan
/// without a word. Reads on a closed store set *error but emit nothing.
class PlanStore : public QObject
{
    Q_OBJECT
public:
    /// The schema this build writes. Files with a higher user_version are refused.
    static constexpr int SchemaVersion = Migrations::SchemaVersion;
    /// PRAGMA application_id of our files ("PDB1"), so another program's SQLite file is refused.
    static constexpr int ApplicationId = 0x50444231;

    explicit PlanStore(QObject *parent = nullptr);
    ~PlanStore() override;

    /// Files up to this size (with their -wal) have every page checked at open (about 40 ms);
    /// bigger ones only the plan's own tables (quick_check of all 190 MB at 50,000 indicators
    /// and a million figures takes 0.9 s, of the plan's tables 30 ms).
    static constexpr qint64 WholeCheckAtOpen = 8 * 1024 * 1024;
    /// How thoroughly checkFile() reads a file.
    enum class IntegrityCheck
    {
        AtOpen, ///< cheap enough for every open; the message is one line
        Quick,  ///< every page's structure (PRAGMA quick_check)
        Full,   ///< the structure and every index against its table (integrity_check)
    };

    /// Opens (or creates, owner-only) a data file and migrates it to SchemaVersion. A file
    /// that is not ours, is damaged, from a newer version, or cannot be written is refused and
    /// left byte-for-byte as it was (it is first read through a read-only connection, which
    /// sees the -wal too); openProblem() then says which.
    bool open(const QString &path, QString *error);
    /// Opens a plan on a PostgreSQL server (issue 19) and migrates it to SchemaVersion; an
    /// empty database gets the schema. password may be empty: libpq then reads PGPASSWORD and
    /// ~/.pgpass. Refused with a one-line *error (and openProblem()): the server cannot be
    /// reached, the password is wrong, the database is missing, another program's or newer.
    bool openServer(const ServerAddress &address, const QString &password, QString *error);
    /// Whether the open store is a server's database rather than a file.
    bool isServer() const { return isOpen() && m_dialect->isServer(); }
    /// What is open, for titles and messages: the file's path, or the server's
    /// postgresql://user@host:port/db (path() is empty then: there is no file).
    QString description() const { return m_description.isEmpty() ? m_path : m_description; }
    /// Why the last open() failed (None after a successful one).
    DataFileProblem openProblem() const { return m_openProblem; }
    /// Checks a data file without writing to it (read-only; for `check` and before opening):
    /// true with *report "ok", or false with *report saying what is wrong: a first line for
    /// the user, then (Quick, Full) what the engine found, one finding a line.
    static bool checkFile(const QString &path, IntegrityCheck check, QString *report,
                          DataFileProblem *problem = nullptr);
    /// The same check of the open file (Help → Check Data File…): quick, or full when full.
    bool checkIntegrity(bool full, QString *report);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    /// The schema version the open file records; -1 when it cannot be read.
    int schemaVersion(QString *error = nullptr) const;

    /// Who is recorded as entering measurements and making changes (default: the OS user).
    void setUserName(const QString &name)
    {
        m_user = name;
        m_userChosen = true;
    }
    QString userName() const { return m_user; }
    /// Where the following changes come from, written on their audit rows (AuditEntry::source);
    /// empty (the window) by default.
    void setChangeSource(const QString &source) { m_source = source; }
    QString changeSource() const { return m_source; }

    bool hasPlan(QString *error = nullptr) const;
    /// Writes a parsed plan, in one transaction. Refuses when a plan exists unless replace.
    bool importPlan(const ParsedPlan &plan, bool replace, QString *error);

    PlanInfo planInfo(QString *error = nullptr) const;
    std::vector<PlanNode> nodes(QString *error = nullptr) const;       ///< in report order
    std::vector<Indicator> indicators(QString *error = nullptr) const; ///< in report order
    std::optional<Indicator> indicator(qint64 id, QString *error = nullptr) const;
    std::optional<Indicator> indicatorByCode(const QString &code, QString *error = nullptr) const;

    /// by date
    std::vector<Measurement> measurements(qint64 indicatorId, QString *error = nullptr) const;
    /// The same figures with id, date and value only (no note, no who or when): for the rules,
    /// which need no more, at a fraction of the cost.
    std::vector<Measurement> figures(qint64 indicatorId, QString *error = nullptr) const;
    std::optional<Measurement> measurement(qint64 id, QString *error = nullptr) const;
    /// The latest measurement on or before asOf, per indicator id.
    std::map<qint64, Measurement> latestMeasurements(const QDate &asOf,
                                                     QString *error = nullptr) const;
    /// How many figures an indicator has dated from `from` to `to`, counted up to atMost (the
    /// index answers without reading them).
    int figureCount(qint64 indicatorId, const QDate &from, const QDate &to, int atMost,
                    QString *error = nullptr) const;
    /// The same, lean, for the tree: id, indicator, date and value only (no texts to read), in
    /// no particular order.
    std::vector<Measurement> latestFigures(const QDate &asOf, QString *error = nullptr) const;
    std::optional<Measurement> latestMeasurement(qint64 indicatorId, const QDate &asOf,
                                                 QString *error = nullptr) const;

    /// Adds a measurement (its id is ignored unless restoring one deleted by undo).
    std::optional<qint64> addMeasurement(const Measurement &measurement, QString *error,
                                         bool keepId = false);
    bool updateMeasurement(const Measurement &measurement, QString *error);
    bool removeMeasurement(qint64 id, QString *error);
    /// Adds, changes and removes figures in one transaction with their audit rows; nothing is
    /// written when any part fails. alsoInTransaction, when given, runs last inside the same
    /// transaction (an import's own rows). *addedIds: the ids of batch.added, in order.
    bool applyBatch(const MeasurementBatch &batch, QString *error,
                    std::vector<qint64> *addedIds = nullptr,
                    const std::function<bool(QString *)> &alsoInTransaction = {});
    bool setIndicatorField(qint64 indicatorId, IndicatorField field, const QVariant &value,
                           QString *error);
    static QVariant indicatorFieldValue(const Indicator &indicator, IndicatorField field);
    /// Sets a text field (lead unit, co-units, notes, unit) of many indicators in one
    /// transaction: Set Responsible Unit… on a selection. Values equal to the stored are skipped.
    bool setIndicatorFields(IndicatorField field,
                            const std::vector<std::pair<qint64, QVariant>> &values, QString *error);
    /// The same for changes of several text fields (an assignment sheet's lead and co-units).
    bool setIndicatorTexts(const std::vector<IndicatorTextChange> &changes, QString *error);

    /// The responsible units' list, in the order they were added.
    std::vector<ResponsibleUnit> units(QString *error = nullptr) const;
    std::optional<qint64> addUnit(const ResponsibleUnit &unit, QString *error);
    /// Adds the names not yet in the list (a plan's or an assignment sheet's units), in one
    /// transaction.
    bool ensureUnits(const QStringList &names, QString *error);
    /// Changes a unit; a new name is written on the indicators it leads too.
    bool updateUnit(const ResponsibleUnit &unit, QString *error);
    /// Removes a unit that leads no indicator.
    bool removeUnit(qint64 id, QString *error);

    /// A setting kept in the data file (the reporting rounds' cadence…); fallback when unset.
    QString setting(const QString &key, const QString &fallback = {},
                    QString *error = nullptr) const;
    bool setSetting(const QString &key, const QString &value, QString *error);

    std::vector<AuditEntry> auditLog(const QString &entity = {}, qint64 entityId = 0,
                                     QString *error = nullptr) const;

    /// After another program's commits (see changedExternally()): reads the audit rows written
    /// since this connection last looked and emits, for each indicator they touch,
    /// indicatorChanged or measurementsChanged as for its own changes, so views update those
    /// rows only. False when they cannot be followed row by row: a plan imported or replaced,
    /// a figure deleted (whose it was is not recorded), more than MaxFollowedChanges rows, an
    /// entry of another kind, a failed read. The caller then reads everything again.
    bool followOutsideChanges(QString *error = nullptr);
    /// A feature store's way to follow its own rows' outside changes: audit rows of this entity
    /// are passed to follow(entityId), which announces them (its own signals) and returns false
    /// when it cannot (followOutsideChanges() then asks for everything to be read again).
    void followOutsideEntity(const QString &entity, std::function<bool(qint64)> follow);
    /// Everything was read again: later outside changes are counted from here.
    void markAllChangesSeen();
    static constexpr int MaxFollowedChanges = 2000;

    /// \name For feature stores that keep their own tables in the same file (the meetings)
    /// Their changes run in transaction() with statement()s and audit(); their reads go
    /// through readRows()/readRow(), so a failure reaches readFailed like the store's own.
    ///@{
    /// A statement prepared on the open connection.
    Statement statement(const QString &sql) const { return Statement(m_db, sql); }
    /// Begins one change on the open connection; check isActive() before writing.
    /// Every change begins here, so it also schedules the checkpoint that follows changes.
    Transaction transaction() const;
    /// Adds an audit row for a change; call it inside that change's transaction.
    bool audit(const QString &entity, qint64 entityId, const QString &field,
               const QString &oldValue, const QString &newValue, QString *error);
    /// Runs a read with values bound in order and reads each row with read(const Statement &).
    /// On failure: no rows, *error (when given) set to failure.arg(the reason), readFailed.
    template <typename Read>
    auto readRows(const QString &sql, const QVariantList &values, Read read, const QString &failure,
                  QString *error) const
    {
        return readWith(sql, failure, error, [&](Statement &q) { return q.rows(read, values); });
    }
    /// The same for the first row only; std::nullopt when there is none or the read failed.
    template <typename Read>
    auto readRow(const QString &sql, const QVariantList &values, Read read, const QString &failure,
                 QString *error) const
    {
        return readWith(sql, failure, error, [&](Statement &q) { return q.first(read, values); });
    }
    ///@}

    /// The raw connection, for tests and the benchmark's bulk fill only: the stores' own code
    /// goes through statement() and transaction().
    QSqlDatabase database() const { return m_db; }

    /// Deletes a data file with SQLite's side files (-wal, -shm), so a failed first fill leaves
    /// nothing half-written behind. Only for files this program has just created.
    static void removeFiles(const QString &path);

    /// Writes a consistent copy of the whole data file to path, replacing a file there once the
    /// copy is whole. Refuses the open file itself.
    bool saveCopy(const QString &path, QString *error);

    /// Folds the committed changes from the -wal into the file itself, so a copy of the file
    /// alone (a file manager's) holds every edit. Runs by itself CheckpointDelay ms after the
    /// last change (once per burst of edits: each checkpoint syncs the file) and at close();
    /// never waits on other connections. False with *error when it could not complete.
    bool checkpoint(QString *error = nullptr);
    /// A change was committed and not yet folded into the file.
    bool checkpointPending() const { return m_checkpointDue; }
    static constexpr int CheckpointDelay = 200;

    /// Changes by other connections (another process) since the last call; cheap to poll.
    /// Not a read of the plan: a failure counts as a change, and the reads that follow report.
    bool changedExternally();

signals:
    void measurementsChanged(qint64 indicatorId);
    void indicatorChanged(qint64 indicatorId);
    void planReplaced();
    void unitsChanged();
    void settingsChanged();
    /// A read of the open file failed (locked, damaged, not ours any more): a translated
    /// one-line message saying what could not be read and why, for the window to show.
    /// Emitted for the meetings' reads too (MeetingStore reads through readRows()/readRow()).
    void readFailed(const QString &message);

private:
    /// Prepares sql, lets fetch(Statement &) run it and read, then checks: the one read path.
    template <typename Fetch>
    auto readWith(const QString &sql, const QString &failure, QString *error, Fetch fetch) const
        -> std::invoke_result_t<Fetch &, Statement &>
    {
        if (!isOpen()) {
            notOpen(error);
            return {};
        }
        Statement q = statement(sql);
        auto result = fetch(q);
        checkRead(q, failure, error);
        return result;
    }
    /// After a read: on failure sets *error to failure.arg(reason) and emits readFailed.
    void checkRead(const Statement &query, const QString &failure, QString *error) const;
    void reportReadFailure(const QString &message, QString *error) const;
    /// A read on a closed store: *error says so; nothing is emitted (there is no file to blame).
    void notOpen(QString *error) const;
    /// Runs one statement of a change with values bound in order.
    bool run(const QString &sql, const QVariantList &values, QString *error);
    /// run() for a change of one figure's row: a refusal by the server (or a row the login may
    /// not see, which the statement leaves alone) is an error naming the indicator's unit.
    bool runOnRow(const QString &sql, const QVariantList &values, qint64 indicatorId,
                  QString *error);
    QString refusedChange(qint64 indicatorId) const;
    std::optional<Indicator> indicatorWhere(const char *condition, const QVariant &value,
                                            QString *error) const;
    void noteOwnChange();
    /// One row's change with its audit rows, inside a caller's transaction.
    std::optional<qint64> insertMeasurementRow(const Measurement &measurement, bool keepId,
                                               QString *error);
    bool updateMeasurementRow(const Measurement &old, const Measurement &measurement,
                              QString *error);
    bool removeMeasurementRow(const Measurement &old, QString *error);
    std::optional<qint64> insertUnitRow(const ResponsibleUnit &unit, QString *error);
    /// Adds units in one transaction; *ids their ids in order.
    bool insertUnits(const std::vector<ResponsibleUnit> &units, QString *error,
                     std::vector<qint64> *ids = nullptr);
    std::optional<ResponsibleUnit> unitById(qint64 id, QString *error) const;
    std::optional<qint64> lastAuditId() const;
    static bool createPrivateFile(const QString &path, bool *created, QString *error,
                                  DataFileProblem *problem);
    static DataFileProblem problemInMessage(const QString &message);
    static bool runIntegrityCheck(const SqlDialect &dialect, const QSqlDatabase &db,
                                  IntegrityCheck check, QString *report, DataFileProblem *problem);

    std::unique_ptr<SqlDialect> m_dialect;
    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    QString m_description; ///< a server's address (empty for a file)
    QString m_user;
    bool m_userChosen = false; ///< set by setUserName(), so a server's user does not replace it
    QString m_source;
    std::map<QString, std::function<bool(qint64)>> m_outsideFollowers;
    qint64 m_dataVersion = -1;
    qint64 m_auditSeen = -1; ///< the last audit row this connection knows of, -1 for unknown
    QTimer *m_checkpointTimer = nullptr;
    mutable bool m_checkpointDue = false;
    DataFileProblem m_openProblem = DataFileProblem::None;
};

} // namespace pd
