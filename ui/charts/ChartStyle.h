#pragma once

// The look every chart view shares: fonts, colours of the non-status marks, margins.

#include <QColor>
#include <QFont>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QChart;
class QChartView;
class QGraphicsSimpleTextItem;
class QValueAxis;
QT_END_NAMESPACE

namespace pd {

/// Settings shared by the chart views so they read alike in the panes, in meeting mode and on
/// paper. Status colours are not here: they come from StatusStyle.
class ChartStyle
{
public:
    /// Antialiasing, no animation (switching between items must be instant), light theme,
    /// tight margins, fonts taken from the application font so Chinese text falls back to a
    /// CJK face.
    static void setUp(QChartView *view);

    static QFont titleFont();
    static QFont labelFont();
    static QFont smallFont();

    static QColor targetColor();     ///< the neutral grey of a target bar
    static QColor planColor();       ///< the plan line, the bound line
    static QColor expectedColor();   ///< the 序时进度 mark
    static QColor actualLineColor(); ///< measurements over time (status-neutral)
    static QColor noteColor();       ///< "no data" notes
    static QColor textColor();       ///< value labels outside bars

    /// A value axis's range and ticks: whole multiples of a round step (1, 2, 2.5 or 5 times a
    /// power of ten), so that labels read 0, 50, 100 and never 1.5E+04.
    struct Scale
    {
        double min = 0;
        double max = 1;
        double step = 1;
        int decimals = 0; ///< as many as the step needs
    };
    /// The scale over low … high in at most maxIntervals steps. It stays at or above zero when
    /// low is: a count, an amount or a share that cannot fall below zero never shows −20%.
    static Scale niceScale(double low, double high, int maxIntervals = 5);
    /// Sets the axis to the scale: range, a tick on every step, plain-notation labels.
    static void applyScale(QValueAxis *axis, const Scale &scale);

    /// Adds to the chart an axis along the top that shows nothing: it makes the room above the
    /// plot where the unit is written (QtCharts turns a vertical axis's title on its side).
    static QAbstractAxis *addUnitRoom(QChart *chart);
    /// Writes the unit horizontally above the left value axis, its right end over the axis'
    /// labels.
    static void placeUnitTitle(QGraphicsSimpleTextItem *unit, const QChart *chart);

    /// The text broken into lines no wider than width (at word boundaries; Chinese between any
    /// two characters), as evenly as that number of lines allows, so that no line holds a word
    /// or a character alone.
    static QStringList balancedLines(const QString &text, const QFont &font, qreal width);

    /// Significant digits for value labels (QtCharts formats them with 'g').
    static int labelPrecision(double largest);
    /// Lays the chart out now rather than at the next event loop pass, so that a grab or a
    /// print right after a change shows the change; again while what the views place on the
    /// new plot (title, legend, names) changes the margins.
    static void relayout(QChart *chart);

    /// A bar-label format ("@value 公里", "@value%") for a unit as the report writes it.
    static QString valueLabelFormat(const QString &unit);
    /// A value with its unit, as the tree shows numbers: "420 公里", "5.5%".
    static QString valueText(double value, const QString &unit);
};

} // namespace pd
