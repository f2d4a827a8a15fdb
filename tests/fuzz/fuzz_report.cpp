// libFuzzer target: a report file's bytes through the decoder and the parser, as Import and
// import-report read them. Any crash, sanitizer finding or hang is a defect; a refusal is not.
#include "parse/ReportParser.h"
#include "plan/PlanTypes.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const QString text = pd::ReportParser::decode(bytes, &error);
    if (text.isEmpty())
        return 0;
    pd::ParsedPlan plan;
    if (pd::ReportParser().parse(text, &plan, &error)) {
        // What the parser returns is a plan: every indicator has a code and a finite target.
        for (const pd::ParsedPlan::Item &item : plan.indicators) {
            if (item.indicator.code.isEmpty() || !qIsFinite(item.indicator.target) ||
                item.node < 0 || item.node >= int(plan.nodes.size()))
                __builtin_trap();
        }
    }
    return 0;
}
