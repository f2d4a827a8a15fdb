#include "main/SheetsExportDialog.h"

#include "export/XlsxSheets.h"
#include "main/FileDialog.h"
#include "plan/Clock.h"
#include "store/PlanStore.h"
#include "store/RoundSettings.h"
#include "store/TaskStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QRadioButton>
#include <QVBoxLayout>

namespace pd {

SheetsExportDialog::SheetsExportDialog(const PlanStore &store, const QDate &asOf, QWidget *parent)
    : QDialog(parent), m_folder(new QRadioButton(tr("One workbook per unit, in a &folder"), this)),
      m_workbook(new QRadioButton(tr("One &workbook, a sheet per unit"), this)),
      m_ledger(new QRadioButton(tr("The whole &ledger (台账): every indicator, a column per month"),
                                this)),
      m_unit(new QComboBox(this)), m_round(new QComboBox(this))
{
    setObjectName(QStringLiteral("sheetsExportDialog"));
    setWindowTitle(tr("Export Sheets"));
    m_folder->setChecked(true);
    m_unit->setObjectName(QStringLiteral("sheetsUnit"));
    m_unit->addItem(tr("All units"), QString());
    // Units that lead tasks only are listed too: their workbooks hold their task sheets.
    for (const XlsxSheets::Group &group :
         XlsxSheets::groups(store.indicators(), TaskStore::of(&store)->tasks()))
        m_unit->addItem(QStringLiteral("%1 (%2)")
                            .arg(group.unit)
                            .arg(group.indicators.size() + group.tasks.size()),
                        group.unit);
    connect(m_ledger, &QRadioButton::toggled, m_unit, [this](bool on) { m_unit->setEnabled(!on); });
    // The rounds of the plan's year, the current one chosen.
    m_round->setObjectName(QStringLiteral("sheetsRound"));
    m_rounds = ReportingRound::roundsOf(store.planInfo().year, RoundSettings::schedule(store));
    const ReportingRound current = RoundSettings::currentRound(store, Clock::today());
    for (const ReportingRound &round : m_rounds) {
        m_round->addItem(
            tr("%1 (figures as of %2)").arg(round.key(), round.asOf().toString(Qt::ISODate)),
            round.key());
        if (round == current)
            m_round->setCurrentIndex(m_round->count() - 1);
    }
    connect(m_ledger, &QRadioButton::toggled, m_round,
            [this](bool on) { m_round->setEnabled(!on); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Sheets for the responsible units to fill in for a reporting "
                                    "round, with the figures as of its end (the ledger: as of "
                                    "%1).")
                                     .arg(asOf.toString(Qt::ISODate)),
                                 this));
    layout->addWidget(m_folder);
    layout->addWidget(m_workbook);
    layout->addWidget(m_ledger);
    auto *form = new QFormLayout;
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Round:"), m_round);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

SheetsExportDialog::Kind SheetsExportDialog::kind() const
{
    if (m_ledger->isChecked())
        return Kind::Ledger;
    return m_workbook->isChecked() ? Kind::Workbook : Kind::Folder;
}

void SheetsExportDialog::setKind(Kind kind)
{
    (kind == Kind::Ledger     ? m_ledger
     : kind == Kind::Workbook ? m_workbook
                              : m_folder)
        ->setChecked(true);
}

QString SheetsExportDialog::unit() const
{
    return m_unit->currentData().toString();
}

ReportingRound SheetsExportDialog::round() const
{
    const int index = m_round->currentIndex();
    return index >= 0 && index < int(m_rounds.size()) ? m_rounds[std::size_t(index)]
                                                      : ReportingRound();
}

bool SheetsExportDialog::setRound(const QString &key)
{
    const int index = m_round->findData(key);
    if (index < 0)
        return false;
    m_round->setCurrentIndex(index);
    return true;
}

bool SheetsExportDialog::write(const PlanStore &store, const QDate &asOf, Kind kind,
                               const QString &unit, const QString &target, QStringList *written,
                               QString *error)
{
    // The units' sheets for the round asOf falls in, as of asOf itself.
    switch (kind) {
    case Kind::Folder:
        return XlsxSheets::writeFolder(store, asOf, unit, target, written, error);
    case Kind::Workbook:
        if (!XlsxSheets::writeWorkbook(store, asOf, unit, target, error))
            return false;
        break;
    case Kind::Ledger:
        if (!XlsxSheets::writeLedger(store, asOf, target, error))
            return false;
        break;
    }
    if (written)
        written->append(target);
    return true;
}

bool SheetsExportDialog::write(const PlanStore &store, const ReportingRound &round,
                               const QDate &asOf, Kind kind, const QString &unit,
                               const QString &target, QStringList *written, QString *error)
{
    switch (kind) {
    case Kind::Folder:
        return XlsxSheets::writeFolder(store, round, round.asOf(), unit, target, written, error);
    case Kind::Workbook:
        if (!XlsxSheets::writeWorkbook(store, round, round.asOf(), unit, target, error))
            return false;
        break;
    case Kind::Ledger:
        if (!XlsxSheets::writeLedger(store, asOf, target, error))
            return false;
        break;
    }
    if (written)
        written->append(target);
    return true;
}

QString SheetsExportDialog::run(QWidget *parent, const PlanStore &store, const QDate &asOf)
{
    SheetsExportDialog dialog(store, asOf, parent);
    if (dialog.exec() != QDialog::Accepted)
        return QString();
    QString target;
    if (dialog.kind() == Kind::Folder) {
        target = FileDialog::getExistingDirectory(parent, tr("Export Sheets to a Folder"));
    } else {
        const QString name =
            dialog.kind() == Kind::Ledger
                ? QStringLiteral("台账.xlsx")
                : (dialog.unit().isEmpty() ? QStringLiteral("各单位报表.xlsx")
                                           : XlsxSheets::fileNameFor(dialog.unit()));
        target = FileDialog::getSaveFileName(parent, tr("Export Sheets"), name,
                                             tr("Excel workbook (*.xlsx)"));
        if (!target.isEmpty() && !target.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
            target += QStringLiteral(".xlsx");
    }
    if (target.isEmpty())
        return QString();
    QStringList written;
    QString error;
    if (!write(store, dialog.round(), asOf, dialog.kind(), dialog.unit(), target, &written,
               &error)) {
        QMessageBox::warning(parent, tr("Cannot Export"), error);
        return QString();
    }
    return tr("Wrote %n workbook(s) to %1.", nullptr, int(written.size()))
        .arg(QDir::toNativeSeparators(dialog.kind() == Kind::Folder ? target : written.value(0)));
}

} // namespace pd
