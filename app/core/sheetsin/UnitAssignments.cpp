#include "sheetsin/UnitAssignments.h"

#include "sheetsin/SheetFileReader.h"
#include "sheetsin/SheetLayout.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <map>

namespace pd {

namespace {

/// How many rows from the top the header row may be found in (titles and notes above it).
constexpr int HeaderSearchRows = 20;

struct Columns
{
    int headerRow = -1;
    int code = -1;
    int lead = -1;
    int co = -1;
};

Columns findColumns(const SheetGrid &grid)
{
    const QStringList codeHeaders{QStringLiteral("编码"), QStringLiteral("指标编码"),
                                  QStringLiteral("代码"), QStringLiteral("code")};
    const QStringList leadHeaders{QStringLiteral("牵头单位"), QStringLiteral("责任单位"),
                                  QStringLiteral("牵头部门"), QStringLiteral("leadunit")};
    const QStringList coHeaders{QStringLiteral("配合单位"), QStringLiteral("协办单位"),
                                QStringLiteral("配合部门"), QStringLiteral("counits")};
    for (int row : grid.rows()) {
        if (row >= HeaderSearchRows)
            break;
        Columns found;
        for (int column = 0; column <= grid.lastColumn(row); ++column) {
            const QString header =
                SheetLayout::normalizedHeader(grid.shownCell(row, column).displayText()).toLower();
            if (found.code < 0 && codeHeaders.contains(header))
                found.code = column;
            else if (found.lead < 0 && leadHeaders.contains(header))
                found.lead = column;
            else if (found.co < 0 && coHeaders.contains(header))
                found.co = column;
        }
        if (found.code >= 0 && found.lead >= 0) {
            found.headerRow = row;
            return found;
        }
    }
    return {};
}

/// A list of units as the office writes it, in the app's form: "、" between units.
QString unitList(const QString &text)
{
    QStringList units =
        text.split(QRegularExpression(QStringLiteral("[、，,；;/\\n]")), Qt::SkipEmptyParts);
    for (QString &unit : units)
        unit = unit.trimmed();
    units.removeAll(QString());
    return units.join(QStringLiteral("、"));
}

} // namespace

std::optional<UnitAssignments::Result> UnitAssignments::read(const PlanStore &store,
                                                             const QString &path, QString *error)
{
    const std::optional<QByteArray> bytes = SheetFileReader::readBytes(path, error);
    if (!bytes)
        return std::nullopt;
    const std::vector<SheetGrid> sheets =
        SheetFileReader::read(*bytes, QFileInfo(path).fileName(), error);
    if (sheets.empty())
        return std::nullopt;
    return compare(store, sheets, error);
}

std::optional<UnitAssignments::Result>
UnitAssignments::compare(const PlanStore &store, const std::vector<SheetGrid> &sheets,
                         QString *error)
{
    QString readError;
    const std::vector<Indicator> indicators = store.indicators(&readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return std::nullopt;
    }
    std::map<QString, const Indicator *> byCode;
    for (const Indicator &indicator : indicators)
        byCode.emplace(indicator.code, &indicator);

    Result result;
    bool anySheet = false;
    QSet<QString> unitsNamed;
    std::map<qint64, std::size_t> rowOfIndicator; // a later row for the same code wins
    for (const SheetGrid &grid : sheets) {
        const Columns columns = findColumns(grid);
        if (columns.headerRow < 0)
            continue;
        anySheet = true;
        for (int sheetRow : grid.rows()) {
            if (sheetRow <= columns.headerRow)
                continue;
            Row row;
            row.sheet = grid.name;
            row.row = sheetRow + 1;
            row.code = grid.shownCell(sheetRow, columns.code).displayText().trimmed();
            row.leadUnit = grid.shownCell(sheetRow, columns.lead).displayText().trimmed();
            row.hasCoUnits = columns.co >= 0;
            if (row.hasCoUnits)
                row.coUnits = unitList(grid.shownCell(sheetRow, columns.co).displayText());
            if (row.code.isEmpty() && row.leadUnit.isEmpty() && row.coUnits.isEmpty())
                continue; // an empty row, or a note below the table
            const auto found = byCode.find(row.code);
            if (found == byCode.end()) {
                row.reason = row.code.isEmpty() ? tr("No code in this row.")
                                                : tr("No indicator has the code %1.").arg(row.code);
            } else if (row.leadUnit.isEmpty()) {
                row.reason = tr("No lead unit given for %1.").arg(row.code);
            } else {
                const Indicator &indicator = *found->second;
                row.indicatorId = indicator.id;
                const bool same = indicator.leadUnit == row.leadUnit &&
                                  (!row.hasCoUnits || indicator.coUnits == row.coUnits);
                row.state = same ? RowState::Unchanged : RowState::Changed;
            }
            const auto earlier =
                row.indicatorId ? rowOfIndicator.find(row.indicatorId) : rowOfIndicator.end();
            if (earlier != rowOfIndicator.end()) {
                Row &first = result.rows[earlier->second];
                first.state = RowState::Refused;
                first.reason =
                    tr("%1 is given again in row %2, which is taken.").arg(first.code).arg(row.row);
            }
            if (row.indicatorId)
                rowOfIndicator[row.indicatorId] = result.rows.size();
            result.rows.push_back(row);
        }
    }
    if (!anySheet) {
        *error = tr("No sheet in the file has the headers 编码 and 牵头单位 (or 责任单位).");
        return std::nullopt;
    }
    for (const Row &row : result.rows) {
        switch (row.state) {
        case RowState::Changed: {
            ++result.changed;
            const Indicator &indicator = *byCode.at(row.code);
            if (indicator.leadUnit != row.leadUnit)
                result.changes.push_back({row.indicatorId, IndicatorField::LeadUnit, row.leadUnit});
            if (row.hasCoUnits && indicator.coUnits != row.coUnits)
                result.changes.push_back({row.indicatorId, IndicatorField::CoUnits, row.coUnits});
            break;
        }
        case RowState::Unchanged:
            ++result.unchanged;
            break;
        case RowState::Refused:
            ++result.refused;
            break;
        }
        if (row.state != RowState::Refused) {
            QStringList names{row.leadUnit};
            names << row.coUnits.split(QStringLiteral("、"), Qt::SkipEmptyParts);
            for (const QString &name : names) {
                if (!unitsNamed.contains(name)) {
                    unitsNamed.insert(name);
                    result.units << name;
                }
            }
        }
    }
    return result;
}

} // namespace pd
