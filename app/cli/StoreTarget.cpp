#include "cli/StoreTarget.h"

#include "document/BuiltinPlan.h"
#include "store/PlanStore.h"
#include "store/ServerAddress.h"

#include <QCommandLineParser>

namespace pd {

QCommandLineOption StoreTarget::serverOption()
{
    return QCommandLineOption(
        QStringLiteral("server"),
        tr("A plan on a PostgreSQL server instead of a data file: postgresql://user@host:port/db "
           "(the password from PGPASSWORD or ~/.pgpass)."),
        tr("URL"));
}

bool StoreTarget::isServer(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("server"));
}

bool StoreTarget::openServer(PlanStore &store, const QCommandLineParser &parser, QString *error,
                             bool allowEmpty)
{
    const std::optional<ServerAddress> address =
        ServerAddress::parse(parser.value(QStringLiteral("server")), error);
    if (!address || !store.openServer(*address, QString(), error))
        return false;
    if (allowEmpty || store.hasPlan(error))
        return true;
    if (error->isEmpty())
        *error = tr("The database %1 holds no plan yet; fill it first with progress-dashboard "
                    "server-init --server URL.")
                     .arg(store.description());
    store.close();
    return false;
}

bool StoreTarget::openWithPlan(PlanStore &store, const QCommandLineParser &parser,
                               const QString &path, QString *error)
{
    return isServer(parser) ? openServer(store, parser, error)
                            : BuiltinPlan::openWithPlan(store, path, error);
}

} // namespace pd
