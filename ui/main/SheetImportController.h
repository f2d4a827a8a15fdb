#pragma once

#include <QList>
#include <QObject>

class QAction;

namespace pd {

class MainWindow;

/// File → Import Sheets… in the main window: asks for the units' filled-in sheets (several
/// at once, XLSX or CSV) and shows their preview (SheetImportDialog), whose import is one step
/// on the open document's undo stack. The window places the action.
class SheetImportController : public QObject
{
    Q_OBJECT
public:
    explicit SheetImportController(MainWindow *window);

    /// Import Sheets…, for the File menu.
    QList<QAction *> fileActions() const { return {m_importAction}; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void importDialog();

    MainWindow *m_window;
    QAction *m_importAction;
};

} // namespace pd
