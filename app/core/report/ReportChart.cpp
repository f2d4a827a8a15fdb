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

void ReportChart::unreportedLine(const QStringList &codes)
{
    if (codes.isEmpty())
        return;
    const QFont font = m_canvas.font(7.5);
    const QString separator =
        m_labels.text(QT_TRANSLATE_NOOP3("ProgressReport", ", ", "between the codes of a list"));
    const QString line =
        m_labels
            .text(QT_TRANSLATE_NOOP3("ProgressReport", "%1 (%2): %3",
                                     "a status, how many indicators have it, their codes"))
            .arg(m_labels.status(Status::NoData))
            .arg(codes.size())
            .arg(codes.join(separator));
    const QString symbol = StatusStyle::symbol(Status::NoData) + QLatin1Char(' ');
    const double symbolWidth = m_canvas.textWidth(font, symbol);
    const QRectF body = m_canvas.body();
    const double width = body.width() - symbolWidth;
    const double height = m_canvas.textHeight(font, width, line);
    m_canvas.ensure(std::min(height, m_canvas.body().height()));
    const double top = m_canvas.y();
    const QColor color = StatusStyle::color(Status::NoData);
    m_canvas.add([=](QPainter &p) {
        p.setFont(font);
        p.setPen(color);
        p.drawText(QRectF(body.left(), top, symbolWidth, height), Qt::AlignLeft | Qt::AlignTop,
                   symbol);
    });
    m_canvas.text(QRectF(body.left() + symbolWidth, top, width, height + 1), font, Grey, line);
    m_canvas.advance(height + m_canvas.mm(1));
}

void ReportChart::indicatorBars(const QString &title, const std::vector<IndicatorBar> &bars,
                                double expected)
{
    const QFont titleFont = m_canvas.font(11, true);
    const QFont font = m_canvas.font(7.5);
    const QFont small = m_canvas.font(6.5);
    const double baseRowHeight = std::max(m_canvas.mm(4.6), m_canvas.lineHeight(font) * 1.15);
    const double axisHeight = m_canvas.lineHeight(small) + m_canvas.mm(1);
    const QRectF body = m_canvas.body();
    const double labelWidth = m_canvas.mm(62);
    const double valueWidth = m_canvas.mm(26);
    const double plotLeft = body.left() + labelWidth + m_canvas.mm(2);
    const double plotWidth = body.width() - labelWidth - valueWidth - m_canvas.mm(4);

    // A row per indicator with a figure; those without one are named on a line of their own
    // (a page of empty rows reading 未填报 tells nothing).
    std::vector<const IndicatorBar *> rows;
    QStringList unreported;
    for (const IndicatorBar &bar : bars) {
        if (bar.progress)
            rows.push_back(&bar);
        else
            unreported << bar.code;
    }

    // Over-achievement shows up to 150 %; longer bars end in an arrow.
    double maxProgress = 1.0;
    for (const IndicatorBar *bar : rows)
        maxProgress = std::max(maxProgress, *bar->progress);
    const double scaleMax = std::min(1.5, std::ceil(maxProgress * 4 - 1e-9) / 4);
    auto xOf = [=](double share) {
        return plotLeft + plotWidth * std::clamp(share, 0.0, scaleMax) / scaleMax;
    };

    const double titleHeight = m_canvas.lineHeight(titleFont) + m_canvas.mm(1.5);
    if (rows.empty() && !unreported.isEmpty()) {
        m_canvas.ensure(titleHeight + m_canvas.lineHeight(font) * 2);
        m_canvas.text(QRectF(body.left(), m_canvas.y(), body.width(), titleHeight), titleFont, Ink,
                      title, Qt::AlignLeft | Qt::AlignTop);
        m_canvas.advance(titleHeight);
        unreportedLine(unreported);
        m_canvas.advance(m_canvas.mm(3));
        return;
    }
    m_canvas.ensure(titleHeight + m_canvas.lineHeight(font) * 2 + axisHeight + baseRowHeight * 3);
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

    if (rows.empty()) {
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

    for (const IndicatorBar *bar : rows) {
        // A long name wraps (evenly) rather than losing its end to "…".
        const ReportCanvas::Fitted label =
            m_canvas.fitted(font, labelWidth, bar->code + QLatin1Char(' ') + bar->name);
        const double rowHeight =
            std::max(baseRowHeight,
                     m_canvas.textHeight(label.font, labelWidth, label.text) + m_canvas.mm(0.8));
        if (!m_canvas.fits(rowHeight)) {
            closeSegment();
            m_canvas.ensure(m_canvas.body().height());
            placeAxis();
            segmentTop = m_canvas.y();
            segmentMark = m_canvas.mark();
        }
        const double top = m_canvas.y();
        m_canvas.text(QRectF(body.left(), top, labelWidth, rowHeight), label.font, Ink, label.text,
                      Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap);
        const QColor color = StatusStyle::color(bar->status);
        const QString value = StatusStyle::symbol(bar->status) + QLatin1Char(' ') +
                              ReportLabels::percent(*bar->progress);
        const double middle = top + rowHeight / 2;
        const double end = xOf(*bar->progress);
        const bool over = *bar->progress > scaleMax + 1e-9;
        const QRectF barRect(plotLeft, middle - baseRowHeight * 0.3, std::max(0.0, end - plotLeft),
                             baseRowHeight * 0.6);
        const double arrow = baseRowHeight * 0.35;
        m_canvas.add([=](QPainter &p) {
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawRect(barRect);
            if (over) {
                QPainterPath path;
                path.moveTo(barRect.right(), barRect.top() - baseRowHeight * 0.1);
                path.lineTo(barRect.right() + arrow, barRect.center().y());
                path.lineTo(barRect.right(), barRect.bottom() + baseRowHeight * 0.1);
                path.closeSubpath();
                p.drawPath(path);
            }
            p.setBrush(Qt::NoBrush);
        });
        const double valueLeft = end + (over ? arrow : 0) + m_canvas.mm(1.2);
        // A white backing keeps the grid lines out of the figure.
        const QRectF backing(valueLeft - m_canvas.mm(0.4), middle - baseRowHeight * 0.4,
                             m_canvas.textWidth(font, value) + m_canvas.mm(0.8),
                             baseRowHeight * 0.8);
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
    m_canvas.advance(m_canvas.mm(1.5));
    unreportedLine(unreported);
    m_canvas.advance(m_canvas.mm(1.5));
}

void ReportChart::partBars(const QString &title, const std::vector<PartBar> &bars)
{
    const QFont titleFont = m_canvas.font(11, true);
    const QFont font = m_canvas.font(8);
    const QFont inside = m_canvas.font(7, true);
    const double baseRowHeight = std::max(m_canvas.mm(7), m_canvas.lineHeight(font) * 1.4);
    const QRectF body = m_canvas.body();
    const double labelWidth = m_canvas.mm(62);
    const double valueWidth = m_canvas.mm(16);
    const double plotLeft = body.left() + labelWidth + m_canvas.mm(2);
    const double plotWidth = body.width() - labelWidth - valueWidth - m_canvas.mm(4);

    const double titleHeight = m_canvas.lineHeight(titleFont) + m_canvas.mm(1.5);
    m_canvas.ensure(titleHeight + baseRowHeight * 3);
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
        // The part's whole title, wrapped evenly, never cut to "…".
        const ReportCanvas::Fitted label = m_canvas.fitted(font, labelWidth, bar.label);
        const double rowHeight =
            std::max(baseRowHeight,
                     m_canvas.textHeight(label.font, labelWidth, label.text) + m_canvas.mm(1));
        m_canvas.ensure(rowHeight);
        const double top = m_canvas.y();
        const double barTop = top + (rowHeight - baseRowHeight) / 2;
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
            segments.push_back(
                {QRectF(x, barTop + baseRowHeight * 0.15, width, baseRowHeight * 0.7),
                 StatusStyle::color(status), text});
            x += width;
        }
        const std::optional<double> completion = bar.counts.completion();
        const QString value = completion ? ReportLabels::percent(*completion) : QStringLiteral("—");
        const double outline = m_canvas.mm(0.15);
        m_canvas.text(QRectF(body.left(), top, labelWidth, rowHeight), label.font, Ink, label.text,
                      Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap);
        m_canvas.add([=](QPainter &p) {
            p.setFont(inside);
            for (const Segment &segment : segments) {
                p.fillRect(segment.rect, segment.color);
                p.setPen(QPen(Qt::white, outline));
                p.drawRect(segment.rect);
                p.drawText(segment.rect, Qt::AlignCenter, segment.text);
            }
            if (segments.empty()) {
                p.setPen(QPen(Grid, outline));
                p.drawRect(QRectF(plotLeft, barTop + baseRowHeight * 0.15, plotWidth,
                                  baseRowHeight * 0.7));
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
