#pragma once

#include <QString>

namespace pd {

class PlanStore;

/// The plan the app ships with: the Chengdu 2024 report, parsed at first start.
class BuiltinPlan
{
public:
    static QString reportText();
    /// Parses the built-in report into the store when it holds no plan yet.
    static bool installIfEmpty(PlanStore &store, QString *error);
    /// Opens a data file, filling it with the built-in plan when it holds none. On failure the
    /// store is closed and a file this call created is removed again.
    static bool openWithPlan(PlanStore &store, const QString &path, QString *error);
};

} // namespace pd
