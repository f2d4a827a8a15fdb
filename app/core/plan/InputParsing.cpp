#include "plan/InputParsing.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace pd {

std::optional<double> InputParsing::number(const QString &text)
{
    QString t = text.normalized(QString::NormalizationForm_KC).trimmed(); // full-width → ASCII
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    t.remove(QLatin1Char(',')).remove(QLatin1Char(' '));
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QDate InputParsing::date(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?\\s*$"));
    const auto match = pattern.match(text.normalized(QString::NormalizationForm_KC));
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

} // namespace pd
