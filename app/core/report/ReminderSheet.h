#pragma once

#include "plan/PlanTypes.h"
#include "report/ReportRenderer.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QPagedPaintDevice;

namespace pd {

class PlanStore;
class UnreportedList;

/// The 催报单: the reminder the supervision office sends each unit that has not reported for a
/// round, one unit a page (a long table continues on the next page under its header), in the
/// look of the progress sheets (ReportCanvas, ReportTable; A4 portrait, header and page
/// footer): the title, the unit and its contact, the round, the due date and the days late,
/// a table of the indicators missing (序号, 编码, 指标, 目标, 上次数值, 上次日期), the date to
/// report by, and the office and date at the foot.
///
/// Always in Chinese, whatever the window's language: it is a form of the office's for the
/// units, like the sheets that go out to them (XlsxSheets).
class ReminderSheet
{
    Q_DECLARE_TR_FUNCTIONS(pd::ReminderSheet)
public:
    struct Options
    {
        /// Who sends it, at the foot; empty: officeFor() the plan.
        QString office;
        /// The date at the foot; invalid: the list's today.
        QDate issued;
        /// The date the units are asked to report by; invalid: reportByDate().
        QDate reportBy;
        /// Sets A4 portrait with the sheets' margins; off to keep a print dialog's layout.
        bool setUpPage = true;
    };

    explicit ReminderSheet(const PlanInfo &plan) : m_plan(plan) {}
    ReminderSheet(const PlanInfo &plan, Options options)
        : m_plan(plan), m_options(std::move(options))
    {
    }

    /// Lays out and paints a page (or more) per unit of list. Refused when no unit is missing
    /// anything (there is nobody to remind).
    ReportRenderer::Result render(const UnreportedList &list, QPagedPaintDevice *device) const;
    /// The same to a PDF file, written whole or not at all (OutputFile).
    ReportRenderer::Result exportPdf(const UnreportedList &list, const QString &path) const;

    /// "成都市人民政府督查室", or "督查室" when the plan names no government.
    static QString officeFor(const PlanInfo &plan);
    /// The setting that names the office, when the file keeps one ("reminder.office").
    static QString officeKey();
    /// The office the file names, else officeFor() its plan.
    static QString officeOf(const PlanStore &store);
    /// The day to ask for: the due date while it is ahead, else three days after issued.
    static QDate reportByDate(const UnreportedList &list, const QDate &issued);
    /// "2024年7月10日".
    static QString chineseDate(const QDate &date);
    /// The refusal for a list with nobody missing.
    static QString nothingToRemind(const UnreportedList &list);

private:
    PlanInfo m_plan;
    Options m_options;
};

} // namespace pd
