#pragma once

#include <QColor>
#include <QFont>
#include <QString>

#include <optional>
#include <vector>

namespace pd {

class ReportCanvas;

/// A table laid out on a ReportCanvas: cells wrap within their column, a row never splits
/// across pages, the header row repeats at the top of every page the table reaches, and a
/// group heading is never left alone at the bottom of a page.
class ReportTable
{
public:
    struct Column
    {
        QString header;
        double width = 1; ///< relative; the columns share the body's width
        Qt::Alignment alignment = Qt::AlignLeft;
    };

    struct Cell
    {
        Cell() = default;
        Cell(QString plain)
            : text(std::move(plain)) {} // NOLINT: a plain text cell reads best as {text}

        QString text;
        QString detail; ///< a second, smaller grey line (the date of a figure)
        QString symbol; ///< drawn before the text in symbolColor (a status symbol)
        QColor symbolColor;
        QColor fill; ///< background, invalid for none
        bool bold = false;
    };

    ReportTable(ReportCanvas &canvas, std::vector<Column> columns, double pointSize = 8.5);

    /// A full-width heading row (level 0 darker than deeper levels), kept with the next row.
    void addHeading(const QString &text, int level = 0);
    void addRow(const std::vector<Cell> &cells);
    /// Places a pending heading with no row after it and leaves the cursor below the table.
    void finish();

private:
    struct Pending
    {
        QString text; ///< as ReportCanvas::fitted set it
        int level = 0;
        QFont font;
    };

    double columnLeft(int column) const;
    double headerHeight() const;
    double headingWidth(int level) const;
    double headingHeight(const Pending &heading) const;
    double rowHeight(const std::vector<Cell> &cells) const;
    void placeHeader();
    void placeHeading(const Pending &heading);
    void placeRow(const std::vector<Cell> &cells, double height);
    /// Moves to a new page when height does not fit, repeating the header there.
    void reserve(double height);

    ReportCanvas &m_canvas;
    std::vector<Column> m_columns;
    std::vector<double> m_widths;
    QFont m_font;
    QFont m_bold;
    QFont m_small;
    std::vector<QFont> m_headerFonts; ///< per column, smaller where a word would not fit
    double m_padX = 0;
    double m_padY = 0;
    bool m_headerPlaced = false;
    int m_headerPage = -1;
    std::optional<Pending> m_pending;
    int m_rowIndex = 0;   ///< rows since the last heading, for the stripes
    int m_rowsOnPage = 0; ///< rows and headings under the header on this page
};

} // namespace pd
