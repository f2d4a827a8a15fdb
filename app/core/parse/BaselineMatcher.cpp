#include "parse/BaselineMatcher.h"

#include <QStringList>

#include <algorithm>

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

/// The name's character pairs, packed and sorted, for a quick Dice coefficient.
std::vector<quint32> bigrams(const QString &s)
{
    std::vector<quint32> out;
    for (int i = 0; i + 1 < s.size(); ++i)
        out.push_back((quint32(s.at(i).unicode()) << 16) | s.at(i + 1).unicode());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

bool isCumulative(const QString &name)
{
    return name.contains(QStringLiteral("累计"));
}

/// What the comparison needs of a name, computed once.
struct Key
{
    explicit Key(const QString &name)
        : core(pd::core(name)), pairs(bigrams(core)), fresh(isNew(name)),
          cumulative(isCumulative(name))
    {
    }
    QString core;
    std::vector<quint32> pairs;
    bool fresh;
    bool cumulative;
};

double similarity(const Key &a, const Key &b)
{
    const QString &ca = a.core;
    const QString &cb = b.core;
    if (ca.isEmpty() || cb.isEmpty())
        return 0;
    if (ca == cb)
        return 1;
    const QString &shorter = ca.size() < cb.size() ? ca : cb;
    const QString &longer = ca.size() < cb.size() ? cb : ca;
    if (shorter.size() >= 4 && shorter.size() * 3 >= longer.size() * 2 - 1 &&
        longer.contains(shorter))
        return 0.9;
    if (a.pairs.empty() || b.pairs.empty())
        return 0;
    size_t common = 0;
    for (size_t i = 0, j = 0; i < a.pairs.size() && j < b.pairs.size();) {
        if (a.pairs[i] < b.pairs[j]) {
            ++i;
        } else if (b.pairs[j] < a.pairs[i]) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    return 2.0 * double(common) / double(a.pairs.size() + b.pairs.size());
}

} // namespace

double BaselineMatcher::similarity(const QString &a, const QString &b)
{
    return pd::similarity(Key(a), Key(b));
}

void BaselineMatcher::attach(const std::vector<ExtractedTarget> &review,
                             std::vector<ParsedPlan::Item> *items)
{
    constexpr double threshold = 0.75;
    std::vector<Key> reviewKeys;
    reviewKeys.reserve(review.size());
    for (const ExtractedTarget &r : review)
        reviewKeys.emplace_back(r.name);
    for (ParsedPlan::Item &item : *items) {
        Indicator &ind = item.indicator;
        const bool growth = ind.kind == IndicatorKind::Growth;
        const Key key(ind.name);
        double best = 0;
        const ExtractedTarget *match = nullptr;
        for (size_t k = 0; k < review.size(); ++k) {
            const ExtractedTarget &r = review[k];
            if (r.unit != ind.unit || (r.kind == IndicatorKind::Growth) != growth)
                continue;
            if (reviewKeys[k].fresh != key.fresh || reviewKeys[k].cumulative != key.cumulative)
                continue;
            const double s = pd::similarity(reviewKeys[k], key);
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
