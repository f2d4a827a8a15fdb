#include "meeting/MeetingListDialog.h"

#include "commands/MeetingCommands.h"
#include "meeting/MeetingStore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pd {

MeetingListDialog::MeetingListDialog(MeetingStore *store, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent), m_store(store), m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("meetingListDialog"));
    setWindowTitle(tr("Meetings"));
    resize(820, 420);
    auto *layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("meetingList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Date"), tr("Title"), tr("Figures as of"), tr("Indicators"),
                             tr("Reviewed"), tr("Decisions")});
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    layout->addWidget(m_list, 1);

    auto *buttons = new QHBoxLayout;
    m_open = new QPushButton(tr("&Open in Meeting Mode"), this);
    m_open->setObjectName(QStringLiteral("openMeetingButton"));
    m_open->setDefault(true);
    m_export = new QPushButton(tr("&Export Minutes…"), this);
    m_export->setObjectName(QStringLiteral("exportMinutesButton"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteMeetingButton"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(m_open);
    buttons->addWidget(m_export);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedMeetingId()) {
            accept();
            emit openRequested(id);
        }
    });
    connect(m_list, &QTreeWidget::itemActivated, m_open, &QPushButton::click);
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedMeetingId())
            emit exportRequested(id);
    });
    connect(m_delete, &QPushButton::clicked, this, &MeetingListDialog::deleteSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &MeetingListDialog::updateButtons);
    connect(store, &MeetingStore::meetingAdded, this, &MeetingListDialog::reload);
    connect(store, &MeetingStore::meetingRemoved, this, &MeetingListDialog::reload);
    connect(store, &MeetingStore::itemChanged, this, &MeetingListDialog::reload);
    reload();
}

qint64 MeetingListDialog::selectedMeetingId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void MeetingListDialog::selectMeeting(qint64 meetingId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == meetingId)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
}

void MeetingListDialog::reload()
{
    const qint64 selected = selectedMeetingId();
    m_list->clear();
    if (!m_store)
        return;
    const QLocale locale;
    for (const MeetingSummary &m : m_store->meetings()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, locale.toString(m.date, QLocale::ShortFormat));
        item->setText(1, m.title);
        item->setText(2, locale.toString(m.asOf, QLocale::ShortFormat));
        item->setText(3, QString::number(m.items));
        item->setText(4, QString::number(m.reviewed));
        item->setText(5, QString::number(m.decisions));
        for (int c = 3; c <= 5; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::UserRole, m.id);
    }
    for (int c = 0; c < m_list->columnCount(); ++c) {
        if (c != 1)
            m_list->resizeColumnToContents(c);
    }
    if (selected)
        selectMeeting(selected);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void MeetingListDialog::updateButtons()
{
    const bool any = selectedMeetingId() != 0;
    m_open->setEnabled(any);
    m_export->setEnabled(any);
    m_delete->setEnabled(any);
}

void MeetingListDialog::deleteSelected()
{
    const qint64 id = selectedMeetingId();
    if (!id || !m_store)
        return;
    const QString title = m_list->currentItem()->text(1);
    if (QMessageBox::question(this, tr("Delete Meeting"),
                              tr("Delete the meeting \"%1\" with its decisions? You can undo this "
                                 "with Edit → Undo.")
                                  .arg(title)) != QMessageBox::Yes)
        return;
    auto error = std::make_shared<QString>();
    if (m_undoStack)
        m_undoStack->push(new RemoveMeetingCommand(m_store, id, error));
    else
        m_store->removeMeeting(id, error.get());
    if (!error->isEmpty())
        QMessageBox::warning(this, tr("Delete Meeting"), *error);
}

} // namespace pd
