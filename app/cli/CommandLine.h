#pragma once

#include <QStringList>

class QTextStream;

namespace pd {

/// The sub-commands of the progress-dashboard binary (import-report, export-json, record…).
/// Each returns the process exit code: 0 on success, 1 on an error (one line on stderr),
/// 2 on a usage error.
class CommandLine
{
public:
    /// True when arguments[1] names a sub-command, so no window is needed.
    static bool isCommand(const QStringList &arguments);
    /// The data file used when no --db is given.
    static QString defaultDataFile();

    int run(const QStringList &arguments);

private:
    int importReport(const QStringList &arguments);
    int exportJson(const QStringList &arguments);
    int record(const QStringList &arguments);
    int exportPdf(const QStringList &arguments);
    int exportMinutes(const QStringList &arguments);

    int fail(const QString &message, int code = 1);
};

} // namespace pd
