#pragma once

#include "plan/PlanTypes.h"
#include "plan/ReportingRound.h"
#include "plan/TaskTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace pd {

class PlanStore;

/// The sheets the supervision office sends to the responsible units (export-xlsx, File →
/// Export Sheets…), written with libxlsxwriter, and the whole 台账 as one workbook.
///
/// A unit's sheet: a title row (the unit, the reporting round and the as-of date), a header row,
/// and one row per indicator whose lead unit (牵头单位) it is. The fixed columns (编码, 指标, 目标,
/// 单位, 上次数值, 上次日期: the latest figure at the as-of date) are locked and shaded, the sheet
/// protected; the input columns (本期数值, 截至日期, 进展情况, 存在问题, 下步打算) are unlocked,
/// the figure validated as a number and the date as a day of the plan's year. A4 landscape, fit to
/// the page's width, the title and header rows repeated on every page. Indicators without a lead
/// unit go on a sheet of their own, 未分配.
///
/// Right after it, the unit's task sheet (taskSheetName(): "市统计局·工作任务") with the same
/// title row and one row per task the unit leads (tasks without a lead unit go with 未分配):
/// fixed 编码, 工作任务, 完成时限, 上次状态, 上次进展情况, 上次日期 (the latest 进展情况 at the
/// as-of date), input 本期状态 (a list of the four statuses a unit reports), 截至日期 and
/// 进展情况. A unit with tasks and no indicators gets its task sheet alone.
///
/// Every workbook goes through OutputFile: a failed write leaves the target as it was.
class XlsxSheets
{
    Q_DECLARE_TR_FUNCTIONS(pd::XlsxSheets)
public:
    /// One responsible unit and its indicators, in report order.
    struct Group
    {
        QString unit; ///< the lead unit as written; unassignedName() for none
        std::vector<Indicator> indicators;
        std::vector<TaskRecord> tasks; ///< the tasks it leads, in report order
    };

    /// 未分配: the group (and sheet) of indicators without a lead unit.
    static QString unassignedName();
    /// The indicators grouped by lead unit, units in the order the report first names them,
    /// 未分配 last. With onlyUnit set, that group alone (none when no indicator has it).
    static std::vector<Group> groups(const std::vector<Indicator> &indicators,
                                     const QString &onlyUnit = QString());
    /// The same with the tasks: a unit first named by a task comes after those of the
    /// indicators (before 未分配).
    static std::vector<Group> groups(const std::vector<Indicator> &indicators,
                                     const std::vector<TaskRecord> &tasks,
                                     const QString &onlyUnit = QString());
    /// The name of a unit's task sheet: the unit (cut to fit Excel's 31 characters) and
    /// taskSheetSuffix().
    static QString taskSheetName(const QString &unit);
    /// "·工作任务"
    static QString taskSheetSuffix();
    /// A status as the task sheets write it, fixed Chinese: 未启动, 推进中, 已完成, 滞后, 未填报.
    static QString taskStatusText(TaskStatus status);
    /// A file name for a unit's workbook: the unit with what no file name may hold replaced,
    /// and ".xlsx".
    static QString fileNameFor(const QString &unit);

    /// A unit's title row, exactly: "牵头单位：X　　填报轮次：2024-06　　截至日期：2024-06-30"
    /// (the sheets coming back are matched to their unit and round by it).
    static QString titleFor(const QString &unit, const ReportingRound &round, const QDate &asOf);

    /// One workbook at path with a sheet per group, for a round, with the figures at asOf
    /// (its as-of date, unless a caller chose another). False with *error when nothing matches
    /// or the file cannot be written.
    static bool writeWorkbook(const PlanStore &store, const ReportingRound &round,
                              const QDate &asOf, const QString &onlyUnit, const QString &path,
                              QString *error);
    /// One workbook per group in folder dir (made when missing); *written lists the files.
    static bool writeFolder(const PlanStore &store, const ReportingRound &round, const QDate &asOf,
                            const QString &onlyUnit, const QString &dir, QStringList *written,
                            QString *error);
    /// The same for the round asOf falls in (the file's schedule).
    static bool writeWorkbook(const PlanStore &store, const QDate &asOf, const QString &onlyUnit,
                              const QString &path, QString *error);
    static bool writeFolder(const PlanStore &store, const QDate &asOf, const QString &onlyUnit,
                            const QString &dir, QStringList *written, QString *error);
    /// The 台账: every indicator in report order with its area and section, target, unit, lead
    /// and co-units, and one column per month of the plan's year holding that month's latest
    /// figure (months up to the as-of date); then a sheet of every task with its unit,
    /// deadline, status and latest 进展情况.
    static bool writeLedger(const PlanStore &store, const QDate &asOf, const QString &path,
                            QString *error);
};

} // namespace pd
