#pragma once

#include "plan/PlanTypes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace pd {

/// What importing a parsed report will create, worked out before anything is written: the
/// counts per part, the warnings a reader should check, and the plan less the indicators the
/// user chose to leave out. The window's import preview and the import-report command both
/// show it, so they say the same.
class ImportPreview
{
    Q_DECLARE_TR_FUNCTIONS(pd::ImportPreview)

public:
    enum class WarningKind
    {
        NoMainTargets,      ///< no main expected targets were found
        AreaWithoutTargets, ///< a work area with no quantified target
        NoLivelihoodList,   ///< 民生实事 are mentioned but not listed
        Forecast,           ///< a figure left out as a forecast (预计…)
        PastFigure,         ///< a figure left out as a past result (已…, 去年…)
        Unquantified,       ///< a main target stated without a figure
    };
    struct Warning
    {
        WarningKind kind;
        int node = -1; ///< the node it is about, or -1
        QString text;  ///< translated, one line
    };
    struct Counts
    {
        int mainTargets = 0;
        int areas = 0;
        int areaIndicators = 0;
        int governmentIndicators = 0;
        int livelihoodProjects = 0;
        int livelihoodIndicators = 0;
        int indicators = 0; ///< every included indicator
    };

    explicit ImportPreview(ParsedPlan plan);

    const ParsedPlan &plan() const { return m_plan; }

    /// Leaves indicator `item` (an index into plan().indicators) out of the result, or puts it
    /// back.
    void setIncluded(int item, bool included);
    bool isIncluded(int item) const;

    /// Counted over the included indicators.
    Counts counts() const;
    std::vector<Warning> warnings() const;
    /// The counts as lines to show or print: "Main targets: 8", "Work areas: 9, with 34
    /// indicators"….
    QStringList countLines() const;
    /// Every warning's text.
    QStringList warningLines() const;

    /// The plan to create: the parsed one without the indicators left out. Codes stay as the
    /// preview showed them.
    ParsedPlan result() const;

private:
    int topOf(int node) const;

    ParsedPlan m_plan;
    std::vector<bool> m_included;
};

} // namespace pd
