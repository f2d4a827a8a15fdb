#include "SyntheticPlan.h"

#include "store/PlanStore.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "plan/PlanTypes.h"

#include <QDateTime>
#include <QFile>

namespace pd::bench {
namespace {

const char *const Words[] = {"城市更新", "产业园区", "绿道建设", "公共服务", "科技创新",
                             "乡村振兴", "生态治理", "民生保障", "交通枢纽", "数字经济"};
const char *const Units[] = {"个", "公里", "%", "亿元", "家"};

ParsedPlan structure(const SyntheticPlan::Size &size)
{
    ParsedPlan plan;
    plan.info.title = QStringLiteral("合成省2024年政府工作报告（%1项指标）").arg(size.indicators);
    plan.info.government = QStringLiteral("合成省");
    plan.info.year = 2024;
    const int perSection = 20;
    const int sections = (size.indicators + perSection - 1) / perSection;
    const int areas = (sections + size.sectionsPerArea - 1) / size.sectionsPerArea;
    int made = 0;
    for (int a = 0; a < areas && made < size.indicators; ++a) {
        const int area = int(plan.nodes.size());
        plan.nodes.push_back(
            {-1, NodeKind::Area, a + 1, QStringLiteral("坚定不移推进第%1方面工作").arg(a + 1)});
        for (int s = 0; s < size.sectionsPerArea && made < size.indicators; ++s) {
            const int section = int(plan.nodes.size());
            plan.nodes.push_back({area, NodeKind::Section, s + 1,
                                  QStringLiteral("%1第%2项重点任务")
                                      .arg(QString::fromUtf8(Words[(a + s) % 10]))
                                      .arg(s + 1)});
            for (int i = 0; i < perSection && made < size.indicators; ++i, ++made) {
                Indicator ind;
                ind.ordinal = i + 1;
                ind.code = QStringLiteral("A%1.%2.%3").arg(a + 1).arg(s + 1).arg(i + 1);
                const QString word = QString::fromUtf8(Words[made % 10]);
                ind.name = QStringLiteral("%1指标%2").arg(word).arg(made + 1);
                const int kind = made % 4;
                ind.kind = kind == 0   ? IndicatorKind::Count
                           : kind == 1 ? IndicatorKind::Level
                           : kind == 2 ? IndicatorKind::Growth
                                       : IndicatorKind::Cap;
                ind.comparator = kind == 3 ? Comparator::AtMost : Comparator::AtLeast;
                ind.unit = kind >= 2 ? QStringLiteral("%") : QString::fromUtf8(Units[made % 5]);
                ind.target = kind >= 2 ? 6 : 100 + made % 900;
                if (kind == 1)
                    ind.baseline = ind.target * 0.8;
                ind.snippet =
                    QStringLiteral("%1达到%2%3").arg(ind.name).arg(ind.target).arg(ind.unit);
                ind.leadUnit = QStringLiteral("省%1厅").arg(word);
                plan.indicators.push_back({section, ind});
            }
        }
    }
    return plan;
}

} // namespace

bool SyntheticPlan::write(const QString &path, const Size &size, QString *error)
{
    PlanStore::removeFiles(path);
    PlanStore store;
    if (!store.open(path, error) || !store.importPlan(structure(size), false, error))
        return false;
    // The figures in one transaction, as an import would write them, each with its audit row.
    Transaction tx = store.transaction();
    if (!tx.began(error))
        return false;
    Statement figure = store.statement(
        QStringLiteral("INSERT INTO measurement (indicator_id, date, value, note, entered_by, "
                       "entered_at) VALUES (?, ?, ?, '', 'bench', ?)"));
    Statement audit = store.statement(
        QStringLiteral("INSERT INTO audit_log (at, who, entity, entity_id, field, old_value, "
                       "new_value) VALUES (?, 'bench', 'measurement', ?, '*', '', ?)"));
    const QString at = QDateTime(QDate(2024, 12, 1), QTime(9, 0)).toString(Qt::ISODate);
    for (const Indicator &ind : store.indicators()) {
        for (int f = 0; f < size.figuresPerIndicator; ++f) {
            // Spread over the year, growing for counts and levels.
            const QDate date =
                QDate(2024, 1, 1).addDays((f + 1) * 365 / (size.figuresPerIndicator + 1));
            const double share = double(f + 1) / (size.figuresPerIndicator + 1);
            const double value = ind.kind == IndicatorKind::Growth || ind.kind == IndicatorKind::Cap
                                     ? ind.target * (0.9 + 0.02 * (f % 10))
                                     : ind.target * share * (0.8 + 0.05 * (ind.id % 8));
            if (!figure.exec({ind.id, date.toString(Qt::ISODate), value, at})) {
                *error = figure.error();
                return false;
            }
            if (!audit.exec(
                    {at, figure.lastInsertId(),
                     date.toString(Qt::ISODate) + QLatin1Char(' ') + QString::number(value)})) {
                *error = audit.error();
                return false;
            }
        }
    }
    return tx.commit(error);
}

} // namespace pd::bench
