#pragma once

#include "store/Backups.h"

#include <QDialog>

#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace pd {

/// File → Restore Backup…: the data file's backups, newest first, with when and why each was
/// taken, its size and how many progress figures it holds. Restore accepts with the chosen one;
/// the window asks for confirmation and does the restoring.
class BackupListDialog : public QDialog
{
    Q_OBJECT
public:
    BackupListDialog(const QString &dataFile, const std::vector<BackupInfo> &backups,
                     QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QPushButton *restoreButton() const { return m_restore; }
    /// The backup chosen; empty when none is.
    QString selectedPath() const;

    /// "12.3 MB", in the locale's numbers.
    static QString sizeText(qint64 bytes);

private:
    QTreeWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace pd
