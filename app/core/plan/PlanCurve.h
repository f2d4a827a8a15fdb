#pragma once

#include "plan/PlanTypes.h"

#include <QString>

#include <optional>
#include <vector>

namespace pd {

/// An indicator's plan curve as text, the one form the data file keeps and the user types:
/// "2024-03-31 100; 2024-06-30 300". Quarters may be written Q1…Q4 (the quarter's last day).
class PlanCurve
{
public:
    static QString toText(const std::vector<PlanPoint> &points);
    /// Parses a curve for a plan year (0: any year, no quarters, as the data file keeps it);
    /// points by date, one per date. Empty text is no curve.
    /// On an error returns nothing and says which part is wrong.
    static std::optional<std::vector<PlanPoint>> fromText(const QString &text, int planYear,
                                                          QString *error);
};

} // namespace pd
