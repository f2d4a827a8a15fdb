#include "plan/PlanTypes.h"

#include <array>
#include <utility>

namespace pd {
namespace {

template <typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[e, key] : table) {
        if (e == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table,
                            const QString &key)
{
    for (const auto &[e, k] : table) {
        if (key == QLatin1String(k))
            return e;
    }
    return std::nullopt;
}

const std::array<std::pair<NodeKind, const char *>, 7> nodeKinds{{
    {NodeKind::MainTargets, "main"},
    {NodeKind::Area, "area"},
    {NodeKind::Section, "section"},
    {NodeKind::Government, "government"},
    {NodeKind::Livelihood, "livelihood"},
    {NodeKind::LivelihoodCategory, "livelihood_category"},
    {NodeKind::LivelihoodProject, "livelihood_project"},
}};

const std::array<std::pair<Comparator, const char *>, 4> comparators{{
    {Comparator::AtLeast, ">="},
    {Comparator::About, "~"},
    {Comparator::AtMost, "<="},
    {Comparator::Exactly, "="},
}};

const std::array<std::pair<IndicatorKind, const char *>, 4> indicatorKinds{{
    {IndicatorKind::Count, "count"},
    {IndicatorKind::Level, "level"},
    {IndicatorKind::Growth, "growth"},
    {IndicatorKind::Cap, "cap"},
}};

const std::array<std::pair<PlanPart, const char *>, 4> planParts{{
    {PlanPart::Main, "main"},
    {PlanPart::Area, "area"},
    {PlanPart::Government, "government"},
    {PlanPart::Livelihood, "livelihood"},
}};

const std::array<std::pair<Status, const char *>, 5> statuses{{
    {Status::Done, "done"},
    {Status::OnTrack, "on_track"},
    {Status::SlightlyBehind, "slightly_behind"},
    {Status::Behind, "behind"},
    {Status::NoData, "no_data"},
}};

} // namespace

QString nodeKindKey(NodeKind kind)
{
    return keyOf(nodeKinds, kind);
}
std::optional<NodeKind> nodeKindFromKey(const QString &key)
{
    return valueOf(nodeKinds, key);
}
QString comparatorKey(Comparator comparator)
{
    return keyOf(comparators, comparator);
}
std::optional<Comparator> comparatorFromKey(const QString &key)
{
    return valueOf(comparators, key);
}

QString comparatorSymbol(Comparator comparator)
{
    switch (comparator) {
    case Comparator::AtLeast:
        return QStringLiteral("≥");
    case Comparator::About:
        return QStringLiteral("≈");
    case Comparator::AtMost:
        return QStringLiteral("≤");
    case Comparator::Exactly:
        break;
    }
    return {};
}

QString indicatorKindKey(IndicatorKind kind)
{
    return keyOf(indicatorKinds, kind);
}
std::optional<IndicatorKind> indicatorKindFromKey(const QString &key)
{
    return valueOf(indicatorKinds, key);
}
QString planPartKey(PlanPart part)
{
    return keyOf(planParts, part);
}
PlanPart planPartOf(NodeKind kind)
{
    switch (kind) {
    case NodeKind::MainTargets:
        return PlanPart::Main;
    case NodeKind::Government:
        return PlanPart::Government;
    case NodeKind::Livelihood:
    case NodeKind::LivelihoodCategory:
    case NodeKind::LivelihoodProject:
        return PlanPart::Livelihood;
    case NodeKind::Area:
    case NodeKind::Section:
        break;
    }
    return PlanPart::Area;
}

QString statusKey(Status status)
{
    return keyOf(statuses, status);
}
std::optional<Status> statusFromKey(const QString &key)
{
    return valueOf(statuses, key);
}

} // namespace pd
