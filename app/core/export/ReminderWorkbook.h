#pragma once

#include "plan/PlanTypes.h"
#include "report/ReminderSheet.h"

#include <QCoreApplication>
#include <QString>

namespace pd {

class UnreportedList;

/// The 催报单 as an XLSX (libxlsxwriter), for an office that sends its reminders by e-mail or
/// keeps them with the sheets: a first sheet 汇总 (each unit late, its contact, how many
/// indicators are missing of how many, the days late), then a sheet per unit holding what its
/// PDF page does (the round, the due date, the days late, the table 序号, 编码, 指标, 目标,
/// 上次数值, 上次日期, the date to report by, the office and date). A4, the header row repeated. In
/// Chinese, like the PDF; written through OutputFile, whole or not at all.
class ReminderWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(pd::ReminderWorkbook)
public:
    /// The name of the first sheet, 汇总.
    static QString summaryName();
    static bool write(const UnreportedList &list, const PlanInfo &plan, const QString &path,
                      QString *error, const ReminderSheet::Options &options = {});
};

} // namespace pd
