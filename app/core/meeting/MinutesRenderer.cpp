#include "meeting/MinutesRenderer.h"

#include "plan/PlanText.h"
#include "plan/ProgressText.h"
#include "report/ReportCanvas.h"
#include "report/ReportStatusChips.h"
#include "report/ReportLabels.h"
#include "report/ReportTable.h"
#include "plan/StatusCounts.h"
#include "plan/StatusStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <array>

namespace pd {
namespace {

// The progress sheets' inks (ReportRenderer), so minutes and sheets read as one set.
const QColor Ink(0x21, 0x21, 0x21);
const QColor Grey(0x61, 0x61, 0x61);
const QColor Rule(0x75, 0x75, 0x75);

constexpr double TablePoints = 8;
constexpr std::size_t StatusColumn = 5;

/// The status column's share of the table, wide enough for the widest status label (symbol,
/// space and words) in Chinese and in English on one line: a label wrapped as "严重滞/后" or
/// "Slightly/behind" reads as two things. The other columns keep their proportions.
double statusColumnWeight(const ReportCanvas &canvas,
                          const std::vector<ReportTable::Column> &columns, double points)
{
    const QFont font = canvas.font(points);
    double widest = 0;
    const ReportLabels chinese(QLocale(QLocale::Chinese, QLocale::China));
    const ReportLabels english(QLocale(QLocale::English, QLocale::UnitedStates));
    for (Status status : StatusStyle::all) {
        for (const QString &label : {chinese.status(status), english.status(status)}) {
            widest = std::max(widest, canvas.textWidth(font, StatusStyle::symbol(status) +
                                                                 QLatin1Char(' ') + label));
        }
    }
    // ReportTable's padding on both sides, and a little for rounding between layout and paint.
    const double needed = widest + 2 * canvas.mm(1.2) + canvas.mm(1);
    double others = 0;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (i != StatusColumn)
            others += columns[i].width;
    }
    const double body = canvas.body().width();
    // needed = body × w / (others + w), solved for w.
    return needed < body ? std::max(1.0, others * needed / (body - needed)) : others;
}

/// The decision, responsible unit (the lead unit when none was named) and deadline cells.
std::array<ReportTable::Cell, 3> decisionCells(const ReportLabels &labels, const MeetingItem &item,
                                               const QString &leadUnit)
{
    ReportTable::Cell decision;
    decision.text = item.decision.decision.isEmpty() ? QStringLiteral("—") : item.decision.decision;
    ReportTable::Cell unit;
    unit.text = item.decision.responsibleUnit.isEmpty() ? leadUnit : item.decision.responsibleUnit;
    ReportTable::Cell deadline;
    deadline.text = item.decision.deadline.isValid() ? labels.date(item.decision.deadline)
                                                     : QStringLiteral("—");
    return {decision, unit, deadline};
}

void addIndicatorTable(ReportCanvas &canvas, const ReportLabels &labels,
                       const std::vector<ReportTable::Column> &columns,
                       const std::vector<const MeetingItem *> &rows)
{
    ReportTable table(canvas, columns, TablePoints);
    for (const MeetingItem *item : rows) {
        const MeetingSnapshot &s = item->snapshot;
        ReportTable::Cell actual;
        if (s.actual) {
            actual.text = ProgressText::valueWithUnit(s.indicator, s.actual->value);
            actual.detail = labels.shortDate(s.actual->date);
        } else {
            actual.text = QStringLiteral("—");
        }
        const ReportTable::Cell statusCell = ReportStatusChips::statusCell(labels, s.status);
        ReportTable::Cell name;
        name.text = s.indicator.name;
        name.detail = s.heading;
        const auto [decision, unit, deadline] = decisionCells(labels, *item, s.indicator.leadUnit);
        table.addRow({
            {s.indicator.code},
            name,
            {s.targetText.isEmpty() ? PlanText::target(s.indicator) : s.targetText},
            actual,
            {s.progress ? ReportLabels::percent(*s.progress) : QStringLiteral("—")},
            statusCell,
            decision,
            unit,
            deadline,
        });
    }
    table.finish();
}

/// The reviewed tasks of a part: the task's words, its latest 进展情况 and its status as the
/// meeting saw them, then the decision.
void addTaskTable(ReportCanvas &canvas, const ReportLabels &labels,
                  const std::vector<ReportTable::Column> &columns,
                  const std::vector<const MeetingItem *> &rows, int year)
{
    ReportTable table(canvas, columns, TablePoints);
    for (const MeetingItem *item : rows) {
        const MeetingTaskSnapshot &task = *item->task;
        ReportTable::Cell what;
        what.text = task.text;
        // Within the plan's year the day and month say it (12月31日); a later year is written.
        what.detail = labels
                          .text(QT_TRANSLATE_NOOP3("ProgressReport", "Deadline %1",
                                                   "a task's 完成时限 in the minutes"))
                          .arg(task.deadline.year() == year ? labels.shortDate(task.deadline)
                                                            : labels.date(task.deadline));
        ReportTable::Cell progress;
        if (const TaskProgress *latest = task.latest()) {
            progress.text = latest->text;
            progress.detail = labels.shortDate(latest->date);
        } else {
            progress.text = QStringLiteral("—");
        }
        const ReportTable::Cell status =
            ReportStatusChips::taskStatusCell(labels, task.status, task.overdue);
        const auto [decision, unit, deadline] = decisionCells(labels, *item, task.leadUnit);
        table.addRow({{task.code}, what, progress, status, decision, unit, deadline});
    }
    table.finish();
}

} // namespace

bool MinutesRenderer::isReviewed(const MeetingItem &item)
{
    return item.decision.reviewed || !item.decision.decision.isEmpty();
}

ReportRenderer::Result MinutesRenderer::render(const Meeting &meeting,
                                               const std::vector<MeetingItem> &items,
                                               QPagedPaintDevice *device) const
{
    ReportRenderer::Result result;
    if (!device) {
        result.error = QCoreApplication::translate("ProgressReport", "Nothing to print on.");
        return result;
    }
    if (m_options.setUpPage) {
        device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                          QMarginsF(15, 12, 15, 10), QPageLayout::Millimeter));
    }
    const ReportLabels labels(m_options.language);
    auto text = [&labels](const char *source) { return labels.text(source); };
    ReportCanvas canvas(device);
    const QDateTime generated = QDateTime::currentDateTime();
    const QString minutes = text(QT_TRANSLATE_NOOP("ProgressReport", "Minutes"));

    std::vector<const MeetingItem *> reviewed;
    StatusCounts counts; // of the reviewed indicators, as the meeting saw them
    int decisions = 0;
    int taskItems = 0;
    int tasksReviewed = 0;
    for (const MeetingItem &item : items) {
        taskItems += item.isTask() ? 1 : 0;
        if (!isReviewed(item))
            continue;
        reviewed.push_back(&item);
        if (item.isTask())
            ++tasksReviewed;
        else
            counts.increment(item.snapshot.status);
        if (!item.decision.decision.isEmpty())
            ++decisions;
    }
    const int indicatorItems = int(items.size()) - taskItems;

    // Title block.
    canvas.newPage(minutes);
    canvas.paragraph(canvas.font(9), Grey, meeting.planTitle, canvas.mm(1));
    canvas.paragraph(canvas.font(18, true), Ink, meeting.title, canvas.mm(1));
    canvas.paragraph(canvas.font(13), Ink, minutes, canvas.mm(3));
    const QString when = text(QT_TRANSLATE_NOOP("ProgressReport", "Meeting held on %1"))
                             .arg(labels.date(meeting.date)) +
                         QStringLiteral("    ") +
                         text(QT_TRANSLATE_NOOP("ProgressReport", "Figures as of %1"))
                             .arg(labels.date(meeting.asOf)) +
                         QStringLiteral("    ") +
                         text(QT_TRANSLATE_NOOP("ProgressReport", "Expected by now: %1"))
                             .arg(ReportLabels::percent(meeting.expected));
    canvas.paragraph(canvas.font(10), Ink, when, canvas.mm(1.5));
    // Who held and minuted it, always printed: a blank stays a visible "—" to fill in by hand.
    const MeetingParticipants &people = meeting.participants;
    auto orDash = [](const QString &value) {
        return value.trimmed().isEmpty() ? QStringLiteral("—") : value.trimmed();
    };
    canvas.paragraph(
        canvas.font(10), Ink,
        text(QT_TRANSLATE_NOOP("ProgressReport", "Chair: %1")).arg(orDash(people.chair)) +
            QStringLiteral("    ") +
            text(QT_TRANSLATE_NOOP("ProgressReport", "Recorder: %1")).arg(orDash(people.recorder)),
        canvas.mm(1.5));
    canvas.paragraph(
        canvas.font(10), Ink,
        text(QT_TRANSLATE_NOOP("ProgressReport", "Attendees: %1")).arg(orDash(people.attendees)),
        canvas.mm(2));
    const QString reviewedLine =
        taskItems == 0
            ? text(QT_TRANSLATE_NOOP("ProgressReport",
                                     "Indicators reviewed: %1 of %2    Decisions recorded: %3"))
                  .arg(reviewed.size())
                  .arg(items.size())
                  .arg(decisions)
            : text(QT_TRANSLATE_NOOP("ProgressReport",
                                     "Indicators reviewed: %1 of %2    Tasks reviewed: %3 of %4    "
                                     "Decisions recorded: %5"))
                  .arg(int(reviewed.size()) - tasksReviewed)
                  .arg(indicatorItems)
                  .arg(tasksReviewed)
                  .arg(taskItems)
                  .arg(decisions);
    canvas.paragraph(canvas.font(10, true), Ink, reviewedLine, canvas.mm(2));

    // Status of what was reviewed, one chip per status; a meeting of tasks only has none.
    if (indicatorItems > 0)
        canvas.advance(ReportStatusChips::addBox(canvas, labels, counts) + canvas.mm(5));
    else
        canvas.advance(canvas.mm(3));

    if (reviewed.empty()) {
        canvas.paragraph(
            canvas.font(10), Grey,
            taskItems == 0
                ? text(QT_TRANSLATE_NOOP("ProgressReport", "No indicator was marked as reviewed."))
                : text(QT_TRANSLATE_NOOP("ProgressReport",
                                         "No indicator or task was marked as reviewed.")));
    }

    // One table per part, the reviewed indicators in the report's order.
    std::vector<ReportTable::Column> columns{
        {text(QT_TRANSLATE_NOOP("ProgressReport", "No.")), 11, Qt::AlignLeft},
        {text(QT_TRANSLATE_NOOP("ProgressReport", "Indicator")), 29, Qt::AlignLeft},
        {text(QT_TRANSLATE_NOOP("ProgressReport", "Target")), 15, Qt::AlignLeft},
        {text(QT_TRANSLATE_NOOP("ProgressReport", "Actual")), 16, Qt::AlignLeft},
        {text(QT_TRANSLATE_NOOP("ProgressReport", "Completion")), 16, Qt::AlignRight},
        {text(QT_TRANSLATE_NOOP("ProgressReport", "Status")), 0, Qt::AlignLeft},
        {text(QT_TRANSLATE_NOOP("ProgressReport", "Decision")), 42, Qt::AlignLeft},
        {text(QT_TRANSLATE_NOOP("ProgressReport", "Responsible unit")), 19, Qt::AlignLeft},
        {text(QT_TRANSLATE_NOOP("ProgressReport", "Deadline")), 15, Qt::AlignLeft},
    };
    columns[StatusColumn].width = statusColumnWeight(canvas, columns, TablePoints);
    // The tasks' table: the task's words in place of the figures.
    const std::vector<ReportTable::Column> taskColumns{
        {text(QT_TRANSLATE_NOOP("ProgressReport", "No.")), 14, Qt::AlignLeft},
        {labels.text(QT_TRANSLATE_NOOP3("ProgressReport", "Task", "台账: 工作任务")), 41,
         Qt::AlignLeft},
        {labels.text(QT_TRANSLATE_NOOP3("ProgressReport", "Progress",
                                        "台账: 进展情况, the latest round's words")),
         30, Qt::AlignLeft},
        {text(QT_TRANSLATE_NOOP("ProgressReport", "Status")), 14, Qt::AlignLeft},
        {text(QT_TRANSLATE_NOOP("ProgressReport", "Decision")), 42, Qt::AlignLeft},
        {text(QT_TRANSLATE_NOOP("ProgressReport", "Responsible unit")), 19, Qt::AlignLeft},
        {text(QT_TRANSLATE_NOOP("ProgressReport", "Deadline")), 15, Qt::AlignLeft},
    };
    for (int part = 0; part < int(meeting.parts.size()); ++part) {
        std::vector<const MeetingItem *> rows;
        std::vector<const MeetingItem *> taskRows;
        for (const MeetingItem *item : reviewed) {
            if (item->part == part)
                (item->isTask() ? taskRows : rows).push_back(item);
        }
        if (rows.empty() && taskRows.empty())
            continue;
        const QString title = meeting.parts[std::size_t(part)].title;
        const QFont headingFont = canvas.font(12, true);
        // Keep the part's title with the table's first rows.
        canvas.ensure(canvas.lineHeight(headingFont) + canvas.mm(30));
        canvas.paragraph(headingFont, Ink, title, canvas.mm(2));
        if (!rows.empty())
            addIndicatorTable(canvas, labels, columns, rows);
        if (!taskRows.empty()) {
            if (!rows.empty())
                canvas.advance(canvas.mm(2));
            addTaskTable(canvas, labels, taskColumns, taskRows, meeting.asOf.year());
        }
        canvas.advance(canvas.mm(4));
    }

    // Paint: the steps laid out above, then each page's header and footer.
    const int pageCount = canvas.pageCount();
    QPainter painter;
    if (!painter.begin(device)) {
        result.error = QCoreApplication::translate("ProgressReport", "Cannot paint the pages.");
        return result;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF body = canvas.body();
    const QFont frameFont = canvas.font(7.5);
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !device->newPage()) {
            result.error =
                QCoreApplication::translate("ProgressReport", "Cannot start a new page.");
            painter.end();
            return result;
        }
        for (const ReportCanvas::Step &step : canvas.pages()[std::size_t(page)].steps) {
            painter.save();
            step(painter);
            painter.restore();
        }
        const QFontMetricsF metrics(frameFont, painter.device());
        const double lineHeight = metrics.height();
        painter.setFont(frameFont);
        painter.setPen(Grey);
        const double top = body.top() - canvas.mm(9);
        const QRectF header(body.left(), top, body.width(), lineHeight);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignTop,
                         metrics.elidedText(meeting.title, Qt::ElideRight, body.width() * 0.6));
        painter.drawText(header, Qt::AlignRight | Qt::AlignTop, minutes);
        painter.setPen(QPen(Rule, canvas.mm(0.2)));
        painter.drawLine(QPointF(body.left(), top + lineHeight + canvas.mm(1)),
                         QPointF(body.right(), top + lineHeight + canvas.mm(1)));
        const double footerTop = body.bottom() + canvas.mm(3);
        painter.drawLine(QPointF(body.left(), footerTop), QPointF(body.right(), footerTop));
        painter.setPen(Grey);
        const QRectF footer(body.left(), footerTop + canvas.mm(1), body.width(), lineHeight);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop,
                         text(QT_TRANSLATE_NOOP("ProgressReport", "Generated %1"))
                             .arg(labels.dateTime(generated)));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignTop,
                         text(QT_TRANSLATE_NOOP("ProgressReport", "Page %1 of %2"))
                             .arg(page + 1)
                             .arg(pageCount));
    }
    if (!painter.end()) {
        result.error = QCoreApplication::translate("ProgressReport", "Cannot finish the pages.");
        return result;
    }
    result.ok = true;
    result.pageCount = pageCount;
    return result;
}

} // namespace pd
