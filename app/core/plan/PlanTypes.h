#pragma once

// Plain value types of the plan: what the parser produces, the store keeps and the rules read.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace pd {

/// Where a node sits in the report. Stored as its key() string, so the order here can change.
enum class NodeKind
{
    MainTargets,        ///< 主要预期目标
    Area,               ///< one of the numbered work areas (一)…(九)
    Section,            ///< a paragraph of an area or of the self-building part
    Government,         ///< 全面加强政府自身建设
    Livelihood,         ///< 民生实事 (holds the categories)
    LivelihoodCategory, ///< 一、交通出行 …
    LivelihoodProject,  ///< 1.公交出行优化 …
};

/// How the target bounds the actual value.
enum class Comparator
{
    AtLeast, ///< ≥: 以上, 不少于, 突破, 超过, 达到, 提升至, ranges
    About,   ///< ≈: 左右
    AtMost,  ///< ≤: 控制在…以内, 以下, 不超过
    Exactly, ///< =: a plain figure
};

/// What sort of target it is; decides how progress is computed (see ProgressRules).
enum class IndicatorKind
{
    Count,  ///< something to build or do during the year: progress = actual ÷ target
    Level,  ///< a ratio or level to reach: progress = distance covered from baseline
    Growth, ///< a growth (or decline) rate to reach
    Cap,    ///< an upper limit not to exceed
};

/// Which part of the report an indicator belongs to (export-json's "part").
enum class PlanPart
{
    Main,
    Area,
    Government,
    Livelihood
};

enum class Status
{
    Done,
    OnTrack,
    SlightlyBehind,
    Behind,
    NoData
};

QString nodeKindKey(NodeKind kind);
std::optional<NodeKind> nodeKindFromKey(const QString &key);
QString comparatorKey(Comparator comparator); ///< ">=", "~", "<=", "="
std::optional<Comparator> comparatorFromKey(const QString &key);
QString comparatorSymbol(Comparator comparator); ///< "≥", "≈", "≤", "" as the tree shows it
QString indicatorKindKey(IndicatorKind kind);    ///< "count", "level", "growth", "cap"
std::optional<IndicatorKind> indicatorKindFromKey(const QString &key);
QString planPartKey(PlanPart part);
/// The part of the report a node of this kind belongs to (sections count as areas).
PlanPart planPartOf(NodeKind kind); ///< "main", "area", "government", "livelihood"
QString statusKey(Status status);   ///< "done", "on_track", "slightly_behind", "behind", "no_data"
std::optional<Status> statusFromKey(const QString &key);

/// A report's identity. The source text is kept so any snippet can be shown in context.
struct PlanInfo
{
    qint64 id = 0;
    QString title;
    QString government; ///< e.g. 成都市
    int year = 0;       ///< the plan's year (2024), not the review's
    QString sourceText;
};

struct PlanNode
{
    qint64 id = 0;
    qint64 parentId = 0; ///< 0 at the top level
    NodeKind kind = NodeKind::Section;
    int ordinal = 0; ///< 1-based position among its siblings (area number, project number…)
    QString title;
};

/// One point of an indicator's plan curve: the cumulative value planned by a date.
struct PlanPoint
{
    QDate date;
    double value = 0;
    bool operator==(const PlanPoint &other) const
    {
        return date == other.date && value == other.value;
    }
};

struct Indicator
{
    qint64 id = 0;
    qint64 nodeId = 0;
    int ordinal = 0; ///< 1-based position inside its node
    QString code;    ///< stable, human-readable: M3, A3.2.1, G2.1, L12.1
    QString name;    ///< short name of what is measured: 新建天府绿道
    double target = 0;
    QString unit; ///< as the report writes it: 万人, 亿元, %, 个百分点
    Comparator comparator = Comparator::Exactly;
    IndicatorKind kind = IndicatorKind::Count;
    QString snippet; ///< verbatim text it came from
    std::optional<double> baseline;
    /// 力争: the higher figure the report strives for beside the target ("增长7%以上、力争达到
    /// 8%" → target 7, stretch 8); unset for most targets.
    std::optional<double> stretchTarget;
    QString leadUnit; ///< 牵头单位
    QString coUnits;  ///< 配合单位
    QString notes;
    /// Planned cumulative values at chosen dates, by date (count and level targets); empty
    /// when "expected by now" is the straight line of 序时进度.
    std::vector<PlanPoint> planCurve;
};

/// One commitment of the plan (a sentence or clause with its own verb), as a 台账 tracks it.
struct PlanTask
{
    qint64 id = 0;
    qint64 nodeId = 0;
    int ordinal = 0; ///< 1-based position inside its node
    QString code;    ///< stable, human-readable: A3.2.T4, A3.0.T1, G2.T1
    QString text;    ///< verbatim from the report, without the punctuation that ends it
    /// 完成时限: the date the text states (年底前, 6月底前, 上半年, 三季度, 2025年前…), else the
    /// plan year's 31 December.
    QDate deadline;
    bool deadlineStated = false; ///< the text states the deadline
};

struct Measurement
{
    qint64 id = 0;
    qint64 indicatorId = 0;
    QDate date;
    double value = 0;
    QString note;
    QString enteredBy;
    QDateTime enteredAt;
    /// A reporting round's texts beside its figure, as a responsible unit writes them.
    QString progress;  ///< 进展情况
    QString problems;  ///< 存在问题
    QString nextSteps; ///< 下步打算
};

/// A responsible unit (牵头单位 / 配合单位) of the data file's list. Indicators name their units
/// by name, so a unit renamed here is renamed on them too.
struct ResponsibleUnit
{
    qint64 id = 0;
    QString name;      ///< 成都市发展和改革委员会
    QString shortName; ///< 市发改委
    QString contact;   ///< a person and a telephone number, as the office writes them
};

/// What the report parser produces: nodes and indicators linked by position, not by id.
struct ParsedPlan
{
    struct Node
    {
        int parent = -1; ///< index into nodes, -1 at the top level
        NodeKind kind = NodeKind::Section;
        int ordinal = 0;
        QString title;
    };
    struct Item
    {
        int node = -1;       ///< index into nodes
        Indicator indicator; ///< ids unset; code, ordinal and the rest filled
    };
    /// A figure the parser read and did not take as a target, for the import preview's
    /// warnings.
    struct Dropped
    {
        int node = -1; ///< index into nodes
        /// "forecast" (预计…), "past" (已…, 去年…), or "unquantified" (a main target stated
        /// without a figure: "居民收入增长和经济增长同步")
        QString reason;
        QString snippet;
    };
    /// A commitment of a work area's or of the self-building part's text, with the indicators
    /// whose snippets it holds.
    struct Task
    {
        int node = -1; ///< index into nodes
        PlanTask task; ///< ids unset
        int start = 0; ///< [start, end) of its text in info.sourceText
        int end = 0;
        std::vector<int> indicators; ///< indices into ParsedPlan::indicators, in report order
        QStringList indicatorCodes;  ///< their codes, same order
    };
    PlanInfo info;
    std::vector<Node> nodes;
    std::vector<Item> indicators;
    std::vector<Dropped> dropped;
    std::vector<Task> tasks; ///< in report order; none for the main targets and 民生实事
};

} // namespace pd
