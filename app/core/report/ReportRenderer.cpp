#include "report/ReportRenderer.h"

#include "plan/ProgressText.h"

#include "plan/PlanText.h"
#include "report/ReportCanvas.h"
#include "report/ReportStatusChips.h"
#include "report/ReportChart.h"
#include "report/ReportTable.h"
#include "plan/StatusStyle.h"
#include "plan/TaskTypes.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace pd {
namespace {

const QColor Ink(0x21, 0x21, 0x21);
const QColor Grey(0x61, 0x61, 0x61);
const QColor Rule(0x75, 0x75, 0x75);

} // namespace

/// One rendering: the canvas, the labels and the book, and the pages' parts in order.
class ReportRenderer::Layout
{
public:
    Layout(const ReportBook &book, QPagedPaintDevice *device, const Options &options)
        : m_book(book), m_labels(options.language), m_canvas(device)
    {
    }

    QString text(const char *source) const { return m_labels.text(source); }
    QString text(const ReportLabels::Commented &label) const { return m_labels.text(label); }
    ReportCanvas &canvas() { return m_canvas; }
    const ReportLabels &labels() const { return m_labels; }
    const std::vector<ContentsEntry> &contents() const { return m_contents; }

    void cover();
    void reserveContents();
    void fillContents();
    void summary();
    void section(const ReportSection &section);
    /// A part of a "behind only" book with nothing behind: in the contents, with no sheet.
    void listOnly(const ReportSection &section);
    void paintFrame(QPainter &painter, int page, int pageCount) const;

private:
    void asOfLine();
    void tallyBox(const ReportTally &tally);
    void indicatorTable(const ReportSection &section);
    void indicatorChart(const ReportSection &section);
    void indicatorSheet(const ReportSection &section);
    /// The part's 台账: its tasks with 序号, 工作任务, 牵头单位, 完成时限, 进展情况 and 状态.
    void ledgerSheet(const ReportSection &section);
    QString filterName() const;
    QString contentsNote(const ReportSection &section) const;

    const ReportBook &m_book;
    ReportLabels m_labels;
    ReportCanvas m_canvas;
    int m_contentsPage = -1;
    std::vector<ContentsEntry> m_contents;
};

void ReportRenderer::Layout::cover()
{
    m_canvas.newPage({}, true);
    const QRectF body = m_canvas.body();
    m_canvas.advance(body.height() * 0.22);
    if (!m_book.info.government.isEmpty() && m_book.info.year > 0) {
        const QFont font = m_canvas.font(14);
        m_canvas.text(QRectF(body.left(), m_canvas.y(), body.width(), m_canvas.lineHeight(font)),
                      font, Grey,
                      QStringLiteral("%1 · %2").arg(m_book.info.government).arg(m_book.info.year),
                      Qt::AlignHCenter | Qt::AlignTop);
        m_canvas.advance(m_canvas.lineHeight(font) + m_canvas.mm(4));
    }
    const ReportCanvas::Fitted title =
        m_canvas.fitted(m_canvas.font(24, true), body.width(), m_book.info.title);
    const double titleHeight = m_canvas.textHeight(title.font, body.width(), title.text,
                                                   Qt::AlignHCenter | Qt::TextWordWrap);
    m_canvas.text(QRectF(body.left(), m_canvas.y(), body.width(), titleHeight), title.font, Ink,
                  title.text, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap);
    m_canvas.advance(titleHeight + m_canvas.mm(6));
    const QFont subtitleFont = m_canvas.font(18);
    const QString subtitle = text(QT_TRANSLATE_NOOP("ProgressReport", "Progress of the targets"));
    const double subtitleHeight = m_canvas.lineHeight(subtitleFont);
    m_canvas.text(QRectF(body.left(), m_canvas.y(), body.width(), subtitleHeight), subtitleFont,
                  Ink, subtitle, Qt::AlignHCenter | Qt::AlignTop);
    m_canvas.advance(subtitleHeight + m_canvas.mm(3));
    if (m_book.scope.behindOnly) {
        const QFont filterFont = m_canvas.font(14, true);
        const double filterHeight = m_canvas.lineHeight(filterFont);
        m_canvas.text(QRectF(body.left(), m_canvas.y(), body.width(), filterHeight), filterFont,
                      Ink, filterName(), Qt::AlignHCenter | Qt::AlignTop);
        m_canvas.advance(filterHeight + m_canvas.mm(3));
    }
    const double lineWidth = m_canvas.mm(0.5);
    const double y = m_canvas.y();
    m_canvas.add([=](QPainter &p) {
        p.setPen(QPen(Ink, lineWidth));
        p.drawLine(QPointF(body.center().x() - body.width() * 0.3, y),
                   QPointF(body.center().x() + body.width() * 0.3, y));
    });
    m_canvas.advance(m_canvas.mm(10));
    const QFont dateFont = m_canvas.font(14);
    const QString asOf =
        text(QT_TRANSLATE_NOOP("ProgressReport", "As of %1")).arg(m_labels.date(m_book.asOf));
    m_canvas.text(QRectF(body.left(), m_canvas.y(), body.width(), m_canvas.lineHeight(dateFont)),
                  dateFont, Ink, asOf, Qt::AlignHCenter | Qt::AlignTop);
    m_canvas.advance(m_canvas.lineHeight(dateFont) + m_canvas.mm(3));
    const QFont smallFont = m_canvas.font(11);
    const QString counts =
        text(QT_TRANSLATE_NOOP("ProgressReport", "%1 indicators · reported %2/%1 · mean completion "
                                                 "of reported %3 · expected by now %4"))
            .arg(m_book.total.indicators)
            .arg(m_book.total.reported())
            .arg(m_book.total.completion() ? ReportLabels::percent(*m_book.total.completion())
                                           : QStringLiteral("—"),
                 ReportLabels::percent(m_book.expected));
    m_canvas.text(QRectF(body.left(), m_canvas.y(), body.width(), m_canvas.lineHeight(smallFont)),
                  smallFont, Grey, counts, Qt::AlignHCenter | Qt::AlignTop);

    const QString generated = text(QT_TRANSLATE_NOOP("ProgressReport", "Generated %1"))
                                  .arg(m_labels.dateTime(m_book.generated));
    const double bottom = body.bottom() - m_canvas.mm(20);
    m_canvas.text(QRectF(body.left(), bottom, body.width(), m_canvas.lineHeight(smallFont)),
                  smallFont, Grey, generated, Qt::AlignHCenter | Qt::AlignTop);
}

void ReportRenderer::Layout::reserveContents()
{
    m_canvas.newPage(text(QT_TRANSLATE_NOOP("ProgressReport", "Contents")));
    m_contentsPage = m_canvas.currentPage();
}

void ReportRenderer::Layout::fillContents()
{
    if (m_contentsPage < 0)
        return;
    const QRectF body = m_canvas.body();
    const QFont titleFont = m_canvas.font(18, true);
    const QFont font = m_canvas.font(11);
    const QFont noteFont = m_canvas.font(8.5);
    double y = body.top() + m_canvas.mm(6);
    const double titleHeight = m_canvas.lineHeight(titleFont);
    const QString title = text(QT_TRANSLATE_NOOP("ProgressReport", "Contents"));
    const double lineHeight = m_canvas.lineHeight(font);
    const double gap = lineHeight * 0.9; // between entries
    const double numberWidth = m_canvas.mm(14);
    const double dotWidth = m_canvas.mm(0.3);
    const double textWidth = body.width() - numberWidth - lineHeight;
    m_canvas.addTo(m_contentsPage, [=](QPainter &p) {
        p.setFont(titleFont);
        p.setPen(Ink);
        p.drawText(QRectF(body.left(), y, body.width(), titleHeight), Qt::AlignHCenter, title);
    });
    double top = y + titleHeight + lineHeight * 1.5;
    for (const ContentsEntry &entry : m_contents) {
        // A long title wraps, evenly, instead of losing its end to "…".
        const ReportCanvas::Fitted set = m_canvas.fitted(font, textWidth, entry.title);
        const double height = m_canvas.textHeight(set.font, textWidth, set.text);
        const QStringList wrapped = m_canvas.wrappedLines(set.font, textWidth, set.text);
        const double lastLineWidth =
            wrapped.isEmpty()
                ? 0
                : m_canvas.textWidth(
                      set.font, QString(wrapped.last()).remove(QChar::LineSeparator).trimmed());
        const double noteHeight =
            entry.note.isEmpty() ? 0 : m_canvas.textHeight(noteFont, textWidth, entry.note);
        const QString page = entry.page > 0 ? QString::number(entry.page) : QString();
        const double entryTop = top;
        m_canvas.addTo(m_contentsPage, [=](QPainter &p) {
            p.setFont(set.font);
            p.setPen(Ink);
            p.drawText(QRectF(body.left(), entryTop, textWidth, height),
                       Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, set.text);
            if (!page.isEmpty()) {
                const QFontMetricsF metrics(set.font, p.device());
                // The page number on the title's last line, a dotted leader before it.
                const double lastTop = entryTop + height - metrics.height();
                p.drawText(
                    QRectF(body.right() - numberWidth, lastTop, numberWidth, metrics.height()),
                    Qt::AlignRight | Qt::AlignTop, page);
                const double leaderLeft = body.left() + lastLineWidth + metrics.height() * 0.5;
                const double leaderRight = body.right() - numberWidth + metrics.height() * 0.3;
                const double baseline = lastTop + metrics.ascent();
                p.setPen(QPen(Rule, dotWidth, Qt::DotLine));
                if (leaderRight > leaderLeft)
                    p.drawLine(QPointF(leaderLeft, baseline), QPointF(leaderRight, baseline));
            }
        });
        if (!entry.note.isEmpty()) {
            m_canvas.addTo(m_contentsPage, [=, note = entry.note](QPainter &p) {
                p.setFont(noteFont);
                p.setPen(Grey);
                p.drawText(QRectF(body.left() + lineHeight, entryTop + height,
                                  textWidth - lineHeight, noteHeight),
                           Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, note);
            });
        }
        top += height + noteHeight + gap;
    }
}

void ReportRenderer::Layout::asOfLine()
{
    const QString line =
        text(QT_TRANSLATE_NOOP("ProgressReport", "As of %1")).arg(m_labels.date(m_book.asOf)) +
        QStringLiteral("    ") +
        text(QT_TRANSLATE_NOOP("ProgressReport", "Expected by now: %1"))
            .arg(ReportLabels::percent(m_book.expected));
    m_canvas.paragraph(m_canvas.font(10), Ink, line, m_canvas.mm(3));
}

void ReportRenderer::Layout::tallyBox(const ReportTally &tally)
{
    // One chip per status read from left to right, then the totals: the sheet's summary.
    const QFont bold = m_canvas.font(9.5, true);
    const QRectF body = m_canvas.body();
    const double pad = m_canvas.mm(2);
    const double lineHeight = m_canvas.lineHeight(m_canvas.font(9.5));
    m_canvas.ensure(lineHeight * 2 + pad * 3 + m_canvas.mm(4));
    const double top = m_canvas.y();
    const double height = ReportStatusChips::addBox(m_canvas, m_labels, tally, 1);
    const QString totals =
        text(QT_TRANSLATE_NOOP("ProgressReport",
                               "Indicators: %1    Reported: %2/%1    Mean "
                               "completion of reported: %3    Expected by now: %4"))
            .arg(tally.indicators)
            .arg(tally.reported())
            .arg(tally.completion() ? ReportLabels::percent(*tally.completion())
                                    : QStringLiteral("—"),
                 ReportLabels::percent(m_book.expected));
    m_canvas.text(
        QRectF(body.left() + pad, top + pad * 2 + lineHeight, body.width() - 2 * pad, lineHeight),
        bold, Ink, totals, Qt::AlignLeft | Qt::AlignVCenter);
    m_canvas.advance(height + m_canvas.mm(4));
}

void ReportRenderer::Layout::indicatorTable(const ReportSection &section)
{
    // 责任单位 and 备注 only when a row of this table fills them: an empty column gives its
    // width to the others.
    auto notesOf = [](const ReportLine &line) {
        QString notes = line.indicator.notes;
        if (line.actual && !line.actual->note.isEmpty())
            notes += (notes.isEmpty() ? QString() : QStringLiteral("\n")) + line.actual->note;
        return notes;
    };
    // The latest round's texts as the unit wrote them, each after its label.
    auto roundTextsOf = [this](const ReportLine &line) {
        QStringList parts;
        if (!line.actual)
            return QString();
        const std::pair<const char *, const QString *> texts[] = {
            {QT_TRANSLATE_NOOP("ProgressReport", "Progress: %1"), &line.actual->progress},
            {QT_TRANSLATE_NOOP("ProgressReport", "Problems: %1"), &line.actual->problems},
            {QT_TRANSLATE_NOOP("ProgressReport", "Next steps: %1"), &line.actual->nextSteps},
        };
        for (const auto &[label, value] : texts) {
            if (!value->isEmpty())
                parts << text(label).arg(*value);
        }
        return parts.join(QLatin1Char('\n'));
    };
    bool withLead = false;
    bool withNotes = false;
    bool withRoundTexts = false;
    for (const ReportLine &line : section.lines) {
        if (line.type != ReportLine::Type::Indicator)
            continue;
        withLead =
            withLead || !line.indicator.leadUnit.isEmpty() || !line.indicator.coUnits.isEmpty();
        withNotes = withNotes || !notesOf(line).isEmpty();
        withRoundTexts = withRoundTexts || !roundTextsOf(line).isEmpty();
    }
    std::vector<ReportTable::Column> columns{
        {text(QT_TRANSLATE_NOOP("ProgressReport", "No.")), 12, Qt::AlignLeft},
        {text(QT_TRANSLATE_NOOP("ProgressReport", "Indicator")), 36, Qt::AlignLeft},
        {text(QT_TRANSLATE_NOOP("ProgressReport", "Target")), 17, Qt::AlignLeft},
        {text(QT_TRANSLATE_NOOP("ProgressReport", "Actual")), 19, Qt::AlignLeft},
        {text(QT_TRANSLATE_NOOP("ProgressReport", "Completion / gap")), 21, Qt::AlignRight},
        {text(QT_TRANSLATE_NOOP("ProgressReport", "Status")), 19, Qt::AlignLeft},
    };
    if (withLead)
        columns.push_back({text(QT_TRANSLATE_NOOP("ProgressReport", "Lead unit")), 20});
    if (withRoundTexts)
        columns.push_back({text(QT_TRANSLATE_NOOP("ProgressReport", "Progress this round")), 40});
    if (withNotes)
        columns.push_back({text(QT_TRANSLATE_NOOP("ProgressReport", "Notes")), 17});
    ReportTable table(m_canvas, std::move(columns));
    for (const ReportLine &line : section.lines) {
        if (line.type == ReportLine::Type::Heading) {
            table.addHeading(line.heading, line.level);
            continue;
        }
        const Indicator &ind = line.indicator;
        const Status status = line.evaluation.status;
        ReportTable::Cell actual;
        if (line.actual) {
            actual.text = ProgressText::valueWithUnit(ind, line.actual->value);
            actual.detail = m_labels.shortDate(line.actual->date);
        } else {
            actual.text = QStringLiteral("—");
        }
        const ReportTable::Cell statusCell = ReportStatusChips::statusCell(m_labels, status);
        ReportTable::Cell name;
        name.text = ind.name;
        // A share target's completion (and where its pace ends the year); a bound target's gap
        // in its own terms, never a percentage of the bound.
        ReportTable::Cell completion;
        completion.text = ProgressText::completion(ind, line.evaluation, &m_labels);
        if (completion.text.isEmpty())
            completion.text = QStringLiteral("—");
        completion.detail = ProgressText::projectionShort(line.evaluation, &m_labels);
        std::vector<ReportTable::Cell> cells{
            {ind.code}, name, {PlanText::target(ind)}, actual, completion, statusCell,
        };
        if (withLead) {
            ReportTable::Cell lead;
            lead.text = ind.leadUnit;
            lead.detail = ind.coUnits;
            cells.push_back(lead);
        }
        if (withRoundTexts)
            cells.push_back({roundTextsOf(line)});
        if (withNotes)
            cells.push_back({notesOf(line)});
        table.addRow(cells);
    }
    table.finish();
    m_canvas.advance(m_canvas.mm(6));
}

void ReportRenderer::Layout::indicatorChart(const ReportSection &section)
{
    std::vector<ReportChart::IndicatorBar> bars;
    for (const ReportLine &line : section.lines) {
        if (line.type != ReportLine::Type::Indicator || !line.evaluation.hasExpected())
            continue; // bound targets have no completion share: their gap is in the table
        bars.push_back({line.indicator.code, line.indicator.name, line.evaluation.progress,
                        line.evaluation.status});
    }
    if (bars.empty())
        return; // growth rates and caps only (主要预期目标): the table says it all
    ReportChart(m_canvas, m_labels)
        .indicatorBars(text(QT_TRANSLATE_NOOP("ProgressReport", "Completion by indicator")), bars,
                       m_book.expected);
}

QString ReportRenderer::Layout::filterName() const
{
    return m_book.scope.withUnreported
               ? text(QT_TRANSLATE_NOOP("ProgressReport", "Only what is behind or not reported"))
               : text(QT_TRANSLATE_NOOP("ProgressReport", "Only what is behind"));
}

QString ReportRenderer::Layout::contentsNote(const ReportSection &section) const
{
    if (m_book.scope.ledger) {
        if (section.taskCount == 0)
            return text(QT_TRANSLATE_NOOP("ProgressReport", "This part has no tasks."));
        if (m_book.scope.behindOnly && section.tasksShown == 0)
            return text(
                QT_TRANSLATE_NOOP("ProgressReport", "No task in this part is lagging or overdue."));
        return {};
    }
    if (section.tally.indicators == 0)
        return text(QT_TRANSLATE_NOOP("ProgressReport", "This part sets no quantified targets."));
    if (m_book.scope.behindOnly && section.shown == 0) {
        return m_book.scope.withUnreported
                   ? text(QT_TRANSLATE_NOOP("ProgressReport",
                                            "Nothing in this part is behind or unreported."))
                   : text(QT_TRANSLATE_NOOP("ProgressReport", "Nothing in this part is behind."));
    }
    return {};
}

void ReportRenderer::Layout::listOnly(const ReportSection &section)
{
    m_contents.push_back({section.title, 0, contentsNote(section)});
}

void ReportRenderer::Layout::ledgerSheet(const ReportSection &section)
{
    const QString title =
        text(
            QT_TRANSLATE_NOOP3("ProgressReport", "%1: ledger of tasks",
                               "a part's 台账 sheet title: the part's name, then 重点工作任务台账"))
            .arg(section.title);
    m_canvas.newPage(title);
    m_contents.push_back({title, m_canvas.currentPage() + 1, contentsNote(section)});
    m_canvas.paragraph(m_canvas.font(9), Grey, m_book.info.title, m_canvas.mm(1));
    m_canvas.heading(m_canvas.font(16, true), Ink, title, m_canvas.mm(1.5));
    asOfLine();
    if (section.taskCount == 0) {
        m_canvas.paragraph(m_canvas.font(10), Grey, contentsNote(section));
        return;
    }
    // The tally of the part's tasks: each status, then how many are overdue.
    std::array<int, TaskStatusStyle::all.size()> byStatus{};
    for (const ReportTaskLine &line : section.tasks) {
        if (line.type == ReportTaskLine::Type::Task)
            ++byStatus[std::size_t(line.task.status)];
    }
    QStringList counts;
    for (TaskStatus status : TaskStatusStyle::all)
        counts << TaskStatusStyle::symbol(status) + m_labels.taskStatus(status) + QLatin1Char(' ') +
                      QString::number(byStatus[std::size_t(status)]);
    QString summary = text(QT_TRANSLATE_NOOP("ProgressReport", "Tasks: %1    Overdue: %2"))
                          .arg(section.taskCount)
                          .arg(section.overdueTasks);
    if (m_book.scope.behindOnly)
        summary += QStringLiteral("    ") +
                   text(QT_TRANSLATE_NOOP3("ProgressReport", "Shown: %1 lagging or overdue",
                                           "tasks on a behind-only 台账 sheet"))
                       .arg(section.tasksShown);
    m_canvas.paragraph(m_canvas.font(10, true), Ink, summary, m_canvas.mm(1));
    if (!m_book.scope.behindOnly)
        m_canvas.paragraph(m_canvas.font(9.5), Ink, counts.join(QStringLiteral("    ")),
                           m_canvas.mm(3));
    if (section.tasksShown == 0) {
        m_canvas.paragraph(m_canvas.font(10), Grey, contentsNote(section));
        return;
    }
    ReportTable table(
        m_canvas,
        {
            {text(QT_TRANSLATE_NOOP("ProgressReport", "No.")), 9, Qt::AlignLeft},
            {text(QT_TRANSLATE_NOOP3("ProgressReport", "Task", "台账: 工作任务")), 42},
            {text(QT_TRANSLATE_NOOP3("ProgressReport", "Lead unit", "台账: 牵头单位")), 15},
            {text(QT_TRANSLATE_NOOP("ProgressReport", "Deadline")), 15},
            {text(QT_TRANSLATE_NOOP3("ProgressReport", "Progress",
                                     "台账: 进展情况, the latest round's words")),
             34},
            {text(QT_TRANSLATE_NOOP("ProgressReport", "Status")), 14},
        });
    int number = 0;
    for (const ReportTaskLine &line : section.tasks) {
        if (line.type == ReportTaskLine::Type::Heading) {
            table.addHeading(line.heading, line.level);
            continue;
        }
        const TaskRecord &task = line.task;
        ReportTable::Cell no;
        no.text = QString::number(++number);
        no.detail = task.code;
        ReportTable::Cell what;
        what.text = task.text;
        if (line.indicators.indicators > 0) {
            QStringList parts;
            for (const auto &[status, count] : line.indicators.entries()) {
                if (count)
                    parts << StatusStyle::symbol(status) + QString::number(count);
            }
            what.detail = text(QT_TRANSLATE_NOOP3("ProgressReport", "Indicators: %1",
                                                  "the statuses of a task's indicators"))
                              .arg(parts.join(QLatin1Char(' ')));
        }
        ReportTable::Cell lead;
        lead.text = task.leadUnit.isEmpty() ? QStringLiteral("—") : task.leadUnit;
        lead.detail = task.coUnits;
        ReportTable::Cell deadline;
        // Within the plan's year the day and month say it (12月31日); a later year is written.
        deadline.text = task.deadline.year() == m_book.info.year ? m_labels.shortDate(task.deadline)
                                                                 : m_labels.date(task.deadline);
        if (line.overdue) {
            deadline.detail = m_labels.translate("TaskStatus", "Overdue");
            deadline.bold = true;
        }
        ReportTable::Cell progress;
        if (line.progress) {
            progress.text = line.progress->text;
            progress.detail = m_labels.shortDate(line.progress->date);
        } else {
            progress.text = QStringLiteral("—");
        }
        const ReportTable::Cell status =
            ReportStatusChips::taskStatusCell(m_labels, task.status, line.overdue);
        table.addRow({no, what, lead, deadline, progress, status});
    }
    table.finish();
}

void ReportRenderer::Layout::section(const ReportSection &section)
{
    if (m_book.scope.kind == ReportScope::Kind::Indicator) {
        indicatorSheet(section);
        return;
    }
    if (m_book.scope.ledger) {
        ledgerSheet(section);
        return;
    }
    m_canvas.newPage(section.title);
    m_contents.push_back({section.title, m_canvas.currentPage() + 1, contentsNote(section)});
    m_canvas.paragraph(m_canvas.font(9), Grey, m_book.info.title, m_canvas.mm(1));
    m_canvas.heading(m_canvas.font(16, true), Ink, section.title, m_canvas.mm(1.5));
    asOfLine();
    if (section.tally.indicators == 0) {
        // No tally of zeros: the part is qualitative, and the sheet says so.
        m_canvas.paragraph(
            m_canvas.font(10), Grey,
            text(QT_TRANSLATE_NOOP("ProgressReport", "This part sets no quantified targets.")));
        return;
    }
    tallyBox(section.tally);
    if (m_book.scope.behindOnly) {
        const QString shown =
            text(QT_TRANSLATE_NOOP3("ProgressReport", "%1: %2 of %3 indicators",
                                    "the filter's name, indicators shown, indicators in the part"))
                .arg(filterName())
                .arg(section.shown)
                .arg(section.tally.indicators);
        m_canvas.paragraph(m_canvas.font(10, true), Ink, shown, m_canvas.mm(3));
        if (section.shown == 0) {
            m_canvas.paragraph(m_canvas.font(10), Grey, contentsNote(section));
            return;
        }
    }
    indicatorTable(section);
    indicatorChart(section);
}

void ReportRenderer::Layout::indicatorSheet(const ReportSection &section)
{
    const auto found =
        std::find_if(section.lines.begin(), section.lines.end(), [](const ReportLine &line) {
            return line.type == ReportLine::Type::Indicator;
        });
    if (found == section.lines.end())
        return;
    const ReportLine &line = *found;
    const Indicator &ind = line.indicator;
    const QString title = ind.code + QLatin1Char(' ') + ind.name;
    m_canvas.newPage(title);
    m_contents.push_back({title, m_canvas.currentPage() + 1, {}});
    m_canvas.paragraph(m_canvas.font(9), Grey, m_book.info.title, m_canvas.mm(1));
    m_canvas.heading(m_canvas.font(10), Grey, section.title, m_canvas.mm(1));
    m_canvas.heading(m_canvas.font(16, true), Ink, title, m_canvas.mm(1.5));
    asOfLine();
    indicatorTable(section); // the headings down to it, then its row

    if (!ind.snippet.isEmpty()) {
        m_canvas.paragraph(m_canvas.font(11, true), Ink,
                           text(QT_TRANSLATE_NOOP("ProgressReport", "In the report")),
                           m_canvas.mm(1));
        m_canvas.paragraph(
            m_canvas.font(10), Ink,
            text(QT_TRANSLATE_NOOP3("ProgressReport", "“%1”", "a quotation from the report"))
                .arg(ind.snippet),
            m_canvas.mm(5));
    }

    m_canvas.paragraph(m_canvas.font(11, true), Ink,
                       text(QT_TRANSLATE_NOOP("ProgressReport", "Figures")), m_canvas.mm(1.5));
    if (line.history.empty()) {
        m_canvas.paragraph(
            m_canvas.font(10), Grey,
            text(QT_TRANSLATE_NOOP("ProgressReport", "No figure recorded on or before this date.")),
            m_canvas.mm(5));
    } else {
        bool withNotes = false;
        for (const Measurement &m : line.history)
            withNotes = withNotes || !m.note.isEmpty();
        std::vector<ReportTable::Column> columns{
            {text(QT_TRANSLATE_NOOP("ProgressReport", "Date")), 20},
            {text(QT_TRANSLATE_NOOP("ProgressReport", "Value")), 25, Qt::AlignRight}};
        if (withNotes)
            columns.push_back({text(QT_TRANSLATE_NOOP("ProgressReport", "Notes")), 55});
        ReportTable figures(m_canvas, std::move(columns));
        for (const Measurement &m : line.history) {
            std::vector<ReportTable::Cell> cells{{m_labels.date(m.date)},
                                                 {ProgressText::valueWithUnit(ind, m.value)}};
            if (withNotes)
                cells.push_back({m.note});
            figures.addRow(cells);
        }
        figures.finish();
        m_canvas.advance(m_canvas.mm(6));
    }
    if (line.evaluation.hasExpected() && line.evaluation.progress)
        indicatorChart(section);
}

void ReportRenderer::Layout::summary()
{
    const QString title = text(QT_TRANSLATE_NOOP("ProgressReport", "Summary"));
    m_canvas.newPage(title);
    m_contents.push_back({title, m_canvas.currentPage() + 1, {}});
    m_canvas.paragraph(m_canvas.font(9), Grey, m_book.info.title, m_canvas.mm(1));
    m_canvas.paragraph(m_canvas.font(16, true), Ink, title, m_canvas.mm(1.5));
    asOfLine();
    tallyBox(m_book.total);

    std::vector<ReportChart::PartBar> bars;
    for (const ReportSection &section : m_book.sections)
        bars.push_back({section.title, section.tally});
    ReportChart(m_canvas, m_labels)
        .partBars(text(QT_TRANSLATE_NOOP("ProgressReport", "Status by part")), bars);

    std::vector<ReportTable::Column> columns{
        {text(QT_TRANSLATE_NOOP("ProgressReport", "Part")), 50, Qt::AlignLeft},
        {text(QT_TRANSLATE_NOOP("ProgressReport", "Indicators")), 11, Qt::AlignRight},
        {text(QT_TRANSLATE_NOOP("ProgressReport", "Reported")), 11, Qt::AlignRight}};
    for (Status status : StatusStyle::all)
        columns.push_back({StatusStyle::symbol(status) + QLatin1Char(' ') + m_labels.status(status),
                           13, Qt::AlignRight});
    columns.push_back(
        {text(QT_TRANSLATE_NOOP("ProgressReport", "Completion")), 13, Qt::AlignRight});
    ReportTable table(m_canvas, columns, 9);
    auto row = [&](const QString &label, const ReportTally &tally, bool bold) {
        std::vector<ReportTable::Cell> cells;
        cells.push_back({label});
        cells.push_back({QString::number(tally.indicators)});
        cells.push_back({QString::number(tally.reported())});
        for (const auto &[status, count] : tally.entries())
            cells.push_back({QString::number(count)});
        cells.push_back({tally.completion() ? ReportLabels::percent(*tally.completion())
                                            : QStringLiteral("—")});
        for (ReportTable::Cell &cell : cells)
            cell.bold = bold;
        table.addRow(cells);
    };
    for (const ReportSection &section : m_book.sections)
        row(section.title, section.tally, false);
    row(text(QT_TRANSLATE_NOOP("ProgressReport", "Total")), m_book.total, true);
    table.finish();
}

void ReportRenderer::Layout::paintFrame(QPainter &painter, int page, int pageCount) const
{
    const ReportCanvas::Page &info = m_canvas.pages().at(std::size_t(page));
    const QRectF body = m_canvas.body();
    const QFont font = m_canvas.font(7.5);
    const double lineHeight = QFontMetricsF(font, painter.device()).height();
    painter.setFont(font);
    painter.setPen(Grey);
    if (!info.plain) {
        const double top = body.top() - m_canvas.mm(9);
        const QRectF header(body.left(), top, body.width(), lineHeight);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignTop, m_book.info.title);
        // The part's whole title beside the plan's, a little smaller where it needs the room.
        const double room =
            body.width() -
            QFontMetricsF(font, painter.device()).horizontalAdvance(m_book.info.title) -
            m_canvas.mm(6);
        QFont running = font;
        while (running.pointSizeF() > 5.5 &&
               QFontMetricsF(running, painter.device()).horizontalAdvance(info.runningTitle) > room)
            running.setPointSizeF(running.pointSizeF() - 0.5);
        painter.setFont(running);
        painter.drawText(QRectF(body.right() - room, top, room, lineHeight),
                         Qt::AlignRight | Qt::AlignTop | Qt::TextWordWrap, info.runningTitle);
        painter.setFont(font);
        painter.setPen(QPen(Rule, m_canvas.mm(0.2)));
        painter.drawLine(QPointF(body.left(), top + lineHeight + m_canvas.mm(1)),
                         QPointF(body.right(), top + lineHeight + m_canvas.mm(1)));
    }
    const double footerTop = body.bottom() + m_canvas.mm(3);
    painter.setPen(QPen(Rule, m_canvas.mm(0.2)));
    painter.drawLine(QPointF(body.left(), footerTop), QPointF(body.right(), footerTop));
    painter.setPen(Grey);
    const QRectF footer(body.left(), footerTop + m_canvas.mm(1), body.width(), lineHeight);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop,
                     text(QT_TRANSLATE_NOOP("ProgressReport", "Generated %1"))
                         .arg(m_labels.dateTime(m_book.generated)));
    painter.drawText(
        footer, Qt::AlignRight | Qt::AlignTop,
        text(QT_TRANSLATE_NOOP("ProgressReport", "Page %1 of %2")).arg(page + 1).arg(pageCount));
}

ReportRenderer::ReportRenderer() = default;

ReportRenderer::ReportRenderer(Options options) : m_options(std::move(options)) {}

ReportRenderer::Result ReportRenderer::render(const ReportBook &book, QPagedPaintDevice *device,
                                              const Progress &progress) const
{
    Result result;
    if (!device) {
        result.error = QCoreApplication::translate("ProgressReport", "Nothing to print on.");
        return result;
    }
    if (m_options.setUpPage) {
        device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                          QMarginsF(15, 12, 15, 10), QPageLayout::Millimeter));
    }

    Layout layout(book, device, m_options);
    const bool wholeBook = book.scope.kind == ReportScope::Kind::Book;
    const int layoutSteps = int(book.sections.size()) + (wholeBook ? 1 : 0);
    int done = 0;
    auto report = [&](int total) {
        if (progress && !progress(done, total)) {
            result.cancelled = true;
            result.error = QCoreApplication::translate("ProgressReport", "Cancelled.");
            return false;
        }
        return true;
    };

    if (!report(layoutSteps * 2))
        return result;
    if (wholeBook) {
        layout.cover();
        layout.reserveContents();
        layout.summary();
        ++done;
        if (!report(layoutSteps * 2))
            return result;
    }
    for (const ReportSection &section : book.sections) {
        const bool nothingShown =
            book.scope.ledger
                ? section.taskCount == 0 || (book.scope.behindOnly && section.tasksShown == 0)
                : book.scope.behindOnly && section.shown == 0;
        if (wholeBook && nothingShown)
            layout.listOnly(section);
        else
            layout.section(section);
        ++done;
        if (!report(layoutSteps * 2))
            return result;
    }
    if (wholeBook)
        layout.fillContents();

    ReportCanvas &canvas = layout.canvas();
    const int pageCount = canvas.pageCount();
    const int total = layoutSteps + pageCount;
    QPainter painter;
    if (!painter.begin(device)) {
        result.error = QCoreApplication::translate("ProgressReport", "Cannot paint the pages.");
        return result;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !device->newPage()) {
            result.error =
                QCoreApplication::translate("ProgressReport", "Cannot start a new page.");
            painter.end();
            return result;
        }
        // Each step sets the pen, brush and font it draws with; saving and restoring the
        // painter around every one made the PDF engine write the state again for each cell.
        painter.save();
        for (const ReportCanvas::Step &step : canvas.pages()[std::size_t(page)].steps)
            step(painter);
        painter.restore();
        layout.paintFrame(painter, page, pageCount);
        ++done;
        if (!report(total)) {
            painter.end();
            return result;
        }
    }
    if (!painter.end()) {
        result.error = QCoreApplication::translate("ProgressReport", "Cannot finish the pages.");
        return result;
    }
    result.ok = true;
    result.pageCount = pageCount;
    result.contents = layout.contents();
    return result;
}

} // namespace pd
