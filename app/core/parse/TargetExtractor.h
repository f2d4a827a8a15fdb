#pragma once

#include "plan/PlanTypes.h"

#include <QString>

#include <optional>
#include <vector>

namespace pd {

/// One quantified target found in a stretch of report text.
struct ExtractedTarget
{
    QString name; ///< short name of what is measured, from the source text
    double value = 0;
    QString unit;
    Comparator comparator = Comparator::Exactly;
    IndicatorKind kind = IndicatorKind::Count;
    int snippetStart = 0; ///< offsets of the snippet in the source text
    int snippetEnd = 0;
    int valueStart = 0; ///< offset of the figure itself
    QString snippet;    ///< verbatim source text
    /// 力争: the higher figure striven for ("增长7%以上、力争达到8%" → 8).
    std::optional<double> stretch;
    /// Why a figure was read and not taken as a target: "forecast" (预计…) or "past" (已…,
    /// 去年…); empty for a target.
    QString doubt;
};

/// Finds the quantified targets ("新建天府绿道1000公里", "增长6%左右", "不少于23万人",
/// "分别增长5%、6%以上") in a range of report text, and leaves out numbers that are names
/// (8号线, 500千伏, 第十五届, 5G, 2024年, 15分钟…), qualifiers (30亿元以上项目) and standards
/// (1000元/生/年, 每两周不低于1课时).
///
/// Works on the normalised text (see TextNormalizer) and takes names and snippets verbatim from
/// the source text at the same offsets.
class TargetExtractor
{
public:
    TargetExtractor(const QString &source, const QString &normalized);

    /// The targets in [from, to), in text order. Figures that read as forecasts or as past
    /// results are left out, and go to *dropped (with their doubt) when it is given.
    std::vector<ExtractedTarget> extract(int from, int to,
                                         std::vector<ExtractedTarget> *dropped = nullptr) const;

private:
    struct Candidate;
    void extractClause(int start, int end, int sentenceStart, std::vector<ExtractedTarget> *out,
                       QString *lastSubject) const;
    /// "forecast", "past" or empty: what the sentence says before the figure at numStart.
    QString doubtOf(int sentenceStart, int numStart) const;
    /// Folds "…7%以上、力争达到8%" into one target with a stretch figure.
    void foldStretch(std::vector<ExtractedTarget> *targets) const;

    const QString &m_source;
    const QString &m_text;
};

} // namespace pd
