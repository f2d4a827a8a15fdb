#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>
#include <vector>

namespace pd {

/// One commitment found in a stretch of report text.
struct ExtractedTask
{
    int start = 0; ///< [start, end) of its text in the source text
    int end = 0;
    QString text; ///< verbatim, without the punctuation that ends it
    QDate deadline;
    bool deadlineStated = false;
};

/// Splits the text of a section into its commitments: each sentence, and each clause after a
/// comma, 、, semicolon or colon that opens with a verb of its own (建设, 推进, 实施, 开工, 建成,
/// 出台, 完成, 打造, 新增, 加快…, also behind 大力, 年底前, 一是…) or states its own figure
/// ("工业投资 增长6.5%"). A clause without its own verb stays with the one before it (and what
/// stands before the first verb, "到2025年底,", with the clause it opens), so the tasks of a
/// stretch hold all of its text, once, in order. Reads each task's deadline from its text (年底前,
/// 6月底前, 上半年, 三季度, 2025年前, 2025年6月底前…).
///
/// Works on the normalised text (see TextNormalizer) and takes the texts verbatim from the
/// source text at the same offsets.
class TaskExtractor
{
public:
    TaskExtractor(const QString &source, const QString &normalized, int year);

    /// The commitments of [from, to), in text order. No split falls inside one of the unbroken
    /// ranges (the snippets of the indicators), so each of them lies inside one task.
    std::vector<ExtractedTask> extract(int from, int to,
                                       const std::vector<std::pair<int, int>> &unbroken) const;

    /// Where the text of [from, to) starts after its heading: after the first sentence when
    /// that sentence is the title (a section's lead sentence "全力以赴扩大有效益的投资。", a
    /// heading line), else from.
    int afterHeading(int from, int to, const QString &title) const;

    /// The latest deadline the (normalised) text states, read in the plan's year; nothing when
    /// it states none.
    static std::optional<QDate> statedDeadline(QStringView text, int year);

    /// True when a clause opens with a verb of its own (after adverbs such as 大力, 进一步,
    /// 年底前, 一是) or states a figure with its own predicate (增长6.5%).
    static bool opensClause(QStringView clause);

    /// True when the text holds one of the verbs a commitment is made with.
    static bool holdsVerb(QStringView text);

private:
    /// Where the verb that opens the clause starts (behind adverbs), its length in *length; -1
    /// when none opens it.
    static int openingVerb(QStringView clause, int *length);
    /// Two clauses of a 、 list that each carry a verb of their own and act on things of their
    /// own ("增强“四个意识”、坚定“四个自信”"), not items of a list ("治理理念、治理模式").
    static bool parallelClauses(QStringView before, QStringView clause);

    const QString &m_source;
    const QString &m_text;
    int m_year = 0;
};

} // namespace pd
