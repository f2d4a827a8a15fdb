#include "charts/ChartStyle.h"

#include "plan/ProgressText.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace pd {

void ChartStyle::setUp(QChartView *view)
{
    view->setRenderHint(QPainter::Antialiasing);
    view->setRenderHint(QPainter::TextAntialiasing);
    view->setMinimumSize(240, 160);
    QChart *chart = view->chart();
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 4, 6, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setTitleFont(titleFont());
    // Figures read as the report writes them: 1000, not 1,000 (as ProgressText::number).
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    chart->setLocale(locale);
    chart->setLocalizeNumbers(true);
    chart->legend()->setFont(smallFont());
    chart->legend()->setAlignment(Qt::AlignBottom);
}

QFont ChartStyle::titleFont()
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() + 1);
    font.setBold(true);
    return font;
}

QFont ChartStyle::labelFont()
{
    return QApplication::font();
}

QFont ChartStyle::smallFont()
{
    QFont font = QApplication::font();
    font.setPointSizeF(qMax(7.0, font.pointSizeF() - 1));
    return font;
}

QColor ChartStyle::targetColor()
{
    return QColor(0xb0, 0xb7, 0xbd);
}

QColor ChartStyle::planColor()
{
    return QColor(0x54, 0x5b, 0x62);
}

QColor ChartStyle::expectedColor()
{
    return QColor(0x6a, 0x1b, 0x9a);
}

QColor ChartStyle::actualLineColor()
{
    return QColor(0x26, 0x32, 0x38);
}

QColor ChartStyle::textColor()
{
    return QColor(0x30, 0x30, 0x30);
}

int ChartStyle::labelPrecision(double largest)
{
    // Enough significant digits for the integer part of the largest value, and at least 3, so
    // that 1000 does not turn into 1e+03 and 92.4863 reads 92.5.
    int digits = 1;
    for (double v = std::abs(largest); v >= 10 && digits < 15; v /= 10)
        ++digits;
    return std::max(3, digits);
}

void ChartStyle::relayout(QChart *chart)
{
    if (chart->layout())
        chart->layout()->activate();
}

QColor ChartStyle::noteColor()
{
    return QColor(0x61, 0x61, 0x61);
}

QString ChartStyle::shortened(const QString &text, int maxChars)
{
    const QString simplified = text.simplified();
    if (simplified.size() <= maxChars)
        return simplified;
    return simplified.left(qMax(1, maxChars - 1)) + QChar(0x2026);
}

QString ChartStyle::valueLabelFormat(const QString &unit)
{
    if (unit.isEmpty())
        return QStringLiteral("@value");
    if (unit.startsWith(QLatin1Char('%')))
        return QStringLiteral("@value") + unit;
    return QStringLiteral("@value ") + unit;
}

QString ChartStyle::valueText(double value, const QString &unit)
{
    const QString number = ProgressText::number(value);
    if (unit.isEmpty())
        return number;
    if (unit.startsWith(QLatin1Char('%')))
        return number + unit;
    return number + QLatin1Char(' ') + unit;
}

} // namespace pd
