#include "parse/ReportParser.h"

#include "parse/BaselineMatcher.h"
#include "parse/ReportOutliner.h"
#include "parse/ReportTextDecoder.h"
#include "parse/TargetExtractor.h"
#include "parse/TaskExtractor.h"
#include "parse/TextNormalizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace pd {

namespace {

bool hasBinaryData(const QString &text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0 || u == 0xFFFD ||
            (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f'))
            return true;
    }
    return false;
}

PlanPart partOf(const ReportOutline &outline, int node)
{
    while (outline.nodes[node].parent >= 0)
        node = outline.nodes[node].parent;
    switch (outline.nodes[node].kind) {
    case NodeKind::MainTargets:
        return PlanPart::Main;
    case NodeKind::Government:
        return PlanPart::Government;
    case NodeKind::Livelihood:
    case NodeKind::LivelihoodCategory:
    case NodeKind::LivelihoodProject:
        return PlanPart::Livelihood;
    default:
        return PlanPart::Area;
    }
}

/// "M3", "A3.2", "A3.0", "G2", "G0", "L12", "L0": the code of a node's indicators, less their
/// own number.
QString codePrefix(const ReportOutline &outline, int node)
{
    const ReportOutline::Node &n = outline.nodes[node];
    switch (partOf(outline, node)) {
    case PlanPart::Main:
        return QStringLiteral("M");
    case PlanPart::Government:
        return n.kind == NodeKind::Section ? QStringLiteral("G%1.").arg(n.ordinal)
                                           : QStringLiteral("G0.");
    case PlanPart::Livelihood:
        return n.kind == NodeKind::LivelihoodProject ? QStringLiteral("L%1.").arg(n.ordinal)
                                                     : QStringLiteral("L0.");
    case PlanPart::Area:
        break;
    }
    if (n.kind == NodeKind::Section && n.parent >= 0)
        return QStringLiteral("A%1.%2.").arg(outline.nodes[n.parent].ordinal).arg(n.ordinal);
    return QStringLiteral("A%1.0.").arg(n.ordinal);
}

} // namespace

QString ReportParser::decode(const QByteArray &bytes, QString *error)
{
    return ReportTextDecoder::decode(bytes, error);
}

bool ReportParser::parse(const QString &text, ParsedPlan *plan, QString *error) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (text.trimmed().isEmpty())
        return fail(QCoreApplication::translate("ReportParser", "The report text is empty."));
    if (hasBinaryData(text))
        return fail(QCoreApplication::translate(
            "ReportParser", "The file is not a text file (it contains binary data)."));

    const QString normalized = TextNormalizer::normalize(text);
    const ReportOutline outline = ReportOutliner::outline(text, normalized);
    if (outline.areaCount == 0)
        return fail(QCoreApplication::translate(
            "ReportParser", "The file does not look like a government work report: no numbered "
                            "work areas (（一）, 一、, 一是…) were found."));

    ParsedPlan result;
    result.info.government = outline.government;
    result.info.year = outline.year;
    result.info.title =
        outline.year > 0
            ? QStringLiteral("%1%2年政府工作报告").arg(outline.government).arg(outline.year)
            : QStringLiteral("%1政府工作报告").arg(outline.government);
    result.info.sourceText = text;

    const TargetExtractor extractor(text, normalized);
    const TaskExtractor taskExtractor(text, normalized, outline.year);
    QHash<QString, int> counters;
    QSet<QString> codes;
    for (size_t i = 0; i < outline.nodes.size(); ++i) {
        const ReportOutline::Node &on = outline.nodes[i];
        ParsedPlan::Node node;
        node.parent = on.parent;
        node.kind = on.kind;
        node.ordinal = on.ordinal;
        node.title = on.title;
        result.nodes.push_back(node);

        const QString prefix = codePrefix(outline, int(i));
        int ordinal = 0;
        // The snippets of this node's indicators: (start, end, index into result.indicators).
        struct Snippet
        {
            int start;
            int end;
            int indicator;
        };
        std::vector<Snippet> snippets;
        for (const auto &range : on.texts) {
            std::vector<ExtractedTarget> dropped;
            const std::vector<ExtractedTarget> targets =
                extractor.extract(range.first, range.second, &dropped);
            for (const ExtractedTarget &target : dropped)
                result.dropped.push_back({int(i), target.doubt, target.snippet});
            for (const ExtractedTarget &target : targets) {
                ParsedPlan::Item item;
                item.node = int(i);
                Indicator &ind = item.indicator;
                ind.ordinal = ++ordinal;
                int &counter = counters[prefix];
                QString code = prefix + QString::number(++counter);
                while (codes.contains(code))
                    code = prefix + QString::number(++counter);
                codes.insert(code);
                ind.code = code;
                ind.name = target.name;
                ind.target = target.value;
                ind.unit = target.unit;
                ind.comparator = target.comparator;
                ind.kind = target.kind;
                ind.snippet = target.snippet;
                ind.stretchTarget = target.stretch;
                snippets.push_back(
                    {target.snippetStart, target.snippetEnd, int(result.indicators.size())});
                result.indicators.push_back(item);
            }
        }

        // The commitments of a work area's or of the self-building part's text.
        const PlanPart part = partOf(outline, int(i));
        if (part != PlanPart::Area && part != PlanPart::Government)
            continue;
        std::vector<std::pair<int, int>> unbroken;
        for (const Snippet &snippet : snippets)
            unbroken.push_back({snippet.start, snippet.end});
        QString taskPrefix = prefix;
        taskPrefix.chop(1); // "A3.2." -> "A3.2"
        int taskOrdinal = 0;
        for (size_t r = 0; r < on.texts.size(); ++r) {
            int from = on.texts[r].first;
            const int to = on.texts[r].second;
            if (r == 0) {
                const int body = taskExtractor.afterHeading(from, to, on.title);
                bool holdsSnippet = false;
                for (const Snippet &snippet : snippets)
                    holdsSnippet = holdsSnippet || (snippet.start >= from && snippet.start < body);
                if (!holdsSnippet)
                    from = body;
            }
            for (const ExtractedTask &found : taskExtractor.extract(from, to, unbroken)) {
                ParsedPlan::Task task;
                task.node = int(i);
                task.start = found.start;
                task.end = found.end;
                task.task.ordinal = ++taskOrdinal;
                task.task.code = taskPrefix + QStringLiteral(".T") + QString::number(taskOrdinal);
                task.task.text = found.text;
                task.task.deadline = found.deadline;
                task.task.deadlineStated = found.deadlineStated;
                for (const Snippet &snippet : snippets) {
                    if (snippet.start >= found.start && snippet.start < found.end) {
                        task.indicators.push_back(snippet.indicator);
                        task.indicatorCodes.push_back(
                            result.indicators[size_t(snippet.indicator)].indicator.code);
                    }
                }
                result.tasks.push_back(task);
            }
        }
    }

    // Main targets the report states without a figure ("居民收入增长和经济增长同步"): nothing to
    // track, but the preview names them, so a reader sees every stated target accounted for.
    for (size_t i = 0; i < outline.nodes.size(); ++i) {
        if (outline.nodes[i].kind != NodeKind::MainTargets)
            continue;
        for (const auto &range : outline.nodes[i].texts) {
            QStringView v = QStringView(normalized).mid(range.first, range.second - range.first);
            int offset = range.first;
            if (v.contains(QStringLiteral("预期目标")) || v.contains(QStringLiteral("主要目标"))) {
                const qsizetype colon = v.indexOf(u':');
                if (colon < 0)
                    continue; // the heading itself
                offset += int(colon) + 1;
                v = v.mid(colon + 1);
            }
            int from = 0;
            for (int k = 0; k <= int(v.size()); ++k) {
                const bool stop =
                    k == int(v.size()) || v.at(k) == u';' || v.at(k) == u',' || v.at(k) == u'。';
                if (!stop)
                    continue;
                const QStringView item = v.mid(from, k - from).trimmed();
                bool figure = false;
                for (QChar c : item)
                    figure = figure || c.isDigit();
                figure = figure || item.contains(QStringLiteral("百分之")) || item.contains(u'番');
                static const QStringList fragments = {
                    QStringLiteral("力争"), QStringLiteral("争取"), QStringLiteral("努力"),
                    QStringLiteral("其中"), QStringLiteral("确定"), QStringLiteral("这些")};
                bool fragment = false;
                for (const QString &f : fragments)
                    fragment = fragment || item.startsWith(f);
                if (!figure && !fragment && item.size() >= 4) {
                    const int start = offset + from + int(item.data() - v.mid(from).data());
                    result.dropped.push_back({int(i), QStringLiteral("unquantified"),
                                              text.mid(start, int(item.size()))});
                }
                from = k + 1;
            }
        }
    }

    std::vector<ExtractedTarget> review;
    for (const auto &range : outline.review) {
        // Last year's results read as past figures ("过去一年…增长6.2%"): all of them count here.
        std::vector<ExtractedTarget> past;
        std::vector<ExtractedTarget> found = extractor.extract(range.first, range.second, &past);
        found.insert(found.end(), past.begin(), past.end());
        std::stable_sort(found.begin(), found.end(),
                         [](const ExtractedTarget &a, const ExtractedTarget &b) {
                             return a.valueStart < b.valueStart;
                         });
        review.insert(review.end(), found.begin(), found.end());
    }
    BaselineMatcher::attach(review, &result.indicators);

    *plan = std::move(result);
    return true;
}

bool ReportParser::parseFile(const QString &path, ParsedPlan *plan, QString *error) const
{
    QString localError;
    if (!error)
        error = &localError;
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("ReportParser", "Cannot read %1: %2")
                     .arg(shown, file.errorString());
        return false;
    }
    QString reason;
    const QString text = decode(file.readAll(), &reason);
    if (text.isNull() || !parse(text, plan, &reason)) {
        *error = QCoreApplication::translate("ReportParser", "%1: %2").arg(shown, reason);
        return false;
    }
    return true;
}

} // namespace pd
