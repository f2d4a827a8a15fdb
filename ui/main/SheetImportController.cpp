#include "main/SheetImportController.h"

#include "document/PlanDocument.h"
#include "main/FileDialog.h"
#include "main/MainWindow.h"
#include "main/SheetImportDialog.h"
#include "store/PlanStore.h"

#include <QAction>
#include <QEvent>
#include <QMessageBox>
#include <QStatusBar>

namespace pd {

SheetImportController::SheetImportController(MainWindow *window)
    : QObject(window), m_window(window), m_importAction(new QAction(window))
{
    m_importAction->setObjectName(QStringLiteral("actionImportSheets"));
    connect(m_importAction, &QAction::triggered, this, &SheetImportController::importDialog);
    retranslate();
    window->installEventFilter(this);
}

bool SheetImportController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void SheetImportController::retranslate()
{
    m_importAction->setText(tr("&Import Sheets…"));
    m_importAction->setToolTip(
        tr("Read the units' filled-in sheets (XLSX or CSV) back, with a preview of every row"));
}

void SheetImportController::importDialog()
{
    PlanDocument *document = m_window->document();
    if (!document || !document->isOpen()) {
        QMessageBox::information(m_window, tr("Import Sheets"), tr("No data file is open."));
        return;
    }
    const QStringList files = FileDialog::getOpenFileNames(
        m_window, tr("Import Sheets"), QString(),
        tr("Sheets (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt);;"
           "All files (*)"));
    if (files.isEmpty())
        return;
    const QString done =
        SheetImportDialog::run(m_window, document->store(), document->undoStack(), files);
    if (!done.isEmpty())
        m_window->statusBar()->showMessage(done, 15000);
}

} // namespace pd
