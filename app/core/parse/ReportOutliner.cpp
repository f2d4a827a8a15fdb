#include "parse/ReportOutliner.h"

#include "parse/ChineseNumber.h"

#include <QRegularExpression>

namespace pd {

namespace {

struct Para
{
    int start = 0;
    int end = 0;
};

std::vector<Para> splitParagraphs(const QString &t)
{
    std::vector<Para> paras;
    int lineStart = 0;
    const int size = int(t.size());
    for (int i = 0; i <= size; ++i) {
        if (i < size && t.at(i) != u'\n')
            continue;
        int s = lineStart;
        int e = i;
        while (s < e && t.at(s).isSpace())
            ++s;
        while (e > s && t.at(e - 1).isSpace())
            --e;
        if (e > s)
            paras.push_back({s, e});
        lineStart = i + 1;
    }
    return paras;
}

const QRegularExpression &numberedHeading()
{
    static const QRegularExpression re(
        QStringLiteral("^\\(\\s*([一二三四五六七八九十]{1,3})\\s*\\)\\s*"));
    return re;
}

const QRegularExpression &categoryHeading()
{
    static const QRegularExpression re(QStringLiteral("^([一二三四五六七八九十]{1,3})\\s*、\\s*"));
    return re;
}

const QRegularExpression &projectHeading()
{
    static const QRegularExpression re(
        QStringLiteral("^\\(?\\s*(\\d{1,3})\\s*(?:[.、](?!\\d)|\\))\\s*"));
    return re;
}

const QRegularExpression &planHeading()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:[一二三四五六七八九十]{1,3}\\s*、\\s*)?(?:关于)?(?:(\\d{4})\\s*年|今年|明年|新的一年)"
        "(?:的)?[\\x{4e00}-\\x{9fff}]{0,8}?(?:工作|主要|重点|总体|目标|任务|发展|安排|要求)"));
    return re;
}

const QRegularExpression &yearPattern()
{
    static const QRegularExpression re(QStringLiteral("((?:19|20)\\d{2})\\s*年"));
    return re;
}

const QRegularExpression &glossaryHeading()
{
    // "名词解释", "附:名词解释", "《政府工作报告》有关内容名词注释", "附件", "附件1", "附录".
    static const QRegularExpression re(QStringLiteral(
        "^(?:(?:附\\s*件?\\s*\\d{0,2}\\s*:?\\s*)?.{0,16}(?:名词解释|名词注释|词语解释|注释|附注|"
        "有关说明)|附\\s*件\\s*\\d{0,2}|附\\s*录)\\s*:?$"));
    return re;
}

/// Paragraph markers that number work areas or sections: "(一)", "一、", "一是", "第一,", "首先,".
enum class Numbering
{
    Paren,
    Comma,
    Shi,
    Di,
};

const QRegularExpression &numberingPattern(Numbering style)
{
    static const QRegularExpression paren(
        QStringLiteral("^\\(\\s*([一二三四五六七八九十]{1,3})\\s*\\)\\s*"));
    static const QRegularExpression comma(
        QStringLiteral("^([一二三四五六七八九十]{1,3})\\s*、\\s*(?=\\S)"));
    static const QRegularExpression shi(
        QStringLiteral("^([一二三四五六七八九十]{1,3})\\s*是\\s*(?=[^,:]{2})"));
    static const QRegularExpression di(
        QStringLiteral("^(?:第([一二三四五六七八九十]{1,3})|(首先)|(其次)|(再次))\\s*[,、:]\\s*"));
    switch (style) {
    case Numbering::Paren:
        return paren;
    case Numbering::Comma:
        return comma;
    case Numbering::Shi:
        return shi;
    case Numbering::Di:
        break;
    }
    return di;
}

/// A marker a section's lead sentence may open with: "一是", "第一,", "首先,", "1.".
const QRegularExpression &sectionMarker()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:\\(\\s*[一二三四五六七八九十]{1,3}\\s*\\)|[一二三四五六七八九十]{1,3}\\s*是|"
        "第[一二三四五六七八九十]{1,3}\\s*[,、:]|"
        "(?:首先|其次|再次|最后)\\s*,|\\d{1,2}\\s*[.、](?!\\d))\\s*"));
    return re;
}

/// "今年政府工作的总体要求是", "2025年经济社会发展的总体要求是": a plan that opens without a
/// heading of its own.
const QRegularExpression &planOpening()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:做好)?(?:今年|明年|(?:19|20)\\d{2}\\s*年)(?:的|我[省市区县州])?[^。,]{0,12}?"
        "(?:总体要求|主要预期目标|工作安排|政府工作)"));
    return re;
}

/// "2025年10件民生实事:", "今年将办好以下十件民生实事:": a list of livelihood projects on one
/// line, after its colon.
const QRegularExpression &livelihoodList()
{
    static const QRegularExpression re(
        QStringLiteral("([^。:;!?]{0,24}?(?:民生实事|为民办实事|惠民实事)[^。:;,]{0,12}):"));
    return re;
}

const QRegularExpression &dateLine()
{
    static const QRegularExpression re(
        QStringLiteral("^((?:19|20)\\d{2})\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日$"));
    return re;
}

/// Government names: "成都市2024年民生实事", "在成都市第十八届人民代表大会", "成都市人民政府".
const std::vector<QRegularExpression> &governmentPatterns()
{
    static const std::vector<QRegularExpression> res = {
        QRegularExpression(QStringLiteral(
            "^([\\x{4e00}-\\x{9fff}]{1,10}?(?:自治区|自治州|市|省|县|区|州|盟|旗))\\s*"
            "(?:19|20)\\d{2}\\s*年.{0,12}民生实事")),
        QRegularExpression(
            QStringLiteral("在([\\x{4e00}-\\x{9fff}]{1,10}?(?:自治区|自治州|市|省|县|区|州|盟|旗))"
                           "第[一二三四五六七八九十0-9]{1,4}届人民代表大会")),
        QRegularExpression(QStringLiteral(
            "^([\\x{4e00}-\\x{9fff}]{1,10}?(?:自治区|自治州|市|省|县|区|州|盟|旗))人民政府")),
        QRegularExpression(QStringLiteral("(?:19|20)\\d{2}\\s*年([\\x{4e00}-\\x{9fff}]{1,10}?(?:"
                                          "自治区|自治州|市|省|县|区|州|盟|旗))"
                                          "(?:人民)?政府工作报告")),
        QRegularExpression(QStringLiteral(
            "^([\\x{4e00}-\\x{9fff}]{1,10}?(?:自治区|自治州|市|省|县|区|州|盟|旗))\\s*"
            "(?:19|20)\\d{2}\\s*年(?:人民)?政府工作报告")),
    };
    return res;
}

class Outliner
{
public:
    Outliner(const QString &source, const QString &text)
        : src(source), t(text), paras(splitParagraphs(text))
    {
    }

    QStringView view(int i) const
    {
        return QStringView(t).mid(paras[i].start, paras[i].end - paras[i].start);
    }
    int length(int i) const { return paras[i].end - paras[i].start; }
    bool isShortHeading(int i, int maxLength) const
    {
        return length(i) <= maxLength && !view(i).contains(u'。');
    }

    bool isGlossary(int i) const
    {
        return length(i) <= 12 && glossaryHeading().match(view(i)).hasMatch();
    }
    bool isClosing(int i) const { return view(i).startsWith(QStringLiteral("各位代表")); }
    bool isGovernmentHeading(int i) const
    {
        return isShortHeading(i, 40) && view(i).contains(QStringLiteral("政府自身建设")) &&
               !numberedHeading().match(view(i)).hasMatch();
    }
    bool isLivelihoodHeading(int i) const
    {
        return isShortHeading(i, 50) && view(i).contains(QStringLiteral("民生实事")) &&
               !numberedHeading().match(view(i)).hasMatch();
    }
    /// Page furniture inside the report: "图片", "责任编辑：…", "分享到".
    bool isChrome(int i) const
    {
        static const QRegularExpression re(
            QStringLiteral("^(?:图片|视频|图|来源|编辑|责任编辑|分享|分享到|打印|关闭|返回|扫一扫|"
                           "点击|上一页|下一页)"));
        if (length(i) > 16 || view(i).contains(u'。'))
            return false;
        return length(i) <= 3 || re.match(view(i)).hasMatch();
    }
    int numberedOrdinal(int i) const
    {
        const QRegularExpressionMatch m = numberedHeading().match(view(i));
        return m.hasMatch() ? ChineseNumber::parse(m.capturedView(1)) : -1;
    }
    /// The number a paragraph opens with in the given style, or -1; *headEnd gets the offset
    /// after the marker.
    int ordinalIn(int i, Numbering style, int *headEnd = nullptr) const
    {
        const QRegularExpressionMatch m = numberingPattern(style).match(view(i));
        if (!m.hasMatch())
            return -1;
        if (headEnd)
            *headEnd = paras[i].start + int(m.capturedLength(0));
        if (style == Numbering::Di) {
            if (m.capturedLength(2) > 0)
                return 1;
            if (m.capturedLength(3) > 0)
                return 2;
            if (m.capturedLength(4) > 0)
                return 3;
        }
        return ChineseNumber::parse(m.capturedView(1));
    }
    bool mentionsTargets(int i) const
    {
        return view(i).contains(QStringLiteral("预期目标")) ||
               view(i).contains(QStringLiteral("主要目标"));
    }
    /// Where the sentence naming the main targets starts in paragraph i ("…。今年经济社会发展的
    /// 主要预期目标是:…" starts at 今年).
    int targetsStart(int i) const
    {
        const QStringView v = view(i);
        qsizetype at = v.indexOf(QStringLiteral("预期目标"));
        if (at < 0)
            at = v.indexOf(QStringLiteral("主要目标"));
        if (at < 0)
            return paras[i].start;
        for (qsizetype k = at; k > 0; --k) {
            const QChar c = v.at(k - 1);
            if (c == u'。' || c == u'!' || c == u'?' || c == u';')
                return paras[i].start + int(k);
        }
        return paras[i].start;
    }

    /// [from, first 。) of paragraph i, verbatim from the source, without trailing punctuation.
    QString leadSentence(int i, int from, bool colonEnds = false) const
    {
        int stop = paras[i].end;
        for (int k = from; k < paras[i].end; ++k) {
            const QChar c = t.at(k);
            if (c == u'。' || c == u'!' || c == u'?' ||
                (colonEnds && c == u':' && k - from <= 20)) {
                stop = k;
                break;
            }
        }
        if (stop - from > 80) { // no short lead sentence: take the first clause
            for (int k = from; k < stop; ++k) {
                if (t.at(k) == u',' || t.at(k) == u';') {
                    stop = k;
                    break;
                }
            }
        }
        while (stop > from &&
               (t.at(stop - 1).isSpace() || t.at(stop - 1) == u':' || t.at(stop - 1) == u','))
            --stop;
        int begin = from;
        while (begin < stop && (t.at(begin).isSpace() || t.at(begin) == u'—'))
            ++begin;
        return src.mid(begin, stop - begin);
    }
    /// Offset just after the lead sentence's stop in paragraph i (or the paragraph's end).
    int afterLead(int i, int from) const
    {
        for (int k = from; k < paras[i].end; ++k) {
            const QChar c = t.at(k);
            if (c == u'。' || c == u'!' || c == u'?')
                return k + 1;
        }
        return paras[i].end;
    }

    bool hasDigit(int i) const
    {
        for (QChar c : view(i)) {
            if (c.isDigit())
                return true;
        }
        return false;
    }

    int addNode(ReportOutline *o, int parent, NodeKind kind, int ordinal, const QString &title)
    {
        ReportOutline::Node n;
        n.parent = parent;
        n.kind = kind;
        n.ordinal = ordinal;
        n.title = title;
        o->nodes.push_back(n);
        return int(o->nodes.size()) - 1;
    }

    ReportOutline run();

    const QString &src;
    const QString &t;
    std::vector<Para> paras;
};

ReportOutline Outliner::run()
{
    ReportOutline o;
    const int n = int(paras.size());

    int reviewIdx = -1;
    for (int i = 0; i < n && reviewIdx < 0; ++i) {
        if (isShortHeading(i, 30) &&
            (view(i).contains(QStringLiteral("回顾")) || view(i).contains(QStringLiteral("总结"))))
            reviewIdx = i;
    }
    // This year's plan: a heading ("二、2025年工作安排", "2025年工作安排", "三、2025年政府工作
    // 任务"); the part numbered after a numbered review ("一、…回顾" → "二、…"); or the paragraph
    // that opens it ("今年政府工作的总体要求是…").
    int reviewYear = 0;
    if (reviewIdx >= 0) {
        const QRegularExpressionMatch m = yearPattern().match(view(reviewIdx));
        if (m.hasMatch())
            reviewYear = m.capturedView(1).toInt();
    }
    int planIdx = -1;
    for (int i = reviewIdx + 1; i < n && planIdx < 0; ++i) {
        const QStringView v = view(i);
        if (!isShortHeading(i, 40) || v.contains(QStringLiteral("回顾")) ||
            v.contains(QStringLiteral("总结")) || v.contains(QStringLiteral("报告")))
            continue;
        const QRegularExpressionMatch m = planHeading().match(v);
        // Not a heading of last year's ("2024年主要工作") inside the review of 2024.
        if (m.hasMatch() &&
            (m.capturedLength(1) == 0 || reviewYear == 0 || m.capturedView(1).toInt() > reviewYear))
            planIdx = i;
    }
    // Headings without a year: the part numbered after a numbered review, unless it is about
    // the years ahead ("二、今后五年的目标任务").
    if (reviewIdx >= 0 && planIdx < 0) {
        const int reviewPart = ordinalIn(reviewIdx, Numbering::Comma);
        for (int i = reviewIdx + 1; reviewPart > 0 && i < n && (planIdx < 0 || i < planIdx); ++i) {
            if (isShortHeading(i, 40) && ordinalIn(i, Numbering::Comma) == reviewPart + 1 &&
                !isGovernmentHeading(i) && !isLivelihoodHeading(i) &&
                !view(i).contains(QStringLiteral("今后")) &&
                !view(i).contains(QStringLiteral("五年"))) {
                planIdx = i;
                break;
            }
        }
    }
    int openingIdx = -1;
    if (planIdx < 0) {
        for (int i = reviewIdx + 1; i < n && openingIdx < 0; ++i) {
            if (planOpening().match(view(i)).hasMatch())
                openingIdx = i;
        }
    }
    int mainIdx = -1;
    const int planFrom = planIdx >= 0 ? planIdx : openingIdx;
    for (int i = std::max(planFrom, reviewIdx + 1); i < n && mainIdx < 0; ++i) {
        if (mentionsTargets(i) && view(i).contains(u'%'))
            mainIdx = i;
    }
    int planStart = planFrom;
    if (planStart < 0) {
        // No plan heading and no target paragraph: the areas are the last (一)(二)… run before
        // the self-building part, the livelihood projects or the end.
        int limit = n;
        for (int i = reviewIdx + 1; i < n; ++i) {
            if (isGovernmentHeading(i) || isLivelihoodHeading(i) || isGlossary(i)) {
                limit = i;
                break;
            }
        }
        for (int i = limit - 1; i >= 0; --i) {
            if (numberedOrdinal(i) == 1) {
                planStart = i;
                break;
            }
        }
        // The main targets paragraph just before those areas opens the plan.
        mainIdx = -1;
        for (int i = planStart - 1; i > reviewIdx && planStart > 0 && mainIdx < 0; --i) {
            if (numberedOrdinal(i) > 0)
                break;
            if (mentionsTargets(i) && view(i).contains(u'%'))
                mainIdx = i;
        }
        if (mainIdx >= 0)
            planStart = mainIdx;
    }
    if (planStart < 0)
        return o;

    // The numbered work areas: (一)(二)…, 一、二、…, 一是、二是… or 第一、第二…, whichever opens
    // first.
    std::vector<int> areaIdx;
    int areaStop = n;
    Numbering style = Numbering::Paren;
    for (Numbering s : {Numbering::Paren, Numbering::Comma, Numbering::Shi, Numbering::Di}) {
        std::vector<int> found;
        int stop = n;
        int expected = 1;
        const int from = s == Numbering::Comma ? planStart + 1 : planStart;
        for (int i = from; i < n; ++i) {
            const bool ends = isGovernmentHeading(i) || isLivelihoodHeading(i) || isGlossary(i) ||
                              (s == Numbering::Comma && isShortHeading(i, 40) &&
                               planHeading().match(view(i)).hasMatch());
            if ((!found.empty() && (isClosing(i) || ends)) || (s != Numbering::Paren && ends)) {
                stop = i;
                break;
            }
            const int ord = ordinalIn(i, s);
            if (ord < 1)
                continue;
            if (found.empty()) {
                if (ord == 1) {
                    found.push_back(i);
                    expected = 2;
                }
            } else if (ord == expected) {
                found.push_back(i);
                ++expected;
            } else if (ord == 1) {
                stop = i;
                break;
            }
        }
        // The outermost numbering opens first: "一、…" areas holding "(一)…" sections.
        if (found.size() >= 2 && (areaIdx.empty() || found.front() < areaIdx.front())) {
            areaIdx = std::move(found);
            areaStop = stop;
            style = s;
        }
    }
    if (areaIdx.empty())
        return o;

    // The main expected targets, between the plan's start and the first area.
    if (mainIdx < 0 || mainIdx >= areaIdx.front()) {
        mainIdx = -1;
        for (int i = planStart; i < areaIdx.front() && mainIdx < 0; ++i) {
            if (mentionsTargets(i))
                mainIdx = i;
        }
    }
    if (mainIdx >= 0) {
        const int node = addNode(&o, -1, NodeKind::MainTargets, 1, QStringLiteral("主要预期目标"));
        o.nodes[node].texts.push_back({targetsStart(mainIdx), paras[mainIdx].end});
        if (!view(mainIdx).contains(u'%')) {
            for (int i = mainIdx + 1; i < areaIdx.front() && hasDigit(i); ++i)
                o.nodes[node].texts.push_back({paras[i].start, paras[i].end});
        }
    }

    // A section's title: its lead sentence, without a marker such as 一是 or 第一.
    auto sectionTitle = [&](int i) {
        const QRegularExpressionMatch m = sectionMarker().match(view(i));
        QString title =
            leadSentence(i, paras[i].start + int(m.hasMatch() ? m.capturedLength(0) : 0));
        // No lead sentence: the first clause names it.
        const qsizetype comma = title.indexOf(QRegularExpression(QStringLiteral("[,，;；]")));
        if (title.size() > 30 && comma >= 4)
            title.truncate(comma);
        return title;
    };
    // A paragraph that opens with a lead sentence ("加快重大项目建设。…"), not with a long
    // sentence ("新型工业化事关全局,我们必须…!").
    auto hasLead = [&](int i) {
        const int stop = afterLead(i, paras[i].start);
        const QStringView first = QStringView(t).mid(paras[i].start, stop - paras[i].start);
        return !first.contains(u',') && !first.contains(u';');
    };

    auto addSections = [&](int parent, int from, int to) {
        int ordinal = 0;
        int current = -1;
        bool titledByLine = false;
        for (int i = from; i < to; ++i) {
            if (isChrome(i))
                continue;
            // A section title on a line of its own ("全力扩大有效投资") holds the paragraphs after
            // it.
            const bool titleLine = isShortHeading(i, 30) && !view(i).contains(u',');
            // A closing exhortation ("…我们要接续奋斗,加快建设宜居宜业和美乡村!") belongs to the
            // section before it.
            const bool exhortation =
                view(i).endsWith(u'!') && current >= 0 && view(i).contains(QStringLiteral("我们"));
            const bool lead = !exhortation && (titleLine || hasLead(i) ||
                                               sectionMarker().match(view(i)).hasMatch());
            if (titleLine || current < 0 || (!titledByLine && lead)) {
                current = addNode(&o, parent, NodeKind::Section, ++ordinal, sectionTitle(i));
                titledByLine = titleLine;
            }
            o.nodes[current].texts.push_back({paras[i].start, paras[i].end});
        }
    };

    for (size_t a = 0; a < areaIdx.size(); ++a) {
        const int i = areaIdx[a];
        int headEnd = paras[i].start;
        const int ordinal = ordinalIn(i, style, &headEnd);
        const QString title = leadSentence(i, headEnd);
        const bool government = title.contains(QStringLiteral("政府自身建设"));
        const int node =
            addNode(&o, -1, government ? NodeKind::Government : NodeKind::Area, ordinal, title);
        if (!government)
            ++o.areaCount;
        const int introStart = afterLead(i, headEnd);
        if (introStart < paras[i].end)
            o.nodes[node].texts.push_back({introStart, paras[i].end});
        const int next = a + 1 < areaIdx.size() ? areaIdx[a + 1] : areaStop;
        addSections(node, i + 1, next);
    }

    // The government's self-building part, when it has its own heading.
    int cursor = areaStop;
    if (cursor < n && isGovernmentHeading(cursor)) {
        const int node =
            addNode(&o, -1, NodeKind::Government, 0, leadSentence(cursor, paras[cursor].start));
        int running = 0;
        int current = -1;
        bool numbered = false;
        int i = cursor + 1;
        for (; i < n; ++i) {
            if (isClosing(i) || isLivelihoodHeading(i) || isGlossary(i))
                break;
            const int ord = numberedOrdinal(i);
            if (ord > 0) {
                numbered = true;
                const int headEnd =
                    paras[i].start + int(numberedHeading().match(view(i)).capturedLength(0));
                current = addNode(&o, node, NodeKind::Section, ord, leadSentence(i, headEnd));
                o.nodes[current].texts.push_back({paras[i].start, paras[i].end});
            } else if (numbered && current >= 0) {
                o.nodes[current].texts.push_back({paras[i].start, paras[i].end});
            } else {
                current = addNode(&o, node, NodeKind::Section, ++running,
                                  leadSentence(i, paras[i].start));
                o.nodes[current].texts.push_back({paras[i].start, paras[i].end});
            }
        }
        cursor = i;
    }

    // The livelihood projects.
    int livIdx = -1;
    for (int i = cursor; i < n && livIdx < 0; ++i) {
        if (isGlossary(i))
            break;
        if (isLivelihoodHeading(i))
            livIdx = i;
    }
    if (livIdx >= 0) {
        const int liv =
            addNode(&o, -1, NodeKind::Livelihood, 0, src.mid(paras[livIdx].start, length(livIdx)));
        int category = -1;
        int project = -1;
        int lastNumber = 0;
        for (int i = livIdx + 1; i < n; ++i) {
            if (isGlossary(i) || isClosing(i))
                break;
            if (isChrome(i))
                continue;
            const QStringView v = view(i);
            QRegularExpressionMatch cat = categoryHeading().match(v);
            if (!cat.hasMatch())
                cat = numberedHeading().match(v);
            if (cat.hasMatch() && isShortHeading(i, 24)) {
                const int ord = ChineseNumber::parse(cat.capturedView(1));
                category = addNode(&o, liv, NodeKind::LivelihoodCategory, ord,
                                   leadSentence(i, paras[i].start + int(cat.capturedLength(0))));
                project = -1;
                continue;
            }
            const QRegularExpressionMatch pm = projectHeading().match(v);
            if (pm.hasMatch()) {
                const int number = pm.capturedView(1).toInt();
                if (lastNumber != 0 && number != lastNumber + 1)
                    break; // numbering starts again: a glossary or notes
                lastNumber = number;
                const int bodyStart = paras[i].start + int(pm.capturedLength(0));
                project = addNode(&o, category >= 0 ? category : liv, NodeKind::LivelihoodProject,
                                  number, leadSentence(i, bodyStart, true));
                o.nodes[project].texts.push_back({bodyStart, paras[i].end});
                continue;
            }
            if (project >= 0 && (v.contains(u'。') || v.size() >= 20)) {
                o.nodes[project].texts.push_back({paras[i].start, paras[i].end});
                continue;
            }
            if (lastNumber > 0)
                break; // the page around the report
        }
    } else {
        // A list on one line ("2025年10件民生实事:A、B、C…"), in the plan or in an appendix
        // note. Inside a work area its figures are the area's already, so the projects hold
        // only their names there.
        for (int i = planStart; i < n && livIdx < 0; ++i) {
            const QRegularExpressionMatch m = livelihoodList().match(view(i));
            if (!m.hasMatch())
                continue;
            const int listStart = paras[i].start + int(m.capturedEnd(0));
            int listEnd = int(t.indexOf(u'。', listStart));
            if (listEnd < 0 || listEnd > paras[i].end)
                listEnd = paras[i].end;
            std::vector<std::pair<int, int>> items;
            int depth = 0;
            int from = listStart;
            for (int k = listStart; k <= listEnd; ++k) {
                const QChar c = k < listEnd ? t.at(k) : QChar(u'、');
                if (c == u'“' || c == u'(' || c == u'《' || c == u'「')
                    ++depth;
                else if ((c == u'”' || c == u')' || c == u'》' || c == u'」') && depth > 0)
                    --depth;
                else if (depth == 0 && (c == u'、' || c == u';')) {
                    int a = from;
                    int b = k;
                    while (a < b && t.at(a).isSpace())
                        ++a;
                    while (b > a && (t.at(b - 1).isSpace() || t.at(b - 1) == u','))
                        --b;
                    // "一是新建幼儿园…", "(1)新建…", "①新建…": the item without its number.
                    static const QRegularExpression itemNumber(
                        QStringLiteral("^(?:[一二三四五六七八九十]{1,3}是|\\(\\s*\\d{1,2}\\s*\\)|"
                                       "\\d{1,2}\\s*[.、](?!\\d)|"
                                       "[\\x{2460}-\\x{2473}])\\s*"));
                    const QRegularExpressionMatch num =
                        itemNumber.match(QStringView(t).mid(a, b - a));
                    if (num.hasMatch())
                        a += int(num.capturedLength(0));
                    if (b > a)
                        items.push_back({a, b});
                    from = k + 1;
                }
            }
            bool plausible = items.size() >= 3;
            for (const auto &item : items)
                plausible =
                    plausible && item.second - item.first >= 2 && item.second - item.first <= 60;
            if (!plausible)
                continue;
            static const QRegularExpression numbering(
                QStringLiteral("^\\s*(?:\\d{1,3}\\s*[.、]|\\(\\s*\\d{1,3}\\s*\\))\\s*"));
            int titleStart = paras[i].start + int(m.capturedStart(1));
            const QRegularExpressionMatch num = numbering.match(
                QStringView(t).mid(titleStart, paras[i].start + m.capturedEnd(1) - titleStart));
            if (num.hasMatch())
                titleStart += int(num.capturedLength(0));
            while (titleStart < paras[i].end &&
                   (t.at(titleStart).isSpace() || t.at(titleStart) == u','))
                ++titleStart;
            const int titleEnd = paras[i].start + int(m.capturedEnd(1));
            const bool inAreas = !areaIdx.empty() && i >= areaIdx.front() && i < areaStop;
            livIdx = i;
            const int liv = addNode(&o, -1, NodeKind::Livelihood, 0,
                                    src.mid(titleStart, titleEnd - titleStart).trimmed());
            int number = 0;
            for (const auto &item : items) {
                const int project = addNode(&o, liv, NodeKind::LivelihoodProject, ++number,
                                            src.mid(item.first, item.second - item.first));
                if (!inAreas)
                    o.nodes[project].texts.push_back(item);
            }
        }
    }

    // The review of last year, for baselines.
    const int reviewFrom = reviewIdx >= 0 ? reviewIdx : 0;
    for (int i = reviewFrom; i < planStart; ++i)
        o.review.push_back({paras[i].start, paras[i].end});

    // The plan's year and government.
    if (planIdx >= 0) {
        const QRegularExpressionMatch m = planHeading().match(view(planIdx));
        if (m.capturedLength(1) > 0)
            o.year = m.capturedView(1).toInt();
    }
    if (o.year == 0 && livIdx >= 0) {
        const QRegularExpressionMatch m = yearPattern().match(view(livIdx));
        if (m.hasMatch())
            o.year = m.capturedView(1).toInt();
    }
    if (o.year == 0 && reviewIdx >= 0) {
        const QRegularExpressionMatch m = yearPattern().match(view(reviewIdx));
        if (m.hasMatch())
            o.year = m.capturedView(1).toInt() + 1;
    }
    for (int i = 0; i < n && o.year == 0 && i < planStart; ++i) {
        const QRegularExpressionMatch m = dateLine().match(view(i));
        if (m.hasMatch())
            o.year = m.capturedView(1).toInt();
    }
    for (const QRegularExpression &re : governmentPatterns()) {
        if (livIdx >= 0) {
            const QRegularExpressionMatch m = re.match(view(livIdx));
            if (m.hasMatch()) {
                o.government = m.captured(1);
                break;
            }
        }
        for (int i = 0; i < n && i <= planStart; ++i) {
            const QRegularExpressionMatch m = re.match(view(i));
            if (m.hasMatch()) {
                o.government = m.captured(1);
                break;
            }
        }
        if (!o.government.isEmpty())
            break;
    }
    // The national report is the State Council's, made to the National People's Congress.
    if (o.government.isEmpty() && t.contains(QStringLiteral("全国人民代表大会")))
        o.government = QStringLiteral("国务院");
    return o;
}

} // namespace

ReportOutline ReportOutliner::outline(const QString &source, const QString &normalized)
{
    Outliner outliner(source, normalized);
    return outliner.run();
}

} // namespace pd
