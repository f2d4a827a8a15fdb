#include "meeting/MeetingStore.h"

#include "store/PlanStore.h"
#include "store/Statement.h"
#include "store/TaskStore.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pd {
namespace {

// Qt binds a null QString as SQL NULL; our text columns are NOT NULL and empty means empty.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}
QString dateKey(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
QVariant idOrNull(bool keep, qint64 id)
{
    return keep ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

/// A read's failure, or else the fallback (the row is gone) when the read itself went well.
QString missingOr(const QString &readError, const QString &fallback)
{
    return readError.isEmpty() ? fallback : readError;
}

QString partsJson(const std::vector<MeetingPart> &parts)
{
    QJsonArray array;
    for (const MeetingPart &part : parts)
        array.append(part.toJson());
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// One row reader per type; each reads the columns its query lists, in that order.

MeetingSummary readSummary(const Statement &q)
{
    MeetingSummary s;
    q.columns(0, s.id, s.title, s.date, s.asOf, s.items, s.reviewed, s.decisions);
    return s;
}

const char *const meetingColumns =
    "id, title, date, as_of, scope_nodes, behind_only, expected, plan_title, parts, resume_slide, "
    "created_by, created_at, include_unreported, resume_behind_only, chair, attendees, recorder, "
    "include_tasks";

Meeting readMeeting(const Statement &q)
{
    Meeting m;
    q.columns(0, m.id, m.title, m.date, m.asOf);
    m.scope.nodeIds = MeetingScope::nodesFromKey(q.toString(4));
    q.columns(5, m.scope.behindOnly, m.expected, m.planTitle);
    for (const QJsonValue &value : QJsonDocument::fromJson(q.toString(8).toUtf8()).array())
        m.parts.push_back(MeetingPart::fromJson(value.toObject()));
    q.columns(9, m.resumeSlide, m.createdBy);
    m.createdAt = q.toDateTime(11);
    q.columns(12, m.scope.includeUnreported, m.resumeBehindOnly, m.participants.chair,
              m.participants.attendees, m.participants.recorder, m.scope.includeTasks);
    return m;
}

const char *const itemColumns = "id, meeting_id, indicator_id, position, part, reviewed, "
                                "decision, responsible_unit, deadline, snapshot, task_id";

/// reviewed, decision, responsible_unit, deadline from the given column on.
MeetingDecision readDecision(const Statement &q, int column)
{
    MeetingDecision d;
    q.columns(column, d.reviewed, d.decision, d.responsibleUnit, d.deadline);
    return d;
}

MeetingItem readItem(const Statement &q)
{
    MeetingItem item;
    // A NULL indicator (its plan was replaced) reads as 0.
    q.columns(0, item.id, item.meetingId, item.indicatorId, item.position, item.part);
    item.decision = readDecision(q, 5);
    item.setSnapshotJson(QJsonDocument::fromJson(q.toString(9).toUtf8()).object());
    q.columns(10, item.taskId);
    return item;
}

EarlierDecision readEarlierDecision(const Statement &q)
{
    EarlierDecision d;
    q.columns(0, d.meetingId, d.meetingTitle, d.meetingDate);
    d.decision = readDecision(q, 3);
    return d;
}

QString meetingSummaryText(const Meeting &m, std::size_t items)
{
    return QStringLiteral("%1 · %2 · %3").arg(m.title, dateKey(m.date)).arg(items);
}

} // namespace

MeetingStore::MeetingStore(PlanStore *store, QObject *parent) : QObject(parent), m_store(store) {}

bool MeetingStore::ready(QString *error) const
{
    if (m_store && m_store->isOpen())
        return true;
    if (error)
        *error = tr("No data file is open.");
    return false;
}

std::vector<MeetingSummary> MeetingStore::meetings(QString *error) const
{
    if (!ready(error))
        return {};
    return m_store->readRows(
        QStringLiteral("SELECT m.id, m.title, m.date, m.as_of, count(i.id), "
                       "coalesce(sum(i.reviewed), 0), coalesce(sum(i.decision <> ''), 0) FROM "
                       "meeting m LEFT JOIN meeting_item i ON i.meeting_id = m.id GROUP BY m.id "
                       "ORDER BY m.date DESC, m.id DESC"),
        {}, readSummary, tr("The meetings could not be read: %1"), error);
}

std::optional<Meeting> MeetingStore::meeting(qint64 id, QString *error) const
{
    if (!ready(error))
        return std::nullopt;
    return m_store->readRow(
        QStringLiteral("SELECT %1 FROM meeting WHERE id = ?").arg(QLatin1String(meetingColumns)),
        {id}, readMeeting, tr("The meetings could not be read: %1"), error);
}

std::optional<qint64> MeetingStore::latestMeetingId(QString *error) const
{
    if (!ready(error))
        return std::nullopt;
    return m_store->readRow(
        QStringLiteral("SELECT id FROM meeting ORDER BY date DESC, id DESC LIMIT 1"), {},
        [](const Statement &q) { return q.toLongLong(0); },
        tr("The meetings could not be read: %1"), error);
}

std::vector<MeetingItem> MeetingStore::items(qint64 meetingId, QString *error) const
{
    if (!ready(error))
        return {};
    return m_store->readRows(
        QStringLiteral("SELECT %1 FROM meeting_item WHERE meeting_id = ? ORDER BY position, id")
            .arg(QLatin1String(itemColumns)),
        {meetingId}, readItem, tr("The meeting's items could not be read: %1"), error);
}

std::optional<MeetingItem> MeetingStore::item(qint64 itemId, QString *error) const
{
    if (!ready(error))
        return std::nullopt;
    return m_store->readRow(
        QStringLiteral("SELECT %1 FROM meeting_item WHERE id = ?").arg(QLatin1String(itemColumns)),
        {itemId}, readItem, tr("The meeting's items could not be read: %1"), error);
}

std::vector<EarlierDecision> MeetingStore::decisionsFor(qint64 indicatorId, int limit,
                                                        QString *error) const
{
    return earlierDecisions("indicator_id", indicatorId, limit, error);
}

std::vector<EarlierDecision> MeetingStore::decisionsForTask(qint64 taskId, int limit,
                                                            QString *error) const
{
    return earlierDecisions("task_id", taskId, limit, error);
}

std::vector<EarlierDecision> MeetingStore::decisionsFor(const MeetingItem &item, int limit,
                                                        QString *error) const
{
    return item.isTask() ? decisionsForTask(item.taskId, limit, error)
                         : decisionsFor(item.indicatorId, limit, error);
}

std::vector<EarlierDecision> MeetingStore::earlierDecisions(const char *column, qint64 id,
                                                            int limit, QString *error) const
{
    if (!ready(error) || id <= 0)
        return {};
    // column is one of two fixed names, never user input; the values are bound.
    return m_store->readRows(
        QStringLiteral("SELECT m.id, m.title, m.date, i.reviewed, i.decision, i.responsible_unit, "
                       "i.deadline FROM meeting_item i JOIN meeting m ON m.id = i.meeting_id "
                       "WHERE i.%1 = ? AND (i.decision <> '' OR i.responsible_unit <> '' OR "
                       "i.deadline <> '') ORDER BY m.date DESC, m.id DESC LIMIT ?")
            .arg(QLatin1String(column)),
        {id, limit}, readEarlierDecision, tr("The earlier decisions could not be read: %1"), error);
}

std::optional<qint64> MeetingStore::addMeeting(Meeting &meeting, std::vector<MeetingItem> &items,
                                               QString *error, bool keepIds)
{
    QString localError;
    if (!error)
        error = &localError;
    if (!ready(error))
        return std::nullopt;
    if (meeting.title.trimmed().isEmpty()) {
        *error = tr("The meeting needs a title.");
        return std::nullopt;
    }
    if (!meeting.date.isValid() || !meeting.asOf.isValid()) {
        *error = tr("The date is not valid.");
        return std::nullopt;
    }
    Transaction tx = m_store->transaction();
    if (!tx.began(error))
        return std::nullopt;
    Statement insert = m_store->statement(QStringLiteral(
        "INSERT INTO meeting (id, title, date, as_of, scope_nodes, behind_only, expected, "
        "plan_title, parts, resume_slide, created_by, created_at, include_unreported, "
        "resume_behind_only, chair, attendees, recorder, include_tasks) VALUES (?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert.exec(
            {idOrNull(keepIds && meeting.id > 0, meeting.id), meeting.title.trimmed(),
             dateKey(meeting.date), dateKey(meeting.asOf), text(meeting.scope.nodesKey()),
             meeting.scope.behindOnly ? 1 : 0, meeting.expected, text(meeting.planTitle),
             partsJson(meeting.parts), text(meeting.resumeSlide),
             text(meeting.createdBy.isEmpty() ? m_store->userName() : meeting.createdBy),
             (meeting.createdAt.isValid() ? meeting.createdAt : QDateTime::currentDateTime())
                 .toString(Qt::ISODate),
             meeting.scope.includeUnreported ? 1 : 0, meeting.resumeBehindOnly ? 1 : 0,
             text(meeting.participants.chair.trimmed()),
             text(meeting.participants.attendees.trimmed()),
             text(meeting.participants.recorder.trimmed()), meeting.scope.includeTasks ? 1 : 0})) {
        *error = insert.error();
        return std::nullopt;
    }
    const qint64 meetingId = insert.lastInsertId();

    Statement itemInsert = m_store->statement(QStringLiteral(
        "INSERT INTO meeting_item (id, meeting_id, indicator_id, position, part, reviewed, "
        "decision, responsible_unit, deadline, snapshot, task_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?)"));
    for (std::size_t i = 0; i < items.size(); ++i) {
        const MeetingItem &item = items[i];
        // An indicator or task that no longer exists (the plan was replaced) is kept as its
        // snapshot.
        QString readError;
        const bool indicatorExists = !item.isTask() && item.indicatorId > 0 &&
                                     m_store->indicator(item.indicatorId, &readError);
        const bool taskExists = item.isTask() && item.taskId > 0 && readError.isEmpty() &&
                                TaskStore::of(m_store.data())->task(item.taskId, &readError);
        if (!readError.isEmpty()) {
            *error = readError;
            return std::nullopt;
        }
        if (!itemInsert.exec(
                {idOrNull(keepIds && item.id > 0, item.id), meetingId,
                 idOrNull(indicatorExists, item.indicatorId), keepIds ? item.position : int(i),
                 item.part, item.decision.reviewed ? 1 : 0, text(item.decision.decision),
                 text(item.decision.responsibleUnit), text(dateKey(item.decision.deadline)),
                 QString::fromUtf8(
                     QJsonDocument(item.snapshotJson()).toJson(QJsonDocument::Compact)),
                 idOrNull(taskExists, item.taskId)})) {
            *error = itemInsert.error();
            return std::nullopt;
        }
    }
    if (!m_store->audit(QStringLiteral("meeting"), meetingId, QStringLiteral("*"), {},
                        meetingSummaryText(meeting, items.size()), error))
        return std::nullopt;
    if (!tx.commit(error))
        return std::nullopt;
    // Read the ids back only once committed, so a failure leaves the caller's copy unchanged.
    meeting.id = meetingId;
    const std::vector<MeetingItem> stored = this->items(meetingId);
    for (std::size_t i = 0; i < items.size() && i < stored.size(); ++i) {
        items[i].id = stored[i].id;
        items[i].meetingId = meetingId;
        items[i].position = stored[i].position;
    }
    emit meetingAdded(meetingId);
    return meetingId;
}

bool MeetingStore::removeMeeting(qint64 meetingId, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    QString readError;
    const std::optional<Meeting> old = meeting(meetingId, &readError);
    if (!old) {
        *error = missingOr(readError, tr("The meeting no longer exists."));
        return false;
    }
    const std::size_t count = items(meetingId, &readError).size();
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    Transaction tx = m_store->transaction();
    if (!tx.began(error))
        return false;
    // Items go with the meeting (ON DELETE CASCADE); delete them explicitly all the same, so a
    // connection without foreign keys leaves no orphans.
    for (const QString &sql : {QStringLiteral("DELETE FROM meeting_item WHERE meeting_id = ?"),
                               QStringLiteral("DELETE FROM meeting WHERE id = ?")}) {
        Statement remove = m_store->statement(sql);
        if (!remove.exec({meetingId})) {
            *error = remove.error();
            return false;
        }
    }
    if (!m_store->audit(QStringLiteral("meeting"), meetingId, QStringLiteral("*"),
                        meetingSummaryText(*old, count), {}, error))
        return false;
    if (!tx.commit(error))
        return false;
    emit meetingRemoved(meetingId);
    return true;
}

bool MeetingStore::setDecision(qint64 itemId, const MeetingDecision &decision, QString *error)
{
    return setDecisions({{itemId, decision}}, error);
}

bool MeetingStore::setDecisions(const std::vector<std::pair<qint64, MeetingDecision>> &decisions,
                                QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    if (!ready(error))
        return false;
    std::vector<MeetingItem> olds;
    for (const auto &[itemId, decision] : decisions) {
        QString readError;
        const std::optional<MeetingItem> old = item(itemId, &readError);
        if (!old) {
            *error = missingOr(readError, tr("The meeting item no longer exists."));
            return false;
        }
        olds.push_back(*old);
    }
    Transaction tx = m_store->transaction();
    if (!tx.began(error))
        return false;
    std::vector<const MeetingItem *> changed;
    for (std::size_t i = 0; i < decisions.size(); ++i) {
        bool written = false;
        if (!writeDecision(olds[i], decisions[i].second, &written, error))
            return false;
        if (written)
            changed.push_back(&olds[i]);
    }
    if (changed.empty())
        return true; // nothing to change: the transaction rolls back having written nothing
    if (!tx.commit(error))
        return false;
    for (const MeetingItem *old : changed)
        emit itemChanged(old->meetingId, old->id);
    return true;
}

bool MeetingStore::writeDecision(const MeetingItem &old, const MeetingDecision &decision,
                                 bool *changed, QString *error)
{
    MeetingDecision after = decision;
    after.decision = text(after.decision.trimmed());
    after.responsibleUnit = text(after.responsibleUnit.trimmed());
    *changed = old.decision != after;
    if (!*changed)
        return true;
    const qint64 itemId = old.id;
    Statement update = m_store->statement(QStringLiteral(
        "UPDATE meeting_item SET reviewed = ?, decision = ?, responsible_unit = ?, deadline = ? "
        "WHERE id = ?"));
    if (!update.exec({after.reviewed ? 1 : 0, after.decision, after.responsibleUnit,
                      text(dateKey(after.deadline)), itemId})) {
        *error = update.error();
        return false;
    }
    const MeetingDecision &before = old.decision;
    const QString entity = QStringLiteral("meeting_item");
    auto yesNo = [](bool value) { return value ? QStringLiteral("1") : QStringLiteral("0"); };
    if (before.reviewed != after.reviewed &&
        !m_store->audit(entity, itemId, QStringLiteral("reviewed"), yesNo(before.reviewed),
                        yesNo(after.reviewed), error))
        return false;
    if (before.decision != after.decision &&
        !m_store->audit(entity, itemId, QStringLiteral("decision"), before.decision, after.decision,
                        error))
        return false;
    if (before.responsibleUnit != after.responsibleUnit &&
        !m_store->audit(entity, itemId, QStringLiteral("responsible_unit"), before.responsibleUnit,
                        after.responsibleUnit, error))
        return false;
    if (before.deadline != after.deadline &&
        !m_store->audit(entity, itemId, QStringLiteral("deadline"), dateKey(before.deadline),
                        dateKey(after.deadline), error))
        return false;
    return true;
}

bool MeetingStore::setResumeSlide(qint64 meetingId, const QString &slideKey, bool behindOnly,
                                  QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    if (!ready(error))
        return false;
    Transaction tx = m_store->transaction();
    if (!tx.began(error))
        return false;
    const int filter = behindOnly ? 1 : 0;
    Statement update = m_store->statement(
        QStringLiteral("UPDATE meeting SET resume_slide = ?, resume_behind_only = ? WHERE id = ? "
                       "AND (resume_slide <> ? OR resume_behind_only <> ?)"));
    if (!update.exec({text(slideKey), filter, meetingId, text(slideKey), filter})) {
        *error = update.error();
        return false;
    }
    return tx.commit(error);
}

bool MeetingStore::setParticipants(qint64 meetingId, const MeetingParticipants &participants,
                                   QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    QString readError;
    const std::optional<Meeting> old = meeting(meetingId, &readError);
    if (!old) {
        *error = missingOr(readError, tr("The meeting no longer exists."));
        return false;
    }
    MeetingParticipants after;
    after.chair = text(participants.chair.trimmed());
    after.attendees = text(participants.attendees.trimmed());
    after.recorder = text(participants.recorder.trimmed());
    const MeetingParticipants &before = old->participants;
    if (before == after)
        return true;

    Transaction tx = m_store->transaction();
    if (!tx.began(error))
        return false;
    Statement update = m_store->statement(
        QStringLiteral("UPDATE meeting SET chair = ?, attendees = ?, recorder = ? WHERE id = ?"));
    if (!update.exec({after.chair, after.attendees, after.recorder, meetingId})) {
        *error = update.error();
        return false;
    }
    const QString entity = QStringLiteral("meeting");
    const std::pair<const char *, std::pair<QString, QString>> fields[] = {
        {"chair", {before.chair, after.chair}},
        {"attendees", {before.attendees, after.attendees}},
        {"recorder", {before.recorder, after.recorder}},
    };
    for (const auto &[field, values] : fields) {
        if (values.first != values.second &&
            !m_store->audit(entity, meetingId, QLatin1String(field), values.first, values.second,
                            error))
            return false;
    }
    if (!tx.commit(error))
        return false;
    emit meetingChanged(meetingId);
    return true;
}

} // namespace pd
