#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pd {

class PlanStore;

/// Who may change what on a shared PostgreSQL server, enforced by the server itself: roles,
/// privileges and row-level security, so a unit's login cannot write another unit's figures
/// whatever program it connects with.
///
/// - pd_office (the supervision office, 督查室): reads and changes everything, the plan too.
/// - pd_unit (a responsible unit, 牵头单位): reads everything; adds, changes and removes the
///   figures (measurement) and the 进展情况 (task_progress) of the indicators and tasks it
///   leads, and sets their tasks' status; nothing else.
/// - Nobody changes or deletes the audit log (a trigger refuses it, its owner included), and
///   each of its rows names the database user who wrote it (set by the server, not the client).
///
/// Which unit a login answers for is kept in table server_user (role, unit, office), written
/// by createUser() and read by the policies through session_user.
class ServerRights
{
    Q_DECLARE_TR_FUNCTIONS(pd::ServerRights)
public:
    enum class Kind
    {
        Unit,
        Office,
    };

    /// Installs the roles, privileges, policies and triggers in the store's server database
    /// (once its schema is there: server-init), as the database's owner. Running it again is
    /// harmless. False with *error on a file store or when the server refuses.
    static bool install(const PlanStore &store, QString *error);
    /// Creates a login for a unit (kind Unit, unit its name as the plan writes it) or for the
    /// office, or changes an existing one's unit and password. An empty password sets none
    /// (the server's own authentication, such as peer or a certificate, applies).
    static bool createUser(const PlanStore &store, const QString &name, Kind kind,
                           const QString &unit, const QString &password, QString *error);
    /// The unit the store's login answers for: empty for the office or the owner; none when
    /// the login has no entry (it cannot change anything then) or on a file store.
    static std::optional<QString> unitOfUser(const PlanStore &store, QString *error = nullptr);
    /// Whether a failed write's driver text says the server refused it for lack of rights.
    static bool isRefusal(const QString &driverText);
    /// The message for a refused write of an indicator's or task's row: who leads it and who
    /// tried ("A1.1.1 is led by 市商务局; user shangwu answers for 市经信局…").
    static QString refusedMessage(const QString &code, const QString &leadUnit, const QString &user,
                                  const QString &userUnit);
};

} // namespace pd
