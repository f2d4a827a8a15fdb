#pragma once

#include <QDialog>
#include <QPointer>

class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace pd {

class MeetingStore;

/// File → Meetings…: the meetings held, the latest first, with their title, date, the date of
/// their figures and how many indicators were reviewed and decided; reopen one in meeting mode,
/// export its minutes, or delete it (undoable).
class MeetingListDialog : public QDialog
{
    Q_OBJECT
public:
    MeetingListDialog(MeetingStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    qint64 selectedMeetingId() const;
    void selectMeeting(qint64 meetingId);

signals:
    void openRequested(qint64 meetingId);
    void exportRequested(qint64 meetingId);

private:
    void reload();
    void updateButtons();
    void deleteSelected();

    QPointer<MeetingStore> m_store;
    QPointer<QUndoStack> m_undoStack;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace pd
