#pragma once

#include "plan/PlanTypes.h"

#include <QString>

namespace pd {

class PlanStore;

/// The plan the app ships with: the Chengdu 2024 report, parsed at first start.
class BuiltinPlan
{
public:
    static QString reportText();
    /// The built-in report, parsed.
    static bool parse(ParsedPlan *plan, QString *error);
    /// Parses the built-in report into the store when it holds no plan yet.
    static bool installIfEmpty(PlanStore &store, QString *error);
    /// Opens a data file, making it with the built-in plan when missing (see DataFile) and
    /// filling it when it holds none. On failure the store is closed and no file is left.
    static bool openWithPlan(PlanStore &store, const QString &path, QString *error);
};

} // namespace pd
