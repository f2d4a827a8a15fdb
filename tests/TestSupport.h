#pragma once

// Fixtures shared by the tests: temporary data files, a small sample plan, the built-in report.

#include "plan/PlanTypes.h"

#include <QByteArray>
#include <QString>

namespace pd::test {

/// The built-in Chengdu 2024 report, as shipped in resources/.
QString builtinReportText();

/// Path of a file under tests/data.
QString dataPath(const QString &name);

/// A small plan of 2024 that does not depend on the parser: main targets (M1 growth ≈6 %,
/// M2 cap ≤5.5 %), one area with a section (A1.1.1 count ≥500 家, A1.1.2 level ≥95 % from a
/// baseline of 90), and one livelihood project (L1.1 count 1000 公里).
ParsedPlan samplePlan();

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

} // namespace pd::test
