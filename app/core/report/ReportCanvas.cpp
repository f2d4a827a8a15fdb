#include "report/ReportCanvas.h"

#include "report/ReportFont.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

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
    // Resolved for the page's resolution once: a font of another resolution makes every
    // QFontMetricsF and every setFont() on the page copy it and look its glyphs up again.
    return QFont(font, m_device);
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
    Measured key{text, width, font.pointSizeF(), font.weight(), flags};
    const auto known = m_heights.constFind(key);
    if (known != m_heights.constEnd())
        return *known;
    const QFontMetricsF metrics(font, m_device);
    const double height = metrics.boundingRect(QRectF(0, 0, width, 1e9), flags, text).height();
    if (m_heights.size() > 20000) // a book's worth of names: keep memory flat
        m_heights.clear();
    m_heights.insert(std::move(key), height);
    return height;
}

double ReportCanvas::textWidth(const QFont &font, const QString &text) const
{
    return QFontMetricsF(font, m_device).horizontalAdvance(text);
}

double ReportCanvas::lineHeight(const QFont &font) const
{
    return QFontMetricsF(font, m_device).height();
}

QStringList ReportCanvas::wrappedLines(const QFont &font, double width, const QString &text) const
{
    QString content = text;
    content.replace(QLatin1Char('\n'), QChar::LineSeparator); // as drawText does
    QTextLayout layout(content, font, m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines << content.mid(line.textStart(), line.textLength());
    }
    layout.endLayout();
    return lines;
}

ReportCanvas::Fitted ReportCanvas::fitted(const QFont &font, double width,
                                          const QString &text) const
{
    // A last line of a lone character (an ideograph, perhaps with its punctuation) reads as a
    // mistake; two, a word, are fine.
    auto shortEnd = [](const QStringList &lines) {
        if (lines.size() < 2)
            return false;
        const QString &last = lines.last();
        return std::count_if(last.begin(), last.end(),
                             [](QChar c) { return c.isLetterOrNumber(); }) <= 1;
    };
    const QStringList lines = wrappedLines(font, width, text);
    if (!shortEnd(lines))
        return {font, text};
    // A step or two smaller, where the short line then goes back up.
    for (double size = font.pointSizeF() - 0.5; size >= font.pointSizeF() * 0.88; size -= 0.5) {
        QFont smaller = font;
        smaller.setPointSizeF(size);
        smaller = QFont(smaller, m_device);
        const QStringList fewer = wrappedLines(smaller, width, text);
        if (fewer.size() < lines.size() && !shortEnd(fewer))
            return {smaller, text};
    }
    // Else the narrowest width that keeps the number of lines: the lines come out even.
    double low = width / 2;
    double high = width;
    for (int i = 0; i < 14; ++i) {
        const double middle = (low + high) / 2;
        if (wrappedLines(font, middle, text).size() > lines.size())
            low = middle;
        else
            high = middle;
    }
    const QStringList balanced = wrappedLines(font, high, text);
    if (balanced.size() != lines.size() || shortEnd(balanced))
        return {font, text};
    QStringList trimmed;
    for (const QString &line : balanced)
        trimmed << QString(line).remove(QChar::LineSeparator).trimmed();
    return {font, trimmed.join(QLatin1Char('\n'))};
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

void ReportCanvas::heading(const QFont &font, const QColor &color, const QString &content,
                           double spaceAfter)
{
    const Fitted set = fitted(font, m_body.width(), content);
    paragraph(set.font, color, set.text, spaceAfter);
}

} // namespace pd
