#include "plan/PlanCurve.h"

#include "plan/InputParsing.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace pd {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PlanCurve", text);
}

} // namespace

QString PlanCurve::toText(const std::vector<PlanPoint> &points)
{
    QStringList parts;
    for (const PlanPoint &p : points)
        parts << p.date.toString(Qt::ISODate) + QLatin1Char(' ') +
                     QString::number(p.value, 'g', 15);
    return parts.join(QStringLiteral("; "));
}

std::optional<std::vector<PlanPoint>> PlanCurve::fromText(const QString &text, int planYear,
                                                          QString *error)
{
    std::vector<PlanPoint> points;
    static const QRegularExpression separators(QStringLiteral("[;；\\n]"));
    static const QRegularExpression point(
        QStringLiteral("^\\s*(\\d{4}-\\d{2}-\\d{2}|[Qq][1-4])\\s*[:：=\\s]\\s*(\\S.*?)\\s*$"));
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch m = point.match(part);
        if (!m.hasMatch()) {
            *error = tr("\"%1\" is not a point of a plan curve; write a date and a value, as "
                        "\"2024-06-30 300\" or \"Q2 300\".")
                         .arg(part.trimmed());
            return std::nullopt;
        }
        QDate date;
        const QString when = m.captured(1);
        if (when.startsWith(QLatin1Char('Q'), Qt::CaseInsensitive) && planYear > 0) {
            const int quarter = when.mid(1).toInt();
            date = QDate(planYear, quarter * 3, 1);
            date = date.addDays(date.daysInMonth() - 1);
        } else {
            date = QDate::fromString(when, Qt::ISODate);
        }
        if (!date.isValid() || (planYear > 0 && date.year() != planYear)) {
            *error = tr("%1 is not a date in the plan's year %2.").arg(when).arg(planYear);
            return std::nullopt;
        }
        const std::optional<double> value = InputParsing::number(m.captured(2));
        if (!value) {
            *error = tr("\"%1\" is not a number.").arg(m.captured(2));
            return std::nullopt;
        }
        const auto same = std::find_if(points.begin(), points.end(),
                                       [&](const PlanPoint &p) { return p.date == date; });
        if (same != points.end()) {
            *error = tr("%1 is given twice.").arg(date.toString(Qt::ISODate));
            return std::nullopt;
        }
        points.push_back({date, *value});
    }
    std::sort(points.begin(), points.end(),
              [](const PlanPoint &a, const PlanPoint &b) { return a.date < b.date; });
    return points;
}

} // namespace pd
