#include "document/PlanDocument.h"

#include "document/BuiltinPlan.h"
#include "document/DataFile.h"
#include "meeting/MeetingStore.h"
#include "models/PlanFilterModel.h"
#include "models/PlanTreeModel.h"
#include "plan/Clock.h"
#include "store/PlanStore.h"

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

void PlanDocument::reload()
{
    m_undoStack->clear();
    m_treeModel->reload();
}

} // namespace pd
