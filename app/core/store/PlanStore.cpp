#include "store/PlanStore.h"

#include "plan/PlanCurve.h"
#include "store/Migrations.h"
#include "store/PostgresDialect.h"
#include "store/ServerRights.h"
#include "store/TaskStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>

#include <atomic>
#include <set>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pd {
namespace {

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

QVariant nullId()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

QString numberText(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    return QString::number(value.toDouble(), 'g', 15);
}

/// A read's failure, or else the fallback (the row is gone) when the read itself went well.
QString missingOr(const QString &readError, const QString &fallback)
{
    return readError.isEmpty() ? fallback : readError;
}

// One row reader per type; each reads the columns its *Columns text lists, in that order.

PlanInfo readPlanInfo(const Statement &q)
{
    PlanInfo info;
    q.columns(0, info.id, info.title, info.government, info.year, info.sourceText);
    return info;
}

PlanNode readNode(const Statement &q)
{
    PlanNode node;
    q.columns(0, node.id, node.parentId); // a NULL parent reads as 0, the top level
    node.kind = nodeKindFromKey(q.toString(2)).value_or(NodeKind::Section);
    q.columns(3, node.ordinal, node.title);
    return node;
}

const char *const indicatorColumns =
    "id, node_id, ordinal, code, name, target, unit, comparator, kind, snippet, baseline, "
    "lead_unit, co_units, notes, plan_curve, stretch_target";

Indicator readIndicator(const Statement &q)
{
    Indicator ind;
    q.columns(0, ind.id, ind.nodeId, ind.ordinal, ind.code, ind.name, ind.target, ind.unit);
    ind.comparator = comparatorFromKey(q.toString(7)).value_or(Comparator::Exactly);
    ind.kind = indicatorKindFromKey(q.toString(8)).value_or(IndicatorKind::Count);
    ind.snippet = q.toString(9);
    if (!q.isNull(10))
        ind.baseline = q.toDouble(10);
    q.columns(11, ind.leadUnit, ind.coUnits, ind.notes);
    QString ignored;
    ind.planCurve =
        PlanCurve::fromText(q.toString(14), 0, &ignored).value_or(std::vector<PlanPoint>());
    if (!q.isNull(15))
        ind.stretchTarget = q.toDouble(15);
    return ind;
}

const char *const measurementColumns =
    "id, indicator_id, date, value, note, entered_by, entered_at, progress, problems, next_steps";

Measurement readMeasurement(const Statement &q)
{
    Measurement m;
    q.columns(0, m.id, m.indicatorId, m.date, m.value, m.note, m.enteredBy);
    const QString enteredAt = q.toString(6);
    if (!enteredAt.isEmpty()) // left out by reads that do not show it: parsing it is costly
        m.enteredAt = QDateTime::fromString(enteredAt, Qt::ISODate);
    q.columns(7, m.progress, m.problems, m.nextSteps);
    return m;
}

/// A figure lean: id, indicator, date and value only (the rules and the tree need no more, and
/// 50,000 of them are read at every start and change of date).
Measurement readFigure(const Statement &q)
{
    Measurement m;
    q.columns(0, m.id, m.indicatorId, m.date, m.value);
    return m;
}

/// A figure in the audit log's one-line form: its date and value.
QString figureSummary(const Measurement &m)
{
    return dateKey(m.date) + QLatin1Char(' ') + QString::number(m.value, 'g', 15);
}

ResponsibleUnit readUnit(const Statement &q)
{
    ResponsibleUnit unit;
    q.columns(0, unit.id, unit.name, unit.shortName, unit.contact);
    return unit;
}

/// An indicator's figures by date, with the given columns in readMeasurement()'s order.
QString figuresSql(const char *columns)
{
    return QStringLiteral("SELECT %1 FROM measurement WHERE indicator_id = ? ORDER BY date, id")
        .arg(QLatin1String(columns));
}

/// Each indicator's latest figure on or before the bound date, with the given columns of it
/// (m) in readMeasurement()'s order: one seek per indicator on the (indicator_id, date) index.
QString latestSql(const char *columns)
{
    return QStringLiteral("SELECT %1 FROM indicator i JOIN measurement m ON m.id = (SELECT id "
                          "FROM measurement WHERE indicator_id = i.id AND date <= ? ORDER BY "
                          "date DESC, id DESC LIMIT 1)")
        .arg(QLatin1String(columns));
}

AuditEntry readAuditEntry(const Statement &q)
{
    AuditEntry e;
    e.id = q.toLongLong(0);
    e.at = q.toDateTime(1, Qt::ISODateWithMs);
    q.columns(2, e.who, e.entity, e.entityId, e.field, e.oldValue, e.newValue, e.source);
    return e;
}

const char *fieldColumn(IndicatorField field)
{
    // In IndicatorField's order.
    const char *const columns[] = {"name",     "target",    "unit",     "comparator", "kind",
                                   "baseline", "lead_unit", "co_units", "notes",      "plan_curve"};
    static_assert(sizeof(columns) / sizeof(columns[0]) == int(IndicatorField::PlanCurve) + 1);
    return columns[int(field)];
}

} // namespace

PlanStore::PlanStore(QObject *parent) : QObject(parent), m_dialect(SqlDialect::standard())
{
    static std::atomic<int> counter{0};
    m_connection = QStringLiteral("pd-store-%1").arg(++counter);
    m_user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (m_user.isEmpty())
        m_user = QDir::home().dirName(); // a service or sandbox may not set USER
    m_checkpointTimer = new QTimer(this);
    m_checkpointTimer->setSingleShot(true);
    m_checkpointTimer->setInterval(CheckpointDelay);
    connect(m_checkpointTimer, &QTimer::timeout, this, [this] { checkpoint(); });
}

Transaction PlanStore::transaction() const
{
    // Restarted by each change: one checkpoint after a burst of edits, when the app is idle.
    m_checkpointDue = true;
    m_checkpointTimer->start();
    return Transaction(m_db);
}

bool PlanStore::checkpoint(QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    m_checkpointTimer->stop();
    if (!isOpen()) {
        notOpen(error);
        return false;
    }
    if (!m_dialect->checkpoint(m_db, error)) {
        // A reader still needs older pages: the next change or close() tries again.
        return false;
    }
    m_checkpointDue = false;
    return true;
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
    // Another connection (the window beside the record command) may keep the -wal alive past
    // this one: fold our changes into the file before leaving.
    if (m_checkpointDue && isOpen())
        checkpoint();
    m_checkpointTimer->stop();
    m_checkpointDue = false;
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_path.clear();
    m_description.clear();
}

bool PlanStore::open(const QString &path, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    close();
    if (m_dialect->isServer()) // a server was open before: files are SQLite's
        m_dialect = SqlDialect::standard();
    m_openProblem = DataFileProblem::None;
    DataFileProblem problem = DataFileProblem::None;
    if (!m_dialect->checkBeforeOpening(path, SchemaVersion, ApplicationId, error, &problem)) {
        m_openProblem = problem;
        return false;
    }
    // Nothing is written to an existing file before a read-only look through the engine (which
    // sees the -wal too) says it is ours, not newer and not damaged.
    const QFileInfo info(path);
    bool createdHere = false;
    if (info.exists() && info.size() > 0) {
        if (!checkFile(path, IntegrityCheck::AtOpen, error, &problem)) {
            m_openProblem = problem;
            return false;
        }
    } else if (!info.exists()) {
        if (!createPrivateFile(path, &createdHere, error, &problem)) {
            m_openProblem = problem;
            return false;
        }
    }
    // A file made here and not filled is removed again: a failure never leaves an empty file.
    auto fail = [&](DataFileProblem why) {
        close();
        if (createdHere)
            m_dialect->removeFiles(path);
        m_openProblem = why;
        return false;
    };

    m_db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connection);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        const DataFileProblem why = m_dialect->problemOf(m_db.lastError());
        *error = why == DataFileProblem::Other
                     ? tr("The data file %1 cannot be opened: %2")
                           .arg(QDir::toNativeSeparators(path), m_db.lastError().text())
                     : m_dialect->unreadableMessage(path, why, m_db.lastError().text());
        return fail(why);
    }
    m_path = path;
    if (!m_dialect->configure(m_db, error, &problem))
        return fail(problem);
    if (!Migrations::run(m_db, *m_dialect, ApplicationId, error)) {
        // The migration's own words stay; a full disk or a damaged file is said plainly.
        const DataFileProblem why = problemInMessage(*error);
        if (why == DataFileProblem::DiskFull)
            *error = SqlDialect::diskFullMessage(path);
        return fail(why);
    }
    m_dataVersion = m_dialect->dataVersion(m_db);
    markAllChangesSeen();
    // A new file's schema or an upgrade may sit in the -wal (nothing to copy costs nothing).
    m_checkpointDue = true;
    m_checkpointTimer->start();
    return true;
}

bool PlanStore::openServer(const ServerAddress &address, const QString &password, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    close();
    m_dialect = std::make_unique<PostgresDialect>();
    m_openProblem = DataFileProblem::None;
    auto fail = [&](DataFileProblem why) {
        close();
        m_openProblem = why;
        return false;
    };
    if (!QSqlDatabase::isDriverAvailable(m_dialect->driverName())) {
        *error = tr("This installation cannot reach PostgreSQL servers: Qt's QPSQL driver is "
                    "missing (Debian: libqt6sql6-psql).");
        return fail(DataFileProblem::Other);
    }
    m_db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connection);
    if (!address.host.isEmpty())
        m_db.setHostName(address.host);
    m_db.setPort(address.port);
    m_db.setDatabaseName(address.database);
    if (!address.user.isEmpty())
        m_db.setUserName(address.user);
    if (!password.isEmpty()) // else libpq reads PGPASSWORD or ~/.pgpass itself
        m_db.setPassword(password);
    QStringList options{QStringLiteral("connect_timeout=10"),
                        QStringLiteral("application_name=progress-dashboard")};
    if (!address.sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + address.sslMode;
    m_db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!m_db.open()) {
        DataFileProblem why = DataFileProblem::Other;
        *error = PostgresDialect::connectionMessage(m_db, &why);
        return fail(why);
    }
    DataFileProblem problem = DataFileProblem::None;
    if (!m_dialect->configure(m_db, error, &problem) ||
        !m_dialect->checkOwner(m_db, SchemaVersion, ApplicationId, error, &problem))
        return fail(problem);
    if (!Migrations::run(m_db, *m_dialect, ApplicationId, error))
        return fail(DataFileProblem::Other);
    m_description = address.toString();
    // Changes are recorded under the database user: the name the server's rights know.
    const std::optional<QString> user = readRow(
        QStringLiteral("SELECT current_user"), {}, [](const Statement &q) { return q.toString(0); },
        tr("The database user could not be read: %1"), error);
    if (!user)
        return fail(DataFileProblem::Other);
    if (!m_userChosen)
        m_user = *user;
    m_dataVersion = m_dialect->dataVersion(m_db);
    markAllChangesSeen();
    return true;
}

bool PlanStore::createPrivateFile(const QString &path, bool *created, QString *error,
                                  DataFileProblem *problem)
{
    // Made here, empty, owner-only whatever the umask; SQLite gives its -wal and -shm the
    // file's own mode, so they are private too.
    *created = false;
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            return true; // another process made it meanwhile: it is checked as it opens
        const int reason = errno;
        *problem = reason == ENOSPC ? DataFileProblem::DiskFull
                   : reason == EACCES || reason == EROFS || reason == EPERM
                       ? DataFileProblem::ReadOnly
                       : DataFileProblem::Other;
        *error = reason == ENOSPC ? SqlDialect::diskFullMessage(path)
                                  : tr("Cannot create %1: %2")
                                        .arg(QDir::toNativeSeparators(path),
                                             QString::fromLocal8Bit(std::strerror(reason)));
        return false;
    }
    ::fchmod(fd, 0600);
    ::close(fd);
    *created = true;
    return true;
}

DataFileProblem PlanStore::problemInMessage(const QString &message)
{
    // Migrations report through Statement's text; the engine's words for a full disk are fixed.
    return message.contains(QLatin1String("database or disk is full")) ? DataFileProblem::DiskFull
                                                                       : DataFileProblem::Other;
}

bool PlanStore::checkFile(const QString &path, IntegrityCheck check, QString *report,
                          DataFileProblem *problem)
{
    QString localReport;
    if (!report)
        report = &localReport;
    DataFileProblem localProblem = DataFileProblem::None;
    if (!problem)
        problem = &localProblem;
    const std::unique_ptr<SqlDialect> dialect = SqlDialect::standard();
    if (!dialect->checkBeforeOpening(path, SchemaVersion, ApplicationId, report, problem))
        return false;
    if (!QFileInfo::exists(path)) {
        *problem = DataFileProblem::Other;
        *report = tr("The data file %1 does not exist.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    static std::atomic<int> counter{0};
    const QString connection = QStringLiteral("pd-check-%1").arg(++counter);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect->driverName(), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(dialect->readOnlyOptions());
        if (!db.open()) {
            *problem = dialect->problemOf(db.lastError());
            *report = dialect->unreadableMessage(path, *problem, db.lastError().text());
        } else if (dialect->checkOwner(db, SchemaVersion, ApplicationId, report, problem)) {
            ok = runIntegrityCheck(*dialect, db, check, report, problem);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

bool PlanStore::checkIntegrity(bool full, QString *report)
{
    QString localReport;
    if (!report)
        report = &localReport;
    if (!isOpen()) {
        notOpen(report);
        return false;
    }
    DataFileProblem problem = DataFileProblem::None;
    return runIntegrityCheck(*m_dialect, m_db, full ? IntegrityCheck::Full : IntegrityCheck::Quick,
                             report, &problem);
}

bool PlanStore::runIntegrityCheck(const SqlDialect &dialect, const QSqlDatabase &db,
                                  IntegrityCheck check, QString *report, DataFileProblem *problem)
{
    // Every page of a file up to WholeCheckAtOpen; of a bigger one at open, the pages that
    // make up the plan itself (the figures and the log are read, and checked, when used).
    QStringList tables;
    if (check == IntegrityCheck::AtOpen) {
        const QString path = db.databaseName();
        const qint64 size =
            QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
        if (size > WholeCheckAtOpen)
            tables = QStringList{QStringLiteral("plan"),          QStringLiteral("node"),
                                 QStringLiteral("indicator"),     QStringLiteral("meeting"),
                                 QStringLiteral("meeting_item"),  QStringLiteral("task"),
                                 QStringLiteral("task_indicator")};
    }
    QStringList problems;
    QString error;
    // The full check stops at the first unreadable page without naming it; the quick one
    // names it, so it goes first.
    bool ok = dialect.checkIntegrity(db, false, tables, &problems, &error);
    if (ok && check == IntegrityCheck::Full)
        ok = dialect.checkIntegrity(db, true, tables, &problems, &error);
    if (ok) {
        *problem = DataFileProblem::None;
        *report = QStringLiteral("ok");
        return true;
    }
    if (!error.isEmpty()) {
        *problem = DataFileProblem::Other;
        *report = error;
        return false;
    }
    *problem = DataFileProblem::Damaged;
    // The one line first, then what the engine found, for whoever repairs it.
    QStringList lines{SqlDialect::damagedMessage(db.databaseName(), dialect.damageText(problems))};
    if (check != IntegrityCheck::AtOpen) {
        for (const QString &line : std::as_const(problems))
            lines << QStringLiteral("  ") + line;
    }
    *report = lines.join(QLatin1Char('\n'));
    return false;
}

int PlanStore::schemaVersion(QString *error) const
{
    if (!isOpen()) {
        notOpen(error);
        return -1;
    }
    QString message;
    if (const std::optional<int> version = m_dialect->schemaVersion(m_db, &message))
        return *version;
    reportReadFailure(message, error);
    return -1;
}

void PlanStore::checkRead(const Statement &query, const QString &failure, QString *error) const
{
    if (!query.ok())
        reportReadFailure(failure.arg(query.driverText()), error);
}

void PlanStore::reportReadFailure(const QString &message, QString *error) const
{
    if (error)
        *error = message;
    // Reads are const; a failed one changes nothing in the store, it is news for the window.
    emit const_cast<PlanStore *>(this)->readFailed(message);
}

void PlanStore::notOpen(QString *error) const
{
    if (error)
        *error = tr("No data file is open.");
}

bool PlanStore::run(const QString &sql, const QVariantList &values, QString *error)
{
    Statement q = statement(sql);
    if (q.exec(values))
        return true;
    *error = q.error();
    return false;
}

bool PlanStore::runOnRow(const QString &sql, const QVariantList &values, qint64 indicatorId,
                         QString *error)
{
    // Made first: after a refusal a server's transaction reads nothing more.
    const QString refusal = isServer() ? refusedChange(indicatorId) : QString();
    Statement q = statement(sql);
    if (!q.exec(values)) {
        *error =
            ServerRights::isRefusal(q.driverText()) && !refusal.isEmpty() ? refusal : q.error();
        return false;
    }
    // On a server, a row the login may not change is out of its sight: the statement changes
    // nothing and says nothing. That is a refusal, not a change to audit.
    if (q.rowsAffected() == 0) {
        *error =
            isServer() ? refusal : tr("The figure no longer exists; another program removed it.");
        return false;
    }
    return true;
}

QString PlanStore::refusedChange(qint64 indicatorId) const
{
    const std::optional<Indicator> indicator = this->indicator(indicatorId);
    const QString unit = ServerRights::unitOfUser(*this).value_or(QString());
    return ServerRights::refusedMessage(indicator ? indicator->code : QString::number(indicatorId),
                                        indicator ? indicator->leadUnit : QString(), m_user, unit);
}

void PlanStore::noteOwnChange()
{
    // Our own commit is not an outside change: changedExternally() compares against this.
    m_dataVersion = m_dialect->dataVersion(m_db);
    markAllChangesSeen();
}

std::optional<qint64> PlanStore::lastAuditId() const
{
    return readRow(
        QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log"), {},
        [](const Statement &q) { return q.toLongLong(0); },
        tr("The change log could not be read: %1"), nullptr);
}

void PlanStore::followOutsideEntity(const QString &entity, std::function<bool(qint64)> follow)
{
    m_outsideFollowers[entity] = std::move(follow);
}

void PlanStore::markAllChangesSeen()
{
    m_auditSeen = lastAuditId().value_or(-1);
}

bool PlanStore::followOutsideChanges(QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    if (!isOpen() || m_auditSeen < 0)
        return false;
    // A log shorter than what was seen is another file's (put in place by a restore): start
    // over.
    if (lastAuditId().value_or(-1) < m_auditSeen)
        return false;
    // Whose figure each figure's entry is, in the same read: the row it names, if still there.
    struct Change
    {
        qint64 id = 0;
        QString entity;
        qint64 entityId = 0;
        std::optional<qint64> indicator;
    };
    const std::vector<Change> changes = readRows(
        QStringLiteral("SELECT a.id, a.entity, a.entity_id, m.indicator_id FROM audit_log a "
                       "LEFT JOIN measurement m ON a.entity = 'measurement' AND m.id = "
                       "a.entity_id WHERE a.id > ? ORDER BY a.id LIMIT ?"),
        {m_auditSeen, MaxFollowedChanges + 1},
        [](const Statement &q) {
            return Change{q.toLongLong(0), q.toString(1), q.toLongLong(2),
                          q.isNull(3) ? std::nullopt : std::optional<qint64>(q.toLongLong(3))};
        },
        tr("The change log could not be read: %1"), error);
    if (!error->isEmpty() || int(changes.size()) > MaxFollowedChanges)
        return false;
    std::set<qint64> fields;
    std::set<qint64> figures;
    bool unitsTouched = false;
    bool settingsTouched = false;
    std::vector<const Change *> featureChanges;
    for (const Change &change : changes) {
        if (change.entity == QLatin1String("indicator")) {
            fields.insert(change.entityId);
        } else if (change.entity == QLatin1String("measurement")) {
            if (!change.indicator)
                return false; // deleted since: its row no longer says whose it was
            figures.insert(*change.indicator);
        } else if (change.entity == QLatin1String("responsible_unit")) {
            unitsTouched = true;
        } else if (change.entity == QLatin1String("setting")) {
            settingsTouched = true;
        } else if (m_outsideFollowers.count(change.entity)) {
            featureChanges.push_back(&change);
        } else if (!change.entity.startsWith(QLatin1String("meeting")) &&
                   change.entity != QLatin1String("imported_sheet")) {
            return false; // a plan imported or replaced, or a kind this reader does not know
        }
    }
    for (const Change *change : featureChanges) {
        if (!m_outsideFollowers.at(change->entity)(change->entityId))
            return false;
    }
    if (!changes.empty())
        m_auditSeen = changes.back().id;
    for (qint64 id : fields)
        emit indicatorChanged(id);
    for (qint64 id : figures)
        emit measurementsChanged(id);
    if (unitsTouched)
        emit unitsChanged();
    if (settingsTouched)
        emit settingsChanged();
    return true;
}

bool PlanStore::hasPlan(QString *error) const
{
    return readRow(
               QStringLiteral("SELECT 1 FROM plan LIMIT 1"), {},
               [](const Statement &) { return true; }, tr("The plan could not be read: %1"), error)
        .has_value();
}

bool PlanStore::importPlan(const ParsedPlan &plan, bool replace, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    QString readError;
    const PlanInfo replaced = planInfo(&readError);
    const bool hadPlan = replaced.id != 0;
    if (hadPlan && !replace) {
        *error = tr("The data file already holds a plan; use --replace to overwrite it.");
        return false;
    }
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    Transaction tx = transaction();
    if (!tx.began(error))
        return false;
    if (!run(QStringLiteral("DELETE FROM plan"), {}, error))
        return false;
    // The change log is history and stays: a marker row closes the old plan's part of it (the
    // new plan's indicators and figures may reuse its ids; auditLog() of one starts after it).
    if (hadPlan && !audit(QStringLiteral("plan"), replaced.id, QStringLiteral("replaced"),
                          replaced.title, plan.info.title, error))
        return false;

    Statement planInsert = statement(QStringLiteral(
        "INSERT INTO plan (title, government, year, source_text) VALUES (?, ?, ?, ?)"));
    if (!planInsert.exec({text(plan.info.title), text(plan.info.government), plan.info.year,
                          text(plan.info.sourceText)})) {
        *error = planInsert.error();
        return false;
    }
    const qint64 planId = planInsert.lastInsertId();

    std::vector<qint64> nodeIds(plan.nodes.size(), 0);
    Statement nodeInsert = statement(QStringLiteral("INSERT INTO node (plan_id, parent_id, kind, "
                                                    "ordinal, title, position) VALUES (?, ?, ?, "
                                                    "?, ?, ?)"));
    for (std::size_t i = 0; i < plan.nodes.size(); ++i) {
        const ParsedPlan::Node &node = plan.nodes[i];
        if (node.parent >= int(i)) {
            *error = tr("The plan's tree is malformed.");
            return false;
        }
        if (!nodeInsert.exec({planId, node.parent < 0 ? nullId() : QVariant(nodeIds[node.parent]),
                              nodeKindKey(node.kind), node.ordinal, text(node.title), int(i)})) {
            *error = nodeInsert.error();
            return false;
        }
        nodeIds[i] = nodeInsert.lastInsertId();
    }

    Statement indInsert = statement(QStringLiteral(
        "INSERT INTO indicator (node_id, ordinal, code, name, target, unit, comparator, kind, "
        "snippet, baseline, lead_unit, co_units, notes, position, stretch_target) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int position = 0;
    std::vector<qint64> indicatorIds;
    indicatorIds.reserve(plan.indicators.size());
    for (const ParsedPlan::Item &item : plan.indicators) {
        if (item.node < 0 || item.node >= int(nodeIds.size())) {
            *error = tr("The plan's tree is malformed.");
            return false;
        }
        const Indicator &ind = item.indicator;
        if (!indInsert.exec({nodeIds[item.node], ind.ordinal, text(ind.code), text(ind.name),
                             ind.target, text(ind.unit), comparatorKey(ind.comparator),
                             indicatorKindKey(ind.kind), text(ind.snippet),
                             optionalValue(ind.baseline), text(ind.leadUnit), text(ind.coUnits),
                             text(ind.notes), position++, optionalValue(ind.stretchTarget)})) {
            *error = indInsert.error();
            return false;
        }
        indicatorIds.push_back(indInsert.lastInsertId());
    }
    // The plan's tasks (台账) with it, in the same transaction.
    if (!TaskStore::writeParsedTasks(*this, plan, nodeIds, indicatorIds, error))
        return false;
    if (!tx.commit(error))
        return false;
    noteOwnChange();
    emit planReplaced();
    return true;
}

PlanInfo PlanStore::planInfo(QString *error) const
{
    return readRow(QStringLiteral("SELECT id, title, government, year, source_text FROM plan "
                                  "ORDER BY id LIMIT 1"),
                   {}, readPlanInfo, tr("The plan could not be read: %1"), error)
        .value_or(PlanInfo());
}

std::vector<PlanNode> PlanStore::nodes(QString *error) const
{
    return readRows(
        QStringLiteral("SELECT id, parent_id, kind, ordinal, title FROM node ORDER BY position"),
        {}, readNode, tr("The plan's sections could not be read: %1"), error);
}

std::vector<Indicator> PlanStore::indicators(QString *error) const
{
    return readRows(QStringLiteral("SELECT %1 FROM indicator ORDER BY position")
                        .arg(QLatin1String(indicatorColumns)),
                    {}, readIndicator, tr("The indicators could not be read: %1"), error);
}

std::optional<Indicator> PlanStore::indicatorWhere(const char *condition, const QVariant &value,
                                                   QString *error) const
{
    // The condition is our own text ("id = ?"), never input; the value is bound.
    return readRow(QStringLiteral("SELECT %1 FROM indicator WHERE %2")
                       .arg(QLatin1String(indicatorColumns), QLatin1String(condition)),
                   {value}, readIndicator, tr("The indicators could not be read: %1"), error);
}

std::optional<Indicator> PlanStore::indicator(qint64 id, QString *error) const
{
    return indicatorWhere("id = ?", id, error);
}

std::optional<Indicator> PlanStore::indicatorByCode(const QString &code, QString *error) const
{
    return indicatorWhere("code = ?", code, error);
}

std::vector<Measurement> PlanStore::measurements(qint64 indicatorId, QString *error) const
{
    return readRows(figuresSql(measurementColumns), {indicatorId}, readMeasurement,
                    tr("The measurements could not be read: %1"), error);
}

std::vector<Measurement> PlanStore::figures(qint64 indicatorId, QString *error) const
{
    // The unused columns empty: nothing to read or parse.
    return readRows(figuresSql("id, indicator_id, date, value"), {indicatorId}, readFigure,
                    tr("The measurements could not be read: %1"), error);
}

std::optional<Measurement> PlanStore::measurement(qint64 id, QString *error) const
{
    return readRow(QStringLiteral("SELECT %1 FROM measurement WHERE id = ?")
                       .arg(QLatin1String(measurementColumns)),
                   {id}, readMeasurement, tr("The measurements could not be read: %1"), error);
}

std::map<qint64, Measurement> PlanStore::latestMeasurements(const QDate &asOf, QString *error) const
{
    // One seek per indicator on the (indicator_id, date) index: the rows read are the answer,
    // not the million behind it. entered_at is left out: no caller of this shows it.
    std::vector<Measurement> rows = readRows(
        latestSql("m.id, m.indicator_id, m.date, m.value, m.note, m.entered_by, '', m.progress, "
                  "m.problems, m.next_steps"),
        {dateKey(asOf)}, readMeasurement, tr("The measurements could not be read: %1"), error);
    std::map<qint64, Measurement> result;
    for (Measurement &m : rows)
        result.emplace_hint(result.end(), m.indicatorId, std::move(m));
    return result;
}

int PlanStore::figureCount(qint64 indicatorId, const QDate &from, const QDate &to, int atMost,
                           QString *error) const
{
    return readRow(
               QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM measurement WHERE "
                              "indicator_id = ? AND date >= ? AND date <= ? LIMIT ?) AS f"),
               {indicatorId, dateKey(from), dateKey(to), atMost},
               [](const Statement &q) { return q.toInt(0); },
               tr("The measurements could not be read: %1"), error)
        .value_or(0);
}

std::vector<Measurement> PlanStore::latestFigures(const QDate &asOf, QString *error) const
{
    return readRows(latestSql("m.id, m.indicator_id, m.date, m.value"), {dateKey(asOf)}, readFigure,
                    tr("The measurements could not be read: %1"), error);
}

std::optional<Measurement> PlanStore::latestMeasurement(qint64 indicatorId, const QDate &asOf,
                                                        QString *error) const
{
    return readRow(QStringLiteral("SELECT %1 FROM measurement WHERE indicator_id = ? AND date <= "
                                  "? ORDER BY date DESC, id DESC LIMIT 1")
                       .arg(QLatin1String(measurementColumns)),
                   {indicatorId, dateKey(asOf)}, readMeasurement,
                   tr("The measurements could not be read: %1"), error);
}

bool PlanStore::audit(const QString &entity, qint64 entityId, const QString &field,
                      const QString &oldValue, const QString &newValue, QString *error)
{
    return run(QStringLiteral("INSERT INTO audit_log (at, who, entity, entity_id, field, "
                              "old_value, new_value, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
               {QDateTime::currentDateTime().toString(Qt::ISODateWithMs), text(m_user), entity,
                entityId, field, text(oldValue), text(newValue), text(m_source)},
               error);
}

std::optional<qint64> PlanStore::insertMeasurementRow(const Measurement &measurement, bool keepId,
                                                      QString *error)
{
    if (!measurement.date.isValid()) {
        *error = tr("The date is not valid.");
        return std::nullopt;
    }
    // A refused statement ends a server's transaction, and nothing can be read after it: the
    // message that names the units is made first.
    const QString refusal = isServer() ? refusedChange(measurement.indicatorId) : QString();
    Statement insert = statement(QStringLiteral(
        "INSERT INTO measurement (id, indicator_id, date, value, note, entered_by, entered_at, "
        "progress, problems, next_steps) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert.exec({keepId && measurement.id > 0 ? QVariant(measurement.id) : nullId(),
                      measurement.indicatorId, dateKey(measurement.date), measurement.value,
                      text(measurement.note),
                      text(measurement.enteredBy.isEmpty() ? m_user : measurement.enteredBy),
                      (measurement.enteredAt.isValid() ? measurement.enteredAt
                                                       : QDateTime::currentDateTime())
                          .toString(Qt::ISODate),
                      text(measurement.progress), text(measurement.problems),
                      text(measurement.nextSteps)})) {
        *error = ServerRights::isRefusal(insert.driverText()) && !refusal.isEmpty()
                     ? refusal
                     : insert.error();
        return std::nullopt;
    }
    const qint64 id = insert.lastInsertId();
    if (!audit(QStringLiteral("measurement"), id, QStringLiteral("*"), {},
               figureSummary(measurement), error))
        return std::nullopt;
    return id;
}

bool PlanStore::updateMeasurementRow(const Measurement &old, const Measurement &measurement,
                                     QString *error)
{
    if (!measurement.date.isValid()) {
        *error = tr("The date is not valid.");
        return false;
    }
    if (!runOnRow(QStringLiteral("UPDATE measurement SET date = ?, value = ?, note = ?, "
                                 "progress = ?, problems = ?, next_steps = ? WHERE id = ?"),
                  {dateKey(measurement.date), measurement.value, text(measurement.note),
                   text(measurement.progress), text(measurement.problems),
                   text(measurement.nextSteps), measurement.id},
                  old.indicatorId, error))
        return false;
    const QString entity = QStringLiteral("measurement");
    const auto auditText = [&](const char *field, const QString &before, const QString &after) {
        return before == after ||
               audit(entity, measurement.id, QString::fromLatin1(field), before, after, error);
    };
    return auditText("date", dateKey(old.date), dateKey(measurement.date)) &&
           (old.value == measurement.value ||
            audit(entity, measurement.id, QStringLiteral("value"),
                  QString::number(old.value, 'g', 15), QString::number(measurement.value, 'g', 15),
                  error)) &&
           auditText("note", old.note, measurement.note) &&
           auditText("progress", old.progress, measurement.progress) &&
           auditText("problems", old.problems, measurement.problems) &&
           auditText("next_steps", old.nextSteps, measurement.nextSteps);
}

bool PlanStore::removeMeasurementRow(const Measurement &old, QString *error)
{
    return runOnRow(QStringLiteral("DELETE FROM measurement WHERE id = ?"), {old.id},
                    old.indicatorId, error) &&
           audit(QStringLiteral("measurement"), old.id, QStringLiteral("*"), figureSummary(old), {},
                 error);
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
    Transaction tx = transaction();
    if (!tx.began(error))
        return std::nullopt;
    const std::optional<qint64> id = insertMeasurementRow(measurement, keepId, error);
    if (!id || !tx.commit(error))
        return std::nullopt;
    noteOwnChange();
    emit measurementsChanged(measurement.indicatorId);
    return id;
}

bool PlanStore::updateMeasurement(const Measurement &measurement, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    QString readError;
    const std::optional<Measurement> old = this->measurement(measurement.id, &readError);
    if (!old) {
        *error = missingOr(readError, tr("The measurement no longer exists."));
        return false;
    }
    if (!measurement.date.isValid()) {
        *error = tr("The date is not valid.");
        return false;
    }
    Transaction tx = transaction();
    if (!tx.began(error))
        return false;
    if (!updateMeasurementRow(*old, measurement, error) || !tx.commit(error))
        return false;
    noteOwnChange();
    emit measurementsChanged(old->indicatorId);
    return true;
}

bool PlanStore::removeMeasurement(qint64 id, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    QString readError;
    const std::optional<Measurement> old = measurement(id, &readError);
    if (!old) {
        *error = missingOr(readError, tr("The measurement no longer exists."));
        return false;
    }
    Transaction tx = transaction();
    if (!tx.began(error))
        return false;
    if (!removeMeasurementRow(*old, error) || !tx.commit(error))
        return false;
    noteOwnChange();
    emit measurementsChanged(old->indicatorId);
    return true;
}

bool PlanStore::applyBatch(const MeasurementBatch &batch, QString *error,
                           std::vector<qint64> *addedIds,
                           const std::function<bool(QString *)> &alsoInTransaction)
{
    QString localError;
    if (!error)
        error = &localError;
    if (!isOpen()) {
        notOpen(error);
        return false;
    }
    std::vector<qint64> ids;
    std::set<qint64> touched;
    {
        Transaction tx = transaction();
        if (!tx.began(error))
            return false;
        for (const Measurement &m : batch.added) {
            // Kept ids put back what an undo removed; new figures (id 0) get fresh ones.
            const std::optional<qint64> id = insertMeasurementRow(m, m.id > 0, error);
            if (!id)
                return false;
            ids.push_back(*id);
            touched.insert(m.indicatorId);
        }
        for (const auto &[before, after] : batch.changed) {
            if (!updateMeasurementRow(before, after, error))
                return false;
            touched.insert(before.indicatorId);
        }
        for (const Measurement &m : batch.removed) {
            if (!removeMeasurementRow(m, error))
                return false;
            touched.insert(m.indicatorId);
        }
        if (alsoInTransaction && !alsoInTransaction(error))
            return false;
        if (!tx.commit(error))
            return false;
    }
    noteOwnChange();
    if (addedIds)
        *addedIds = std::move(ids);
    for (qint64 indicatorId : touched)
        emit measurementsChanged(indicatorId);
    return true;
}

MeasurementBatch MeasurementBatch::reverted(const MeasurementBatch &applied,
                                            const std::vector<qint64> &addedIds)
{
    MeasurementBatch undo;
    for (std::size_t i = 0; i < applied.added.size(); ++i) {
        Measurement m = applied.added[i];
        if (i < addedIds.size())
            m.id = addedIds[i];
        undo.removed.push_back(m);
    }
    for (const auto &[before, after] : applied.changed)
        undo.changed.emplace_back(after, before);
    undo.added = applied.removed; // with their ids: put back as they were
    return undo;
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
    QString readError;
    const std::optional<Indicator> old = indicator(indicatorId, &readError);
    if (!old) {
        *error = missingOr(readError, tr("The indicator no longer exists."));
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
        const PlanInfo info = planInfo(&readError);
        if (!readError.isEmpty()) {
            *error = readError;
            return false;
        }
        const auto points = PlanCurve::fromText(value.toString(), info.year, error);
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

    Transaction tx = transaction();
    if (!tx.began(error))
        return false;
    const QString column = QString::fromLatin1(fieldColumn(field));
    // The column name comes from our own table above, never from input.
    if (!run(QStringLiteral("UPDATE indicator SET %1 = ? WHERE id = ?").arg(column),
             {stored, indicatorId}, error))
        return false;
    if (!audit(QStringLiteral("indicator"), indicatorId, column, oldText, newText, error))
        return false;
    if (!tx.commit(error))
        return false;
    noteOwnChange();
    emit indicatorChanged(indicatorId);
    return true;
}

bool PlanStore::setIndicatorFields(IndicatorField field,
                                   const std::vector<std::pair<qint64, QVariant>> &values,
                                   QString *error)
{
    std::vector<IndicatorTextChange> changes;
    changes.reserve(values.size());
    for (const auto &[id, value] : values)
        changes.push_back({id, field, value.toString()});
    return setIndicatorTexts(changes, error);
}

bool PlanStore::setIndicatorTexts(const std::vector<IndicatorTextChange> &changes, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    if (!isOpen()) {
        notOpen(error);
        return false;
    }
    for (const IndicatorTextChange &change : changes) {
        if (change.field != IndicatorField::LeadUnit && change.field != IndicatorField::CoUnits &&
            change.field != IndicatorField::Notes && change.field != IndicatorField::Unit) {
            *error = tr("Only text fields can be set for many indicators at once.");
            return false;
        }
    }
    std::vector<qint64> changed;
    {
        Transaction tx = transaction();
        if (!tx.began(error))
            return false;
        for (const IndicatorTextChange &change : changes) {
            QString readError;
            const std::optional<Indicator> old = indicator(change.indicatorId, &readError);
            if (!old) {
                *error = missingOr(readError, tr("The indicator no longer exists."));
                return false;
            }
            const QString column = QString::fromLatin1(fieldColumn(change.field));
            const QString oldText = indicatorFieldValue(*old, change.field).toString();
            const QString newText = change.value.trimmed();
            if (oldText == newText)
                continue;
            // The column name comes from our own table, never from input.
            if (!run(QStringLiteral("UPDATE indicator SET %1 = ? WHERE id = ?").arg(column),
                     {text(newText), change.indicatorId}, error) ||
                !audit(QStringLiteral("indicator"), change.indicatorId, column, oldText, newText,
                       error))
                return false;
            if (std::find(changed.begin(), changed.end(), change.indicatorId) == changed.end())
                changed.push_back(change.indicatorId);
        }
        if (changed.empty())
            return true;
        if (!tx.commit(error))
            return false;
    }
    noteOwnChange();
    for (qint64 id : changed)
        emit indicatorChanged(id);
    return true;
}

std::vector<ResponsibleUnit> PlanStore::units(QString *error) const
{
    return readRows(QStringLiteral("SELECT id, name, short_name, contact FROM responsible_unit "
                                   "ORDER BY position, id"),
                    {}, readUnit, tr("The responsible units could not be read: %1"), error);
}

std::optional<qint64> PlanStore::insertUnitRow(const ResponsibleUnit &unit, QString *error)
{
    const QString name = unit.name.trimmed();
    if (name.isEmpty()) {
        *error = tr("A responsible unit needs a name.");
        return std::nullopt;
    }
    Statement insert = statement(
        QStringLiteral("INSERT INTO responsible_unit (name, short_name, contact, position) VALUES "
                       "(?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM responsible_unit))"));
    if (!insert.exec({name, text(unit.shortName.trimmed()), text(unit.contact.trimmed())})) {
        *error = insert.error().contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive)
                     ? tr("The list already holds a unit named \"%1\".").arg(name)
                     : insert.error();
        return std::nullopt;
    }
    const qint64 id = insert.lastInsertId();
    if (!audit(QStringLiteral("responsible_unit"), id, QStringLiteral("*"), {}, name, error))
        return std::nullopt;
    return id;
}

bool PlanStore::insertUnits(const std::vector<ResponsibleUnit> &units, QString *error,
                            std::vector<qint64> *ids)
{
    if (!isOpen()) {
        notOpen(error);
        return false;
    }
    {
        Transaction tx = transaction();
        if (!tx.began(error))
            return false;
        for (const ResponsibleUnit &unit : units) {
            const std::optional<qint64> id = insertUnitRow(unit, error);
            if (!id)
                return false;
            if (ids)
                ids->push_back(*id);
        }
        if (!tx.commit(error))
            return false;
    }
    noteOwnChange();
    emit unitsChanged();
    return true;
}

std::optional<qint64> PlanStore::addUnit(const ResponsibleUnit &unit, QString *error)
{
    QString localError;
    std::vector<qint64> ids;
    if (!insertUnits({unit}, error ? error : &localError, &ids))
        return std::nullopt;
    return ids.front();
}

bool PlanStore::ensureUnits(const QStringList &names, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    QString readError;
    const std::vector<ResponsibleUnit> known = units(&readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    QSet<QString> have;
    for (const ResponsibleUnit &unit : known)
        have.insert(unit.name);
    std::vector<ResponsibleUnit> missing;
    for (const QString &name : names) {
        const QString trimmed = name.trimmed();
        if (!trimmed.isEmpty() && !have.contains(trimmed)) {
            have.insert(trimmed);
            ResponsibleUnit unit;
            unit.name = trimmed;
            missing.push_back(unit);
        }
    }
    return missing.empty() || insertUnits(missing, error);
}

std::optional<ResponsibleUnit> PlanStore::unitById(qint64 id, QString *error) const
{
    QString readError;
    std::optional<ResponsibleUnit> unit =
        readRow(QStringLiteral("SELECT id, name, short_name, contact FROM responsible_unit WHERE "
                               "id = ?"),
                {id}, readUnit, tr("The responsible units could not be read: %1"), &readError);
    if (!unit)
        *error = missingOr(readError, tr("The responsible unit no longer exists."));
    return unit;
}

bool PlanStore::updateUnit(const ResponsibleUnit &unit, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    QString readError; // apart from *error, which may hold an earlier message
    const std::optional<ResponsibleUnit> old = unitById(unit.id, error);
    if (!old)
        return false;
    const QString name = unit.name.trimmed();
    if (name.isEmpty()) {
        *error = tr("A responsible unit needs a name.");
        return false;
    }
    std::vector<qint64> renamedOn;
    {
        Transaction tx = transaction();
        if (!tx.began(error))
            return false;
        Statement update = statement(QStringLiteral(
            "UPDATE responsible_unit SET name = ?, short_name = ?, contact = ? WHERE id = ?"));
        if (!update.exec(
                {name, text(unit.shortName.trimmed()), text(unit.contact.trimmed()), unit.id})) {
            *error = update.error().contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive)
                         ? tr("The list already holds a unit named \"%1\".").arg(name)
                         : update.error();
            return false;
        }
        const QString entity = QStringLiteral("responsible_unit");
        if ((old->name != name &&
             !audit(entity, unit.id, QStringLiteral("name"), old->name, name, error)) ||
            (old->shortName != unit.shortName.trimmed() &&
             !audit(entity, unit.id, QStringLiteral("short_name"), old->shortName,
                    unit.shortName.trimmed(), error)) ||
            (old->contact != unit.contact.trimmed() &&
             !audit(entity, unit.id, QStringLiteral("contact"), old->contact,
                    unit.contact.trimmed(), error)))
            return false;
        // Indicators name their lead unit by name: a renamed unit is renamed on them.
        if (old->name != name) {
            renamedOn = readRows(
                QStringLiteral("SELECT id FROM indicator WHERE lead_unit = ?"), {old->name},
                [](const Statement &q) { return q.toLongLong(0); },
                tr("The indicators could not be read: %1"), &readError);
            if (!readError.isEmpty()) {
                *error = readError;
                return false;
            }
            for (qint64 id : renamedOn) {
                if (!run(QStringLiteral("UPDATE indicator SET lead_unit = ? WHERE id = ?"),
                         {name, id}, error) ||
                    !audit(QStringLiteral("indicator"), id, QStringLiteral("lead_unit"), old->name,
                           name, error))
                    return false;
            }
        }
        if (!tx.commit(error))
            return false;
    }
    noteOwnChange();
    emit unitsChanged();
    for (qint64 id : renamedOn)
        emit indicatorChanged(id);
    return true;
}

bool PlanStore::removeUnit(qint64 id, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    QString readError; // apart from *error, which may hold an earlier message
    const std::optional<ResponsibleUnit> old = unitById(id, error);
    if (!old)
        return false;
    const int inUse = readRow(
                          QStringLiteral("SELECT COUNT(*) FROM indicator WHERE lead_unit = ?"),
                          {old->name}, [](const Statement &q) { return q.toInt(0); },
                          tr("The indicators could not be read: %1"), &readError)
                          .value_or(0);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    if (inUse > 0) {
        *error = tr("%1 leads %n indicator(s); give them another unit first.", nullptr, inUse)
                     .arg(old->name);
        return false;
    }
    {
        Transaction tx = transaction();
        if (!tx.began(error))
            return false;
        if (!run(QStringLiteral("DELETE FROM responsible_unit WHERE id = ?"), {id}, error) ||
            !audit(QStringLiteral("responsible_unit"), id, QStringLiteral("*"), old->name, {},
                   error) ||
            !tx.commit(error))
            return false;
    }
    noteOwnChange();
    emit unitsChanged();
    return true;
}

QString PlanStore::setting(const QString &key, const QString &fallback, QString *error) const
{
    return readRow(
               QStringLiteral("SELECT value FROM setting WHERE key = ?"), {key},
               [](const Statement &q) { return q.toString(0); },
               tr("The settings could not be read: %1"), error)
        .value_or(fallback);
}

bool PlanStore::setSetting(const QString &key, const QString &value, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    QString readError; // apart from *error, which may hold an earlier message
    if (!isOpen()) {
        notOpen(error);
        return false;
    }
    const std::optional<QString> old = readRow(
        QStringLiteral("SELECT value FROM setting WHERE key = ?"), {key},
        [](const Statement &q) { return q.toString(0); }, tr("The settings could not be read: %1"),
        &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    if (old && *old == value)
        return true;
    {
        Transaction tx = transaction();
        if (!tx.began(error))
            return false;
        if (!run(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) "
                                "DO UPDATE SET value = excluded.value"),
                 {key, text(value)}, error) ||
            !audit(QStringLiteral("setting"), 0, key, old.value_or(QString()), value, error) ||
            !tx.commit(error))
            return false;
    }
    noteOwnChange();
    emit settingsChanged();
    return true;
}

std::vector<AuditEntry> PlanStore::auditLog(const QString &entity, qint64 entityId,
                                            QString *error) const
{
    // One indicator's or figure's rows are those after the last "plan replaced" marker: ids
    // before it belonged to the replaced plan. Meetings outlive a replaced plan; theirs stay.
    return readRows(
        QStringLiteral(
            "SELECT id, at, who, entity, entity_id, field, old_value, new_value, "
            "source FROM "
            "audit_log WHERE (? = '' OR entity = ?) AND (? = 0 OR entity_id = ?) AND "
            "(? = 0 OR entity NOT IN ('indicator', 'measurement', 'task', 'task_progress') OR "
            "id > (SELECT "
            "COALESCE(MAX(id), 0) FROM audit_log WHERE entity = 'plan' AND field = "
            "'replaced')) ORDER BY id"),
        {text(entity), text(entity), entityId, entityId, entityId}, readAuditEntry,
        tr("The change log could not be read: %1"), error);
}

void PlanStore::removeFiles(const QString &path)
{
    SqlDialect::standard()->removeFiles(path);
}

bool PlanStore::saveCopy(const QString &path, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    // The open file itself (or one of its side files) is never a copy's target: replacing it
    // would delete the live file under the edits that follow.
    const QString target = QFileInfo(path).absoluteFilePath();
    const QString live = QFileInfo(m_path).absoluteFilePath();
    const QString canonicalTarget = QFileInfo(path).canonicalFilePath();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (target == live + suffix ||
            (!canonicalTarget.isEmpty() &&
             canonicalTarget == QFileInfo(m_path + suffix).canonicalFilePath())) {
            *error = tr("%1 is the open data file; choose another name for the copy.")
                         .arg(QDir::toNativeSeparators(path));
            return false;
        }
    }
    // Written beside the target and moved in when whole, so a failed copy leaves an earlier
    // file of that name as it was.
    const QString partial = target + QStringLiteral(".partial");
    m_dialect->removeFiles(partial);
    if (!m_dialect->copyTo(m_db, partial, error)) {
        m_dialect->removeFiles(partial);
        return false;
    }
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        m_dialect->removeFiles(partial);
        *error = tr("%1 exists and cannot be replaced.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!QFile::rename(partial, path)) {
        m_dialect->removeFiles(partial);
        *error = tr("The copy could not be moved to %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

bool PlanStore::changedExternally()
{
    if (!isOpen())
        return false;
    const qint64 now = m_dialect->dataVersion(m_db);
    const bool changed = now != m_dataVersion;
    m_dataVersion = now;
    return changed;
}

} // namespace pd
