#include "document/PlanDocument.h"

#include "document/BuiltinPlan.h"
#include "document/DataFile.h"
#include "meeting/MeetingStore.h"
#include "models/PlanFilterModel.h"
#include "models/PlanTreeModel.h"
#include "plan/Clock.h"
#include "store/Backups.h"
#include "store/PlanStore.h"
#include "store/TaskStore.h"

#include <QUndoStack>

#include <algorithm>

namespace pd {

PlanDocument::PlanDocument(QObject *parent)
    : QObject(parent), m_store(new PlanStore(this)), m_meetings(new MeetingStore(m_store, this)),
      m_undoStack(new QUndoStack(this)), m_treeModel(new PlanTreeModel(this)),
      m_filterModel(new PlanFilterModel(this))
{
    m_filterModel->setSourceModel(m_treeModel);
    m_treeModel->setStore(m_store);
    // The meetings read through the same store, so its signal covers theirs too.
    connect(m_store, &PlanStore::readFailed, this, &PlanDocument::readFailed);
    // Automatic backups (issue 14): every kind of change may make the hourly one due.
    connect(m_store, &PlanStore::measurementsChanged, this, &PlanDocument::backUpIfDue);
    connect(m_store, &PlanStore::indicatorChanged, this, &PlanDocument::backUpIfDue);
    connect(m_store, &PlanStore::planReplaced, this, &PlanDocument::backUpIfDue);
    connect(m_meetings, &MeetingStore::itemChanged, this, &PlanDocument::backUpIfDue);
    connect(TaskStore::of(m_store), &TaskStore::taskChanged, this, &PlanDocument::backUpIfDue);
    connect(TaskStore::of(m_store), &TaskStore::progressChanged, this, &PlanDocument::backUpIfDue);
}

PlanDocument::~PlanDocument()
{
    // The models and the meetings hold the store: let them go first.
    delete m_filterModel;
    delete m_treeModel;
    delete m_meetings;
    delete m_undoStack;
    delete m_store;
}

std::unique_ptr<PlanDocument> PlanDocument::open(const QString &path, QString *error)
{
    auto document = std::make_unique<PlanDocument>();
    if (!BuiltinPlan::openWithPlan(*document->m_store, path, error))
        return nullptr;
    // The tree reads the plan once, at the date it is first shown.
    const int year = document->m_store->planInfo().year;
    document->m_treeModel->setStore(document->m_store, startDate(year, Clock::today()));
    // A backup at open, unless the file is as the newest backup has it (reopening an
    // unchanged file would only push older, different copies out).
    document->m_backups = std::make_unique<Backups>(path);
    if (document->m_backups->isUnchangedSinceLatest())
        document->m_lastBackup = document->m_backups->latest()->takenAt;
    else
        document->takeBackup(BackupReason::Open);
    return document;
}

std::unique_ptr<PlanDocument> PlanDocument::openServer(const ServerAddress &address,
                                                       const QString &password, QString *error)
{
    auto document = std::make_unique<PlanDocument>();
    if (!document->m_store->openServer(address, password, error))
        return nullptr;
    const int year = document->m_store->planInfo().year;
    document->m_treeModel->setStore(document->m_store, startDate(year, Clock::today()));
    return document;
}

std::unique_ptr<PlanDocument> PlanDocument::createFromPlan(const QString &path,
                                                           const ParsedPlan &plan, QString *error)
{
    if (!DataFile::create(path, plan, DataFile::IfExists::Replace, error))
        return nullptr;
    return open(path, error);
}

QDate PlanDocument::startDate(int planYear, const QDate &today)
{
    if (planYear <= 0)
        return today;
    return std::clamp(today, QDate(planYear, 1, 1), QDate(planYear, 12, 31));
}

QString PlanDocument::path() const
{
    return m_store->path();
}

bool PlanDocument::isOpen() const
{
    return m_store->isOpen();
}

void PlanDocument::backUpIfDue()
{
    if (!m_backups || !m_store->isOpen())
        return;
    if (m_lastBackup.isValid() && m_lastBackup.secsTo(m_backups->now()) < Backups::Interval)
        return;
    takeBackup(BackupReason::Hourly);
}

void PlanDocument::takeBackup(BackupReason reason)
{
    // A failed one is tried again an hour later, not at every edit (a full disk would slow
    // each one and repeat the message).
    m_lastBackup = m_backups->now();
    QString error;
    if (m_backups->take(*m_store, reason, &error)) {
        m_backupError.clear();
    } else {
        m_backupError = error;
        emit backupFailed(error);
    }
}

void PlanDocument::reload()
{
    m_undoStack->clear();
    m_store->markAllChangesSeen();
    m_treeModel->reload();
}

bool PlanDocument::followOutsideChanges()
{
    // A file that had no plan when read has nothing to follow: its plan came in whole.
    if (m_treeModel->itemCount() == 0 || !m_store->followOutsideChanges())
        return false;
    m_undoStack->clear();
    return true;
}

} // namespace pd
