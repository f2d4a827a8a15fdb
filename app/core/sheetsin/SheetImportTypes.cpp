#include "sheetsin/SheetImportTypes.h"

#include <algorithm>

namespace pd {

int SheetImportFile::count(SheetRowState state) const
{
    return int(std::count_if(rows.begin(), rows.end(),
                             [state](const SheetImportRow &row) { return row.state == state; }));
}

QString SheetImportFile::source() const
{
    QString text = QStringLiteral("sheet ") + fileName;
    if (!units.isEmpty())
        text += QStringLiteral(" · ") + units.join(QStringLiteral("、"));
    return text;
}

int SheetImport::count(SheetRowState state) const
{
    int n = 0;
    for (const SheetImportFile &file : files)
        n += file.count(state);
    return n;
}

MeasurementBatch SheetImport::batch() const
{
    MeasurementBatch batch;
    for (const SheetImportFile &file : files) {
        if (!file.isImportable())
            continue;
        for (const SheetImportRow &row : file.rows) {
            if (row.isTask)
                continue;
            if (row.state == SheetRowState::New)
                batch.added.push_back(row.after);
            else if (row.state == SheetRowState::Changed && row.before)
                batch.changed.emplace_back(*row.before, row.after);
        }
    }
    return batch;
}

std::vector<TaskChange> SheetImport::taskChanges() const
{
    std::vector<TaskChange> changes;
    for (const SheetImportFile &file : files) {
        if (!file.isImportable())
            continue;
        for (const SheetImportRow &row : file.rows) {
            if (row.isTask &&
                (row.state == SheetRowState::New || row.state == SheetRowState::Changed))
                changes.push_back(row.task);
        }
    }
    return changes;
}

bool SheetImport::hasChanges() const
{
    return !batch().isEmpty() || !taskChanges().empty();
}

int SheetImport::taskCount(SheetRowState state) const
{
    int n = 0;
    for (const SheetImportFile &file : files) {
        n += int(std::count_if(file.rows.begin(), file.rows.end(), [state](const auto &row) {
            return row.isTask && row.state == state;
        }));
    }
    return n;
}

std::vector<ImportedSheet> SheetImport::records() const
{
    std::vector<ImportedSheet> result;
    for (const SheetImportFile &file : files) {
        const int figures = file.count(SheetRowState::New) + file.count(SheetRowState::Changed);
        // A file that gives nothing is not recorded: once its refused rows are put right (a
        // unit assigned…), the same file may be imported again.
        if (!file.isImportable() || figures == 0)
            continue;
        ImportedSheet record;
        record.sha256 = file.sha256;
        record.fileName = file.fileName;
        record.unit = file.units.join(QStringLiteral("、"));
        record.rowCount = figures;
        result.push_back(record);
    }
    return result;
}

QString SheetImport::source() const
{
    QStringList sources;
    for (const SheetImportFile &file : files) {
        if (file.isImportable() &&
            file.count(SheetRowState::New) + file.count(SheetRowState::Changed) > 0)
            sources << file.source();
    }
    return sources.join(QStringLiteral("; "));
}

std::vector<SheetImportRow> SheetImport::refusedRows() const
{
    std::vector<SheetImportRow> rows;
    for (const SheetImportFile &file : files) {
        for (const SheetImportRow &row : file.rows) {
            if (row.state == SheetRowState::Refused)
                rows.push_back(row);
        }
    }
    return rows;
}

} // namespace pd
