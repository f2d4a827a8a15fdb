#include "BaselineMatcher.h"

#include <QSet>
#include <QStringList>

namespace pd {

namespace {

/// The name without its opening verbs and fillers: "建成特色街区" → "特色街区".
QString core(const QString &name)
{
    static const QStringList openers = {
        QStringLiteral("力争"), QStringLiteral("确保"),     QStringLiteral("全年"),
        QStringLiteral("累计"), QStringLiteral("实现"),     QStringLiteral("带动"),
        QStringLiteral("完成"), QStringLiteral("建成投用"), QStringLiteral("建成投运"),
        QStringLiteral("建成"), QStringLiteral("打造"),     QStringLiteral("建设"),
        QStringLiteral("开展"), QStringLiteral("实施"),     QStringLiteral("推动"),
        QStringLiteral("举办"), QStringLiteral("全面"),     QStringLiteral("其中"),
        QStringLiteral("培育"), QStringLiteral("提供"),     QStringLiteral("服务"),
    };
    QString s = name;
    s.remove(QLatin1Char(' '));
    bool changed = true;
    while (changed) {
        changed = false;
        for (const QString &o : openers) {
            if (s.startsWith(o) && s.size() > o.size() + 1) {
                s.remove(0, o.size());
                changed = true;
            }
        }
    }
    return s;
}

bool isNew(const QString &name)
{
    static const QStringList marks = {
        QStringLiteral("新增"),   QStringLiteral("新建"), QStringLiteral("新开"),
        QStringLiteral("新引进"), QStringLiteral("新上"), QStringLiteral("净增"),
        QStringLiteral("新落户"), QStringLiteral("新签"),
    };
    for (const QString &m : marks) {
        if (name.contains(m))
            return true;
    }
    return false;
}

QSet<QString> bigrams(const QString &s)
{
    QSet<QString> set;
    for (int i = 0; i + 1 < s.size(); ++i)
        set.insert(s.mid(i, 2));
    return set;
}

} // namespace

double BaselineMatcher::similarity(const QString &a, const QString &b)
{
    const QString ca = core(a);
    const QString cb = core(b);
    if (ca.isEmpty() || cb.isEmpty())
        return 0;
    if (ca == cb)
        return 1;
    const QString &shorter = ca.size() < cb.size() ? ca : cb;
    const QString &longer = ca.size() < cb.size() ? cb : ca;
    if (shorter.size() >= 4 && longer.contains(shorter))
        return 0.9;
    const QSet<QString> ba = bigrams(ca);
    const QSet<QString> bb = bigrams(cb);
    if (ba.isEmpty() || bb.isEmpty())
        return 0;
    const int common = int(QSet<QString>(ba).intersect(bb).size());
    return 2.0 * common / double(ba.size() + bb.size());
}

void BaselineMatcher::attach(const std::vector<ExtractedTarget> &review,
                             std::vector<ParsedPlan::Item> *items)
{
    constexpr double threshold = 0.75;
    for (ParsedPlan::Item &item : *items) {
        Indicator &ind = item.indicator;
        const bool growth = ind.kind == IndicatorKind::Growth;
        double best = 0;
        const ExtractedTarget *match = nullptr;
        for (const ExtractedTarget &r : review) {
            if (r.unit != ind.unit)
                continue;
            if ((r.kind == IndicatorKind::Growth) != growth)
                continue;
            if (isNew(r.name) != isNew(ind.name))
                continue;
            const double s = similarity(r.name, ind.name);
            if (s >= threshold && s > best) {
                best = s;
                match = &r;
            }
        }
        if (match)
            ind.baseline = match->value;
    }
}

} // namespace pd
