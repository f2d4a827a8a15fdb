#include "models/MeasurementTableModel.h"

#include "plan/InputParsing.h"
#include "commands/MeasurementCommands.h"
#include "store/PlanStore.h"
#include "plan/ProgressText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUndoStack>

#include <algorithm>
#include <memory>

namespace pd {
MeasurementTableModel::MeasurementTableModel(PlanStore *store, QUndoStack *undoStack,
                                             QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_undoStack(undoStack)
{
    connect(store, &PlanStore::measurementsChanged, this, [this](qint64 indicatorId) {
        if (indicatorId == m_indicatorId)
            reload();
    });
    connect(store, &PlanStore::planReplaced, this, [this] { setIndicator(0, m_planYear); });
}

void MeasurementTableModel::setIndicator(qint64 indicatorId, int planYear)
{
    m_indicatorId = indicatorId;
    m_planYear = planYear;
    reload();
}

void MeasurementTableModel::reload()
{
    beginResetModel();
    m_rows = m_store && m_indicatorId ? m_store->measurements(m_indicatorId)
                                      : std::vector<Measurement>();
    endResetModel();
}

QString MeasurementTableModel::checkDate(const QDate &date) const
{
    if (!date.isValid())
        return tr("The date is not valid; write it as YYYY-MM-DD.");
    if (m_planYear && date.year() != m_planYear)
        return tr("The date %1 is outside the plan's year %2.")
            .arg(QLocale().toString(date, QLocale::LongFormat))
            .arg(m_planYear);
    return {};
}

bool MeasurementTableModel::addMeasurement(const QDate &date, const QString &value,
                                           const QString &note)
{
    if (!m_indicatorId)
        return false;
    const QString dateProblem = checkDate(date);
    if (!dateProblem.isEmpty()) {
        emit inputRefused(dateProblem);
        return false;
    }
    const auto number = InputParsing::number(value);
    if (!number) {
        emit inputRefused(value.trimmed().isEmpty() ? tr("Enter a value.")
                                                    : tr("\"%1\" is not a number.").arg(value));
        return false;
    }
    std::optional<Measurement> replacing;
    if (!passesChecks(*number, date, 0, &replacing))
        return false;
    Measurement m;
    m.indicatorId = m_indicatorId;
    m.date = date;
    m.value = *number;
    m.note = note.trimmed();
    // The stack deletes a command that fails, so its error is collected here.
    auto error = std::make_shared<QString>();
    if (replacing) {
        Measurement after = *replacing;
        after.value = m.value;
        if (!m.note.isEmpty())
            after.note = m.note;
        m_undoStack->push(new EditMeasurementCommand(m_store, *replacing, after, error));
    } else {
        m_undoStack->push(new AddMeasurementCommand(m_store, m, error));
    }
    if (!error->isEmpty()) {
        emit inputRefused(*error);
        return false;
    }
    return true;
}

bool MeasurementTableModel::removeMeasurementRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    std::vector<Measurement> doomed;
    for (int row : rows) {
        if (row >= 0 && row < int(m_rows.size()))
            doomed.push_back(m_rows[row]);
    }
    if (doomed.empty())
        return false;
    if (doomed.size() > 1)
        m_undoStack->beginMacro(tr("Delete %n measurement(s)", "", int(doomed.size())));
    for (const Measurement &m : doomed)
        m_undoStack->push(new RemoveMeasurementCommand(m_store, m));
    if (doomed.size() > 1)
        m_undoStack->endMacro();
    return true;
}

int MeasurementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeasurementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeasurementTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Measurement &m = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(m.date, QLocale::ShortFormat);
        case ValueColumn:
            return ProgressText::number(m.value);
        case NoteColumn:
            return m.note;
        case EnteredByColumn:
            return m.enteredBy;
        }
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case DateColumn:
            return m.date;
        case ValueColumn:
            return ProgressText::number(m.value);
        case NoteColumn:
            return m.note;
        case EnteredByColumn:
            return m.enteredBy;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == EnteredByColumn)
        return tr("Entered %1").arg(QLocale().toString(m.enteredAt, QLocale::ShortFormat));
    if (role == Qt::TextAlignmentRole && index.column() == ValueColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool MeasurementTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= int(m_rows.size()))
        return false;
    const Measurement before = m_rows[index.row()];
    Measurement after = before;
    switch (index.column()) {
    case DateColumn: {
        const QDate date = value.userType() == QMetaType::QDate
                               ? value.toDate()
                               : InputParsing::date(value.toString());
        const QString problem = checkDate(date);
        if (!problem.isEmpty()) {
            emit inputRefused(problem);
            return false;
        }
        after.date = date;
        break;
    }
    case ValueColumn: {
        const auto number = InputParsing::number(value.toString());
        if (!number) {
            emit inputRefused(tr("\"%1\" is not a number.").arg(value.toString()));
            return false;
        }
        after.value = *number;
        break;
    }
    case NoteColumn:
        after.note = value.toString().trimmed();
        break;
    default:
        return false;
    }
    if (after.date == before.date && after.value == before.value && after.note == before.note)
        return true;
    if (after.date != before.date || after.value != before.value) {
        std::optional<Measurement> replacing;
        if (!passesChecks(after.value, after.date, before.id, nullptr))
            return false;
    }
    auto error = std::make_shared<QString>();
    m_undoStack->push(new EditMeasurementCommand(m_store, before, after, error));
    if (!error->isEmpty()) {
        emit inputRefused(*error);
        return false;
    }
    return true;
}

bool MeasurementTableModel::passesChecks(double value, const QDate &date, qint64 editingId,
                                         std::optional<Measurement> *replacing)
{
    const std::optional<Indicator> indicator = m_store->indicator(m_indicatorId);
    if (!indicator)
        return true; // the store refuses it with its own message
    for (const EntryCheck::Problem &problem :
         EntryCheck::check(*indicator, value, date, m_rows, editingId)) {
        if (problem.rule == EntryCheck::Rule::SameDate && !replacing) {
            // Moving a figure onto a date that has one: one figure per date.
            emit inputRefused(tr("%1 already has a figure; change or delete that one instead.")
                                  .arg(date.toString(Qt::ISODate)));
            return false;
        }
        if (!m_confirm) {
            emit inputRefused(problem.message);
            return false;
        }
        if (!m_confirm(problem))
            return false;
        if (problem.rule == EntryCheck::Rule::SameDate) {
            for (const Measurement &m : m_rows) {
                if (m.id == problem.existingId)
                    *replacing = m;
            }
        }
    }
    return true;
}

Qt::ItemFlags MeasurementTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != EnteredByColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant MeasurementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ValueColumn:
        return tr("Value");
    case NoteColumn:
        return tr("Note");
    case EnteredByColumn:
        return tr("Entered by");
    }
    return {};
}

} // namespace pd
