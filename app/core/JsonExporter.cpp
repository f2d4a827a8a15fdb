#include "JsonExporter.h"

#include "PlanIndex.h"
#include "PlanStore.h"
#include "ProgressRules.h"
#include "StatusCounts.h"
#include "StatusStyle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unordered_map>

namespace pd {
namespace {

/// indicators, reported, statusCounts (by status key) and meanProgress (over the reported
/// share-measured indicators; null when none).
void addRollup(QJsonObject &object, const StatusCounts &counts)
{
    QJsonObject byStatus;
    for (Status status : StatusStyle::all)
        byStatus.insert(statusKey(status), counts.count(status));
    object.insert(QStringLiteral("indicators"), counts.indicators);
    object.insert(QStringLiteral("reported"), counts.reported());
    object.insert(QStringLiteral("statusCounts"), byStatus);
    object.insert(QStringLiteral("meanProgress"),
                  counts.completion() ? QJsonValue(*counts.completion()) : QJsonValue());
}

} // namespace

QByteArray JsonExporter::exportPlan(const PlanStore &store, const QDate &asOf)
{
    const PlanInfo info = store.planInfo();
    const PlanIndex index(store.nodes());

    const auto latest = store.latestMeasurements(asOf);
    QJsonArray indicators;
    // Roll-ups as the window and the PDF show them: each indicator counts in every node above it.
    StatusCounts planCounts;
    std::unordered_map<qint64, StatusCounts> nodeCounts;
    for (const Indicator &ind : store.indicators()) {
        const auto found = latest.find(ind.id);
        const Measurement *actual = found != latest.end() ? &found->second : nullptr;
        const ProgressRules::Evaluation ev = ProgressRules::evaluate(
            ind, info.year, asOf, actual ? std::optional<double>(actual->value) : std::nullopt,
            actual ? actual->date : QDate());
        planCounts.add(ev);
        for (const PlanNode *node : index.pathOf(ind.nodeId))
            nodeCounts[node->id].add(ev);
        QJsonArray curve;
        for (const PlanPoint &point : ind.planCurve)
            curve.append(QJsonObject{{QStringLiteral("date"), point.date.toString(Qt::ISODate)},
                                     {QStringLiteral("value"), point.value}});
        indicators.append(QJsonObject{
            {QStringLiteral("id"), ind.id},
            {QStringLiteral("code"), ind.code},
            {QStringLiteral("nodeId"), ind.nodeId},
            {QStringLiteral("part"), planPartKey(index.partOf(ind.nodeId))},
            {QStringLiteral("partNumber"), index.partNumberOf(ind.nodeId)},
            {QStringLiteral("name"), ind.name},
            {QStringLiteral("target"), ind.target},
            {QStringLiteral("unit"), ind.unit},
            {QStringLiteral("comparator"), comparatorKey(ind.comparator)},
            {QStringLiteral("kind"), indicatorKindKey(ind.kind)},
            {QStringLiteral("snippet"), ind.snippet},
            {QStringLiteral("baseline"), ind.baseline ? QJsonValue(*ind.baseline) : QJsonValue()},
            {QStringLiteral("owner"), ind.leadUnit},
            {QStringLiteral("coUnits"), ind.coUnits},
            {QStringLiteral("notes"), ind.notes},
            {QStringLiteral("actual"), actual ? QJsonValue(actual->value) : QJsonValue()},
            {QStringLiteral("actualDate"),
             actual ? QJsonValue(actual->date.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("measure"), ev.measure == ProgressRules::Measure::Share
                                            ? QStringLiteral("share")
                                            : QStringLiteral("bound")},
            {QStringLiteral("progress"), ev.progress ? QJsonValue(*ev.progress) : QJsonValue()},
            {QStringLiteral("expected"), ev.hasExpected() ? QJsonValue(ev.expected) : QJsonValue()},
            {QStringLiteral("gap"), ev.gap ? QJsonValue(*ev.gap) : QJsonValue()},
            {QStringLiteral("planCurve"), curve},
            {QStringLiteral("status"), statusKey(ev.status)},
        });
    }

    QJsonArray nodes;
    for (const PlanNode &node : index.nodes()) {
        QJsonObject object{
            {QStringLiteral("id"), node.id},
            {QStringLiteral("parentId"), node.parentId ? QJsonValue(node.parentId) : QJsonValue()},
            {QStringLiteral("kind"), nodeKindKey(node.kind)},
            {QStringLiteral("ordinal"), node.ordinal},
            {QStringLiteral("title"), node.title},
        };
        addRollup(object, nodeCounts[node.id]);
        nodes.append(object);
    }

    QJsonObject plan{{QStringLiteral("title"), info.title},
                     {QStringLiteral("government"), info.government},
                     {QStringLiteral("year"), info.year}};
    addRollup(plan, planCounts);
    const QJsonObject root{
        {QStringLiteral("plan"), plan},
        {QStringLiteral("asOf"), asOf.toString(Qt::ISODate)},
        {QStringLiteral("nodes"), nodes},
        {QStringLiteral("indicators"), indicators},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace pd
