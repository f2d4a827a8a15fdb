#include "charts/ChartStyle.h"

#include "plan/ProgressText.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLocale>
#include <QGraphicsSimpleTextItem>
#include <QPainter>
#include <QTextLayout>
#include <QTextOption>
#include <QValueAxis>

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

ChartStyle::Scale ChartStyle::niceScale(double low, double high, int maxIntervals)
{
    if (!std::isfinite(low) || !std::isfinite(high))
        return {};
    if (high < low)
        std::swap(low, high);
    if (high - low < 1e-12)
        high = low + (low == 0 ? 1 : std::abs(low) * 0.1);
    maxIntervals = std::max(1, maxIntervals);
    const double raw = (high - low) / maxIntervals;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * magnitude;
    for (double factor : {1.0, 2.0, 2.5, 5.0}) {
        if (factor * magnitude >= raw * (1 - 1e-9)) {
            step = factor * magnitude;
            break;
        }
    }
    Scale scale;
    scale.step = step;
    scale.min = std::floor(low / step + 1e-9) * step;
    scale.max = std::ceil(high / step - 1e-9) * step;
    if (low >= 0)
        scale.min = std::max(0.0, scale.min);
    // Decimals enough to write the step exactly (2.5 needs one, 0.25 two).
    scale.decimals = 0;
    while (scale.decimals < 6) {
        const double scaled = step * std::pow(10.0, scale.decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
            break;
        ++scale.decimals;
    }
    return scale;
}

void ChartStyle::applyScale(QValueAxis *axis, const Scale &scale)
{
    axis->setRange(scale.min, scale.max);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(scale.min);
    axis->setTickInterval(scale.step);
    axis->setMinorTickCount(0);
    // 'f', never 'g': the chart's locale writes the number without exponent or group separator.
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(scale.decimals));
}

QAbstractAxis *ChartStyle::addUnitRoom(QChart *chart)
{
    auto *room = new QValueAxis;
    room->setLineVisible(false);
    room->setGridLineVisible(false);
    room->setMinorGridLineVisible(false);
    room->setShadesVisible(false);
    room->setTickCount(2);
    room->setLabelFormat(QStringLiteral("%.0f"));
    room->setLabelsFont(smallFont());
    // Its labels keep their room but draw in no colour; the unit is drawn by the view.
    room->setLabelsColor(Qt::transparent);
    chart->addAxis(room, Qt::AlignTop);
    return room;
}

void ChartStyle::placeUnitTitle(QGraphicsSimpleTextItem *unit, const QChart *chart)
{
    const QRectF plot = chart->plotArea();
    const QRectF text = unit->boundingRect();
    // Above the top tick label, which is centred on the plot's top edge.
    const qreal labelHalf = text.height() / 2;
    const qreal x = std::max(2.0, plot.left() - 4 - text.width());
    const qreal y = std::max(0.0, plot.top() - labelHalf - text.height());
    unit->setPos(x, y);
}

QStringList ChartStyle::balancedLines(const QString &text, const QFont &font, qreal width)
{
    const auto linesAt = [&text, &font](qreal lineWidth) {
        QTextLayout layout(text, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        QStringList lines;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(lineWidth);
            lines << text.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
        return lines;
    };
    QStringList best = linesAt(width);
    if (best.size() <= 1)
        return best;
    // The narrowest width that needs no more lines.
    qreal low = width / qreal(best.size());
    qreal high = width;
    for (int i = 0; i < 12 && high - low > 1; ++i) {
        const qreal middle = (low + high) / 2;
        QStringList lines = linesAt(middle);
        if (lines.size() <= best.size()) {
            best = std::move(lines);
            high = middle;
        } else {
            low = middle;
        }
    }
    return best;
}

void ChartStyle::relayout(QChart *chart)
{
    for (int pass = 0; pass < 3 && chart->layout() && !chart->layout()->isActivated(); ++pass)
        chart->layout()->activate();
}

QColor ChartStyle::noteColor()
{
    return QColor(0x61, 0x61, 0x61);
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
