#include "export/CsvExporter.h"

#include "plan/PlanIndex.h"
#include "plan/PlanText.h"
#include "plan/ProgressRules.h"
#include "store/PlanStore.h"

#include <QLocale>
#include <QStringList>

namespace pd {
namespace {

/// The labels the Chinese interface gives the statuses, whatever the language running now:
/// the file goes to Chinese offices.
QString chineseStatus(Status status)
{
    switch (status) {
    case Status::Done:
        return QStringLiteral("已完成");
    case Status::OnTrack:
        return QStringLiteral("正常推进");
    case Status::SlightlyBehind:
        return QStringLiteral("略有滞后");
    case Status::Behind:
        return QStringLiteral("严重滞后");
    case Status::NoData:
        break;
    }
    return QStringLiteral("未填报");
}

QString plainNumber(double value)
{
    return QLocale::c().toString(value, 'g', 15);
}

void appendRow(QByteArray &out, const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << CsvExporter::field(f);
    out += quoted.join(QLatin1Char(',')).toUtf8();
    out += "\r\n";
}

} // namespace

QString CsvExporter::field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\r')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray CsvExporter::exportIndicators(const PlanStore &store, const QDate &asOf)
{
    const PlanInfo info = store.planInfo();
    const PlanIndex index(store.nodes());
    const auto latest = store.latestMeasurements(asOf);
    QByteArray out("\xEF\xBB\xBF");
    appendRow(out, {QStringLiteral("编码"), QStringLiteral("指标"), QStringLiteral("方面"),
                    QStringLiteral("部分"), QStringLiteral("目标"), QStringLiteral("比较"),
                    QStringLiteral("单位"), QStringLiteral("牵头单位"), QStringLiteral("最新数值"),
                    QStringLiteral("数值日期"), QStringLiteral("状态"), QStringLiteral("备注")});
    for (const Indicator &ind : store.indicators()) {
        const PlanNode *top = index.topOf(ind.nodeId);
        const PlanNode *node = index.node(ind.nodeId);
        const auto found = latest.find(ind.id);
        const Measurement *actual = found != latest.end() ? &found->second : nullptr;
        const ProgressRules::Evaluation ev = ProgressRules::evaluate(
            ind, info.year, asOf, actual ? std::optional<double>(actual->value) : std::nullopt,
            actual ? actual->date : QDate());
        const QString comparator = comparatorSymbol(ind.comparator);
        appendRow(out, {ind.code, ind.name, top ? PlanText::nodeLabel(*top) : QString(),
                        node && node != top ? PlanText::nodeLabel(*node) : QString(),
                        plainNumber(ind.target),
                        comparator.isEmpty() ? QStringLiteral("=") : comparator, ind.unit,
                        ind.leadUnit.trimmed(), actual ? plainNumber(actual->value) : QString(),
                        actual ? actual->date.toString(Qt::ISODate) : QString(),
                        chineseStatus(ev.status), actual ? actual->note : QString()});
    }
    return out;
}

} // namespace pd
