#pragma once

// The look every chart view shares: fonts, colours of the non-status marks, margins.

#include <QColor>
#include <QFont>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
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

    /// Significant digits for value labels (QtCharts formats them with 'g').
    static int labelPrecision(double largest);
    /// Lays the chart out now rather than at the next event loop pass, so that a grab or a
    /// print right after a change shows the change.
    static void relayout(QChart *chart);

    /// The text cut to at most maxChars characters, with an ellipsis when cut.
    static QString shortened(const QString &text, int maxChars);
    /// A bar-label format ("@value 公里", "@value%") for a unit as the report writes it.
    static QString valueLabelFormat(const QString &unit);
    /// A value with its unit, as the tree shows numbers: "420 公里", "5.5%".
    static QString valueText(double value, const QString &unit);
};

} // namespace pd
