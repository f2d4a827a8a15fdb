#include "store/Transaction.h"

#include "store/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlError>

#include <set>

namespace pd {

namespace {

/// The server connections with a transaction open. SQLite refuses a BEGIN inside a transaction
/// by itself; PostgreSQL only warns and carries on, so a change begun inside another would be
/// committed with it. Refused here instead, in SQLite's words.
std::set<QString> &serverTransactions()
{
    static std::set<QString> open;
    return open;
}

} // namespace

Transaction::Transaction(const QSqlDatabase &db) : m_db(db)
{
    const bool server = SqlDialect::of(m_db).isServer();
    if (server && serverTransactions().count(m_db.connectionName())) {
        m_failure = QStringLiteral("cannot start a transaction within a transaction");
        return;
    }
    m_active = m_db.transaction();
    if (!m_active)
        fail();
    else if (server)
        serverTransactions().insert(m_db.connectionName());
}

Transaction::~Transaction()
{
    if (m_active) {
        m_db.rollback();
        serverTransactions().erase(m_db.connectionName());
    }
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    serverTransactions().erase(m_db.connectionName());
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
