// libFuzzer target: InputParsing::date, the one parser of dates typed in the window and given
// to `record --date` and `--as-of`. Whatever it accepts is a real day that reads back as itself.
#include "plan/InputParsing.h"

#include <QDate>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDate date = pd::InputParsing::date(text);
    if (!date.isValid())
        return 0;
    if (date.year() < 1 || date.year() > 9999)
        __builtin_trap();
    const QString written = date.toString(Qt::ISODate);
    if (written.size() != 10 || pd::InputParsing::date(written) != date)
        __builtin_trap();
    return 0;
}
