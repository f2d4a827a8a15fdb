#include "document/OfflineCopy.h"

#include "document/DataFile.h"
#include "meeting/MeetingStore.h"
#include "store/PlanStore.h"
#include "store/Statement.h"
#include "store/TaskStore.h"
#include "store/Transaction.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace pd {
namespace {

const QString SourceKey = QStringLiteral("offline.source");
const QString TakenKey = QStringLiteral("offline.taken_at");
const QString BaselineKey = QStringLiteral("offline.baseline");

QJsonArray decisionJson(const MeetingDecision &d)
{
    return {d.reviewed, d.decision, d.responsibleUnit,
            d.deadline.isValid() ? d.deadline.toString(Qt::ISODate) : QString()};
}

MeetingDecision decisionOf(const QJsonArray &json)
{
    MeetingDecision d;
    d.reviewed = json.at(0).toBool();
    d.decision = json.at(1).toString();
    d.responsibleUnit = json.at(2).toString();
    d.deadline = QDate::fromString(json.at(3).toString(), Qt::ISODate);
    return d;
}

QJsonArray participantsJson(const MeetingParticipants &p)
{
    return {p.chair, p.attendees, p.recorder};
}

MeetingParticipants participantsOf(const QJsonArray &json)
{
    return {json.at(0).toString(), json.at(1).toString(), json.at(2).toString()};
}

/// What every meeting item's decision and every meeting's participants were when the copy was
/// taken (or last sent), and which row of the other side each stands for.
struct Baseline
{
    struct Item
    {
        qint64 target = 0;
        MeetingDecision decision;
    };
    struct Meeting
    {
        qint64 target = 0;
        MeetingParticipants participants;
    };
    std::map<qint64, Item> items;       ///< by the copy's item id
    std::map<qint64, Meeting> meetings; ///< by the copy's meeting id

    QString toText() const
    {
        QJsonObject itemsJson;
        for (const auto &[id, item] : items)
            itemsJson.insert(QString::number(id),
                             QJsonObject{{QStringLiteral("target"), item.target},
                                         {QStringLiteral("d"), decisionJson(item.decision)}});
        QJsonObject meetingsJson;
        for (const auto &[id, meeting] : meetings)
            meetingsJson.insert(
                QString::number(id),
                QJsonObject{{QStringLiteral("target"), meeting.target},
                            {QStringLiteral("p"), participantsJson(meeting.participants)}});
        return QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("items"), itemsJson},
                                      {QStringLiteral("meetings"), meetingsJson}})
                .toJson(QJsonDocument::Compact));
    }
    static Baseline fromText(const QString &text)
    {
        Baseline b;
        const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
        const QJsonObject itemsJson = json.value(QStringLiteral("items")).toObject();
        for (auto it = itemsJson.begin(); it != itemsJson.end(); ++it) {
            const QJsonObject item = it.value().toObject();
            b.items[it.key().toLongLong()] = {
                qint64(item.value(QStringLiteral("target")).toDouble()),
                decisionOf(item.value(QStringLiteral("d")).toArray())};
        }
        const QJsonObject meetingsJson = json.value(QStringLiteral("meetings")).toObject();
        for (auto it = meetingsJson.begin(); it != meetingsJson.end(); ++it) {
            const QJsonObject meeting = it.value().toObject();
            b.meetings[it.key().toLongLong()] = {
                qint64(meeting.value(QStringLiteral("target")).toDouble()),
                participantsOf(meeting.value(QStringLiteral("p")).toArray())};
        }
        return b;
    }
};

/// Every row of every table of from into the empty copy, with the settings that make it a copy,
/// in one transaction on each side (the copy sees one moment of the other store).
bool fill(const PlanStore &from, PlanStore &copy, const QString &source, QString *error)
{
    Transaction reading = from.transaction();
    if (!reading.began(error))
        return false;
    Transaction writing = copy.transaction();
    if (!writing.began(error))
        return false;
    const QStringList tables = OfflineCopy::tables();
    // The new file's migration may have written rows of its own (none today): the copy's win.
    for (auto table = tables.rbegin(); table != tables.rend(); ++table) {
        Statement clear = copy.statement(QStringLiteral("DELETE FROM %1").arg(*table));
        if (!clear.exec()) {
            *error = clear.error();
            return false;
        }
    }
    for (const QString &table : tables) {
        // Table names come from our own list, never from input; the values are bound.
        Statement read = from.statement(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table));
        if (!read.exec()) {
            *error = read.error();
            return false;
        }
        std::optional<Statement> insert;
        int columns = 0;
        while (read.next()) {
            if (!insert) {
                const QStringList names = read.columnNames();
                columns = int(names.size());
                QStringList marks;
                for (int i = 0; i < columns; ++i)
                    marks << QStringLiteral("?");
                insert.emplace(copy.statement(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                                  .arg(table, names.join(QStringLiteral(", ")),
                                                       marks.join(QStringLiteral(", ")))));
            }
            for (int i = 0; i < columns; ++i)
                insert->bind(read.value(i));
            if (!insert->exec()) {
                *error = insert->error();
                return false;
            }
        }
        if (!read.ok()) {
            *error = read.error();
            return false;
        }
    }

    // The baseline: every decision and every meeting's participants as they are now.
    Baseline baseline;
    Statement items = from.statement(QStringLiteral(
        "SELECT id, reviewed, decision, responsible_unit, deadline FROM meeting_item"));
    if (!items.exec()) {
        *error = items.error();
        return false;
    }
    while (items.next()) {
        Baseline::Item &item = baseline.items[items.toLongLong(0)];
        item.target = items.toLongLong(0);
        items.columns(1, item.decision.reviewed, item.decision.decision,
                      item.decision.responsibleUnit, item.decision.deadline);
    }
    Statement meetings =
        from.statement(QStringLiteral("SELECT id, chair, attendees, recorder FROM meeting"));
    if (!meetings.exec()) {
        *error = meetings.error();
        return false;
    }
    while (meetings.next()) {
        Baseline::Meeting &meeting = baseline.meetings[meetings.toLongLong(0)];
        meeting.target = meetings.toLongLong(0);
        meetings.columns(1, meeting.participants.chair, meeting.participants.attendees,
                         meeting.participants.recorder);
    }
    if (!items.ok() || !meetings.ok()) {
        *error = items.ok() ? meetings.error() : items.error();
        return false;
    }
    Statement setting = copy.statement(
        QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO "
                       "UPDATE SET value = excluded.value"));
    const std::pair<QString, QString> settings[] = {
        {SourceKey, source},
        {TakenKey, QDateTime::currentDateTime().toString(Qt::ISODate)},
        {BaselineKey, baseline.toText()},
    };
    for (const auto &[key, value] : settings) {
        if (!setting.exec({key, value})) {
            *error = setting.error();
            return false;
        }
    }
    return writing.commit(error);
}

/// A const store as MeetingStore takes it: compare() only reads through it.
PlanStore *readOnly(const PlanStore &store)
{
    return const_cast<PlanStore *>(&store);
}

} // namespace

QStringList OfflineCopy::tables()
{
    return {QStringLiteral("plan"),          QStringLiteral("node"),
            QStringLiteral("indicator"),     QStringLiteral("measurement"),
            QStringLiteral("task"),          QStringLiteral("task_indicator"),
            QStringLiteral("task_progress"), QStringLiteral("meeting"),
            QStringLiteral("meeting_item"),  QStringLiteral("responsible_unit"),
            QStringLiteral("setting"),       QStringLiteral("imported_sheet"),
            QStringLiteral("audit_log")};
}

bool OfflineCopy::write(const PlanStore &from, const QString &source, const QString &path,
                        QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    if (!from.isOpen()) {
        *error = tr("No data is open to copy.");
        return false;
    }
    return DataFile::create(
        path, [&](PlanStore &copy, QString *e) { return fill(from, copy, source, e); },
        DataFile::IfExists::Replace, error);
}

QString OfflineCopy::sourceOf(const PlanStore &store)
{
    return store.isOpen() ? store.setting(SourceKey) : QString();
}

QDateTime OfflineCopy::takenAt(const PlanStore &store)
{
    return QDateTime::fromString(store.setting(TakenKey), Qt::ISODate);
}

QStringList OfflineCopy::Outcome::summary() const
{
    QStringList lines;
    lines << tr("%n decision(s) to send", "", int(sent.size()));
    if (participantChanges > 0)
        lines << tr("%n meeting(s) with changed participants", "", participantChanges);
    if (!newMeetings.isEmpty())
        lines << tr("%n meeting(s) created offline: %1", "", int(newMeetings.size()))
                     .arg(newMeetings.join(QStringLiteral("、")));
    if (alreadyThere > 0)
        lines << tr("%n decision(s) already the same there", "", alreadyThere);
    for (const Change &c : conflicts)
        lines << tr("Not sent, changed there meanwhile: %1 · %2: \"%3\" there, \"%4\" here")
                     .arg(c.meeting, c.code, c.before.decision, c.after.decision);
    for (const QString &m : missing)
        lines << tr("Not sent, no longer there: %1").arg(m);
    return lines;
}

std::optional<OfflineCopy::Outcome> OfflineCopy::compare(const PlanStore &copy,
                                                         const PlanStore &target, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    if (sourceOf(copy).isEmpty()) {
        *error = tr("This data file is not an offline copy.");
        return std::nullopt;
    }
    const Baseline baseline = Baseline::fromText(copy.setting(BaselineKey));
    const MeetingStore here(readOnly(copy));
    const MeetingStore there(readOnly(target));
    Outcome outcome;
    QString readError;
    for (const MeetingSummary &summary : here.meetings(&readError)) {
        const std::optional<Meeting> meeting = here.meeting(summary.id, &readError);
        if (!meeting)
            break;
        const auto known = baseline.meetings.find(meeting->id);
        if (known == baseline.meetings.end()) {
            outcome.newMeetings << meeting->title;
            continue;
        }
        const std::optional<Meeting> theirs = there.meeting(known->second.target, &readError);
        if (!readError.isEmpty())
            break;
        if (!theirs) {
            outcome.missing << meeting->title;
            continue;
        }
        if (meeting->participants != known->second.participants &&
            theirs->participants == known->second.participants)
            ++outcome.participantChanges;
        for (const MeetingItem &item : here.items(meeting->id, &readError)) {
            const auto base = baseline.items.find(item.id);
            if (base == baseline.items.end() || item.decision == base->second.decision)
                continue;
            Change change;
            change.copyItemId = item.id;
            change.targetItemId = base->second.target;
            change.meeting = meeting->title;
            change.code = item.code();
            change.after = item.decision;
            const std::optional<MeetingItem> current = there.item(base->second.target, &readError);
            if (!readError.isEmpty())
                break;
            if (!current || current->meetingId != theirs->id) {
                outcome.missing << meeting->title + QStringLiteral(" · ") + item.code();
                continue;
            }
            change.before = current->decision;
            if (current->decision == base->second.decision)
                outcome.sent.push_back(change);
            else if (current->decision == item.decision)
                ++outcome.alreadyThere;
            else
                outcome.conflicts.push_back(change);
        }
        if (!readError.isEmpty())
            break;
    }
    if (!readError.isEmpty()) {
        *error = readError;
        return std::nullopt;
    }
    return outcome;
}

std::optional<OfflineCopy::Outcome> OfflineCopy::send(PlanStore &copy, PlanStore &target,
                                                      QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    std::optional<Outcome> outcome = compare(copy, target, error);
    if (!outcome)
        return std::nullopt;
    Baseline baseline = Baseline::fromText(copy.setting(BaselineKey));
    MeetingStore here(&copy);
    MeetingStore there(&target);
    const QString previousSource = target.changeSource();
    target.setChangeSource(tr("offline copy %1").arg(QDir::toNativeSeparators(copy.path())));
    struct RestoreSource
    {
        PlanStore &store;
        QString source;
        ~RestoreSource() { store.setChangeSource(source); }
    } restore{target, previousSource};

    // The decisions changed offline only, all at once.
    std::vector<std::pair<qint64, MeetingDecision>> decisions;
    for (const Change &change : outcome->sent)
        decisions.emplace_back(change.targetItemId, change.after);
    if (!decisions.empty() && !there.setDecisions(decisions, error))
        return std::nullopt;
    for (const Change &change : outcome->sent)
        baseline.items[change.copyItemId].decision = change.after;

    QString readError;
    for (const MeetingSummary &summary : here.meetings(&readError)) {
        std::optional<Meeting> meeting = here.meeting(summary.id, &readError);
        if (!meeting)
            break;
        const auto known = baseline.meetings.find(meeting->id);
        if (known != baseline.meetings.end()) {
            // Participants changed offline only.
            const std::optional<Meeting> theirs = there.meeting(known->second.target, &readError);
            if (theirs && meeting->participants != known->second.participants &&
                theirs->participants == known->second.participants) {
                if (!there.setParticipants(theirs->id, meeting->participants, error))
                    return std::nullopt;
                known->second.participants = meeting->participants;
            }
            continue;
        }
        // A meeting created offline: added as a new one, its items naming the other side's
        // indicators and tasks by their codes (their ids may differ there).
        std::vector<MeetingItem> items = here.items(meeting->id, &readError);
        if (!readError.isEmpty())
            break;
        const qint64 copyMeetingId = meeting->id;
        std::vector<qint64> copyItemIds;
        for (MeetingItem &item : items) {
            copyItemIds.push_back(item.id);
            item.id = 0;
            if (item.isTask()) {
                const std::optional<TaskRecord> task =
                    TaskStore::of(&target)->taskByCode(item.task->code);
                item.taskId = task ? task->id : 0;
            } else {
                const std::optional<Indicator> indicator =
                    target.indicatorByCode(item.snapshot.indicator.code);
                item.indicatorId = indicator ? indicator->id : 0;
            }
        }
        meeting->id = 0;
        const std::optional<qint64> added = there.addMeeting(*meeting, items, error);
        if (!added)
            return std::nullopt;
        baseline.meetings[copyMeetingId] = {*added, meeting->participants};
        for (std::size_t i = 0; i < items.size(); ++i)
            baseline.items[copyItemIds[i]] = {items[i].id, items[i].decision};
    }
    if (!readError.isEmpty()) {
        *error = readError;
        return std::nullopt;
    }
    // Sent: the copy's baseline is now what the other side holds, so nothing goes twice.
    if (!copy.setSetting(BaselineKey, baseline.toText(), error))
        return std::nullopt;
    return outcome;
}

} // namespace pd
