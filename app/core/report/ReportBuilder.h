#pragma once

#include "report/ReportBook.h"

#include <QDate>
#include <QString>

#include <optional>

namespace pd {

class PlanStore;

/// Reads the plan, its latest figures on or before an as-of date and their progress from the
/// store into a ReportBook, part by part in the report's order.
class ReportBuilder
{
public:
    /// The book for a scope; none (with a translated one-line error) when the store holds no
    /// plan or the scope names a part the plan does not have (an unknown area number).
    static std::optional<ReportBook> build(const PlanStore &store, const QDate &asOf,
                                           const ReportScope &scope, QString *error);
};

} // namespace pd
