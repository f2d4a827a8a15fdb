#pragma once

// Fixtures shared by the tests: temporary data files, the built-in report text.

#include <QString>
#include <QTemporaryDir>

namespace pd::test {

/// The built-in Chengdu 2024 report, as shipped in resources/.
QString builtinReportText();

/// Path of a file under tests/data.
QString dataPath(const QString &name);

} // namespace pd::test
