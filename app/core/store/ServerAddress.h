#pragma once

#include <QString>

#include <optional>

namespace pd {

/// Where a plan on a PostgreSQL server is: `postgresql://user@host:port/dbname` (or
/// postgres://), percent-encoded parts decoded, the port 5432 when not given, a Unix socket's
/// folder as the host (`?host=/run/postgresql`, or an encoded `%2Frun%2Fpostgresql`). A
/// password in the address is refused: addresses end up in shell histories and process lists;
/// the password is asked for, or libpq reads PGPASSWORD or ~/.pgpass.
struct ServerAddress
{
    static constexpr int DefaultPort = 5432;

    QString user; ///< empty: libpq's default (the system user)
    QString host; ///< a host name or address, or a socket folder (starts with '/')
    int port = DefaultPort;
    QString database;
    QString sslMode; ///< ?sslmode=… passed to libpq; empty for its default

    /// Parses an address; std::nullopt with *error (a translated line that never repeats a
    /// password) when it is not one.
    static std::optional<ServerAddress> parse(const QString &text, QString *error);
    /// Whether text looks like a server address rather than a file's path.
    static bool isServerAddress(const QString &text);
    /// postgresql://user@host:port/dbname, for titles and messages (no password, ever).
    QString toString() const;
    bool isSocket() const { return host.startsWith(QLatin1Char('/')); }
};

} // namespace pd
