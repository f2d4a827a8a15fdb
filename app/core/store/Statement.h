#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

class QSqlError;

namespace pd {

/// One SQL statement, prepared once on a connection: bind, exec, read typed columns, and the
/// first error kept. What every store query repeated (prepare, bind, exec, check, read) in a
/// few lines:
///
///     Statement q(db, QStringLiteral("SELECT id, name FROM indicator WHERE code = ?"));
///     if (q.exec({code}) && q.next())
///         name = q.toString(1);
///     else if (!q.ok())
///         *error = q.error();
///
/// Reads are forward-only (each row once, nothing cached). A failed prepare makes exec() fail
/// with the prepare's error, so callers check once, after exec().
class Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &sql);
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&) = default;
    Statement &operator=(Statement &&) = default;

    /// Binds the next positional (?) value; a null QString binds as SQL NULL.
    Statement &bind(const QVariant &value);
    /// Binds a named (:name) placeholder.
    Statement &bind(const QString &placeholder, const QVariant &value);
    /// Runs with the values bound so far; the positional values are bound afresh next time.
    bool exec();
    /// Binds values positionally, then runs.
    bool exec(const QVariantList &values);
    /// The next row; false at the end or on an error (then ok() is false).
    bool next();

    /// False once prepare, exec or a row fetch has failed.
    bool ok() const { return m_failure.isEmpty(); }
    /// A translated one-line message with the driver's text, empty while ok().
    QString error() const;
    /// The driver's own one-line text of the failure, for messages that say what failed.
    QString driverText() const { return m_failure; }
    /// The driver's code of the failure (for SQLite its result code), to tell a full disk or a
    /// damaged file from other failures; empty while ok().
    QString nativeCode() const { return m_nativeCode; }

    QVariant value(int column) const { return m_query.value(column); }
    /// The names of the result's columns, in order (for copying whole rows).
    QStringList columnNames() const;
    template <typename T> T value(int column) const { return m_query.value(column).value<T>(); }
    bool isNull(int column) const { return m_query.isNull(column); }
    int toInt(int column) const { return m_query.value(column).toInt(); }
    qint64 toLongLong(int column) const { return m_query.value(column).toLongLong(); }
    double toDouble(int column) const { return m_query.value(column).toDouble(); }
    bool toBool(int column) const { return m_query.value(column).toBool(); }
    QString toString(int column) const { return m_query.value(column).toString(); }
    /// A date stored as ISO text ("2024-06-30"); invalid when empty or NULL.
    QDate toDate(int column) const;
    /// A date and time stored as ISO text; invalid when empty or NULL.
    QDateTime toDateTime(int column, Qt::DateFormat format = Qt::ISODate) const;

    /// Reads the columns from first on into out..., each converted by its own type (qint64, int,
    /// double, bool, QString, or QDate from ISO text), so a row's plain columns take one line.
    template <typename... T> void columns(int first, T &...out) const
    {
        int column = first;
        (read(column++, out), ...);
    }

    /// The id of the row the last exec inserted (SQLite's rowid; on a server, the id the
    /// engine's dialect reads back on the same connection).
    qint64 lastInsertId() const;
    int rowsAffected() const { return m_query.numRowsAffected(); }

    /// Binds values in order, runs, and reads every row with read(*this); empty on failure.
    template <typename Read>
    auto rows(Read read, const QVariantList &values = {})
        -> std::vector<std::invoke_result_t<Read &, const Statement &>>
    {
        std::vector<std::invoke_result_t<Read &, const Statement &>> result;
        if (exec(values)) {
            while (next())
                result.push_back(read(std::as_const(*this)));
        }
        if (!ok())
            result.clear();
        return result;
    }
    /// Binds values in order, runs, and reads the first row, if any.
    template <typename Read>
    auto first(Read read, const QVariantList &values = {})
        -> std::optional<std::invoke_result_t<Read &, const Statement &>>
    {
        if (exec(values) && next())
            return read(std::as_const(*this));
        return std::nullopt;
    }

private:
    bool fail(const QSqlError &error);
    void read(int column, qint64 &out) const { out = toLongLong(column); }
    void read(int column, int &out) const { out = toInt(column); }
    void read(int column, double &out) const { out = toDouble(column); }
    void read(int column, bool &out) const { out = toBool(column); }
    void read(int column, QString &out) const { out = toString(column); }
    void read(int column, QDate &out) const { out = toDate(column); }

    QSqlDatabase m_db;
    QSqlQuery m_query;
    QString m_failure;
    QString m_nativeCode;
    bool m_reads = false; ///< a query rather than a change, for the wording of error()
};

} // namespace pd
