#pragma once

#include "sheetsin/SheetImportTypes.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace pd {

class PlanStore;
class SheetImportModel;

/// File → Import Sheets…: the preview of the units' sheets before anything is written. Every
/// row with its state (a chip: new, changed, unchanged, refused) and why; a filter by state and
/// the counts; Import writes the new and changed rows as one undo step on the document's stack
/// (ImportSheetsCommand); Save Refused Rows… writes the refused ones to a workbook to send
/// back (RefusedSheetWriter). The files that could not be read, or were imported before, are
/// listed above the table with the reason.
class SheetImportDialog : public QDialog
{
    Q_OBJECT
public:
    SheetImportDialog(PlanStore *store, QUndoStack *undoStack, const SheetImport &import,
                      QWidget *parent = nullptr);

    /// Reads the files into a preview and shows it; a line for the status bar when figures
    /// were imported, empty otherwise (a failed read is shown in a message box).
    static QString run(QWidget *parent, PlanStore *store, QUndoStack *undoStack,
                       const QStringList &files);

    /// Shows the rows of one state only; nullopt: all.
    void setStateFilter(std::optional<SheetRowState> state);
    /// Imports the good rows (the Import button); false with a message box when refused.
    bool importRows();
    /// Writes the refused rows to path (Save Refused Rows… after its file dialog).
    bool saveRefused(const QString &path, QString *error) const;
    /// What run() puts in the status bar after an import.
    QString doneMessage() const { return m_done; }

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void saveRefusedDialog();
    QString filesText() const;

    PlanStore *m_store;
    QUndoStack *m_undoStack;
    SheetImportModel *m_model;
    QSortFilterProxyModel *m_filter;
    QComboBox *m_state;
    QLabel *m_counts;
    QTableView *m_table;
    QPushButton *m_import;
    QPushButton *m_saveRefused;
    QString m_done;
};

} // namespace pd
