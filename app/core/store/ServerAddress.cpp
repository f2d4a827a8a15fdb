#include "store/ServerAddress.h"

#include <QCoreApplication>
#include <QUrl>

namespace pd {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pd::ServerAddress", text);
}

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

} // namespace

bool ServerAddress::isServerAddress(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<ServerAddress> ServerAddress::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    const int schemeEnd = trimmed.indexOf(QLatin1String("://"));
    if (!isServerAddress(trimmed) || schemeEnd < 0) {
        *error = tr("A server address starts with postgresql://, as in "
                    "postgresql://user@host:5432/database.");
        return std::nullopt;
    }
    QString rest = trimmed.mid(schemeEnd + 3);
    QString query;
    if (const int q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    const int slash = rest.indexOf(QLatin1Char('/'));
    const QString authority = slash >= 0 ? rest.left(slash) : rest;
    ServerAddress address;
    address.database = decoded(slash >= 0 ? rest.mid(slash + 1) : QString());
    QString hostPort = authority;
    if (const int at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        hostPort = authority.mid(at + 1);
        if (userInfo.contains(QLatin1Char(':'))) {
            *error = tr("Leave the password out of the server address: it is asked for, or "
                        "read from PGPASSWORD or ~/.pgpass.");
            return std::nullopt;
        }
        address.user = decoded(userInfo);
    }
    QString portText;
    if (hostPort.startsWith(QLatin1Char('['))) { // [::1]:5432
        const int close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0) {
            *error = tr("The server address has an unclosed [ in its host.");
            return std::nullopt;
        }
        address.host = hostPort.mid(1, close - 1);
        const QString after = hostPort.mid(close + 1);
        if (after.startsWith(QLatin1Char(':')))
            portText = after.mid(1);
        else if (!after.isEmpty()) {
            *error = tr("The server address has something after its host: %1").arg(after);
            return std::nullopt;
        }
    } else if (const int colon = hostPort.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        address.host = decoded(hostPort.left(colon));
        portText = hostPort.mid(colon + 1);
    } else {
        address.host = decoded(hostPort);
    }
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const QString key = decoded(pair.section(QLatin1Char('='), 0, 0)).toLower();
        const QString value = decoded(pair.section(QLatin1Char('='), 1));
        if (key == QLatin1String("host")) {
            address.host = value;
        } else if (key == QLatin1String("port")) {
            portText = value;
        } else if (key == QLatin1String("user")) {
            address.user = value;
        } else if (key == QLatin1String("dbname")) {
            address.database = value;
        } else if (key == QLatin1String("sslmode")) {
            address.sslMode = value;
        } else if (key == QLatin1String("password")) {
            *error = tr("Leave the password out of the server address: it is asked for, or "
                        "read from PGPASSWORD or ~/.pgpass.");
            return std::nullopt;
        } else {
            *error = tr("The server address has an unknown setting \"%1\" (known: host, port, "
                        "user, dbname, sslmode).")
                         .arg(key);
            return std::nullopt;
        }
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        address.port = portText.toInt(&ok);
        if (!ok || address.port <= 0 || address.port > 65535) {
            *error = tr("The server address's port \"%1\" is not a port number.").arg(portText);
            return std::nullopt;
        }
    }
    if (address.database.isEmpty()) {
        *error = tr("The server address names no database: add it after the host, as in "
                    "postgresql://user@host:5432/database.");
        return std::nullopt;
    }
    return address;
}

QString ServerAddress::toString() const
{
    // Readable rather than encoded: for titles and messages, not for parsing again.
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + QLatin1Char('@');
    if (isSocket())
        text += QStringLiteral("localhost");
    else if (host.contains(QLatin1Char(':')))
        text += QLatin1Char('[') + host + QLatin1Char(']');
    else
        text += host.isEmpty() ? QStringLiteral("localhost") : host;
    text += QStringLiteral(":%1/%2").arg(port).arg(database);
    if (isSocket())
        text += QStringLiteral("?host=") + host;
    return text;
}

} // namespace pd
