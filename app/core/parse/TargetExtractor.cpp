#include "parse/TargetExtractor.h"

#include "parse/ChineseNumber.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <utility>

namespace pd {

namespace {

/// What the word right before a number says about it.
enum class Pre
{
    None,
    AtLeast, ///< 不少于, 超过, 至少 …
    Reach,   ///< 达到, 提升至, 增至, 突破 …: a level to reach
    About,   ///< 约, 近
    AtMost,  ///< 不超过, 低于 …
    LowerTo, ///< 降至, 压减至 …
    Control, ///< 控制在
    Keep,    ///< 保持, 稳定在
    Growth,  ///< 增长, 增速
    Decline, ///< 下降, 降低, 减少
    Raise,   ///< 提高, 提升, 增加 (by so much)
    Each,    ///< 各: one figure for each subject before it
};

/// What the word right after the unit says.
enum class Post
{
    None,
    AtLeast,
    About,
    AtMost
};

struct Word
{
    QString text;
    int kind;
};

std::vector<Word> sortedByLength(std::vector<Word> words)
{
    std::stable_sort(words.begin(), words.end(),
                     [](const Word &a, const Word &b) { return a.text.size() > b.text.size(); });
    return words;
}

const std::vector<Word> &preWords()
{
    static const std::vector<Word> words = sortedByLength({
        {QStringLiteral("不少于"), int(Pre::AtLeast)},
        {QStringLiteral("不低于"), int(Pre::AtLeast)},
        {QStringLiteral("至少"), int(Pre::AtLeast)},
        {QStringLiteral("超过"), int(Pre::AtLeast)},
        {QStringLiteral("多于"), int(Pre::AtLeast)},
        {QStringLiteral("高于"), int(Pre::AtLeast)},
        {QStringLiteral("大于"), int(Pre::AtLeast)},
        {QStringLiteral("超"), int(Pre::AtLeast)},
        {QStringLiteral("逾"), int(Pre::AtLeast)},
        {QStringLiteral("突破"), int(Pre::Reach)},
        {QStringLiteral("达到"), int(Pre::Reach)},
        {QStringLiteral("达"), int(Pre::Reach)},
        {QStringLiteral("提升至"), int(Pre::Reach)},
        {QStringLiteral("提升到"), int(Pre::Reach)},
        {QStringLiteral("提高至"), int(Pre::Reach)},
        {QStringLiteral("提高到"), int(Pre::Reach)},
        {QStringLiteral("增至"), int(Pre::Reach)},
        {QStringLiteral("增加至"), int(Pre::Reach)},
        {QStringLiteral("增加到"), int(Pre::Reach)},
        {QStringLiteral("增长至"), int(Pre::Reach)},
        {QStringLiteral("增长到"), int(Pre::Reach)},
        {QStringLiteral("扩大至"), int(Pre::Reach)},
        {QStringLiteral("扩大到"), int(Pre::Reach)},
        {QStringLiteral("拓展至"), int(Pre::Reach)},
        {QStringLiteral("上升至"), int(Pre::Reach)},
        {QStringLiteral("上升到"), int(Pre::Reach)},
        {QStringLiteral("升至"), int(Pre::Reach)},
        {QStringLiteral("约"), int(Pre::About)},
        {QStringLiteral("近"), int(Pre::About)},
        {QStringLiteral("不超过"), int(Pre::AtMost)},
        {QStringLiteral("不高于"), int(Pre::AtMost)},
        {QStringLiteral("低于"), int(Pre::AtMost)},
        {QStringLiteral("少于"), int(Pre::AtMost)},
        {QStringLiteral("小于"), int(Pre::AtMost)},
        {QStringLiteral("降至"), int(Pre::LowerTo)},
        {QStringLiteral("降低至"), int(Pre::LowerTo)},
        {QStringLiteral("降低到"), int(Pre::LowerTo)},
        {QStringLiteral("下降至"), int(Pre::LowerTo)},
        {QStringLiteral("下降到"), int(Pre::LowerTo)},
        {QStringLiteral("压减至"), int(Pre::LowerTo)},
        {QStringLiteral("压降至"), int(Pre::LowerTo)},
        {QStringLiteral("减少至"), int(Pre::LowerTo)},
        {QStringLiteral("减少到"), int(Pre::LowerTo)},
        {QStringLiteral("缩小至"), int(Pre::LowerTo)},
        {QStringLiteral("缩减至"), int(Pre::LowerTo)},
        {QStringLiteral("控制在"), int(Pre::Control)},
        {QStringLiteral("控制到"), int(Pre::Control)},
        {QStringLiteral("控制"), int(Pre::Control)},
        {QStringLiteral("保持在"), int(Pre::Keep)},
        {QStringLiteral("保持"), int(Pre::Keep)},
        {QStringLiteral("稳定在"), int(Pre::Keep)},
        {QStringLiteral("维持在"), int(Pre::Keep)},
        {QStringLiteral("增长"), int(Pre::Growth)},
        {QStringLiteral("增速"), int(Pre::Growth)},
        {QStringLiteral("增幅"), int(Pre::Growth)},
        {QStringLiteral("涨幅"), int(Pre::Growth)},
        {QStringLiteral("下降"), int(Pre::Decline)},
        {QStringLiteral("降低"), int(Pre::Decline)},
        {QStringLiteral("减少"), int(Pre::Decline)},
        {QStringLiteral("压减"), int(Pre::Decline)},
        {QStringLiteral("提高"), int(Pre::Raise)},
        {QStringLiteral("提升"), int(Pre::Raise)},
        {QStringLiteral("增加"), int(Pre::Raise)},
        {QStringLiteral("上升"), int(Pre::Raise)},
        {QStringLiteral("各"), int(Pre::Each)},
    });
    return words;
}

const std::vector<Word> &postWords()
{
    static const std::vector<Word> words = sortedByLength({
        {QStringLiteral("及以上"), int(Post::AtLeast)},
        {QStringLiteral("以上"), int(Post::AtLeast)},
        {QStringLiteral("之上"), int(Post::AtLeast)},
        {QStringLiteral("及以下"), int(Post::AtMost)},
        {QStringLiteral("以下"), int(Post::AtMost)},
        {QStringLiteral("以内"), int(Post::AtMost)},
        {QStringLiteral("之内"), int(Post::AtMost)},
        {QStringLiteral("左右"), int(Post::About)},
        {QStringLiteral("上下"), int(Post::About)},
    });
    return words;
}

/// Verbs a name may open with; used to keep the verb when a name is shortened.
const QStringList &leadingVerbs()
{
    static const QStringList verbs = [] {
        QStringList v = {
            QStringLiteral("新建"),           QStringLiteral("改扩建"),
            QStringLiteral("新开工"),         QStringLiteral("开工建设"),
            QStringLiteral("建设"),           QStringLiteral("建成"),
            QStringLiteral("建成投运"),       QStringLiteral("建成投用"),
            QStringLiteral("建成开放"),       QStringLiteral("打造"),
            QStringLiteral("实施"),           QStringLiteral("完成"),
            QStringLiteral("推动"),           QStringLiteral("推进"),
            QStringLiteral("加快推进"),       QStringLiteral("加快建设"),
            QStringLiteral("开展"),           QStringLiteral("举办"),
            QStringLiteral("引进"),           QStringLiteral("新引进"),
            QStringLiteral("引育"),           QStringLiteral("引培"),
            QStringLiteral("培育"),           QStringLiteral("新增"),
            QStringLiteral("设立"),           QStringLiteral("设置"),
            QStringLiteral("启动"),           QStringLiteral("开通"),
            QStringLiteral("提升打造"),       QStringLiteral("续建"),
            QStringLiteral("改造"),           QStringLiteral("整治"),
            QStringLiteral("治理"),           QStringLiteral("组织"),
            QStringLiteral("发布"),           QStringLiteral("提供"),
            QStringLiteral("服务"),           QStringLiteral("导入"),
            QStringLiteral("入库"),           QStringLiteral("净增"),
            QStringLiteral("升级"),           QStringLiteral("升级完善"),
            QStringLiteral("免费开放"),       QStringLiteral("筹集"),
            QStringLiteral("筹集建设"),       QStringLiteral("供应"),
            QStringLiteral("配租"),           QStringLiteral("发放"),
            QStringLiteral("盘活"),           QStringLiteral("开行"),
            QStringLiteral("培训"),           QStringLiteral("创建"),
            QStringLiteral("迭代升级"),       QStringLiteral("上线运行"),
            QStringLiteral("统筹推进"),       QStringLiteral("共建"),
            QStringLiteral("高标准共建"),     QStringLiteral("发展壮大"),
            QStringLiteral("深化"),           QStringLiteral("深化打造"),
            QStringLiteral("新实施"),         QStringLiteral("新启动"),
            QStringLiteral("新启动建设"),     QStringLiteral("打通"),
            QStringLiteral("解决"),           QStringLiteral("安装"),
            QStringLiteral("维护检修"),       QStringLiteral("监测"),
            QStringLiteral("抽查检查"),       QStringLiteral("普及"),
            QStringLiteral("吸纳"),           QStringLiteral("协调"),
            QStringLiteral("推出"),           QStringLiteral("建立"),
            QStringLiteral("全面完成"),       QStringLiteral("新开"),
            QStringLiteral("优化调整"),       QStringLiteral("增设"),
            QStringLiteral("新开及优化调整"), QStringLiteral("招引"),
            QStringLiteral("新上"),           QStringLiteral("建好"),
            QStringLiteral("修建"),           QStringLiteral("新改建"),
            QStringLiteral("改建"),           QStringLiteral("扩建"),
            QStringLiteral("新改扩建"),       QStringLiteral("培养"),
            QStringLiteral("招聘"),           QStringLiteral("帮助"),
            QStringLiteral("救助"),           QStringLiteral("资助"),
            QStringLiteral("补贴"),           QStringLiteral("种植"),
            QStringLiteral("植树"),           QStringLiteral("修复"),
            QStringLiteral("整合"),           QStringLiteral("认定"),
            QStringLiteral("评定"),           QStringLiteral("争创"),
            QStringLiteral("申报"),           QStringLiteral("新培育"),
            QStringLiteral("落地"),           QStringLiteral("签约"),
            QStringLiteral("投放"),           QStringLiteral("减免"),
            QStringLiteral("减少"),           QStringLiteral("增加"),
            QStringLiteral("提升"),           QStringLiteral("提高"),
            QStringLiteral("惠及"),           QStringLiteral("覆盖"),
            QStringLiteral("带动"),           QStringLiteral("受益"),
        };
        std::stable_sort(v.begin(), v.end(),
                         [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return v;
    }();
    return verbs;
}

/// Adverbs and connectives dropped from the start of a name.
const QStringList &leadingFillers()
{
    static const QStringList words = {
        QStringLiteral("其中"), QStringLiteral("力争"), QStringLiteral("争取"),
        QStringLiteral("努力"), QStringLiteral("确保"), QStringLiteral("全年"),
        QStringLiteral("同时"), QStringLiteral("力求"), QStringLiteral("年内"),
        QStringLiteral("今年"), QStringLiteral("全面"), QStringLiteral("全力"),
        QStringLiteral("实现"), QStringLiteral("并"),   QStringLiteral("且"),
        QStringLiteral("和"),   QStringLiteral("及"),   QStringLiteral("与"),
        QStringLiteral("或"),   QStringLiteral("将"),
    };
    return words;
}

/// Heads of a subject list's shared noun ("第一、第二、第三|产业增加值").
const QStringList &sharedHeads()
{
    static const QStringList heads = {
        QStringLiteral("产业增加值"), QStringLiteral("增加值"), QStringLiteral("吞吐量"),
        QStringLiteral("产业规模"),   QStringLiteral("规模"),   QStringLiteral("营业收入"),
        QStringLiteral("收入"),       QStringLiteral("总额"),   QStringLiteral("投资"),
        QStringLiteral("产业"),       QStringLiteral("人数"),   QStringLiteral("数量"),
        QStringLiteral("面积"),       QStringLiteral("产量"),   QStringLiteral("覆盖率"),
        QStringLiteral("普及率"),     QStringLiteral("率"),
    };
    return heads;
}

/// The number, its range partner, and the unit: multiplier + classifier (+ "(间)") (+ "/日").
const QRegularExpression &numberPattern()
{
    static const QRegularExpression re = [] {
        QStringList classes = {
            QStringLiteral("个百分点"),    QStringLiteral("百分点"),
            QStringLiteral("平方公里"),    QStringLiteral("微克/立方米"),
            QStringLiteral("毫克/立方米"), QStringLiteral("吨标准煤"),
            QStringLiteral("平方米"),      QStringLiteral("立方米"),
            QStringLiteral("千瓦时"),      QStringLiteral("公斤"),
            QStringLiteral("千克"),        QStringLiteral("岁"),
            QStringLiteral("千瓦"),        QStringLiteral("兆瓦"),
            QStringLiteral("公里"),        QStringLiteral("千米"),
            QStringLiteral("公顷"),        QStringLiteral("标箱"),
            QStringLiteral("人次"),        QStringLiteral("家次"),
            QStringLiteral("条次"),        QStringLiteral("场次"),
            QStringLiteral("班次"),        QStringLiteral("架次"),
            QStringLiteral("车次"),        QStringLiteral("户次"),
            QStringLiteral("课时"),        QStringLiteral("美元"),
            QStringLiteral("吨"),          QStringLiteral("亩"),
            QStringLiteral("斤"),          QStringLiteral("米"),
            QStringLiteral("元"),          QStringLiteral("%"),
            QStringLiteral("‰"),           QStringLiteral("倍"),
            QStringLiteral("人"),          QStringLiteral("名"),
            QStringLiteral("位"),          QStringLiteral("户"),
            QStringLiteral("家"),          QStringLiteral("个"),
            QStringLiteral("套"),          QStringLiteral("间"),
            QStringLiteral("所"),          QStringLiteral("场"),
            QStringLiteral("列"),          QStringLiteral("台"),
            QStringLiteral("座"),          QStringLiteral("条"),
            QStringLiteral("处"),          QStringLiteral("项"),
            QStringLiteral("只"),          QStringLiteral("盏"),
            QStringLiteral("栋"),          QStringLiteral("幢"),
            QStringLiteral("辆"),          QStringLiteral("张"),
            QStringLiteral("次"),          QStringLiteral("站"),
            QStringLiteral("批"),          QStringLiteral("部"),
            QStringLiteral("件"),          QStringLiteral("份"),
            QStringLiteral("本"),          QStringLiteral("册"),
            QStringLiteral("株"),          QStringLiteral("棵"),
            QStringLiteral("头"),          QStringLiteral("天"),
            QStringLiteral("页"),          QStringLiteral("种"),
            QStringLiteral("对"),          QStringLiteral("笔"),
            QStringLiteral("宗"),          QStringLiteral("艘"),
            QStringLiteral("架"),          QStringLiteral("颗"),
            QStringLiteral("床"),          QStringLiteral("根"),
            QStringLiteral("块"),          QStringLiteral("组"),
            QStringLiteral("趟"),          QStringLiteral("班"),
            QStringLiteral("支"),          QStringLiteral("段"),
            QStringLiteral("款"),          QStringLiteral("期次"),
        };
        std::stable_sort(classes.begin(), classes.end(),
                         [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (QString &c : classes)
            c = QRegularExpression::escape(c);
        const QString pattern =
            QStringLiteral("(?<![0-9A-Za-z.+/~\\-—–])(\\d+(?:\\.\\d+)?)"
                           "(?:(?:万亿|亿|万|千)?\\s*(?:—|–|-|~|至|到)\\s*(\\d+(?:\\.\\d+)?))?"
                           "\\s*(多|余)?"
                           "(?:(万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千)?(多|余)?(%1)"
                           "((?:\\((?:间|张|套|户|个|人|处|所)\\))?)"
                           "((?:/(?:日|天|年|月|小时|时|人|生|户|床|次|个))*))?")
                .arg(classes.join(QLatin1Char('|')));
        QRegularExpression r(pattern);
        r.optimize();
        return r;
    }();
    return re;
}

/// "每两周", "每个镇": a per-period or per-place standard, not a target.
const QRegularExpression &perStandardPattern()
{
    static const QRegularExpression re(
        QStringLiteral("每(?:个|[一两二三四五六七八九十0-9]*(?:周|天|日|月|年|季度|学期))"));
    return re;
}

/// A number as the text writes it, with its unit: "1.3万亿元", "5%—6%", "百分之五点五",
/// "翻一番".
struct Figure
{
    int numStart = 0;
    int unitEnd = 0;
    double value = 0;
    bool hasRange = false;
    bool approx = false;
    bool hasUnit = false;
    bool chinese = false;
    QString unit;
    QString slashes;
};

/// "五点五" → 5.5, "二十" → 20, "三万" → 30000; -1 when it is not a number.
double chineseValue(QStringView text)
{
    double multiplier = 1;
    if (text.endsWith(u'万')) {
        multiplier = 10000;
        text.chop(1);
    }
    const qsizetype dot = text.indexOf(u'点');
    const QStringView whole = dot >= 0 ? text.left(dot) : text;
    double value = whole.isEmpty() ? 0 : ChineseNumber::parse(whole);
    if (whole == u"零" || whole == u"〇")
        value = 0;
    if (value < 0)
        return -1;
    if (dot >= 0) {
        double scale = 0.1;
        for (QChar c : text.mid(dot + 1)) {
            const int d = c == u'零' || c == u'〇' ? 0 : ChineseNumber::parse(QStringView(&c, 1));
            if (d < 0 || d > 9)
                return -1;
            value += d * scale;
            scale /= 10;
        }
    }
    return value * multiplier;
}

std::vector<Figure> figuresIn(const QString &t, int start, int end)
{
    std::vector<Figure> figures;
    const QStringView clause = QStringView(t).mid(start, end - start);
    QRegularExpressionMatchIterator it = numberPattern().globalMatch(clause);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        Figure f;
        f.numStart = start + int(m.capturedStart(1));
        int matchEnd = start + int(m.capturedEnd(0));
        while (matchEnd > f.numStart && t.at(matchEnd - 1).isSpace())
            --matchEnd;
        f.unitEnd = matchEnd;
        f.value = m.captured(1).toDouble();
        f.hasRange = m.capturedLength(2) > 0;
        f.approx = m.capturedLength(3) > 0 || m.capturedLength(5) > 0;
        f.slashes = m.captured(8);
        f.unit = m.captured(4) + m.captured(6) + m.captured(7) + f.slashes;
        f.hasUnit = m.capturedLength(6) > 0;
        if (!f.hasUnit) {
            f.approx = false;
            f.unitEnd = start + int(m.capturedEnd(1));
            if (f.hasRange)
                f.unitEnd = start + int(m.capturedEnd(2));
        }
        figures.push_back(f);
    }
    // Chinese numerals where they state a target: "增长百分之五", "提高两个百分点", "新增就业
    // 五万人", "翻一番" (a growth of 100%). Only after a verb that bounds a figure (checked by
    // the caller through the word before), and never as the names they also make (一批, 两个
    // 毫不动摇, 三大工程): the units here are measures, not classifiers.
    static const QRegularExpression percentWords(
        QStringLiteral("百分之([零〇一二两三四五六七八九十]+(?:点[零〇一二三四五六七八九]+)?)"));
    static const QRegularExpression measureWords(QStringLiteral(
        "(?<![零〇一二两三四五六七八九十百千万])([零〇一二两三四五六七八九十百千]+(?:点["
        "零〇一二三四五六"
        "七八九]+)?)(万亿|亿|万)?(个百分点|百分点|倍|人次|人|户|元|公里|亩|吨|斤|所|家|座|套)"));
    static const QRegularExpression doubling(QStringLiteral("翻([一两三])番"));
    auto add = [&](const QRegularExpressionMatch &m, double value, const QString &unit,
                   int numberGroup) {
        Figure f;
        f.numStart = start + int(m.capturedStart(numberGroup));
        f.unitEnd = start + int(m.capturedEnd(0));
        f.value = value;
        f.unit = unit;
        f.hasUnit = true;
        f.chinese = true;
        for (const Figure &g : figures) {
            if (f.numStart < g.unitEnd && g.numStart < f.unitEnd)
                return;
        }
        figures.push_back(f);
    };
    for (auto i = percentWords.globalMatch(clause); i.hasNext();) {
        const QRegularExpressionMatch m = i.next();
        const double v = chineseValue(m.capturedView(1));
        if (v > 0)
            add(m, v, QStringLiteral("%"), 0);
    }
    for (auto i = measureWords.globalMatch(clause); i.hasNext();) {
        const QRegularExpressionMatch m = i.next();
        if (m.capturedStart(0) >= 3 && clause.mid(m.capturedStart(0) - 3, 3) == u"百分之")
            continue;
        const double v = chineseValue(m.capturedView(1));
        const bool measure = m.capturedLength(2) > 0 || m.capturedView(3).contains(u'百') ||
                             m.capturedView(3) == u"倍";
        if (v > 1 || (v == 1 && measure))
            add(m, v, m.captured(2) + m.captured(3), 1);
    }
    for (auto i = doubling.globalMatch(clause); i.hasNext();) {
        const QRegularExpressionMatch m = i.next();
        const int times = m.capturedView(1) == u"一" ? 1 : m.capturedView(1) == u"两" ? 2 : 3;
        add(m, 100.0 * ((1 << times) - 1), QStringLiteral("%"), 0);
    }
    std::sort(figures.begin(), figures.end(),
              [](const Figure &a, const Figure &b) { return a.numStart < b.numStart; });
    return figures;
}

/// A unit that counts things (个, 家, 万户), not one that measures (亿元, 万吨, %).
bool isClassifier(const QString &unit)
{
    static const QString classifiers = QStringLiteral(
        "个家所项座条处套台批件名人户场列栋幢辆张次站部份本株棵头种对笔宗艘架颗根块组"
        "趟班支段款位盏间只");
    QString u = unit;
    if (u.startsWith(u'万') || u.startsWith(u'千'))
        u.remove(0, 1);
    return u.size() == 1 && classifiers.contains(u.at(0));
}

bool isListSeparator(QChar c)
{
    return c == u'、' || c == u'和' || c == u'及' || c == u'与';
}

/// Characters after a figure that end its item ("…70个、…", "…6个及…").
bool endsItem(QChar c)
{
    return isListSeparator(c) || c == u'并' || c == u'且' || c == u'或' || c == u')' || c == u'(' ||
           c == u'”' || c == u'"' || c.isSpace();
}

bool isPercentLike(const QString &unit)
{
    return unit == QLatin1String("%") || unit == QStringLiteral("个百分点") ||
           unit == QStringLiteral("百分点") || unit == QStringLiteral("倍") ||
           unit == QStringLiteral("‰");
}

struct Range
{
    int start = 0;
    int end = 0;
    bool isEmpty() const { return end <= start; }
    int size() const { return end - start; }
};

} // namespace

struct TargetExtractor::Candidate
{
    int numStart = 0;
    int unitEnd = 0;    ///< end of number + unit
    int postEnd = 0;    ///< end of 以上/左右/以内 when present, else unitEnd
    int preStart = 0;   ///< start of the word before the number (or numStart)
    int listStart = -1; ///< start of 分别/各 when the figure belongs to a list
    double value = 0;
    bool hasRange = false;
    bool approx = false; ///< 多/余
    QString unit;
    Pre pre = Pre::None;
    QString preText;
    Post post = Post::None;
    bool preNoun = false; ///< the figure counts the noun after it: "启动100个新市镇改造提升"
    bool chinese = false; ///< written in Chinese numerals: 百分之五, 增长一倍
    bool skip = false;
};

namespace {

class ClauseReader
{
public:
    ClauseReader(const QString &source, const QString &text) : src(source), t(text) {}

    QStringView view(Range r) const { return QStringView(t).mid(r.start, r.size()); }
    QString sourceText(Range r) const { return src.mid(r.start, r.size()); }

    bool startsWith(int pos, int end, const QString &word) const
    {
        return pos + word.size() <= end && QStringView(t).mid(pos, word.size()) == word;
    }

    /// Drops spaces, separators and filler words at the start and spaces and 的 at the end.
    Range trim(Range r, bool dropFillers) const
    {
        bool changed = true;
        while (changed && !r.isEmpty()) {
            changed = false;
            while (!r.isEmpty()) {
                const QChar c = t.at(r.start);
                if (c.isSpace() || c == u'、' || c == u',' || c == u';' || c == u':' ||
                    c == u'。' || c == u'和' || c == u'及' || c == u'与' || c == u'并' ||
                    c == u'且' || c == u'或') {
                    ++r.start;
                    changed = true;
                } else {
                    break;
                }
            }
            if (!dropFillers)
                continue;
            for (const QString &w : leadingFillers()) {
                if (startsWith(r.start, r.end, w) && r.size() > w.size() + 1) {
                    r.start += w.size();
                    changed = true;
                    break;
                }
            }
        }
        static const QStringList trailing = {
            QStringLiteral("比上年"), QStringLiteral("较上年"), QStringLiteral("比去年"),
            QStringLiteral("较去年"), QStringLiteral("同比"),   QStringLiteral("年均"),
            QStringLiteral("分别"),   QStringLiteral("预计"),   QStringLiteral("力争"),
            QStringLiteral("同口径"), QStringLiteral("可比价"), QStringLiteral("按可比价格计算"),
        };
        for (bool again = true; again && !r.isEmpty();) {
            again = false;
            for (const QString &w : trailing) {
                if (r.size() >= w.size() && view(r).endsWith(w)) {
                    r.end -= int(w.size());
                    again = true;
                }
            }
        }
        while (!r.isEmpty()) {
            const QChar c = t.at(r.end - 1);
            if (c.isSpace() || c == u'的' || c == u'、' || c == u',' || c == u'为' || c == u'是' ||
                c == u'均' || c == u'共' || c == u'在' || c == u'再') {
                --r.end;
            } else {
                break;
            }
        }
        return r;
    }

    int leadingVerbLength(Range r, bool allowWhole = false) const
    {
        for (const QString &v : leadingVerbs()) {
            if (startsWith(r.start, r.end, v) && (r.size() > v.size() || allowWhole))
                return int(v.size());
        }
        return 0;
    }

    /// The first verb anywhere in r ("依托…驿站服务…" → "服务"), as a range.
    Range firstVerb(Range r) const
    {
        for (int p = r.start; p < r.end; ++p) {
            const int len = leadingVerbLength({p, r.end}, true);
            if (len == 0)
                continue;
            // "创新开展": the verb that overlaps the end of this one ("开展") is the real one.
            for (int q = p + 1; q < p + len; ++q) {
                const int len2 = leadingVerbLength({q, r.end}, true);
                if (len2 > 0 && q + len2 > p + len)
                    return {q, q + len2};
            }
            return {p, p + len};
        }
        return {};
    }

    /// Splits at 、(and optionally 和/及/与) outside quotes and brackets.
    std::vector<Range> splitList(Range r, bool withConjunctions) const
    {
        std::vector<Range> parts;
        int depth = 0;
        int from = r.start;
        for (int i = r.start; i < r.end; ++i) {
            const QChar c = t.at(i);
            if (c == u'“' || c == u'(' || c == u'《' || c == u'「')
                ++depth;
            else if ((c == u'”' || c == u')' || c == u'》' || c == u'」') && depth > 0)
                --depth;
            else if (depth == 0 && (c == u'、' || (withConjunctions && isListSeparator(c)))) {
                if (i > from)
                    parts.push_back({from, i});
                from = i + 1;
            }
        }
        if (r.end > from)
            parts.push_back({from, r.end});
        return parts;
    }

    /// Position of the last 等 ("…等") outside quotes, or -1.
    int lastEtc(Range r) const
    {
        int depth = 0;
        int found = -1;
        for (int i = r.start; i < r.end; ++i) {
            const QChar c = t.at(i);
            if (c == u'“' || c == u'(')
                ++depth;
            else if ((c == u'”' || c == u')') && depth > 0)
                --depth;
            else if (depth == 0 && c == u'等') {
                const QChar next = i + 1 < r.end ? t.at(i + 1) : QChar();
                const QChar prev = i > r.start ? t.at(i - 1) : QChar();
                static const QString notEtc =
                    QStringLiteral("平对同均甲乙丙丁特优一二三四高中初上下次");
                if (next != u'级' && next != u'待' && next != u'同' && !notEtc.contains(prev))
                    found = i;
            }
        }
        return found;
    }

    /// Keeps the last of several actions ("实施…工程、新增贸易主体" → "新增贸易主体").
    Range lastAction(Range r) const
    {
        const std::vector<Range> parts = splitList(r, false);
        if (parts.size() < 2)
            return r;
        const Range last = parts.back();
        bool longBefore = false;
        for (size_t i = 0; i + 1 < parts.size(); ++i)
            longBefore = longBefore || parts[i].size() > 4;
        if (longBefore && leadingVerbLength(last, true) > 0)
            return last;
        return r;
    }

    /// The name of a figure that closes its item ("新建天府绿道|1000公里").
    std::vector<Range> nameBefore(Range raw) const
    {
        Range r = trim(raw, true);
        if (r.isEmpty())
            return {};
        const int etc = r.size() > 12 ? lastEtc(r) : -1;
        if (etc >= 0) {
            const Range after = trim({etc + 1, r.end}, false);
            if (after.size() >= 2) {
                if (leadingVerbLength(after) > 0)
                    return {after};
                const Range verb = firstVerb({r.start, etc});
                if (!verb.isEmpty())
                    return {verb, after};
                return {after};
            }
            Range before{r.start, etc};
            if (!before.isEmpty() && t.at(before.end - 1) == u'”') {
                const int open = t.lastIndexOf(u'“', before.end - 1);
                if (open > before.start)
                    before.end = open;
            }
            before = trim(before, false);
            if (!before.isEmpty())
                return {lastAction(before)};
            return {r};
        }
        return {lastAction(r)};
    }

    /// The verb part of a figure that counts the noun after it ("启动|100个|新市镇改造提升").
    std::vector<Range> verbBefore(Range raw) const
    {
        Range r = trim(raw, true);
        if (r.isEmpty())
            return {};
        const int etc = lastEtc(r);
        if (etc >= 0) {
            const Range verb = firstVerb({r.start, etc});
            if (!verb.isEmpty())
                return {verb};
            return {};
        }
        return {lastAction(r)};
    }

    QString join(const std::vector<Range> &pieces) const
    {
        QString s;
        for (const Range &p : pieces)
            s += sourceText(p);
        return s;
    }

    const QString &src;
    const QString &t;
};

} // namespace

TargetExtractor::TargetExtractor(const QString &source, const QString &normalized)
    : m_source(source), m_text(normalized)
{
}

std::vector<ExtractedTarget> TargetExtractor::extract(int from, int to,
                                                      std::vector<ExtractedTarget> *dropped) const
{
    std::vector<ExtractedTarget> all;
    from = std::max(0, from);
    to = std::min(int(m_text.size()), to);
    QString lastSubject;
    int clauseStart = from;
    int sentenceStart = from;
    int quoteDepth = 0;
    for (int i = from; i < to; ++i) {
        const QChar c = m_text.at(i);
        if (c == u'“')
            ++quoteDepth;
        else if (c == u'”' && quoteDepth > 0)
            --quoteDepth;
        const bool hardStop = c == u'。' || c == u'\n' || c == u';' || c == u'!' || c == u'?';
        const bool softStop = c == u',' || c == u':';
        if (hardStop || (softStop && quoteDepth == 0)) {
            if (i > clauseStart)
                extractClause(clauseStart, i, sentenceStart, &all, &lastSubject);
            clauseStart = i + 1;
            if (hardStop) {
                quoteDepth = 0;
                sentenceStart = i + 1;
                if (c != u';')
                    lastSubject.clear();
            }
        }
    }
    if (to > clauseStart)
        extractClause(clauseStart, to, sentenceStart, &all, &lastSubject);
    foldStretch(&all);
    std::vector<ExtractedTarget> out;
    for (ExtractedTarget &e : all) {
        if (e.doubt.isEmpty())
            out.push_back(std::move(e));
        else if (dropped)
            dropped->push_back(std::move(e));
    }
    return out;
}

QString TargetExtractor::doubtOf(int sentenceStart, int numStart) const
{
    // A figure the sentence gives as a forecast ("预计今年城镇新增就业超过1170万人") or as done
    // ("已建成5G基站3万个", "去年完成投资1500亿元"), unless a later clause turns to this year's
    // plan ("去年完成1500亿元,今年力争完成2000亿元").
    static const QRegularExpression doubtful(QStringLiteral(
        "(预计|初步核算|初步统计|据测算)|((?<![比较与同])去年|过去[一二三四五]年|上一年|已经|"
        "已(?=[\\x{4e00}-\\x{9fff}])(?![于达至及经])(?![\\x{4e00}-\\x{9fff}]{1,3}的)|累计完成|"
        "共完成|(?:19|20)\\d{2}年(?:底|末)(?:已|累计))"));
    static const QRegularExpression turn(
        QStringLiteral("[,;:]\\s*(?:今年|明年|年内|全年|力争|确保|争取|计划|要|将|并将|我们将)"));
    const QStringView sentence = QStringView(m_text).mid(sentenceStart, numStart - sentenceStart);
    QRegularExpressionMatch last;
    for (auto it = doubtful.globalMatch(sentence); it.hasNext();)
        last = it.next();
    if (!last.hasMatch())
        return {};
    if (turn.match(sentence.mid(last.capturedEnd(0))).hasMatch())
        return {};
    return last.capturedLength(1) > 0 ? QStringLiteral("forecast") : QStringLiteral("past");
}

void TargetExtractor::foldStretch(std::vector<ExtractedTarget> *targets) const
{
    static const QRegularExpression striving(
        QStringLiteral("^\\s*[、,]?\\s*(?:并|甚至)?\\s*(?:力争|争取|努力)(?:达到|实现|增长到|"
                       "增长至|增长|提高到|提高至|提升到|"
                       "提升至|提高|突破|超过|达)?\\s*$"));
    std::vector<ExtractedTarget> out;
    for (ExtractedTarget &e : *targets) {
        if (!out.empty() && e.doubt.isEmpty() && out.back().doubt.isEmpty() &&
            !out.back().stretch && e.unit == out.back().unit && e.value > out.back().value &&
            e.valueStart >= out.back().snippetEnd) {
            const QStringView gap = QStringView(m_text).mid(out.back().snippetEnd,
                                                            e.valueStart - out.back().snippetEnd);
            if (striving.match(gap).hasMatch()) {
                ExtractedTarget &base = out.back();
                base.stretch = e.value;
                base.snippetEnd = std::max(base.snippetEnd, e.snippetEnd);
                base.snippet = m_source.mid(base.snippetStart, base.snippetEnd - base.snippetStart);
                continue;
            }
        }
        out.push_back(std::move(e));
    }
    *targets = std::move(out);
}

namespace {

void classify(ExtractedTarget *t, Pre pre, Post post, bool range, bool approx)
{
    const bool pct = isPercentLike(t->unit);
    static const QStringList levelEndings = {
        QStringLiteral("率"),   QStringLiteral("占比"), QStringLiteral("比重"),
        QStringLiteral("比例"), QStringLiteral("指数"), QStringLiteral("水平"),
    };
    static const QStringList growthEndings = {
        QStringLiteral("增速"),
        QStringLiteral("增幅"),
        QStringLiteral("增长率"),
        QStringLiteral("涨幅"),
    };
    bool levelName = false;
    for (const QString &e : levelEndings)
        levelName = levelName || t->name.endsWith(e);
    bool growthName = false;
    for (const QString &e : growthEndings)
        growthName = growthName || t->name.endsWith(e);

    if (pre == Pre::Control || pre == Pre::AtMost || pre == Pre::LowerTo ||
        t->name.endsWith(QStringLiteral("失业率")))
        t->kind = IndicatorKind::Cap;
    else if ((pre == Pre::Growth || pre == Pre::Decline || pre == Pre::Raise || growthName) && pct)
        t->kind = IndicatorKind::Growth;
    else if (pre == Pre::Reach || pre == Pre::Keep || t->unit == QLatin1String("%") ||
             t->unit == QStringLiteral("‰") || levelName)
        t->kind = IndicatorKind::Level;
    else
        t->kind = IndicatorKind::Count;

    if (post == Post::About)
        t->comparator = Comparator::About;
    else if (post == Post::AtLeast)
        t->comparator = Comparator::AtLeast;
    else if (post == Post::AtMost)
        t->comparator = Comparator::AtMost;
    else if (range || approx)
        t->comparator = Comparator::AtLeast;
    else {
        switch (pre) {
        case Pre::AtLeast:
        case Pre::Reach:
            t->comparator = Comparator::AtLeast;
            break;
        case Pre::About:
            t->comparator = Comparator::About;
            break;
        case Pre::AtMost:
        case Pre::LowerTo:
        case Pre::Control:
            t->comparator = Comparator::AtMost;
            break;
        default:
            t->comparator = Comparator::Exactly;
        }
    }
    if (t->comparator == Comparator::Exactly && t->unit == QLatin1String("%") && t->value == 100.0)
        t->comparator = Comparator::AtLeast;
}

} // namespace

void TargetExtractor::extractClause(int start, int end, int sentenceStart,
                                    std::vector<ExtractedTarget> *out, QString *lastSubject) const
{
    const QString &t = m_text;
    const ClauseReader reader(m_source, m_text);
    const QString clause = t.mid(start, end - start);

    // Pass 1: every number with a unit, with the words around it.
    std::vector<Candidate> cands;
    for (const Figure &f : figuresIn(t, start, end)) {
        Candidate c;
        c.numStart = f.numStart;
        c.unitEnd = f.unitEnd;
        c.value = f.value;
        c.hasRange = f.hasRange;
        c.approx = f.approx;
        c.chinese = f.chinese;
        const QString &slashes = f.slashes;
        c.unit = f.unit;
        const bool hasUnit = f.hasUnit;

        // "5%—6%", "3万—5万人": a range written with the unit on both ends.
        if (hasUnit) {
            static const QRegularExpression secondEnd(
                QStringLiteral("^\\s*(?:—|–|-|~|至|到)\\s*\\d+(?:\\.\\d+)?\\s*"));
            const QRegularExpressionMatch r2 =
                secondEnd.match(QStringView(t).mid(c.unitEnd, end - c.unitEnd));
            if (r2.hasMatch()) {
                const int afterNumber = c.unitEnd + int(r2.capturedLength(0));
                if (QStringView(t).mid(afterNumber, end - afterNumber).startsWith(c.unit)) {
                    c.hasRange = true;
                    c.unitEnd = afterNumber + int(c.unit.size());
                }
            }
        }
        // Not a figure: ordinals (第3位, 前10), per-head standards (1000元/生/年), ages.
        const QChar before = c.numStart > start ? t.at(c.numStart - 1) : QChar();
        if (before == u'第' || before == u'前' || c.unit.endsWith(u'岁'))
            c.skip = true;
        if (slashes.contains(u'生') || slashes.contains(u'人') || slashes.contains(u'户') ||
            slashes.contains(u'床') || slashes.count(u'/') > 1)
            c.skip = true;
        // Glued to letters, digits or '+': 5G, 1+1+6, 6.0.1.
        const QChar next = c.unitEnd < end ? t.at(c.unitEnd) : QChar();
        const bool cjkUnit = !c.unit.isEmpty() && c.unit.back().unicode() >= 0x3000;
        if (next.isLetterOrNumber() && next.unicode() < 128 && !(next.isDigit() && cjkUnit))
            c.skip = true;
        if (next == u'+' || (next == u'.' && c.unitEnd + 1 < end && t.at(c.unitEnd + 1).isDigit()))
            c.skip = true;

        // The word before.
        int p = c.numStart;
        while (p > start && t.at(p - 1).isSpace())
            --p;
        c.preStart = p;
        for (const Word &w : preWords()) {
            if (p - w.text.size() >= start &&
                QStringView(t).mid(p - w.text.size(), w.text.size()) == w.text) {
                c.pre = Pre(w.kind);
                c.preText = w.text;
                c.preStart = p - int(w.text.size());
                break;
            }
        }
        if (c.chinese && t.at(c.numStart) == u'翻') {
            c.pre = Pre::Growth; // 翻一番: a growth of 100%
            c.preText = QStringLiteral("增长");
        } else if (c.chinese && (c.pre == Pre::None || c.pre == Pre::Each) &&
                   QStringView(t).mid(c.numStart, 3) != QStringLiteral("百分之")) {
            c.skip = true; // 一个中心, 千亿斤粮食产能: Chinese numerals state a target after a verb
        }
        if (c.pre == Pre::Each) {
            c.listStart = c.preStart;
        } else if (c.pre != Pre::None && c.preStart - 2 >= start &&
                   (QStringView(t).mid(c.preStart - 2, 2) == QStringLiteral("分别"))) {
            c.listStart = c.preStart - 2;
        }

        // The word after.
        int q = c.unitEnd;
        while (q < end && t.at(q).isSpace())
            ++q;
        c.postEnd = c.unitEnd;
        for (const Word &w : postWords()) {
            if (reader.startsWith(q, end, w.text)) {
                c.post = Post(w.kind);
                c.postEnd = q + int(w.text.size());
                break;
            }
        }
        const QChar after = c.postEnd < end ? t.at(c.postEnd) : QChar();
        // "改造老旧小区716个26.95万户": a figure followed by another counts no noun.
        c.preNoun = c.postEnd < end && !endsItem(after) && !after.isDigit();
        // "30万吨级航道", "5A级景区": a grade, not a figure.
        if (after == u'级' && c.postEnd == c.unitEnd)
            c.skip = true;

        if (!hasUnit) {
            // A bare number is a target only after a bounding verb and at the end of its item:
            // "居民消费价格指数控制在103左右".
            const bool bounded = c.pre == Pre::Control || c.pre == Pre::Reach ||
                                 c.pre == Pre::Keep || c.pre == Pre::AtMost ||
                                 c.pre == Pre::LowerTo;
            if (!bounded || c.preNoun || c.hasRange)
                c.skip = true;
        }
        // A qualifier of the noun after it: "30亿元以上项目", "10万元以下的村", "年销售收入超10
        // 亿元龙头企业"; but a count of it when the unit is a classifier ("实施5个以上重大专项").
        if (c.preNoun && !isClassifier(c.unit) &&
            (c.post == Post::AtLeast || c.post == Post::AtMost ||
             (c.preText.startsWith(u'超') && c.post == Post::None && !isPercentLike(c.unit))))
            c.skip = true;
        if (c.preNoun && isClassifier(c.unit) && c.post != Post::None && c.pre == Pre::AtLeast)
            c.skip = true; // 超过100家以上企业: a qualifier either way
        if (c.value <= 0)
            c.skip = true;
        cands.push_back(c);
    }
    if (cands.empty())
        return;

    auto nextKept = [&](size_t i) -> int {
        for (size_t j = i + 1; j < cands.size(); ++j) {
            if (!cands[j].skip)
                return int(j);
        }
        return -1;
    };
    // Where the noun counted by a pre-noun figure ends.
    auto suffixEnd = [&](size_t i) -> int {
        const Candidate &c = cands[i];
        const int nk = nextKept(i);
        if (nk < 0)
            return end;
        for (int k = c.postEnd; k < cands[nk].numStart; ++k) {
            if (isListSeparator(t.at(k)))
                return k;
        }
        return cands[nk].preStart;
    };

    static const QStringList descriptive = {
        QStringLiteral("全省"), QStringLiteral("全市"), QStringLiteral("全国"),
        QStringLiteral("全区"), QStringLiteral("全县"), QStringLiteral("全州"),
        QStringLiteral("我市"), QStringLiteral("全球"),
    };
    static const QStringList abstractNouns = {
        QStringLiteral("方向"), QStringLiteral("领域"), QStringLiteral("方面"),
        QStringLiteral("环节"), QStringLiteral("维度"), QStringLiteral("原则"),
    };

    // Pass 2: names, comparators, kinds.
    int regionStart = start;
    QString carriedVerb;
    QString listVerb;
    for (size_t i = 0; i < cands.size(); ++i) {
        Candidate &c = cands[i];
        if (c.skip)
            continue;
        const int nameEnd = c.listStart >= 0 ? c.listStart : c.preStart;
        const Range raw{regionStart, nameEnd};
        const QString rawText = t.mid(raw.start, raw.size());

        bool skip = false;
        if (perStandardPattern().match(rawText).hasMatch())
            skip = true; // 每两周不低于1课时, 每个镇至少…1家
        if (rawText.contains(u'按') && clause.contains(QStringLiteral("标准")))
            skip = true; // 按…标准
        if (c.value == 1.0 && reader.trim(raw, true).size() > 0 &&
            t.at(reader.trim(raw, true).start) == u'为')
            skip = true; // 为…老年人购买意外伤害保险1份
        Range suffix;
        if (c.preNoun) {
            suffix = reader.trim({c.postEnd, suffixEnd(i)}, false);
            for (const QString &d : descriptive)
                skip = skip || rawText.endsWith(d);
            for (const QString &a : abstractNouns)
                skip = skip || reader.view(suffix).contains(a);
            if (suffix.isEmpty())
                skip = true;
        }
        if (skip)
            continue;

        const Range snippetHead = reader.trim(raw, false);
        int snippetStart = snippetHead.isEmpty() ? c.numStart : snippetHead.start;
        if (c.listStart >= 0 && snippetHead.isEmpty())
            snippetStart = c.listStart;

        auto addTarget = [&](const QString &name, const Candidate &fig, Post post, int sStart,
                             int sEnd) {
            ExtractedTarget e;
            e.value = fig.value;
            e.unit = fig.unit;
            e.name = name;
            classify(&e, fig.pre, post, fig.hasRange, fig.approx);
            if (e.name.isEmpty())
                e.name = m_source.mid(sStart, sEnd - sStart);
            e.snippetStart = sStart;
            e.snippetEnd = sEnd;
            e.snippet = m_source.mid(sStart, sEnd - sStart);
            e.valueStart = fig.numStart;
            e.doubt = doubtOf(sentenceStart, fig.numStart);
            out->push_back(e);
        };
        auto decorate = [&](QString subject, const Candidate &fig) {
            const bool pct = isPercentLike(fig.unit);
            if (fig.pre == Pre::Decline ||
                ((fig.pre == Pre::Raise || fig.pre == Pre::Growth) && !pct))
                subject += fig.preText;
            return subject;
        };

        if (c.listStart >= 0) {
            // "第一、第二、第三产业增加值分别增长2%、5.5%和6.5%", "先行村、重点村各50个".
            std::vector<size_t> group{i};
            if (c.pre != Pre::Each) {
                for (size_t j = i + 1; j < cands.size(); ++j) {
                    const Candidate &cj = cands[j];
                    if (cj.skip || cj.preNoun)
                        break;
                    const int gapStart = cands[group.back()].postEnd;
                    const int gapEnd = cj.pre == c.pre ? cj.preStart : cj.numStart;
                    if (gapEnd < gapStart)
                        break;
                    const QString gap = t.mid(gapStart, gapEnd - gapStart).trimmed();
                    if (!gap.isEmpty() && !(gap.size() == 1 && isListSeparator(gap.at(0))))
                        break;
                    if (cj.pre != Pre::None && cj.pre != c.pre)
                        break;
                    group.push_back(j);
                }
            }
            const Range subjectRange = reader.trim(raw, true);
            std::vector<Range> subjects = reader.splitList(subjectRange, true);
            const Post lastPost = cands[group.back()].post;
            const int sEnd = cands[group.back()].postEnd;
            // The head noun the subjects share, taken from the last one.
            QString head;
            // "城镇、农村居民人均可支配收入": short qualifiers of one length before it share all
            // the last one says after its own qualifier.
            bool shortHeads = subjects.size() > 1;
            for (size_t k = 0; k + 1 < subjects.size(); ++k)
                shortHeads = shortHeads && subjects[k].size() <= 3 &&
                             subjects[k].size() == subjects.front().size();
            if (shortHeads && subjects.back().size() > subjects.front().size() + 1)
                head = m_source.mid(subjects.back().start + subjects.front().size(),
                                    subjects.back().size() - subjects.front().size());
            if (subjects.size() > 1 && head.isEmpty()) {
                const QStringView last = reader.view(subjects.back());
                for (int p = 1; p + 1 < last.size() && head.isEmpty(); ++p) {
                    for (const QString &h : sharedHeads()) {
                        if (last.mid(p).startsWith(h)) {
                            head =
                                m_source.mid(subjects.back().start + p, subjects.back().size() - p);
                            break;
                        }
                    }
                }
            }
            auto subjectName = [&](size_t k) {
                QString s = reader.sourceText(subjects[k]);
                if (!head.isEmpty() && !reader.view(subjects[k])
                                            .endsWith(QStringView(t).mid(
                                                subjects.back().end - head.size(), head.size())))
                    s += head;
                return s;
            };
            const QString whole = reader.join(reader.nameBefore(raw));
            // "城乡居民收入分别增长6%和7%": town first, then country.
            if (subjects.size() == 1 && group.size() == 2 && c.pre != Pre::Each &&
                whole.contains(QStringLiteral("城乡"))) {
                for (size_t g = 0; g < 2; ++g) {
                    Candidate fig = cands[group[g]];
                    if (fig.pre == Pre::None) {
                        fig.pre = c.pre;
                        fig.preText = c.preText;
                    }
                    QString name = whole;
                    name.replace(QStringLiteral("城乡"),
                                 g == 0 ? QStringLiteral("城镇") : QStringLiteral("农村"));
                    addTarget(decorate(name, fig), fig,
                              fig.post == Post::None ? lastPost : fig.post, snippetStart, sEnd);
                }
                *lastSubject = whole;
                regionStart = sEnd;
                i = group.back();
                carriedVerb.clear();
                continue;
            }
            if (c.pre == Pre::Each && subjects.size() > 1) {
                for (size_t k = 0; k < subjects.size(); ++k)
                    addTarget(decorate(subjectName(k), c), c, c.post, snippetStart, c.postEnd);
            } else {
                for (size_t g = 0; g < group.size(); ++g) {
                    Candidate fig = cands[group[g]];
                    if (fig.pre == Pre::None) {
                        fig.pre = c.pre;
                        fig.preText = c.preText;
                    }
                    QString name = subjects.size() == group.size() ? subjectName(g) : whole;
                    if (name.isEmpty())
                        name = *lastSubject;
                    addTarget(decorate(name, fig), fig,
                              fig.post == Post::None ? lastPost : fig.post, snippetStart, sEnd);
                }
            }
            if (!whole.isEmpty())
                *lastSubject = whole;
            regionStart = sEnd;
            i = group.back();
            carriedVerb.clear();
            continue;
        }

        if (c.preNoun) {
            // "启动100个新市镇改造提升", "打造5个行业级、2个区域级子虚拟电厂".
            QString verb = reader.join(reader.verbBefore(raw));
            if (verb.isEmpty())
                verb = carriedVerb;
            else
                carriedVerb = verb;
            QString noun = reader.sourceText(suffix);
            if (noun.endsWith(u'级')) {
                const int nk = nextKept(i);
                if (nk >= 0 && cands[nk].preNoun) {
                    const Range nextSuffix = reader.trim({cands[nk].postEnd, suffixEnd(nk)}, false);
                    const int lvl = int(reader.view(nextSuffix).indexOf(u'级'));
                    if (lvl >= 0 && lvl + 1 < nextSuffix.size())
                        noun +=
                            m_source.mid(nextSuffix.start + lvl + 1, nextSuffix.size() - lvl - 1);
                }
            }
            if (noun.startsWith(u'的'))
                noun.remove(0, 1);
            const QString name = verb + noun;
            addTarget(name, c, c.post, snippetStart, suffix.end);
            *lastSubject = name;
            regionStart = suffix.end;
            continue;
        }

        QString subject = reader.join(reader.nameBefore(raw));
        if (subject.isEmpty())
            subject = *lastSubject;
        // A plain list goes on with the verb of its first item: "建设充电场站240座、换电站60座".
        const bool continuesList = regionStart > start && t.at(regionStart) == u'、';
        if (continuesList && c.pre == Pre::None && !listVerb.isEmpty() && !subject.isEmpty() &&
            reader.leadingVerbLength(reader.trim(raw, true), true) == 0)
            subject = listVerb + subject;
        addTarget(decorate(subject, c), c, c.post, snippetStart, c.postEnd);
        if (!subject.isEmpty())
            *lastSubject = subject;
        {
            const std::vector<Range> pieces = reader.nameBefore(raw);
            const int verb = pieces.empty() ? 0 : reader.leadingVerbLength(pieces.front());
            if (!continuesList)
                listVerb =
                    verb > 0
                        ? reader.sourceText({pieces.front().start, pieces.front().start + verb})
                        : QString();
        }
        regionStart = c.postEnd;
        carriedVerb.clear();
    }
}

} // namespace pd
