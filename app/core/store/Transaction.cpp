#include "store/Transaction.h"

#include "store/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlError>

#include <QSqlQuery>

#include <map>
#include <vector>

namespace pd {

namespace {

/// The server connections with a transaction open, with the failed statements kept until it
/// ends. SQLite refuses a BEGIN inside a transaction by itself; PostgreSQL only warns and
/// carries on, so a change begun inside another would be committed with it: refused here
/// instead, in SQLite's words. And PostgreSQL refuses every command of a transaction after a
/// failed one, the DEALLOCATE of a failed statement's destructor too (a warning on stderr and
/// a statement left on the server): those are freed once the transaction has ended.
std::map<QString, std::vector<QSqlQuery>> &serverTransactions()
{
    static std::map<QString, std::vector<QSqlQuery>> open;
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
        serverTransactions()[m_db.connectionName()];
}

Transaction::~Transaction()
{
    if (m_active) {
        m_db.rollback();
        serverTransactions().erase(m_db.connectionName());
    }
}

bool Transaction::keepUntilEnd(const QSqlDatabase &db, QSqlQuery &query)
{
    const auto open = serverTransactions().find(db.connectionName());
    if (open == serverTransactions().end())
        return false;
    open->second.push_back(std::move(query));
    query = QSqlQuery(db);
    return true;
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_db.commit()) {
        serverTransactions().erase(m_db.connectionName());
        return true;
    }
    fail();
    // A failed COMMIT (a busy file) can leave the transaction open; end it here, not later.
    m_db.rollback();
    serverTransactions().erase(m_db.connectionName());
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
