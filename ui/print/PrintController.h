#pragma once

#include "report/ReportBook.h"
#include "report/ReportRenderer.h"

#include <QList>
#include <QObject>

#include <optional>

class QAction;
class QPrinter;

namespace pd {

class MainWindow;

/// File → Print Preview, Print and Export PDF for the selected area or part, or the whole
/// book. The core lays out the pages; this only picks the device and shows progress.
class PrintController : public QObject
{
    Q_OBJECT
public:
    explicit PrintController(MainWindow *window);

    /// Export PDF, for the window's group of exports.
    QList<QAction *> exportActions() const { return {m_exportPdfAction}; }
    /// Print Preview and Print.
    QList<QAction *> printActions() const { return {m_previewAction, m_printAction}; }

    /// The progress sheets that fit the tree's selection: an area, a part, or the whole book.
    ReportScope scopeForSelection() const;
    /// The selected indicator's code, empty when the selection is no indicator.
    QString indicatorForSelection() const;
    /// Writes the PDF of scope without asking; used by the dialog and by tests.
    bool exportPdf(const ReportScope &scope, const QString &path, QString *error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static ReportRenderer::Options sheetOptions();
    void retranslate();
    std::optional<ReportScope> askScope(const QString &title);
    void printPreview();
    void print();
    void exportPdfDialog();
    bool renderTo(QPrinter *printer, const ReportScope &scope);

    MainWindow *m_window;
    QAction *m_previewAction;
    QAction *m_printAction;
    QAction *m_exportPdfAction;
    // The scope dialog's checks, kept for the next time it opens.
    bool m_behindOnly = false;
    bool m_withUnreported = false;
    bool m_ledger = false; ///< the 台账 sheets instead of the progress sheets
};

} // namespace pd
