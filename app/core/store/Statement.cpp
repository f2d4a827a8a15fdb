#include "store/Statement.h"

#include "store/SqlDialect.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlRecord>

namespace pd {
namespace {

/// Whether the text reads rather than changes: SELECT, WITH, or a PRAGMA that sets nothing.
bool isRead(const QString &sql)
{
    const QString head = sql.trimmed().section(QLatin1Char(' '), 0, 0).toUpper();
    if (head == QLatin1String("PRAGMA"))
        return !sql.contains(QLatin1Char('='));
    return head == QLatin1String("SELECT") || head == QLatin1String("WITH");
}

} // namespace

Statement::Statement(const QSqlDatabase &db, const QString &sql)
    : m_db(db), m_query(db), m_reads(isRead(sql))
{
    m_query.setForwardOnly(true); // rows are read once, in order: nothing to cache
    if (!m_query.prepare(sql))
        fail(m_query.lastError());
}

Statement &Statement::bind(const QVariant &value)
{
    m_query.addBindValue(value);
    return *this;
}

Statement &Statement::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

bool Statement::exec()
{
    if (!ok())
        return false; // the prepare failed; its error stands
    if (!m_query.exec())
        return fail(m_query.lastError());
    return true;
}

bool Statement::exec(const QVariantList &values)
{
    for (const QVariant &value : values)
        m_query.addBindValue(value);
    return exec();
}

bool Statement::next()
{
    if (!ok() || !m_query.isActive())
        return false;
    if (m_query.next())
        return true;
    // The end of the rows leaves no error; a busy or damaged file does.
    if (m_query.lastError().isValid())
        fail(m_query.lastError());
    return false;
}

QString Statement::error() const
{
    if (ok())
        return {};
    // The store's wording, in its translation context, so every unit says it the same way.
    return m_reads
               ? QCoreApplication::translate("pd::PlanStore", "The data file could not be read: %1")
                     .arg(m_failure)
               : QCoreApplication::translate("pd::PlanStore",
                                             "The data file could not be updated: %1")
                     .arg(m_failure);
}

qint64 Statement::lastInsertId() const
{
    return SqlDialect::of(m_db).lastInsertId(m_db, m_query);
}

QDate Statement::toDate(int column) const
{
    return QDate::fromString(m_query.value(column).toString(), Qt::ISODate);
}

QDateTime Statement::toDateTime(int column, Qt::DateFormat format) const
{
    return QDateTime::fromString(m_query.value(column).toString(), format);
}

bool Statement::fail(const QSqlError &error)
{
    // One line: the driver's text may carry line breaks (SQLite's own messages do not).
    m_failure = error.text().simplified();
    m_nativeCode = error.nativeErrorCode();
    // On a server, inside a transaction, the failed statement is freed when that ends.
    if (SqlDialect::of(m_db).isServer())
        Transaction::keepUntilEnd(m_db, m_query);
    if (m_failure.isEmpty())
        m_failure = QCoreApplication::translate("pd::PlanStore", "unknown error");
    return false;
}

QStringList Statement::columnNames() const
{
    const QSqlRecord record = m_query.record();
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    return names;
}

} // namespace pd
