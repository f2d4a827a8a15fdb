#pragma once

#include "report/ReportBook.h"
#include "report/ReportLabels.h"

#include <QLocale>
#include <QString>

#include <functional>
#include <vector>

class QPagedPaintDevice;

namespace pd {

class ReportCanvas;

/// Lays out a ReportBook as A4 portrait progress sheets on any QPagedPaintDevice: a
/// QPdfWriter for a file, a QPrinter for printing or print preview.
///
/// The whole book prints a cover, the contents, a summary of every part and then each part
/// from a new page; a narrower scope prints only its part's sheet, and one indicator's scope a
/// sheet of that indicator (its row, the report's words, its figures). A part's sheet holds
/// its title, the as-of date, a status summary, the indicator table and a completion chart.
/// "Only what is behind" keeps every part in the contents and the summary but prints only the
/// rows behind; a part with none gets no sheet in the book. Every page carries "Page N of M"
/// and the date the report was generated.
///
/// Pages are laid out first and painted afterwards, so page numbers are known when painting.
class ReportRenderer
{
public:
    struct Options
    {
        /// The language of the sheets' labels and dates (see ReportLabels).
        QLocale language = ReportLabels::defaultLanguage();
        /// Sets the device to A4 portrait with the sheets' margins before painting; leave off
        /// to keep a page layout the user picked in a print dialog.
        bool setUpPage = true;
    };

    /// Where a part starts, as the contents list it.
    struct ContentsEntry
    {
        QString title;
        int page = 0; ///< 1-based; 0 for a part listed without a sheet (nothing behind)
        QString note; ///< printed under the title: "sets no quantified targets"…
    };

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        int pageCount = 0;
        QString error; ///< translated, one line
        std::vector<ContentsEntry> contents;
    };

    /// Called as the work advances (done of total steps: parts laid out, then pages painted;
    /// total grows once the pages are counted). Returning false cancels the rendering.
    using Progress = std::function<bool(int done, int total)>;

    ReportRenderer();
    explicit ReportRenderer(Options options);

    /// Paints the book on device, which must not be painted on yet. A cancelled render leaves
    /// the device with the pages painted so far: a caller writing a file discards it.
    Result render(const ReportBook &book, QPagedPaintDevice *device,
                  const Progress &progress = {}) const;

private:
    class Layout;
    Options m_options;
};

} // namespace pd
