#include "report/ReportChart.h"

#include "report/ReportCanvas.h"
#include "report/ReportLabels.h"
#include "plan/StatusStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace pd {
namespace {

const QColor Ink(0x21, 0x21, 0x21);
const QColor Grey(0x61, 0x61, 0x61);
const QColor Grid(0xbd, 0xbd, 0xbd);

} // namespace

ReportChart::ReportChart(ReportCanvas &canvas, const ReportLabels &labels)
    : m_canvas(canvas), m_labels(labels)
{
}

void ReportChart::legend(bool withExpected)
{
    const QFont font = m_canvas.font(7.5);
    const double height = m_canvas.lineHeight(font) + m_canvas.mm(1);
    m_canvas.ensure(height);
    double x = m_canvas.body().left();
    const double top = m_canvas.y();
    for (Status status : StatusStyle::all) {
        const QString symbol = StatusStyle::symbol(status);
        const QString label = m_labels.status(status);
        const double symbolWidth = m_canvas.textWidth(font, symbol + QLatin1Char(' '));
        const double labelWidth = m_canvas.textWidth(font, label);
        const QColor color = StatusStyle::color(status);
        const double left = x;
        m_canvas.add([=](QPainter &p) {
            p.setFont(font);
            p.setPen(color);
            p.drawText(QPointF(left, top + QFontMetricsF(font, p.device()).ascent()), symbol);
            p.setPen(Ink);
            p.drawText(QPointF(left + symbolWidth, top + QFontMetricsF(font, p.device()).ascent()),
                       label);
        });
        x += symbolWidth + labelWidth + m_canvas.mm(4);
    }
    if (withExpected) {
        const double left = x;
        const double lineHeight = m_canvas.lineHeight(font);
        const QString label = m_labels.text(QT_TRANSLATE_NOOP("ProgressReport", "Expected by now"));
        const double width = m_canvas.mm(0.35);
        m_canvas.add([=](QPainter &p) {
            p.setPen(QPen(Ink, width, Qt::DashLine));
            p.drawLine(QPointF(left + width, top), QPointF(left + width, top + lineHeight));
            p.setFont(font);
            p.setPen(Ink);
            p.drawText(QPointF(left + width * 6, top + QFontMetricsF(font, p.device()).ascent()),
                       label);
        });
    }
    m_canvas.advance(height);
}

void ReportChart::indicatorBars(const QString &title, const std::vector<IndicatorBar> &bars,
                                double expected)
{
    const QFont titleFont = m_canvas.font(11, true);
    const QFont font = m_canvas.font(7.5);
    const QFont small = m_canvas.font(6.5);
    const double rowHeight = std::max(m_canvas.mm(4.6), m_canvas.lineHeight(font) * 1.15);
    const double axisHeight = m_canvas.lineHeight(small) + m_canvas.mm(1);
    const QRectF body = m_canvas.body();
    const double labelWidth = m_canvas.mm(62);
    const double valueWidth = m_canvas.mm(26);
    const double plotLeft = body.left() + labelWidth + m_canvas.mm(2);
    const double plotWidth = body.width() - labelWidth - valueWidth - m_canvas.mm(4);

    // Over-achievement shows up to 150 %; longer bars end in an arrow.
    double maxProgress = 1.0;
    for (const IndicatorBar &bar : bars) {
        if (bar.progress)
            maxProgress = std::max(maxProgress, *bar.progress);
    }
    const double scaleMax = std::min(1.5, std::ceil(maxProgress * 4 - 1e-9) / 4);
    auto xOf = [=](double share) {
        return plotLeft + plotWidth * std::clamp(share, 0.0, scaleMax) / scaleMax;
    };

    const double titleHeight = m_canvas.lineHeight(titleFont) + m_canvas.mm(1.5);
    m_canvas.ensure(titleHeight + m_canvas.lineHeight(font) * 2 + axisHeight + rowHeight * 3);
    m_canvas.text(QRectF(body.left(), m_canvas.y(), body.width(), titleHeight), titleFont, Ink,
                  title, Qt::AlignLeft | Qt::AlignTop);
    m_canvas.advance(titleHeight);
    legend(true);

    auto placeAxis = [&] {
        const double top = m_canvas.y();
        const double lineWidth = m_canvas.mm(0.1);
        for (double tick = 0; tick <= scaleMax + 1e-9; tick += 0.25) {
            const double x = xOf(tick);
            const QString text = ReportLabels::percent(tick);
            const double w = m_canvas.mm(12);
            m_canvas.text(QRectF(x - w / 2, top, w, axisHeight), small, Grey, text,
                          Qt::AlignHCenter | Qt::AlignTop);
        }
        m_canvas.add([=](QPainter &p) {
            p.setPen(QPen(Grid, lineWidth));
            p.drawLine(QPointF(plotLeft, top + axisHeight),
                       QPointF(plotLeft + plotWidth, top + axisHeight));
        });
        m_canvas.advance(axisHeight);
    };
    placeAxis();

    if (bars.empty()) {
        m_canvas.paragraph(
            font, Grey,
            m_labels.text(QT_TRANSLATE_NOOP("ProgressReport", "No quantified targets.")));
        return;
    }

    double segmentTop = m_canvas.y();
    std::size_t segmentMark = m_canvas.mark();
    std::vector<ReportCanvas::Step> figures; // painted last, over the 序时进度 mark
    auto closeSegment = [&] {
        // Grid lines under the rows placed on this page, the 序时进度 mark over their bars and
        // the figures over the mark.
        const double top = segmentTop;
        const double bottom = m_canvas.y();
        const double gridWidth = m_canvas.mm(0.1);
        const double markWidth = m_canvas.mm(0.4);
        std::vector<double> ticks;
        for (double tick = 0; tick <= scaleMax + 1e-9; tick += 0.25)
            ticks.push_back(xOf(tick));
        m_canvas.insertAt(segmentMark, [=](QPainter &p) {
            p.setPen(QPen(Grid, gridWidth, Qt::DotLine));
            for (double x : ticks)
                p.drawLine(QPointF(x, top), QPointF(x, bottom));
        });
        const double expectedX = xOf(expected);
        m_canvas.add([=](QPainter &p) {
            p.setPen(QPen(Ink, markWidth, Qt::DashLine));
            p.drawLine(QPointF(expectedX, top - axisHeight * 0.3), QPointF(expectedX, bottom));
        });
        for (ReportCanvas::Step &step : figures)
            m_canvas.add(std::move(step));
        figures.clear();
    };

    for (const IndicatorBar &bar : bars) {
        if (!m_canvas.fits(rowHeight)) {
            closeSegment();
            m_canvas.ensure(m_canvas.body().height());
            placeAxis();
            segmentTop = m_canvas.y();
            segmentMark = m_canvas.mark();
        }
        const double top = m_canvas.y();
        const QString label = bar.label;
        m_canvas.add([=](QPainter &p) {
            p.setFont(font);
            p.setPen(Ink);
            const QFontMetricsF fm(font, p.device());
            p.drawText(QRectF(body.left(), top, labelWidth, rowHeight),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(label, Qt::ElideRight, labelWidth));
        });
        const QColor color = StatusStyle::color(bar.status);
        const QString value =
            StatusStyle::symbol(bar.status) + QLatin1Char(' ') +
            (bar.progress ? ReportLabels::percent(*bar.progress) : m_labels.status(Status::NoData));
        double end = plotLeft;
        if (bar.progress) {
            end = xOf(*bar.progress);
            const bool over = *bar.progress > scaleMax + 1e-9;
            const QRectF barRect(plotLeft, top + rowHeight * 0.2, std::max(0.0, end - plotLeft),
                                 rowHeight * 0.6);
            const double arrow = rowHeight * 0.35;
            m_canvas.add([=](QPainter &p) {
                p.setPen(Qt::NoPen);
                p.setBrush(color);
                p.drawRect(barRect);
                if (over) {
                    QPainterPath path;
                    path.moveTo(barRect.right(), barRect.top() - rowHeight * 0.1);
                    path.lineTo(barRect.right() + arrow, barRect.center().y());
                    path.lineTo(barRect.right(), barRect.bottom() + rowHeight * 0.1);
                    path.closeSubpath();
                    p.drawPath(path);
                }
                p.setBrush(Qt::NoBrush);
            });
            if (over)
                end += arrow;
        }
        const double valueLeft = end + m_canvas.mm(1.2);
        // A white backing keeps the grid lines out of the figure.
        const QRectF backing(valueLeft - m_canvas.mm(0.4), top + rowHeight * 0.1,
                             m_canvas.textWidth(font, value) + m_canvas.mm(0.8), rowHeight * 0.8);
        figures.push_back([=](QPainter &p) {
            p.fillRect(backing, Qt::white);
            p.setFont(font);
            p.setPen(color);
            p.drawText(QRectF(valueLeft, top, body.right() - valueLeft, rowHeight),
                       Qt::AlignLeft | Qt::AlignVCenter, value);
        });
        m_canvas.advance(rowHeight);
    }
    closeSegment();
    m_canvas.advance(m_canvas.mm(3));
}

void ReportChart::partBars(const QString &title, const std::vector<PartBar> &bars)
{
    const QFont titleFont = m_canvas.font(11, true);
    const QFont font = m_canvas.font(8);
    const QFont inside = m_canvas.font(7, true);
    const double rowHeight = std::max(m_canvas.mm(7), m_canvas.lineHeight(font) * 1.4);
    const QRectF body = m_canvas.body();
    const double labelWidth = m_canvas.mm(62);
    const double valueWidth = m_canvas.mm(16);
    const double plotLeft = body.left() + labelWidth + m_canvas.mm(2);
    const double plotWidth = body.width() - labelWidth - valueWidth - m_canvas.mm(4);

    const double titleHeight = m_canvas.lineHeight(titleFont) + m_canvas.mm(1.5);
    m_canvas.ensure(titleHeight + rowHeight * 3);
    m_canvas.text(QRectF(body.left(), m_canvas.y(), body.width(), titleHeight), titleFont, Ink,
                  title, Qt::AlignLeft | Qt::AlignTop);
    m_canvas.advance(titleHeight);
    legend(false);
    const QString completionLabel =
        m_labels.text(QT_TRANSLATE_NOOP("ProgressReport", "Completion"));
    m_canvas.text(QRectF(body.right() - valueWidth - m_canvas.mm(4), m_canvas.y(),
                         valueWidth + m_canvas.mm(4), m_canvas.lineHeight(font)),
                  m_canvas.font(7), Grey, completionLabel, Qt::AlignRight | Qt::AlignTop);
    m_canvas.advance(m_canvas.lineHeight(font));

    for (const PartBar &bar : bars) {
        m_canvas.ensure(rowHeight);
        const double top = m_canvas.y();
        const QString label = bar.label;
        const int total = bar.counts.indicators;
        struct Segment
        {
            QRectF rect;
            QColor color;
            QString text;
        };
        std::vector<Segment> segments;
        double x = plotLeft;
        for (const auto &[status, count] : bar.counts.entries()) {
            if (count == 0 || total == 0)
                continue;
            const double width = plotWidth * count / total;
            QString text = StatusStyle::symbol(status) + QString::number(count);
            if (m_canvas.textWidth(inside, text) > width - m_canvas.mm(0.6))
                text = QString::number(count);
            if (m_canvas.textWidth(inside, text) > width - m_canvas.mm(0.6))
                text.clear();
            segments.push_back({QRectF(x, top + rowHeight * 0.15, width, rowHeight * 0.7),
                                StatusStyle::color(status), text});
            x += width;
        }
        const std::optional<double> completion = bar.counts.completion();
        const QString value = completion ? ReportLabels::percent(*completion) : QStringLiteral("—");
        const double outline = m_canvas.mm(0.15);
        m_canvas.add([=](QPainter &p) {
            p.setFont(font);
            p.setPen(Ink);
            const QFontMetricsF fm(font, p.device());
            p.drawText(QRectF(body.left(), top, labelWidth, rowHeight),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(label, Qt::ElideRight, labelWidth));
            p.setFont(inside);
            for (const Segment &segment : segments) {
                p.fillRect(segment.rect, segment.color);
                p.setPen(QPen(Qt::white, outline));
                p.drawRect(segment.rect);
                p.drawText(segment.rect, Qt::AlignCenter, segment.text);
            }
            if (segments.empty()) {
                p.setPen(QPen(Grid, outline));
                p.drawRect(QRectF(plotLeft, top + rowHeight * 0.15, plotWidth, rowHeight * 0.7));
            }
            p.setFont(font);
            p.setPen(Ink);
            p.drawText(QRectF(body.right() - valueWidth, top, valueWidth, rowHeight),
                       Qt::AlignRight | Qt::AlignVCenter, value);
        });
        m_canvas.advance(rowHeight);
    }
    m_canvas.advance(m_canvas.mm(3));
}

} // namespace pd
