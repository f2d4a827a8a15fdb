#include "store/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>

namespace pd {

Transaction::Transaction(const QSqlDatabase &db) : m_db(db)
{
    m_active = m_db.transaction();
    if (!m_active)
        fail();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_db.commit())
        return true;
    fail();
    // A failed COMMIT (a busy file) can leave the transaction open; end it here, not later.
    m_db.rollback();
    return false;
}

bool Transaction::began(QString *error) const
{
    if (!m_active && error)
        *error = this->error();
    return m_active;
}

bool Transaction::commit(QString *error)
{
    if (commit())
        return true;
    if (error)
        *error = this->error();
    return false;
}

QString Transaction::error() const
{
    if (m_failure.isEmpty())
        return {};
    return QCoreApplication::translate("pd::PlanStore", "The data file could not be updated: %1")
        .arg(m_failure);
}

void Transaction::fail()
{
    m_failure = m_db.lastError().text().simplified();
    if (m_failure.isEmpty())
        m_failure = QCoreApplication::translate("pd::PlanStore", "unknown error");
}

} // namespace pd
