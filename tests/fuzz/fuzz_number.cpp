// libFuzzer target: InputParsing::number, the one parser of figures typed in the window and
// given to `record --value`. Whatever it accepts must be a finite number that reads the same
// with spaces around it and, for a %, only where the unit is %.
#include "plan/InputParsing.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <optional>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<double> number = pd::InputParsing::number(text);
    const std::optional<double> percent = pd::InputParsing::number(text, QStringLiteral("%"));
    const std::optional<double> count = pd::InputParsing::number(text, QStringLiteral("公里"));
    if (number != percent || (count && count != number))
        __builtin_trap();
    if (!number)
        return 0;
    if (!std::isfinite(*number))
        __builtin_trap();
    if (pd::InputParsing::number(QStringLiteral(" ") + text + QStringLiteral(" ")) != number)
        __builtin_trap();
    // A number written back plainly is read as itself.
    const std::optional<double> again = pd::InputParsing::number(QString::number(*number, 'f', 6));
    if (!again || std::fabs(*again - *number) > 1e-6 * std::max(1.0, std::fabs(*number)))
        __builtin_trap();
    return 0;
}
