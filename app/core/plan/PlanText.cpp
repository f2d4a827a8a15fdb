#include "plan/PlanText.h"

#include "plan/ProgressText.h"

namespace pd {
namespace {

QString chineseNumber(int n)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (n <= 0)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    if (n < 20)
        return QStringLiteral("十") + (n % 10 ? QString(digits.at(n % 10)) : QString());
    if (n < 100)
        return QString(digits.at(n / 10)) + QStringLiteral("十") +
               (n % 10 ? QString(digits.at(n % 10)) : QString());
    return QString::number(n);
}

} // namespace

QString PlanText::target(const Indicator &indicator)
{
    // The target is a value with its unit like any other, behind its comparator.
    return comparatorSymbol(indicator.comparator) +
           ProgressText::valueWithUnit(indicator, indicator.target);
}

QString PlanText::nodeLabel(const PlanNode &node)
{
    switch (node.kind) {
    case NodeKind::Area:
        return QStringLiteral("（%1）%2").arg(chineseNumber(node.ordinal), node.title);
    case NodeKind::LivelihoodCategory:
        return QStringLiteral("%1、%2").arg(chineseNumber(node.ordinal), node.title);
    case NodeKind::LivelihoodProject:
        return QStringLiteral("%1. %2").arg(node.ordinal).arg(node.title);
    case NodeKind::Section:
        return node.ordinal > 0 ? QStringLiteral("%1. %2").arg(node.ordinal).arg(node.title)
                                : node.title;
    case NodeKind::MainTargets:
    case NodeKind::Government:
    case NodeKind::Livelihood:
        break;
    }
    return node.title;
}

} // namespace pd
