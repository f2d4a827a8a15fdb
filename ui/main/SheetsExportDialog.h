#pragma once

#include "plan/ReportingRound.h"

#include <QDate>
#include <QDialog>
#include <QStringList>

class QComboBox;
class QRadioButton;

namespace pd {

class PlanStore;

/// File → Export Sheets…: the responsible units' sheets to fill in (a workbook per unit in a
/// folder, or one workbook with a sheet per unit, for all units or one), or the whole 台账.
/// The units' sheets ask for a reporting round's figures (the current round by default) and
/// show the figures as of its end; the ledger keeps the window's as-of date.
/// The core writes them (XlsxSheets); this asks what and where.
class SheetsExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        Folder,   ///< one workbook per unit in a folder
        Workbook, ///< one workbook, a sheet per unit
        Ledger,   ///< the 台账
    };

    SheetsExportDialog(const PlanStore &store, const QDate &asOf, QWidget *parent = nullptr);

    Kind kind() const;
    void setKind(Kind kind);
    /// The one unit chosen, empty for all.
    QString unit() const;
    /// The reporting round the units' sheets are for.
    ReportingRound round() const;
    /// Chooses a round by its key ("2024-06"); false when the plan's year has none such.
    bool setRound(const QString &key);

    /// Asks what to export and where, and writes it; a line for the status bar when something
    /// was written, empty when cancelled or refused (a refusal is shown in a message box).
    static QString run(QWidget *parent, const PlanStore &store, const QDate &asOf);
    /// Writes without asking (the dialog and tests): target is the folder or the .xlsx file.
    static bool write(const PlanStore &store, const QDate &asOf, Kind kind, const QString &unit,
                      const QString &target, QStringList *written, QString *error);
    /// The same for a round: the units' sheets as of its end, the ledger as of asOf.
    static bool write(const PlanStore &store, const ReportingRound &round, const QDate &asOf,
                      Kind kind, const QString &unit, const QString &target, QStringList *written,
                      QString *error);

private:
    QRadioButton *m_folder;
    QRadioButton *m_workbook;
    QRadioButton *m_ledger;
    QComboBox *m_unit;
    QComboBox *m_round;
    std::vector<ReportingRound> m_rounds;
};

} // namespace pd
