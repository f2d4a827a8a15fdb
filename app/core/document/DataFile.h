#pragma once

#include "plan/PlanTypes.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace pd {

class PlanStore;

/// Making a data file. The file is written beside its final path under a temporary name and
/// moved into place only when complete, so a failure or a crash never leaves a half-made file
/// behind, and no stale "-wal" of an earlier file at that path is replayed into the new one.
/// Opening, importing and "new from report" all make their files here.
class DataFile
{
    Q_DECLARE_TR_FUNCTIONS(pd::DataFile)
public:
    enum class IfExists
    {
        Keep,    ///< a file at path (made meanwhile by another process) wins; ours is dropped
        Replace, ///< the new file replaces whatever is at path, with its side files
    };

    /// Writes plan into a new data file at path. *created says whether our file is the one at
    /// path now (false when Keep found one there). On failure nothing at path has changed.
    static bool create(const QString &path, const ParsedPlan &plan, IfExists ifExists,
                       QString *error, bool *created = nullptr);
    /// The same with whatever fill writes into the new, empty (migrated) store: an offline
    /// copy of a server's state, for one.
    using Fill = std::function<bool(PlanStore &store, QString *error)>;
    static bool create(const QString &path, const Fill &fill, IfExists ifExists, QString *error,
                       bool *created = nullptr);
};

} // namespace pd
