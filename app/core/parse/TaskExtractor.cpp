#include "parse/TaskExtractor.h"

#include "parse/ChineseNumber.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace pd {

namespace {

QStringList longestFirst(QStringList words)
{
    std::stable_sort(words.begin(), words.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    words.removeDuplicates();
    return words;
}

/// The verbs a commitment is made with: to build, do, set up, improve, keep, hold, run…
const QStringList &verbs()
{
    static const QStringList words = longestFirst(
        QString::fromUtf8(
            "建设 开行 普及 赋予 备战 迎战 领会 领悟 树立 推进 实施 开工 建成 出台 完成 打造 新增 "
            "开展 深化 "
            "加快 "
            "支持 培育 推动 促进 加强 强化 "
            "完善 健全 建立 构建 提升 提高 扩大 落实 优化 发展 实现 新建 改造 改扩建 新改建 新开工 "
            "启动 举办 办好 引进 引育 招引 争取 争创 创建 实行 推行 组织 制定 修订 编制 开通 投运 "
            "保障 保持 稳定 稳住 巩固 拓展 拓宽 做强 做优 做大 做实 做好 做精 做深 抓好 抓实 抓紧 "
            "用好 用活 坚持 统筹 聚焦 围绕 加大 加速 推广 探索 鼓励 引导 规范 整治 治理 防范 化解 "
            "守住 筑牢 确保 力争 增加 减少 降低 控制 严格 严守 严控 严厉 增强 激发 释放 畅通 贯通 "
            "打通 延伸 布局 谋划 部署 设立 成立 组建 召开 承办 筹办  帮助 解决 签约 引领 带动 "
            "壮大 振兴  弘扬 传承  修复 改善 营造 提供 发放 兑现 补齐 织密 深耕 聚力 赋能 "
            "升级 迭代 上线 改建 扩建 续建 清理 种植 造林 植树 培训 安置 救助 提质 扩容 增效 达到 "
            "突破 超过 开发 建好 管好 坚定 做到 锻造 锤炼 践行 牢记 永葆 依法 自觉 大兴 树牢 落细 "
            "夯实 盘活 搭建  集聚 吸引 承接 融入 对接 参与 共建 共享 发挥 释放 满足 健全  "
            "减轻 取消 放宽 放开 清退 淘汰 整合 重组 压减 压降 压实 压紧 节约 实行 倡导 建好 用足 "
            "接续 衔接     增设 增建 增开 新设 新开 新培育 新引进 新认定 新招引 "
            "认定   举行 推出   收储 提速         "
            "建起 创办 打响 打好 打赢 擦亮 唱响 办成 办实    稳岗 扩岗 帮扶   "
            " 减免 延续  开设 开辟 开拓  抢抓 抢占 争当 争做 当好 勇当 助力 助推 推广 "
            "推进 健全 加固 修缮 提档 改善 整改 查处 打击 惩治 遏制 消除 防控   管控 "
            "     培优 育强     贯彻  弘扬 深入开展 "
            "增长 下降 减排 提升至 提高到 控制在 稳定在 保持在 降至 增至")
            .split(u' ', Qt::SkipEmptyParts));
    return words;
}

/// Words that may stand before a clause's verb: adverbs, subjects, ordinal markers, times.
const QStringList &adverbs()
{
    static const QStringList words = longestFirst(
        QString::fromUtf8(
            "我们 共同 联合 联动 要 将 还 并 并且 同时 此外 另外 进一步 继续 不断 努力 积极 主动 "
            "坚决 扎实 稳步 "
            "有序 有效 高质量 高水平 高标准 高效 更好 更加 更大力度 重点 着重 率先 全年 年内 今年 "
            "明年 基本 全部 全力 全面 大力 深入 切实 着力 持续 力争 确保 争取 加快 一体 协同 同步 "
            "统筹 系统 集中 分类 精准 全域 全链条 全方位 一批 再 新 都要 必须 务必 全市 全省 全区 "
            "市级 省级 各级 年底前 年底 上半年 下半年 一是 二是 三是 四是 五是 六是 七是 八是 九是 "
            "十是 其一 其二 其三 第一 第二 第三 第四 第五 首先 最后 以 对 在 向 为 深度 优先 依法 "
            "加速 大幅 常态化 规范化 制度化 动态")
            .split(u' ', Qt::SkipEmptyParts));
    return words;
}

/// A time that may open a clause: "6月底前", "2025年前", "三季度", "到2025年底".
const QRegularExpression &leadingTime()
{
    static const QRegularExpression re(QString::fromUtf8(
        "^(?:到|在|于)?(?:\\d{4}年)?(?:\\d{1,2}|[一二三四五六七八九十]{1,2})?(?:月|年)?(?:底|末)?"
        "(?:前|内|起)"
        "|^(?:第|前)?[一二三四1-4]季度"));
    return re;
}

/// A clause that states its own figure behind a subject: "建安工程投资增长6.5%", "城镇新增就业
/// 41万人", "城镇化率达47.1%".
const QRegularExpression &statedFigure()
{
    static const QRegularExpression re(QString::fromUtf8(
        "(?:增长|下降|达到|突破|超过|提高到|提高至|提升到|提升至|控制在|稳定在|保持在|降至|增至|"
        "不少于|不低于|新增|新建|新开工|建成|完成|改造|培育|引进)[^,;、]{0,12}\\d|达\\d"));
    return re;
}

bool isSentenceEnd(QChar c)
{
    return c == u'。' || c == u'!' || c == u'?' || c == u'\n';
}

bool isClauseSeparator(QChar c)
{
    return c == u',' || c == u';' || c == u'、' || c == u':';
}

bool isOpening(QChar c)
{
    return c == u'“' || c == u'《' || c == u'(' || c == u'「' || c == u'【' || c == u'[';
}

bool isClosing(QChar c)
{
    return c == u'”' || c == u'》' || c == u')' || c == u'」' || c == u'】' || c == u']';
}

bool isSpace(QChar c)
{
    return c.isSpace();
}

/// A character that makes the verb before it a noun or an adjective: 带动性, 开发类, 引领型.
bool nounSuffix(QChar c)
{
    static const QString suffixes = QString::fromUtf8("性型率者式类");
    return suffixes.contains(c);
}

int monthNumber(QStringView text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (ok)
        return n;
    return ChineseNumber::parse(text);
}

QDate monthEnd(int year, int month)
{
    if (year <= 0 || month < 1 || month > 12)
        return {};
    const QDate first(year, month, 1);
    return QDate(year, month, first.daysInMonth());
}

} // namespace

TaskExtractor::TaskExtractor(const QString &source, const QString &normalized, int year)
    : m_source(source), m_text(normalized), m_year(year)
{
}

bool TaskExtractor::holdsVerb(QStringView text)
{
    for (const QString &verb : verbs()) {
        if (text.contains(verb))
            return true;
    }
    return false;
}

bool TaskExtractor::opensClause(QStringView clause)
{
    const QStringView rest = clause.trimmed();
    if (rest.size() < 3)
        return false;
    if (statedFigure().match(rest).hasMatch() && !rest.startsWith(QString::fromUtf8("其中")))
        return true;
    return openingVerb(rest, nullptr) >= 0;
}

int TaskExtractor::openingVerb(QStringView clause, int *length)
{
    QStringView rest = clause;
    for (int guard = 0; guard < 8 && !rest.isEmpty(); ++guard) {
        while (!rest.isEmpty() && isSpace(rest.front()))
            rest = rest.mid(1);
        for (const QString &verb : verbs()) {
            // The verb needs something to act on ("新建、改扩建管网" keeps "新建" with it), and
            // is no verb before a suffix that makes it a noun ("带动性强的").
            if (rest.startsWith(verb) && rest.size() >= verb.size() + 2 &&
                !nounSuffix(rest.at(verb.size()))) {
                if (length)
                    *length = int(verb.size());
                return int(rest.data() - clause.data());
            }
        }
        bool skipped = false;
        const QRegularExpressionMatch time = leadingTime().match(rest);
        if (time.hasMatch() && time.capturedLength(0) > 0) {
            rest = rest.mid(time.capturedLength(0));
            skipped = true;
        } else {
            for (const QString &adverb : adverbs()) {
                if (rest.startsWith(adverb)) {
                    rest = rest.mid(adverb.size());
                    skipped = true;
                    break;
                }
            }
        }
        if (!skipped)
            return -1;
    }
    return -1;
}

bool TaskExtractor::parallelClauses(QStringView before, QStringView clause)
{
    // Two figures, each with its own predicate: "面积保持在570万亩以上、产量稳定在230万吨以上".
    const QString sub = QString::fromUtf8("其中");
    if (statedFigure().match(before).hasMatch() && statedFigure().match(clause).hasMatch() &&
        !clause.trimmed().startsWith(sub))
        return true;
    int beforeLength = 0;
    int length = 0;
    const int beforeAt = openingVerb(before.trimmed(), &beforeLength);
    const QStringView own = clause.trimmed();
    const int at = openingVerb(own, &length);
    if (beforeAt < 0 || at < 0)
        return false;
    // Its verb must act on something of its own ("防控稳控" is an item of a list)…
    if (own.size() - at - length < 3)
        return false;
    // …and not be a word the clause before already holds ("加快治理理念、治理模式").
    return !before.contains(own.mid(at, length));
}

std::optional<QDate> TaskExtractor::statedDeadline(QStringView text, int year)
{
    const QString numeral = QStringLiteral("(\\d{1,2}|[一二三四五六七八九十]{1,3})");
    static const QRegularExpression yearMonth(
        QString::fromUtf8("(\\d{4})年%1月(?:底|末)?(?:前|内|完成|建成)").arg(numeral));
    static const QRegularExpression yearOnly(QString::fromUtf8(
        "(?:(\\d{4})年(?:底|末)?前(?![一二三四1-4]季度|[一二三四五六七八九十两\\d]+个?月))"
        "|(?:(?:到|至)(\\d{4})年(?:底|末)?)|(?:(\\d{4})年(?:底|末))"));
    static const QRegularExpression month(
        QString::fromUtf8("(?<![年\\d])%1月(?:底|末|中旬|上旬)?(?:前|内)").arg(numeral));
    static const QRegularExpression yearEnd(
        QString::fromUtf8("(?<![\\d年])(?:年底|年末)|(?<![\\d一二三四五六七八九十两多])年内"));
    static const QRegularExpression half(QString::fromUtf8("([上下])半年"));
    static const QRegularExpression quarter(QString::fromUtf8("(?:第|前)?([一二三四1-4])季度"));

    std::optional<QDate> latest;
    auto consider = [&latest](const QDate &date) {
        if (date.isValid() && (!latest || date > *latest))
            latest = date;
    };
    for (auto it = yearMonth.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        consider(monthEnd(m.captured(1).toInt(), monthNumber(m.capturedView(2))));
    }
    for (auto it = yearOnly.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        for (int g = 1; g <= 3; ++g) {
            if (m.capturedLength(g) > 0)
                consider(monthEnd(m.captured(g).toInt(), 12));
        }
    }
    if (year > 0) {
        for (auto it = month.globalMatch(text); it.hasNext();)
            consider(monthEnd(year, monthNumber(it.next().capturedView(1))));
        if (yearEnd.match(text).hasMatch())
            consider(monthEnd(year, 12));
        for (auto it = half.globalMatch(text); it.hasNext();)
            consider(monthEnd(year, it.next().capturedView(1) == u"上" ? 6 : 12));
        for (auto it = quarter.globalMatch(text); it.hasNext();)
            consider(monthEnd(year, 3 * monthNumber(it.next().capturedView(1))));
    }
    return latest;
}

int TaskExtractor::afterHeading(int from, int to, const QString &title) const
{
    const QString wanted = title.trimmed();
    if (wanted.isEmpty())
        return from;
    int stop = from;
    int depth = 0;
    while (stop < to && !(depth == 0 && isSentenceEnd(m_text.at(stop)))) {
        if (isOpening(m_text.at(stop)))
            ++depth;
        else if (isClosing(m_text.at(stop)) && depth > 0)
            --depth;
        ++stop;
    }
    const QString sentence = m_source.mid(from, stop - from).trimmed();
    // The heading is the title behind its marker ("(一)", "一是", "第一,"), no more.
    if (!sentence.endsWith(wanted) || sentence.size() - wanted.size() > 8)
        return from;
    return stop < to ? stop + 1 : to;
}

std::vector<ExtractedTask>
TaskExtractor::extract(int from, int to, const std::vector<std::pair<int, int>> &unbroken) const
{
    struct Piece
    {
        int start;
        int end;
        bool sentenceStart; ///< the first clause of a sentence
    };
    auto breakable = [&unbroken](int at) {
        for (const auto &range : unbroken) {
            if (range.first <= at && at < range.second - 1)
                return false;
        }
        return true;
    };

    // The clauses, at the separators outside quotes and brackets.
    std::vector<Piece> pieces;
    int depth = 0;
    int start = from;
    bool sentenceStart = true;
    for (int i = from; i <= to; ++i) {
        const bool last = i == to;
        const QChar c = last ? QChar() : m_text.at(i);
        if (!last && isOpening(c))
            ++depth;
        else if (!last && isClosing(c) && depth > 0)
            --depth;
        const bool endsSentence = !last && depth == 0 && isSentenceEnd(c);
        const bool endsClause = !last && depth == 0 && isClauseSeparator(c);
        if (!last && !((endsSentence || endsClause) && breakable(i)))
            continue;
        const bool pushed = i > start;
        if (pushed)
            pieces.push_back({start, i, sentenceStart});
        start = i + 1;
        if (endsSentence)
            sentenceStart = true;
        else if (pushed)
            sentenceStart = false;
    }

    // Clauses joined into tasks: a new task where a sentence or a clause of its own begins.
    std::vector<ExtractedTask> tasks;
    int taskStart = -1;
    int taskEnd = -1;
    int previousStart = from;
    int previousEnd = from;
    auto flush = [&]() {
        if (taskStart < 0)
            return;
        int s = taskStart;
        int e = taskEnd;
        while (s < e && isSpace(m_text.at(s)))
            ++s;
        while (e > s && (isSpace(m_text.at(e - 1)) || isClauseSeparator(m_text.at(e - 1)) ||
                         isSentenceEnd(m_text.at(e - 1))))
            --e;
        if (e > s) {
            ExtractedTask task;
            task.start = s;
            task.end = e;
            task.text = m_source.mid(s, e - s);
            const std::optional<QDate> stated =
                statedDeadline(QStringView(m_text).mid(s, e - s), m_year);
            task.deadlineStated = stated.has_value();
            task.deadline = stated ? *stated : monthEnd(m_year, 12);
            tasks.push_back(task);
        }
        taskStart = -1;
    };
    for (const Piece &piece : pieces) {
        const QStringView clause = QStringView(m_text).mid(piece.start, piece.end - piece.start);
        if (clause.trimmed().isEmpty())
            continue;
        bool opens = false;
        if (taskStart < 0) {
            opens = true;
        } else {
            const QStringView sofar = QStringView(m_text).mid(taskStart, taskEnd - taskStart);
            // What comes before a verb ("到2025年底,") stays with the clause it opens.
            const QStringView held = sofar.trimmed();
            const bool sofarStands =
                held.size() >= 4 &&
                (holdsVerb(held) || statedFigure().match(held).hasMatch() || held.size() > 12);
            if (piece.sentenceStart) {
                opens = true;
            } else if (sofarStands && m_text.at(piece.start - 1) == u'、') {
                // Items of a list ("教育、医疗") are no clauses; parallel ones are ("增强“四个
                // 意识”、坚定“四个自信”").
                opens = parallelClauses(
                    QStringView(m_text).mid(previousStart, previousEnd - previousStart), clause);
            } else if (sofarStands) {
                opens = opensClause(clause);
            }
        }
        if (opens) {
            flush();
            taskStart = piece.start;
        }
        taskEnd = piece.end;
        previousStart = piece.start;
        previousEnd = piece.end;
    }
    flush();
    return tasks;
}

} // namespace pd
