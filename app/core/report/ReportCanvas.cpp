#include "report/ReportCanvas.h"

#include "report/ReportFont.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace pd {

ReportCanvas::ReportCanvas(QPagedPaintDevice *device) : m_device(device), m_family(fontFamily())
{
    m_dotsPerMm = device->logicalDpiY() / 25.4;
    m_pageRect = QRectF(0, 0, device->width(), device->height());
    // Room for the running header above the body and the footer below it.
    m_body = m_pageRect.adjusted(0, mm(9), 0, -mm(9));
}

QString ReportCanvas::fontFamily()
{
    return ReportFont::family();
}

QFont ReportCanvas::font(double pointSize, bool bold) const
{
    QFont font(m_family);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    // Without shaping, digits after Latin letters keep their plain glyphs (Noto CJK swaps in
    // proportional ones there, which a PDF cannot map back to text: "M1" would read "M").
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

void ReportCanvas::newPage(const QString &runningTitle, bool plain)
{
    m_pages.push_back(Page{runningTitle, plain, {}});
    m_y = m_body.top();
}

bool ReportCanvas::ensure(double height)
{
    if (!m_pages.empty() && fits(height))
        return false;
    newPage(m_pages.empty() ? QString() : m_pages.back().runningTitle);
    return true;
}

void ReportCanvas::add(Step step)
{
    if (m_pages.empty())
        newPage({});
    m_pages.back().steps.push_back(std::move(step));
}

void ReportCanvas::addTo(int page, Step step)
{
    m_pages.at(std::size_t(page)).steps.push_back(std::move(step));
}

void ReportCanvas::insertAt(std::size_t mark, Step step)
{
    if (m_pages.empty())
        newPage({});
    auto &steps = m_pages.back().steps;
    steps.insert(steps.begin() + std::ptrdiff_t(std::min(mark, steps.size())), std::move(step));
}

double ReportCanvas::textHeight(const QFont &font, double width, const QString &text,
                                int flags) const
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF metrics(font, m_device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e9), flags, text).height();
}

double ReportCanvas::textWidth(const QFont &font, const QString &text) const
{
    return QFontMetricsF(font, m_device).horizontalAdvance(text);
}

double ReportCanvas::lineHeight(const QFont &font) const
{
    return QFontMetricsF(font, m_device).height();
}

void ReportCanvas::text(const QRectF &rect, const QFont &font, const QColor &color,
                        const QString &text, int flags)
{
    add([=](QPainter &painter) {
        painter.setFont(font);
        painter.setPen(color);
        painter.drawText(rect, flags, text);
    });
}

void ReportCanvas::paragraph(const QFont &font, const QColor &color, const QString &content,
                             double spaceAfter)
{
    const double height = textHeight(font, m_body.width(), content);
    ensure(height);
    text(QRectF(m_body.left(), m_y, m_body.width(), height), font, color, content);
    m_y += height + spaceAfter;
}

} // namespace pd
