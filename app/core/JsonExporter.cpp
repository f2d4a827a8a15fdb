#include "JsonExporter.h"

#include "PlanIndex.h"
#include "PlanStore.h"
#include "ProgressRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

QByteArray JsonExporter::exportPlan(const PlanStore &store, const QDate &asOf)
{
    const PlanInfo info = store.planInfo();
    const PlanIndex index(store.nodes());

    QJsonArray nodes;
    for (const PlanNode &node : index.nodes()) {
        nodes.append(QJsonObject{
            {QStringLiteral("id"), node.id},
            {QStringLiteral("parentId"), node.parentId ? QJsonValue(node.parentId) : QJsonValue()},
            {QStringLiteral("kind"), nodeKindKey(node.kind)},
            {QStringLiteral("ordinal"), node.ordinal},
            {QStringLiteral("title"), node.title},
        });
    }

    const auto latest = store.latestMeasurements(asOf);
    QJsonArray indicators;
    for (const Indicator &ind : store.indicators()) {
        const auto found = latest.find(ind.id);
        const Measurement *actual = found != latest.end() ? &found->second : nullptr;
        const ProgressRules::Evaluation ev = ProgressRules::evaluate(
            ind, info.year, asOf, actual ? std::optional<double>(actual->value) : std::nullopt,
            actual ? actual->date : QDate());
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
            {QStringLiteral("progress"), ev.progress ? QJsonValue(*ev.progress) : QJsonValue()},
            {QStringLiteral("status"), statusKey(ev.status)},
        });
    }

    const QJsonObject root{
        {QStringLiteral("plan"), QJsonObject{{QStringLiteral("title"), info.title},
                                             {QStringLiteral("government"), info.government},
                                             {QStringLiteral("year"), info.year}}},
        {QStringLiteral("asOf"), asOf.toString(Qt::ISODate)},
        {QStringLiteral("nodes"), nodes},
        {QStringLiteral("indicators"), indicators},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace pd
