#include "ReportParser.h"

namespace pd {

QString ReportParser::decode(const QByteArray &bytes, QString *)
{
    return QString::fromUtf8(bytes);
}

bool ReportParser::parse(const QString &, ParsedPlan *, QString *) const
{
    return false;
}

} // namespace pd
