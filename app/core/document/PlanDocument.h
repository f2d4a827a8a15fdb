#pragma once

#include "plan/PlanTypes.h"

#include <QDate>
#include <QObject>

#include <memory>

class QUndoStack;

namespace pd {

class MeetingStore;
class PlanFilterModel;
class PlanStore;
class PlanTreeModel;

/// One open data file and everything that lives as long as it: the store, the meetings kept
/// in the same file, the undo stack, and the tree and filter models over the plan. The window
/// shows one document and swaps it whole; nothing outlives the file it belongs to.
class PlanDocument : public QObject
{
    Q_OBJECT
public:
    /// A document with no file open and an empty plan (the window before its first file).
    explicit PlanDocument(QObject *parent = nullptr);
    ~PlanDocument() override;

    /// Opens a data file, making it with the built-in plan when missing. Null on failure,
    /// with *error saying why; the file is then as it was.
    static std::unique_ptr<PlanDocument> open(const QString &path, QString *error);
    /// Makes a new data file at path from a parsed plan, replacing any file there, and opens
    /// it. The file appears only when complete (see DataFile).
    static std::unique_ptr<PlanDocument> createFromPlan(const QString &path, const ParsedPlan &plan,
                                                        QString *error);

    /// The date a plan is first shown at: today, kept inside the plan's year (an old plan is
    /// seen at its year's end); today itself for a plan without a year.
    static QDate startDate(int planYear, const QDate &today);

    PlanStore *store() const { return m_store; }
    MeetingStore *meetings() const { return m_meetings; }
    QUndoStack *undoStack() const { return m_undoStack; }
    PlanTreeModel *treeModel() const { return m_treeModel; }
    PlanFilterModel *filterModel() const { return m_filterModel; }
    QString path() const;
    bool isOpen() const;

    /// Re-reads the plan (another program changed the file). Clears the undo stack: another
    /// program's edits are not on it, and undoing across them would be wrong.
    void reload();

signals:
    /// A read from the file failed (locked, damaged, removed); the message says what and why.
    void readFailed(const QString &message);

private:
    PlanStore *m_store;
    MeetingStore *m_meetings;
    QUndoStack *m_undoStack;
    PlanTreeModel *m_treeModel;
    PlanFilterModel *m_filterModel;
};

} // namespace pd
