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
#include <unordered_map>
#include <unordered_set>

namespace pd {
MeasurementTableModel::MeasurementTableModel(PlanStore *store, QUndoStack *undoStack,
                                             QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_undoStack(undoStack)
{
    connect(store, &PlanStore::measurementsChanged, this, [this](qint64 indicatorId) {
        if (indicatorId == m_indicatorId)
            sync();
    });
    connect(store, &PlanStore::planReplaced, this, [this] { setIndicator(0, m_planYear); });
}

namespace {

bool sameFigure(const Measurement &a, const Measurement &b)
{
    return a.indicatorId == b.indicatorId && a.date == b.date && a.value == b.value &&
           a.note == b.note && a.enteredBy == b.enteredBy && a.enteredAt == b.enteredAt;
}

/// Indices of a longest strictly increasing subsequence of values, in order.
std::vector<std::size_t> longestIncreasingRun(const std::vector<std::size_t> &values)
{
    std::vector<std::size_t> tails; // index ending the best run of each length
    std::vector<std::size_t> previous(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        const auto at = std::lower_bound(
            tails.begin(), tails.end(), values[i],
            [&values](std::size_t index, std::size_t value) { return values[index] < value; });
        previous[i] = at == tails.begin() ? i : *(at - 1);
        if (at == tails.end())
            tails.push_back(i);
        else
            *at = i;
    }
    std::vector<std::size_t> run(tails.size());
    for (std::size_t k = tails.size(), i = tails.empty() ? 0 : tails.back(); k > 0; --k) {
        run[k - 1] = i;
        i = previous[i];
    }
    return run;
}

} // namespace

void MeasurementTableModel::setIndicator(qint64 indicatorId, int planYear)
{
    m_planYear = planYear;
    if (indicatorId == m_indicatorId) {
        sync();
        return;
    }
    beginResetModel();
    m_indicatorId = indicatorId;
    m_rows = readRows();
    endResetModel();
}

std::vector<Measurement> MeasurementTableModel::readRows() const
{
    return m_store && m_indicatorId ? m_store->measurements(m_indicatorId)
                                    : std::vector<Measurement>();
}

void MeasurementTableModel::sync()
{
    // The store only says that this indicator's figures changed: compare by measurement id so
    // that views keep their selection, editor and scroll position (no reset).
    const std::vector<Measurement> fresh = readRows();
    std::unordered_map<qint64, std::size_t> freshRow;
    for (std::size_t i = 0; i < fresh.size(); ++i)
        freshRow[fresh[i].id] = i;

    // 1. Rows gone from the store, bottom up, a contiguous run at a time.
    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (freshRow.count(m_rows[std::size_t(last)].id)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !freshRow.count(m_rows[std::size_t(first - 1)].id))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        endRemoveRows();
        last = first - 1;
    }

    // 2. The rows left into the store's order (a changed date moves a figure): the longest run
    // already in order stays, each other row moves once, next to the row it follows.
    std::vector<qint64> order; // ids of the rows left, in the store's order
    std::unordered_set<qint64> held;
    for (const Measurement &m : m_rows)
        held.insert(m.id);
    for (const Measurement &m : fresh) {
        if (held.count(m.id))
            order.push_back(m.id);
    }
    std::vector<std::size_t> target; // each row's place in order
    for (const Measurement &m : m_rows)
        target.push_back(std::size_t(std::find(order.begin(), order.end(), m.id) - order.begin()));
    std::unordered_set<qint64> settled;
    for (std::size_t i : longestIncreasingRun(target))
        settled.insert(order[target[i]]);
    auto rowOf = [this](qint64 id) {
        return int(std::find_if(m_rows.begin(), m_rows.end(),
                                [id](const Measurement &m) { return m.id == id; }) -
                   m_rows.begin());
    };
    for (std::size_t t = 0; t < order.size(); ++t) {
        if (!settled.insert(order[t]).second)
            continue;
        const int from = rowOf(order[t]);
        const int to = t == 0 ? 0 : rowOf(order[t - 1]) + 1; // before the row now there
        if (to != from && to != from + 1) {
            beginMoveRows({}, from, from, {}, to);
            const Measurement row = m_rows[std::size_t(from)];
            m_rows.erase(m_rows.begin() + from);
            m_rows.insert(m_rows.begin() + (to > from ? to - 1 : to), row);
            endMoveRows();
        }
    }

    // 3. New figures where the store has them, a contiguous run at a time.
    for (int row = 0; row < int(fresh.size());) {
        if (row < int(m_rows.size()) && m_rows[std::size_t(row)].id == fresh[std::size_t(row)].id) {
            ++row;
            continue;
        }
        int end = row + 1;
        while (end < int(fresh.size()) && !held.count(fresh[std::size_t(end)].id))
            ++end;
        beginInsertRows({}, row, end - 1);
        m_rows.insert(m_rows.begin() + row, fresh.begin() + row, fresh.begin() + end);
        endInsertRows();
        row = end;
    }

    // 4. Edited figures in place.
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (sameFigure(m_rows[std::size_t(row)], fresh[std::size_t(row)]))
            continue;
        m_rows[std::size_t(row)] = fresh[std::size_t(row)];
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
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
                                           const QString &note, const QString &progress,
                                           const QString &problems, const QString &nextSteps)
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
    m.progress = progress.trimmed();
    m.problems = problems.trimmed();
    m.nextSteps = nextSteps.trimmed();
    // The stack deletes a command that fails, so its error is collected here.
    auto error = std::make_shared<QString>();
    if (replacing) {
        Measurement after = *replacing;
        after.value = m.value;
        // Texts left empty keep what the figure had: a corrected value alone loses nothing.
        for (auto [text, kept] : {std::pair{&m.note, &after.note},
                                  {&m.progress, &after.progress},
                                  {&m.problems, &after.problems},
                                  {&m.nextSteps, &after.nextSteps}}) {
            if (!text->isEmpty())
                *kept = *text;
        }
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
        case ProgressColumn:
            return m.progress;
        case ProblemsColumn:
            return m.problems;
        case NextStepsColumn:
            return m.nextSteps;
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
        case ProgressColumn:
            return m.progress;
        case ProblemsColumn:
            return m.problems;
        case NextStepsColumn:
            return m.nextSteps;
        case EnteredByColumn:
            return m.enteredBy;
        }
    }
    if (role == Qt::ToolTipRole && index.column() >= ProgressColumn &&
        index.column() <= NextStepsColumn) {
        const QString &text = index.column() == ProgressColumn   ? m.progress
                              : index.column() == ProblemsColumn ? m.problems
                                                                 : m.nextSteps;
        if (!text.isEmpty())
            return text; // a few lines a unit wrote: whole in the tip, however narrow the column
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
    case ProgressColumn:
        after.progress = value.toString().trimmed();
        break;
    case ProblemsColumn:
        after.problems = value.toString().trimmed();
        break;
    case NextStepsColumn:
        after.nextSteps = value.toString().trimmed();
        break;
    default:
        return false;
    }
    if (after.date == before.date && after.value == before.value && after.note == before.note &&
        after.progress == before.progress && after.problems == before.problems &&
        after.nextSteps == before.nextSteps)
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
    case ProgressColumn:
        return tr("Progress");
    case ProblemsColumn:
        return tr("Problems");
    case NextStepsColumn:
        return tr("Next steps");
    case EnteredByColumn:
        return tr("Entered by");
    }
    return {};
}

} // namespace pd
