#pragma once

#include <QByteArray>
#include <QDate>

namespace pd {

class PlanStore;

/// The plan with every indicator's actual, progress and status at a date, as one JSON object
/// (the export-json contract: plan, asOf, nodes, indicators).
class JsonExporter
{
public:
    static QByteArray exportPlan(const PlanStore &store, const QDate &asOf);
};

} // namespace pd
