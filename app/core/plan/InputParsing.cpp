#include "plan/InputParsing.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace pd {
namespace {

/// Full-width forms (１２，３４５．６％) become ASCII; the minus sign U+2212 becomes '-'.
QString normalized(const QString &text)
{
    QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    t.replace(QChar(0x2212), QLatin1Char('-'));
    return t;
}

} // namespace

std::optional<double> InputParsing::number(const QString &text, const QString &unit)
{
    QString t = normalized(text);
    if (t.endsWith(QLatin1Char('%'))) {
        if (!unit.isEmpty() && normalized(unit) != QLatin1String("%"))
            return std::nullopt;
        t.chop(1);
        t = t.trimmed();
    }
    // [0-9], not \d: \d matches every script's digits, which toDouble does not read.
    static const QRegularExpression pattern(
        QStringLiteral("^[+-]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?$"));
    if (!pattern.match(t).hasMatch())
        return std::nullopt;
    t.remove(QLatin1Char(','));
    bool ok = false;
    const double value = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(value)) // 400 digits overflow to infinity
        return std::nullopt;
    return value;
}

QDate InputParsing::date(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    const auto match = pattern.match(normalized(text));
    if (!match.hasMatch())
        return {};
    // QDate is invalid for a day that does not exist (2024-02-30, 2023-02-29, month 13).
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

} // namespace pd
