#pragma once

#include "sheetsin/SheetGrid.h"
#include "store/PlanStore.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace pd {

/// A unit assignment sheet (责任分工表): one row per indicator with its code (编码) and its lead
/// unit (牵头单位 or 责任单位), and optionally its co-operating units (配合单位), as the office
/// keeps it in Excel or WPS. Read from XLSX or CSV (SheetFileReader), the header row found by
/// its headers in any column and any row among the first, every sheet of the file read.
class UnitAssignments
{
    Q_DECLARE_TR_FUNCTIONS(pd::UnitAssignments)
public:
    enum class RowState
    {
        Changed,   ///< gives the indicator another lead or co-units
        Unchanged, ///< says what the file already holds
        Refused,   ///< an unknown code, or no unit given: see reason
    };
    struct Row
    {
        QString sheet;
        int row = 0; ///< as the user sees it (1-based)
        QString code;
        QString leadUnit;
        QString coUnits;
        bool hasCoUnits = false; ///< the sheet has a 配合单位 column
        qint64 indicatorId = 0;
        RowState state = RowState::Refused;
        QString reason; ///< for Refused: why, in the user's language
    };
    struct Result
    {
        std::vector<Row> rows;
        int changed = 0;
        int unchanged = 0;
        int refused = 0;
        /// The changes of the Changed rows, for PlanStore::setIndicatorTexts.
        std::vector<IndicatorTextChange> changes;
        /// The units the Changed rows name, for PlanStore::ensureUnits.
        QStringList units;
    };

    /// Reads a sheet file and compares each row with the store. nullopt with *error when the
    /// file cannot be read or no sheet holds the 编码 and 牵头单位 headers.
    static std::optional<Result> read(const PlanStore &store, const QString &path, QString *error);
    /// The same from sheets already read.
    static std::optional<Result> compare(const PlanStore &store,
                                         const std::vector<SheetGrid> &sheets, QString *error);
};

} // namespace pd
