#include "backup/BackupListDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pd {
namespace {

constexpr int PathRole = Qt::UserRole;

} // namespace

BackupListDialog::BackupListDialog(const QString &dataFile, const std::vector<BackupInfo> &backups,
                                   QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("backupListDialog"));
    setWindowTitle(tr("Restore Backup"));
    resize(720, 440);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Backups of %1, taken when it is opened and at most once an hour while it is "
           "edited. Restoring one first keeps a copy of the file as it is now, listed at the "
           "top here: restore that copy to undo.")
            .arg(QFileInfo(dataFile).fileName()),
        this);
    intro->setObjectName(QStringLiteral("backupIntro"));
    intro->setWordWrap(true);
    intro->setToolTip(QDir::toNativeSeparators(dataFile));
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Taken"), tr("Kind"), tr("Size"), tr("Figures")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    const QLocale locale;
    for (const BackupInfo &backup : backups) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, locale.toString(backup.takenAt, QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        item->setText(1, Backups::reasonText(backup.reason));
        item->setText(2, sizeText(backup.size));
        item->setText(3, backup.figures < 0 ? tr("unreadable") : locale.toString(backup.figures));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, PathRole, backup.path);
        item->setToolTip(0, QDir::toNativeSeparators(backup.path));
    }
    layout->addWidget(m_list, 1);
    if (backups.empty()) {
        auto *none = new QLabel(tr("No backups of this file yet."), this);
        none->setObjectName(QStringLiteral("noBackups"));
        layout->addWidget(none);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreBackupButton"));
    m_restore->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemActivated, m_restore, &QPushButton::click);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this] { m_restore->setEnabled(!selectedPath().isEmpty()); });
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_restore->setEnabled(!selectedPath().isEmpty());
}

QString BackupListDialog::selectedPath() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, PathRole).toString() : QString();
}

QString BackupListDialog::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace pd
