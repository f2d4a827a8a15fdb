#include "meeting/MeetingStore.h"

#include "store/PlanStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pd {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MeetingStore", text);
}

QString dbError(const QSqlQuery &query)
{
    return tr("The data file could not be updated: %1").arg(query.lastError().text());
}

// Qt binds a null QString as SQL NULL; our text columns are NOT NULL and empty means empty.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}
QString dateKey(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QString partsJson(const std::vector<MeetingPart> &parts)
{
    QJsonArray array;
    for (const MeetingPart &part : parts)
        array.append(part.toJson());
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

const char *const meetingColumns = "id, title, date, as_of, scope_nodes, behind_only, expected, "
                                   "plan_title, parts, resume_slide, created_by, created_at";

Meeting readMeeting(const QSqlQuery &q)
{
    Meeting m;
    m.id = q.value(0).toLongLong();
    m.title = q.value(1).toString();
    m.date = dateOf(q.value(2));
    m.asOf = dateOf(q.value(3));
    m.scope.nodeIds = MeetingScope::nodesFromKey(q.value(4).toString());
    m.scope.behindOnly = q.value(5).toBool();
    m.expected = q.value(6).toDouble();
    m.planTitle = q.value(7).toString();
    for (const QJsonValue &value : QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array())
        m.parts.push_back(MeetingPart::fromJson(value.toObject()));
    m.resumeSlide = q.value(9).toString();
    m.createdBy = q.value(10).toString();
    m.createdAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODate);
    return m;
}

const char *const itemColumns = "id, meeting_id, indicator_id, position, part, reviewed, "
                                "decision, responsible_unit, deadline, snapshot";

MeetingItem readItem(const QSqlQuery &q)
{
    MeetingItem item;
    item.id = q.value(0).toLongLong();
    item.meetingId = q.value(1).toLongLong();
    item.indicatorId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    item.position = q.value(3).toInt();
    item.part = q.value(4).toInt();
    item.decision.reviewed = q.value(5).toBool();
    item.decision.decision = q.value(6).toString();
    item.decision.responsibleUnit = q.value(7).toString();
    item.decision.deadline = dateOf(q.value(8));
    item.snapshot =
        MeetingSnapshot::fromJson(QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object());
    return item;
}

QString meetingSummaryText(const Meeting &m, std::size_t items)
{
    return QStringLiteral("%1 · %2 · %3").arg(m.title, dateKey(m.date)).arg(items);
}

} // namespace

MeetingStore::MeetingStore(PlanStore *store, QObject *parent) : QObject(parent), m_store(store) {}

std::vector<MeetingSummary> MeetingStore::meetings() const
{
    std::vector<MeetingSummary> result;
    if (!m_store || !m_store->isOpen())
        return result;
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT m.id, m.title, m.date, m.as_of, count(i.id), coalesce(sum(i.reviewed), 0), "
        "coalesce(sum(i.decision <> ''), 0) FROM meeting m LEFT JOIN meeting_item i ON "
        "i.meeting_id = m.id GROUP BY m.id ORDER BY m.date DESC, m.id DESC"));
    if (!q.exec())
        return result;
    while (q.next()) {
        MeetingSummary s;
        s.id = q.value(0).toLongLong();
        s.title = q.value(1).toString();
        s.date = dateOf(q.value(2));
        s.asOf = dateOf(q.value(3));
        s.items = q.value(4).toInt();
        s.reviewed = q.value(5).toInt();
        s.decisions = q.value(6).toInt();
        result.push_back(s);
    }
    return result;
}

std::optional<Meeting> MeetingStore::meeting(qint64 id) const
{
    if (!m_store || !m_store->isOpen())
        return std::nullopt;
    QSqlQuery q(m_store->database());
    q.prepare(
        QStringLiteral("SELECT %1 FROM meeting WHERE id = ?").arg(QLatin1String(meetingColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readMeeting(q);
    return std::nullopt;
}

std::optional<qint64> MeetingStore::latestMeetingId() const
{
    if (!m_store || !m_store->isOpen())
        return std::nullopt;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT id FROM meeting ORDER BY date DESC, id DESC LIMIT 1"));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

std::vector<MeetingItem> MeetingStore::items(qint64 meetingId) const
{
    std::vector<MeetingItem> result;
    if (!m_store || !m_store->isOpen())
        return result;
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM meeting_item WHERE meeting_id = ? ORDER BY position, id")
            .arg(QLatin1String(itemColumns)));
    q.addBindValue(meetingId);
    if (!q.exec())
        return result;
    while (q.next())
        result.push_back(readItem(q));
    return result;
}

std::optional<MeetingItem> MeetingStore::item(qint64 itemId) const
{
    if (!m_store || !m_store->isOpen())
        return std::nullopt;
    QSqlQuery q(m_store->database());
    q.prepare(
        QStringLiteral("SELECT %1 FROM meeting_item WHERE id = ?").arg(QLatin1String(itemColumns)));
    q.addBindValue(itemId);
    if (q.exec() && q.next())
        return readItem(q);
    return std::nullopt;
}

std::vector<EarlierDecision> MeetingStore::decisionsFor(qint64 indicatorId, int limit) const
{
    std::vector<EarlierDecision> result;
    if (!m_store || !m_store->isOpen() || indicatorId <= 0)
        return result;
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT m.id, m.title, m.date, i.reviewed, i.decision, i.responsible_unit, i.deadline "
        "FROM meeting_item i JOIN meeting m ON m.id = i.meeting_id WHERE i.indicator_id = ? AND "
        "(i.decision <> '' OR i.responsible_unit <> '' OR i.deadline <> '') ORDER BY m.date DESC, "
        "m.id DESC LIMIT ?"));
    q.addBindValue(indicatorId);
    q.addBindValue(limit);
    if (!q.exec())
        return result;
    while (q.next()) {
        EarlierDecision d;
        d.meetingId = q.value(0).toLongLong();
        d.meetingTitle = q.value(1).toString();
        d.meetingDate = dateOf(q.value(2));
        d.decision.reviewed = q.value(3).toBool();
        d.decision.decision = q.value(4).toString();
        d.decision.responsibleUnit = q.value(5).toString();
        d.decision.deadline = dateOf(q.value(6));
        result.push_back(d);
    }
    return result;
}

std::optional<qint64> MeetingStore::addMeeting(Meeting &meeting, std::vector<MeetingItem> &items,
                                               QString *error, bool keepIds)
{
    QString localError;
    if (!error)
        error = &localError;
    if (!m_store || !m_store->isOpen()) {
        *error = tr("No data file is open.");
        return std::nullopt;
    }
    if (meeting.title.trimmed().isEmpty()) {
        *error = tr("The meeting needs a title.");
        return std::nullopt;
    }
    if (!meeting.date.isValid() || !meeting.asOf.isValid()) {
        *error = tr("The date is not valid.");
        return std::nullopt;
    }
    QSqlDatabase db = m_store->database();
    StoreTransaction tx(*m_store);
    if (!tx.isActive()) {
        *error = tr("The data file could not be updated: %1").arg(db.lastError().text());
        return std::nullopt;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO meeting (id, title, date, as_of, scope_nodes, "
                             "behind_only, expected, plan_title, parts, resume_slide, created_by, "
                             "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(keepIds && meeting.id > 0 ? QVariant(meeting.id)
                                             : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(meeting.title.trimmed());
    q.addBindValue(dateKey(meeting.date));
    q.addBindValue(dateKey(meeting.asOf));
    q.addBindValue(text(meeting.scope.nodesKey()));
    q.addBindValue(meeting.scope.behindOnly ? 1 : 0);
    q.addBindValue(meeting.expected);
    q.addBindValue(text(meeting.planTitle));
    q.addBindValue(partsJson(meeting.parts));
    q.addBindValue(text(meeting.resumeSlide));
    q.addBindValue(text(meeting.createdBy.isEmpty() ? m_store->userName() : meeting.createdBy));
    q.addBindValue((meeting.createdAt.isValid() ? meeting.createdAt : QDateTime::currentDateTime())
                       .toString(Qt::ISODate));
    if (!q.exec()) {
        *error = dbError(q);
        return std::nullopt;
    }
    const qint64 meetingId = q.lastInsertId().toLongLong();

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO meeting_item (id, meeting_id, indicator_id, position, part, reviewed, "
        "decision, responsible_unit, deadline, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (std::size_t i = 0; i < items.size(); ++i) {
        const MeetingItem &item = items[i];
        insert.addBindValue(keepIds && item.id > 0 ? QVariant(item.id)
                                                   : QVariant(QMetaType(QMetaType::LongLong)));
        insert.addBindValue(meetingId);
        // An indicator that no longer exists (the plan was replaced) is kept as its snapshot.
        insert.addBindValue(item.indicatorId > 0 && m_store->indicator(item.indicatorId)
                                ? QVariant(item.indicatorId)
                                : QVariant(QMetaType(QMetaType::LongLong)));
        insert.addBindValue(keepIds ? item.position : int(i));
        insert.addBindValue(item.part);
        insert.addBindValue(item.decision.reviewed ? 1 : 0);
        insert.addBindValue(text(item.decision.decision));
        insert.addBindValue(text(item.decision.responsibleUnit));
        insert.addBindValue(text(dateKey(item.decision.deadline)));
        insert.addBindValue(QString::fromUtf8(
            QJsonDocument(item.snapshot.toJson()).toJson(QJsonDocument::Compact)));
        if (!insert.exec()) {
            *error = dbError(insert);
            return std::nullopt;
        }
    }
    if (!m_store->audit(QStringLiteral("meeting"), meetingId, QStringLiteral("*"), {},
                        meetingSummaryText(meeting, items.size()), error))
        return std::nullopt;
    if (!tx.commit()) {
        *error = tr("The data file could not be updated: %1").arg(db.lastError().text());
        return std::nullopt;
    }
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
    const std::optional<Meeting> old = meeting(meetingId);
    if (!old) {
        *error = tr("The meeting no longer exists.");
        return false;
    }
    const std::size_t count = items(meetingId).size();
    QSqlDatabase db = m_store->database();
    StoreTransaction tx(*m_store);
    QSqlQuery q(db);
    // Items go with the meeting (ON DELETE CASCADE); delete them explicitly all the same, so a
    // connection without foreign keys leaves no orphans.
    q.prepare(QStringLiteral("DELETE FROM meeting_item WHERE meeting_id = ?"));
    q.addBindValue(meetingId);
    if (!q.exec()) {
        *error = dbError(q);
        return false;
    }
    q.prepare(QStringLiteral("DELETE FROM meeting WHERE id = ?"));
    q.addBindValue(meetingId);
    if (!q.exec()) {
        *error = dbError(q);
        return false;
    }
    if (!m_store->audit(QStringLiteral("meeting"), meetingId, QStringLiteral("*"),
                        meetingSummaryText(*old, count), {}, error))
        return false;
    if (!tx.commit()) {
        *error = tr("The data file could not be updated: %1").arg(db.lastError().text());
        return false;
    }
    emit meetingRemoved(meetingId);
    return true;
}

bool MeetingStore::setDecision(qint64 itemId, const MeetingDecision &decision, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    const std::optional<MeetingItem> old = item(itemId);
    if (!old) {
        *error = tr("The meeting item no longer exists.");
        return false;
    }
    MeetingDecision after = decision;
    after.decision = text(after.decision.trimmed());
    after.responsibleUnit = text(after.responsibleUnit.trimmed());
    if (old->decision == after)
        return true;

    QSqlDatabase db = m_store->database();
    StoreTransaction tx(*m_store);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE meeting_item SET reviewed = ?, decision = ?, "
                             "responsible_unit = ?, deadline = ? WHERE id = ?"));
    q.addBindValue(after.reviewed ? 1 : 0);
    q.addBindValue(after.decision);
    q.addBindValue(after.responsibleUnit);
    q.addBindValue(text(dateKey(after.deadline)));
    q.addBindValue(itemId);
    if (!q.exec()) {
        *error = dbError(q);
        return false;
    }
    const MeetingDecision &before = old->decision;
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
    if (!tx.commit()) {
        *error = tr("The data file could not be updated: %1").arg(db.lastError().text());
        return false;
    }
    emit itemChanged(old->meetingId, itemId);
    return true;
}

bool MeetingStore::setResumeSlide(qint64 meetingId, const QString &slideKey, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    if (!m_store || !m_store->isOpen()) {
        *error = tr("No data file is open.");
        return false;
    }
    QSqlQuery q(m_store->database());
    q.prepare(
        QStringLiteral("UPDATE meeting SET resume_slide = ? WHERE id = ? AND resume_slide <> ?"));
    q.addBindValue(text(slideKey));
    q.addBindValue(meetingId);
    q.addBindValue(text(slideKey));
    if (!q.exec()) {
        *error = dbError(q);
        return false;
    }
    return true;
}

} // namespace pd
