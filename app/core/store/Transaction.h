#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace pd {

/// One change's transaction on a connection. It begins in the constructor and says whether it
/// did: a change whose transaction did not begin is refused, never run in autocommit (where an
/// early return would leave half of it behind). Rolls back in the destructor unless committed.
///
///     Transaction tx(db);
///     if (!tx.began(error))
///         return false;
///     ... statements ...
///     return tx.commit(error);
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Began and neither committed nor rolled back yet.
    bool isActive() const { return m_active; }
    /// Whether it began; when not, *error is set to error() and the change must not run.
    bool began(QString *error) const;
    /// Commits; false (error() set, the change rolled back) when it did not begin or failed.
    bool commit();
    /// The same, setting *error to error() on failure.
    bool commit(QString *error);
    /// Why the begin or the commit failed: a translated one-line message with the driver's text.
    QString error() const;
    /// The driver's own text of that failure.
    QString driverText() const { return m_failure; }
    /// A statement that failed inside a server's transaction (PostgreSQL refuses to free it
    /// there): kept until the transaction ends, query left a fresh one. False, and query left
    /// as it is, when db has no server transaction open.
    static bool keepUntilEnd(const QSqlDatabase &db, QSqlQuery &query);

private:
    void fail();

    QSqlDatabase m_db;
    bool m_active = false;
    QString m_failure;
};

} // namespace pd
