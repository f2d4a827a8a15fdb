#include "main/UnreportedDialog.h"

#include "commands/SetRoundScheduleCommand.h"
#include "export/ReminderWorkbook.h"
#include "main/FileDialog.h"
#include "plan/Clock.h"
#include "plan/PlanText.h"
#include "plan/ProgressText.h"
#include "report/ReminderSheet.h"
#include "store/PlanStore.h"
#include "store/RoundSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace pd {
namespace {

enum Column
{
    CodeColumn,
    NameColumn,
    TargetColumn,
    LastValueColumn,
    LastDateColumn,
    LateColumn,
    ColumnCount
};

} // namespace

UnreportedDialog::UnreportedDialog(PlanStore *store, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent), m_store(store), m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("unreportedDialog"));
    setWindowTitle(tr("Who Has Not Reported"));

    m_round = new QComboBox(this);
    m_round->setObjectName(QStringLiteral("unreportedRound"));
    m_round->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_cadence = new QComboBox(this);
    m_cadence->setObjectName(QStringLiteral("unreportedCadence"));
    m_cadence->addItem(tr("Monthly"), int(RoundCadence::Monthly));
    m_cadence->addItem(tr("Quarterly"), int(RoundCadence::Quarterly));
    m_dueDay = new QSpinBox(this);
    m_dueDay->setObjectName(QStringLiteral("unreportedDueDay"));
    m_dueDay->setRange(1, 31);
    m_dueDay->setToolTip(tr("The day of the month after a round's end by which its figures are "
                            "due (in a shorter month: its last day)"));
    m_applySchedule = new QPushButton(tr("&Apply"), this);
    m_applySchedule->setObjectName(QStringLiteral("unreportedApplySchedule"));
    m_applySchedule->setToolTip(tr("Keep this schedule in the data file (Edit → Undo takes it "
                                   "back)"));

    auto *roundLabel = new QLabel(tr("&Round:"), this);
    roundLabel->setBuddy(m_round);
    auto *cadenceLabel = new QLabel(tr("Units report &every"), this);
    cadenceLabel->setBuddy(m_cadence);
    auto *dueLabel = new QLabel(tr("due on &day"), this);
    dueLabel->setBuddy(m_dueDay);
    auto *top = new QHBoxLayout;
    top->addWidget(roundLabel);
    top->addWidget(m_round);
    top->addStretch(1);
    top->addWidget(cadenceLabel);
    top->addWidget(m_cadence);
    top->addWidget(dueLabel);
    top->addWidget(m_dueDay);
    top->addWidget(new QLabel(tr("of the month after"), this));
    top->addWidget(m_applySchedule);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("unreportedSummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("unreportedCounts"));
    m_counts->setWordWrap(true);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("unreportedTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Unit / Code"), tr("Indicator"), tr("Target"), tr("Last figure"),
                             tr("Last date"), tr("Days late")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->setColumnWidth(CodeColumn, 260);
    m_tree->setColumnWidth(TargetColumn, 120);
    m_tree->setColumnWidth(LastValueColumn, 110);
    m_tree->setColumnWidth(LastDateColumn, 100);
    m_tree->setColumnWidth(LateColumn, 80);

    m_print = new QPushButton(tr("&Print Reminders (催报单)…"), this);
    m_print->setObjectName(QStringLiteral("unreportedPrint"));
    m_print->setToolTip(tr("A PDF with a page for each unit that has not reported"));
    m_excel = new QPushButton(tr("Save as &Excel…"), this);
    m_excel->setObjectName(QStringLiteral("unreportedExcel"));
    m_excel->setToolTip(tr("The same reminders as a workbook: a summary and a sheet per unit"));
    m_office = new QLineEdit(this);
    m_office->setObjectName(QStringLiteral("unreportedOffice"));
    m_office->setPlaceholderText(ReminderSheet::officeFor(m_store->planInfo()));
    m_office->setText(m_store->setting(ReminderSheet::officeKey()));
    m_office->setToolTip(tr("Who sends the reminders, printed at their foot (kept in the data "
                            "file)"));
    m_office->setMinimumWidth(220);
    auto *officeLabel = new QLabel(tr("&Office:"), this);
    officeLabel->setBuddy(m_office);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_excel, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_counts);
    layout->addWidget(m_tree, 1);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("unreportedNote"));
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_note);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(officeLabel);
    bottom->addWidget(m_office);
    bottom->addWidget(buttons, 1);
    layout->addLayout(bottom);

    connect(m_round, &QComboBox::currentIndexChanged, this, &UnreportedDialog::refresh);
    connect(m_cadence, &QComboBox::currentIndexChanged, this,
            &UnreportedDialog::updateScheduleButton);
    connect(m_dueDay, &QSpinBox::valueChanged, this, &UnreportedDialog::updateScheduleButton);
    connect(m_applySchedule, &QPushButton::clicked, this, &UnreportedDialog::applySchedule);
    connect(m_print, &QPushButton::clicked, this, &UnreportedDialog::printReminders);
    connect(m_excel, &QPushButton::clicked, this, &UnreportedDialog::saveWorkbook);

    // Figures, units or the schedule changed (an undo, another program's change read in).
    auto stale = std::make_shared<bool>(false);
    auto later = [this, stale] {
        if (*stale)
            return;
        *stale = true;
        QTimer::singleShot(0, this, [this, stale] {
            *stale = false;
            fillRounds(round().key());
        });
    };
    connect(m_store, &PlanStore::measurementsChanged, this, later);
    connect(m_store, &PlanStore::indicatorChanged, this, later);
    connect(m_store, &PlanStore::unitsChanged, this, later);
    connect(m_store, &PlanStore::settingsChanged, this, later);
    connect(m_store, &PlanStore::planReplaced, this, later);

    fillRounds(QString());
    resize(1100, 640);
}

ReportingRound UnreportedDialog::round() const
{
    const int index = m_round->currentIndex();
    return index >= 0 && index < int(m_rounds.size()) ? m_rounds[std::size_t(index)]
                                                      : ReportingRound();
}

bool UnreportedDialog::setRound(const QString &key)
{
    const int index = m_round->findData(key);
    if (index < 0)
        return false;
    m_round->setCurrentIndex(index);
    return true;
}

RoundSchedule UnreportedDialog::chosenSchedule() const
{
    return RoundSchedule{RoundCadence(m_cadence->currentData().toInt()), m_dueDay->value()};
}

void UnreportedDialog::fillRounds(const QString &keep)
{
    const RoundSchedule schedule = RoundSettings::schedule(*m_store);
    {
        const QSignalBlocker cadence(m_cadence);
        const QSignalBlocker day(m_dueDay);
        m_cadence->setCurrentIndex(m_cadence->findData(int(schedule.cadence)));
        m_dueDay->setValue(schedule.dueDay);
    }
    updateScheduleButton();

    const QSignalBlocker blocker(m_round);
    m_round->clear();
    m_rounds = ReportingRound::roundsOf(m_store->planInfo().year, schedule);
    const ReportingRound current = RoundSettings::currentRound(*m_store, Clock::today());
    int chosen = -1;
    for (const ReportingRound &round : m_rounds) {
        QString label = tr("%1 (figures as of %2, due %3)")
                            .arg(round.key(), round.asOf().toString(Qt::ISODate),
                                 round.due().toString(Qt::ISODate));
        if (round == current)
            label = tr("%1 — current").arg(label);
        m_round->addItem(label, round.key());
        if (round.key() == keep || (chosen < 0 && keep.isEmpty() && round == current))
            chosen = m_round->count() - 1;
    }
    if (chosen < 0) // the kept round is not one of this schedule's: the current one
        chosen = m_round->findData(current.key());
    m_round->setCurrentIndex(std::max(0, chosen));
    refresh();
}

void UnreportedDialog::refresh()
{
    m_tree->clear();
    const ReportingRound shown = round();
    QString error;
    std::optional<UnreportedList> read;
    if (shown.isValid())
        read = UnreportedList::read(*m_store, shown, Clock::today(), &error);
    m_list = read ? *read : UnreportedList();
    if (!read) {
        m_summary->setText(error.isEmpty() ? tr("The plan has no reporting rounds.")
                                           : tr("Cannot read the data file: %1").arg(error));
        m_counts->clear();
        m_print->setEnabled(false);
        m_excel->setEnabled(false);
        return;
    }
    m_summary->setText(m_list.roundLine());
    const int units = int(m_list.units().size());
    if (units == 0) {
        m_counts->setText(tr("Every unit has reported for this round (%n indicator(s)).", nullptr,
                             m_list.indicatorCount()));
    } else {
        const QString unitText =
            m_list.isOverdue()
                ? tr("%1 of %n unit(s) late", nullptr, m_list.unitCount())
                : tr("%1 of %n unit(s) still to report", nullptr, m_list.unitCount());
        m_counts->setText(tr("%1 · %2 of %n indicator(s) without a figure in this round", nullptr,
                             m_list.indicatorCount())
                              .arg(unitText.arg(units))
                              .arg(m_list.missingCount()));
    }
    m_print->setEnabled(units > 0);
    m_excel->setEnabled(units > 0);

    const QString notLate = QStringLiteral("—");
    for (const UnreportedList::Unit &unit : m_list.units()) {
        auto *top = new QTreeWidgetItem(m_tree);
        // One line across the columns: the unit, its contact, what is missing, how late.
        QStringList parts{unit.name};
        if (!unit.contact.isEmpty())
            parts << unit.contact;
        parts << tr("%1 of %n indicator(s) without a figure", nullptr, unit.indicatorCount)
                     .arg(unit.missing.size());
        if (unit.daysLate > 0)
            parts << tr("%n day(s) late", nullptr, unit.daysLate);
        top->setText(CodeColumn, parts.join(QStringLiteral(" · ")));
        top->setData(CodeColumn, Qt::UserRole, unit.name);
        top->setToolTip(CodeColumn, top->text(CodeColumn));
        QFont font = top->font(CodeColumn);
        font.setBold(true);
        top->setFont(CodeColumn, font);
        top->setFirstColumnSpanned(true);
        for (const UnreportedList::Item &item : unit.missing) {
            auto *row = new QTreeWidgetItem(top);
            const Indicator &ind = item.indicator;
            row->setText(CodeColumn, ind.code);
            row->setText(NameColumn, ind.name);
            row->setToolTip(NameColumn, ind.snippet.isEmpty() ? ind.name : ind.snippet);
            row->setText(TargetColumn, PlanText::target(ind));
            row->setText(LastValueColumn,
                         item.last ? ProgressText::valueWithUnit(ind, item.last->value) : notLate);
            row->setText(LastDateColumn,
                         item.last ? item.last->date.toString(Qt::ISODate) : tr("never"));
            row->setText(LateColumn, unit.daysLate > 0 ? QString::number(unit.daysLate) : notLate);
            row->setTextAlignment(LastValueColumn, Qt::AlignRight | Qt::AlignVCenter);
            row->setTextAlignment(LateColumn, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    m_tree->expandAll();
}

void UnreportedDialog::updateScheduleButton()
{
    m_applySchedule->setEnabled(chosenSchedule() != RoundSettings::schedule(*m_store));
}

void UnreportedDialog::applySchedule()
{
    const RoundSchedule before = RoundSettings::schedule(*m_store);
    const RoundSchedule after = chosenSchedule();
    if (before == after)
        return;
    auto error = std::make_shared<QString>();
    // Through the window's undo stack: Edit → Undo puts the old schedule back.
    auto *command = new SetRoundScheduleCommand(m_store, before, after, error);
    if (m_undoStack) {
        m_undoStack->push(command);
    } else {
        command->redo();
        delete command;
    }
    if (!error->isEmpty())
        QMessageBox::warning(this, tr("Cannot Change the Schedule"), *error);
    fillRounds(QString()); // the rounds of the new schedule, the current one shown
}

ReminderSheet::Options UnreportedDialog::reminderOptions() const
{
    ReminderSheet::Options options;
    options.office = m_office->text().trimmed().isEmpty() ? ReminderSheet::officeOf(*m_store)
                                                          : m_office->text().trimmed();
    return options;
}

void UnreportedDialog::keepOffice()
{
    const QString typed = m_office->text().trimmed();
    if (typed == m_store->setting(ReminderSheet::officeKey()).trimmed())
        return;
    QString error;
    if (!m_store->setSetting(ReminderSheet::officeKey(), typed, &error))
        m_note->setText(tr("The office could not be kept in the data file: %1").arg(error));
}

bool UnreportedDialog::writePdf(const QString &path, QString *error) const
{
    const ReportRenderer::Result result =
        ReminderSheet(m_store->planInfo(), reminderOptions()).exportPdf(m_list, path);
    if (!result.ok && error)
        *error = result.error;
    return result.ok;
}

bool UnreportedDialog::writeWorkbook(const QString &path, QString *error) const
{
    QString failure;
    const bool ok =
        ReminderWorkbook::write(m_list, m_store->planInfo(), path, &failure, reminderOptions());
    if (!ok && error)
        *error = failure;
    return ok;
}

void UnreportedDialog::printReminders()
{
    QString path = FileDialog::getSaveFileName(this, tr("Print Reminders"),
                                               QStringLiteral("催报单-%1.pdf").arg(round().key()),
                                               tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    keepOffice();
    QString error;
    if (!writePdf(path, &error)) {
        QMessageBox::warning(this, tr("Cannot Print the Reminders"), error);
        return;
    }
    m_note->setText(tr("Wrote %1.").arg(QDir::toNativeSeparators(path)));
}

void UnreportedDialog::saveWorkbook()
{
    QString path = FileDialog::getSaveFileName(this, tr("Save Reminders as Excel"),
                                               QStringLiteral("催报单-%1.xlsx").arg(round().key()),
                                               tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    keepOffice();
    QString error;
    if (!writeWorkbook(path, &error)) {
        QMessageBox::warning(this, tr("Cannot Save the Reminders"), error);
        return;
    }
    m_note->setText(tr("Wrote %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace pd
