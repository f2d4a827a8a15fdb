#include "store/SqlDialect.h"

#include "store/PostgresDialect.h"
#include "store/SqliteDialect.h"
#include "store/Statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>

// The messages keep the store's translation context: the user reads them as the store's.

namespace pd {
namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

SqlDialect::~SqlDialect() = default;

std::unique_ptr<SqlDialect> SqlDialect::standard()
{
    return std::make_unique<SqliteDialect>();
}

const SqlDialect &SqlDialect::of(const QSqlDatabase &db)
{
    static const SqliteDialect sqlite;
    static const PostgresDialect postgres;
    if (db.driverName() == postgres.driverName())
        return postgres;
    return sqlite;
}

bool SqlDialect::runSchema(const QSqlDatabase &db, const QString &ddl, QString *error) const
{
    Statement q(db, ddl);
    if (q.exec())
        return true;
    *error = q.error();
    return false;
}

bool SqlDialect::prepareSchema(const QSqlDatabase &, QString *) const
{
    return true;
}

qint64 SqlDialect::lastInsertId(const QSqlDatabase &, const QSqlQuery &insert) const
{
    return insert.lastInsertId().toLongLong();
}

QString SqlDialect::notOursMessage(const QString &path)
{
    return QCoreApplication::translate("pd::PlanStore", "%1 is not a Progress Dashboard data file.")
        .arg(nativePath(path));
}

QString SqlDialect::readOnlyMessage(const QString &path)
{
    return QCoreApplication::translate("pd::PlanStore", "The data file %1 is read-only.")
        .arg(nativePath(path));
}

QString SqlDialect::damagedMessage(const QString &path, const QString &what)
{
    return QCoreApplication::translate(
               "pd::PlanStore",
               "The data file %1 is damaged (%2) and was left as it is; restore the latest backup "
               "(File → Restore Backup…).")
        .arg(nativePath(path), what);
}

QString SqlDialect::newerMessage(const QString &path)
{
    return QCoreApplication::translate("pd::PlanStore",
                                       "%1 was saved by a newer version of Progress Dashboard; "
                                       "please update the app to open it.")
        .arg(nativePath(path));
}

QString SqlDialect::diskFullMessage(const QString &path)
{
    return QCoreApplication::translate(
               "pd::PlanStore",
               "The disk holding %1 is full; free some space and try again. Nothing was changed.")
        .arg(nativePath(path));
}

QString SqlDialect::unreadableMessage(const QString &path, DataFileProblem problem,
                                      const QString &driverText) const
{
    switch (problem) {
    case DataFileProblem::Damaged:
        return damagedMessage(path, damageText(QStringList{driverText}));
    case DataFileProblem::NotOurs:
        return notOursMessage(path);
    case DataFileProblem::DiskFull:
        return diskFullMessage(path);
    case DataFileProblem::ReadOnly:
        return readOnlyMessage(path);
    default:
        return QCoreApplication::translate("pd::PlanStore", "The data file %1 cannot be read: %2")
            .arg(nativePath(path), driverText);
    }
}

} // namespace pd
