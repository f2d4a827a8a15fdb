#include "report/ReportTable.h"

#include "report/ReportCanvas.h"

#include <QPainter>

#include <algorithm>
#include <numeric>

namespace pd {
namespace {

const QColor Ink(0x21, 0x21, 0x21);
const QColor Grey(0x61, 0x61, 0x61);
const QColor Rule(0x9e, 0x9e, 0x9e);
const QColor HeaderFill(0xe0, 0xe0, 0xe0);
const QColor HeadingFill(0xee, 0xee, 0xee);
const QColor StripeFill(0xf7, 0xf7, 0xf7);

} // namespace

ReportTable::ReportTable(ReportCanvas &canvas, std::vector<Column> columns, double pointSize)
    : m_canvas(canvas), m_columns(std::move(columns))
{
    m_font = canvas.font(pointSize);
    m_bold = canvas.font(pointSize, true);
    m_small = canvas.font(pointSize - 1.5);
    m_padX = canvas.mm(1.2);
    m_padY = canvas.mm(1.0);
    const double total = std::accumulate(m_columns.begin(), m_columns.end(), 0.0,
                                         [](double sum, const Column &c) { return sum + c.width; });
    for (const Column &column : m_columns)
        m_widths.push_back(canvas.body().width() * column.width / total);
    // A header word wider than its column ("Completion") is set smaller rather than cut.
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        const QStringList words = m_columns[i].header.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        double size = pointSize;
        auto fits = [&](double points) {
            const QFont font = canvas.font(points, true);
            return std::all_of(words.begin(), words.end(), [&](const QString &word) {
                return canvas.textWidth(font, word) <= m_widths[i] - 2 * m_padX;
            });
        };
        while (size > 5.5 && !fits(size))
            size -= 0.5;
        // "★ 已完成" wrapping to leave "成" alone: a step smaller or even lines instead.
        const ReportCanvas::Fitted set =
            canvas.fitted(canvas.font(size, true), m_widths[i] - 2 * m_padX, m_columns[i].header);
        m_headerFonts.push_back(set.font);
        m_columns[i].header = set.text;
    }
}

double ReportTable::columnLeft(int column) const
{
    return m_canvas.body().left() +
           std::accumulate(m_widths.begin(), m_widths.begin() + column, 0.0);
}

double ReportTable::headerHeight() const
{
    double height = 0;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        height = std::max(height, m_canvas.textHeight(m_headerFonts[i], m_widths[i] - 2 * m_padX,
                                                      m_columns[i].header));
    }
    return height + 2 * m_padY;
}

double ReportTable::headingWidth(int level) const
{
    return m_canvas.body().width() - 2 * m_padX - m_canvas.mm(3) * level;
}

double ReportTable::headingHeight(const Pending &heading) const
{
    return m_canvas.textHeight(heading.font, headingWidth(heading.level), heading.text) +
           2 * m_padY;
}

double ReportTable::rowHeight(const std::vector<Cell> &cells) const
{
    double height = m_canvas.lineHeight(m_font);
    for (std::size_t i = 0; i < cells.size() && i < m_widths.size(); ++i) {
        const Cell &cell = cells[i];
        const double width = m_widths[i] - 2 * m_padX;
        QString text =
            cell.symbol.isEmpty() ? cell.text : cell.symbol + QLatin1Char(' ') + cell.text;
        double h = m_canvas.textHeight(cell.bold ? m_bold : m_font, width, text);
        if (!cell.detail.isEmpty())
            h += m_canvas.textHeight(m_small, width, cell.detail);
        height = std::max(height, h);
    }
    return height + 2 * m_padY;
}

void ReportTable::placeHeader()
{
    const double height = headerHeight();
    const double top = m_canvas.y();
    const double left = m_canvas.body().left();
    const double width = m_canvas.body().width();
    m_canvas.add([=](QPainter &p) { p.fillRect(QRectF(left, top, width, height), HeaderFill); });
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        const QRectF rect(columnLeft(int(i)) + m_padX, top + m_padY, m_widths[i] - 2 * m_padX,
                          height - 2 * m_padY);
        m_canvas.text(rect, m_headerFonts[i], Ink, m_columns[i].header,
                      int(m_columns[i].alignment) | Qt::AlignVCenter | Qt::TextWordWrap);
    }
    const double lineWidth = m_canvas.mm(0.3);
    m_canvas.add([=](QPainter &p) {
        p.setPen(QPen(Ink, lineWidth));
        p.drawLine(QPointF(left, top), QPointF(left + width, top));
        p.drawLine(QPointF(left, top + height), QPointF(left + width, top + height));
    });
    m_canvas.advance(height);
    m_headerPlaced = true;
    m_headerPage = m_canvas.currentPage();
    m_rowIndex = 0;
    m_rowsOnPage = 0;
}

void ReportTable::reserve(double height)
{
    const double header = headerHeight();
    if (!m_headerPlaced || m_headerPage != m_canvas.currentPage()) {
        m_canvas.ensure(header + height);
        placeHeader();
        return;
    }
    if (m_canvas.fits(height) || m_rowsOnPage == 0)
        return; // (a row taller than a whole page starts right under the header)
    m_canvas.ensure(m_canvas.body().height()); // always a new page here
    placeHeader();
}

void ReportTable::placeHeading(const Pending &heading)
{
    const double height = headingHeight(heading);
    const double top = m_canvas.y();
    const double left = m_canvas.body().left();
    const double width = m_canvas.body().width();
    const double indent = m_canvas.mm(3) * heading.level;
    if (heading.level == 0) {
        m_canvas.add(
            [=](QPainter &p) { p.fillRect(QRectF(left, top, width, height), HeadingFill); });
    }
    m_canvas.text(QRectF(left + m_padX + indent, top + m_padY, width - 2 * m_padX - indent,
                         height - 2 * m_padY),
                  heading.font, Ink, heading.text);
    const double lineWidth = m_canvas.mm(0.1);
    m_canvas.add([=](QPainter &p) {
        p.setPen(QPen(Rule, lineWidth));
        p.drawLine(QPointF(left, top + height), QPointF(left + width, top + height));
    });
    m_canvas.advance(height);
    m_rowIndex = 0;
    ++m_rowsOnPage;
}

void ReportTable::placeRow(const std::vector<Cell> &cells, double height)
{
    const double top = m_canvas.y();
    const double left = m_canvas.body().left();
    const double width = m_canvas.body().width();
    // A row taller than a page is cut at the page's end rather than lost.
    const double shown = std::min(height, m_canvas.remaining());
    if (m_rowIndex % 2 == 1)
        m_canvas.add([=](QPainter &p) { p.fillRect(QRectF(left, top, width, shown), StripeFill); });
    for (std::size_t i = 0; i < cells.size() && i < m_columns.size(); ++i) {
        const Cell &cell = cells[i];
        const double x = columnLeft(int(i));
        const QRectF cellRect(x, top, m_widths[i], shown);
        if (cell.fill.isValid())
            m_canvas.add([=](QPainter &p) { p.fillRect(cellRect, cell.fill); });
        const QRectF inner = cellRect.adjusted(m_padX, m_padY, -m_padX, -m_padY);
        const int align = int(m_columns[i].alignment) | Qt::AlignTop | Qt::TextWordWrap;
        const QFont font = cell.bold ? m_bold : m_font;
        double textTop = inner.top();
        if (!cell.symbol.isEmpty()) {
            // The symbol in the status colour, the words in ink: both survive a b/w print.
            const QString symbol = cell.symbol + QLatin1Char(' ');
            const double symbolWidth = m_canvas.textWidth(font, symbol);
            const QRectF symbolRect(inner.left(), inner.top(), symbolWidth, inner.height());
            const QRectF textRect = inner.adjusted(symbolWidth, 0, 0, 0);
            const QColor color = cell.symbolColor;
            const QString text = cell.text;
            m_canvas.add([=](QPainter &p) {
                p.setFont(font);
                p.setPen(color);
                p.drawText(symbolRect, Qt::AlignLeft | Qt::AlignTop, symbol);
                p.setPen(Ink);
                p.drawText(textRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
            });
            // The detail (逾期 under a task's status) below the words, as rowHeight() made room.
            if (!cell.detail.isEmpty()) {
                textTop += m_canvas.textHeight(font, inner.width(), symbol + text);
                const double detailHeight =
                    m_canvas.textHeight(m_small, inner.width(), cell.detail);
                m_canvas.text(QRectF(inner.left(), textTop, inner.width(), detailHeight + 1),
                              m_small, Grey, cell.detail, align);
            }
            continue;
        }
        const double textHeight = m_canvas.textHeight(font, inner.width(), cell.text);
        m_canvas.text(QRectF(inner.left(), textTop, inner.width(), textHeight + 1), font, Ink,
                      cell.text, align);
        if (!cell.detail.isEmpty()) {
            textTop += textHeight;
            const double detailHeight = m_canvas.textHeight(m_small, inner.width(), cell.detail);
            m_canvas.text(QRectF(inner.left(), textTop, inner.width(), detailHeight + 1), m_small,
                          Grey, cell.detail, align);
        }
    }
    const double lineWidth = m_canvas.mm(0.1);
    m_canvas.add([=](QPainter &p) {
        p.setPen(QPen(Rule, lineWidth));
        p.drawLine(QPointF(left, top + shown), QPointF(left + width, top + shown));
    });
    m_canvas.advance(shown);
    ++m_rowIndex;
    ++m_rowsOnPage;
}

void ReportTable::addHeading(const QString &text, int level)
{
    if (m_pending)
        finish(); // two headings in a row: the first has nothing under it
    const ReportCanvas::Fitted set =
        m_canvas.fitted(level == 0 ? m_bold : m_font, headingWidth(level), text);
    m_pending = Pending{set.text, level, set.font};
}

void ReportTable::addRow(const std::vector<Cell> &cells)
{
    const double height = rowHeight(cells);
    if (m_pending) {
        const Pending heading = *m_pending;
        m_pending.reset();
        reserve(headingHeight(heading) + height);
        placeHeading(heading);
    }
    reserve(height);
    placeRow(cells, height);
}

void ReportTable::finish()
{
    if (m_pending) {
        const Pending heading = *m_pending;
        m_pending.reset();
        reserve(headingHeight(heading));
        placeHeading(heading);
    }
    if (!m_headerPlaced) {
        reserve(0);
    }
}

} // namespace pd
