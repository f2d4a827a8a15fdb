#pragma once

#include <QColor>
#include <QFont>
#include <QHash>
#include <QRectF>
#include <QString>

#include <functional>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace pd {

/// Pages laid out before anything is painted: each page a list of drawing steps in device
/// coordinates. Laying out first lets the renderer number pages ("Page 3 of 12") and fill
/// the table of contents before the first page is painted.
///
/// Distances are device units; mm() converts from millimetres. The body is the device's page
/// less the room kept for the running header and the footer.
class ReportCanvas
{
public:
    using Step = std::function<void(QPainter &)>;

    struct Page
    {
        QString runningTitle; ///< printed in the page's header (empty on a cover)
        bool plain = false;   ///< no header and no footer rules (the cover)
        std::vector<Step> steps;
    };

    explicit ReportCanvas(QPagedPaintDevice *device);

    /// The family used for all text (see ReportFont).
    static QString fontFamily();
    QFont font(double pointSize, bool bold = false) const;

    double mm(double millimetres) const { return millimetres * m_dotsPerMm; }
    QRectF body() const { return m_body; }
    double footerTop() const { return m_body.bottom() + mm(2); }

    /// Starts a page; the body's top becomes the cursor.
    void newPage(const QString &runningTitle, bool plain = false);
    int pageCount() const { return int(m_pages.size()); }
    int currentPage() const { return int(m_pages.size()) - 1; }
    const std::vector<Page> &pages() const { return m_pages; }

    double y() const { return m_y; }
    void advance(double height) { m_y += height; }
    double remaining() const { return m_body.bottom() - m_y; }
    /// True when height fits below the cursor on this page.
    bool fits(double height) const { return height <= remaining() + 0.01; }
    /// A new page (continuing the current running title) unless height fits.
    bool ensure(double height);

    void add(Step step);
    void addTo(int page, Step step);
    /// Where the next step of the current page goes, to insert an underlay there later.
    std::size_t mark() const { return m_pages.empty() ? 0 : m_pages.back().steps.size(); }
    /// Inserts a step at a mark of the current page (drawn before what followed the mark).
    void insertAt(std::size_t mark, Step step);

    /// Height of text wrapped to width.
    double textHeight(const QFont &font, double width, const QString &text,
                      int flags = Qt::TextWordWrap) const;
    double textWidth(const QFont &font, const QString &text) const;
    double lineHeight(const QFont &font) const;
    /// The lines text wraps into at width, as QPainter::drawText with Qt::TextWordWrap breaks.
    QStringList wrappedLines(const QFont &font, double width, const QString &text) const;

    /// A heading set so that its last line never holds a lone character: the font a step or
    /// two smaller where that takes the character back up, else the lines balanced with breaks
    /// put in.
    struct Fitted
    {
        QFont font;
        QString text; ///< with '\n' where a line was balanced
    };
    Fitted fitted(const QFont &font, double width, const QString &text) const;

    /// Adds text wrapped in rect (a step).
    void text(const QRectF &rect, const QFont &font, const QColor &color, const QString &text,
              int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
    /// Adds a paragraph at the cursor across the body and moves the cursor below it.
    void paragraph(const QFont &font, const QColor &color, const QString &text,
                   double spaceAfter = 0);
    /// A paragraph set as fitted() across the body.
    void heading(const QFont &font, const QColor &color, const QString &text,
                 double spaceAfter = 0);

private:
    QPagedPaintDevice *m_device;
    double m_dotsPerMm = 1;
    QRectF m_pageRect;
    QRectF m_body;
    QString m_family;
    double m_y = 0;
    std::vector<Page> m_pages;
    /// textHeight() remembered: a table measures each cell to place its row, then again to
    /// draw it, and its header on every page; every font here is of m_family.
    struct Measured
    {
        QString text;
        double width;
        double points;
        int weight;
        int flags;
        bool operator==(const Measured &other) const
        {
            return width == other.width && points == other.points && weight == other.weight &&
                   flags == other.flags && text == other.text;
        }
    };
    friend size_t qHash(const Measured &key, size_t seed)
    {
        return qHashMulti(seed, key.text, key.width, key.points, key.weight, key.flags);
    }
    mutable QHash<Measured, double> m_heights;
};

} // namespace pd
