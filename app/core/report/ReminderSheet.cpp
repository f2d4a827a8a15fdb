#include "report/ReminderSheet.h"

#include "export/OutputFile.h"
#include "plan/PlanText.h"
#include "plan/ProgressText.h"
#include "report/ReportCanvas.h"
#include "report/ReportTable.h"
#include "report/UnreportedList.h"
#include "store/PlanStore.h"

#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace pd {
namespace {

// The progress sheets' inks, so the reminders read as part of the same set.
const QColor Ink(0x21, 0x21, 0x21);
const QColor Grey(0x61, 0x61, 0x61);
const QColor Rule(0x75, 0x75, 0x75);
const QColor LateInk(0xb7, 0x1c, 0x1c);

constexpr double TablePoints = 9.5;

QString dash()
{
    return QStringLiteral("—");
}

/// One unit's page(s): heading, the round, the table, the request and the foot.
void layOutUnit(ReportCanvas &canvas, const PlanInfo &plan, const UnreportedList &list,
                const UnreportedList::Unit &unit, const QString &office, const QDate &issued,
                const QDate &reportBy)
{
    const ReportingRound &round = list.round();
    canvas.newPage(QStringLiteral("催报单 · %1").arg(unit.name));
    const QRectF body = canvas.body();

    if (!plan.title.isEmpty()) {
        const QFont small = canvas.font(9);
        const double h = canvas.textHeight(small, body.width(), plan.title);
        canvas.text(QRectF(body.left(), canvas.y(), body.width(), h), small, Grey, plan.title,
                    Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap);
        canvas.advance(h + canvas.mm(2));
    }
    const QFont titleFont = canvas.font(22, true);
    const QString title = QStringLiteral("催报单");
    const double titleHeight = canvas.lineHeight(titleFont);
    canvas.text(QRectF(body.left(), canvas.y(), body.width(), titleHeight), titleFont, Ink, title,
                Qt::AlignHCenter | Qt::AlignTop);
    canvas.advance(titleHeight + canvas.mm(5));

    const QFont label = canvas.font(11);
    const QFont strong = canvas.font(12, true);
    canvas.paragraph(strong, Ink, QStringLiteral("牵头单位：%1").arg(unit.name), canvas.mm(1.5));
    if (!unit.contact.isEmpty())
        canvas.paragraph(label, Ink, QStringLiteral("联系人：%1").arg(unit.contact),
                         canvas.mm(1.5));
    canvas.paragraph(label, Ink,
                     QStringLiteral("填报轮次：%1（数据截至%2）")
                         .arg(round.key(), ReminderSheet::chineseDate(round.asOf())),
                     canvas.mm(1.5));
    // The due date on the left, how late on the right of the same line, in red when late.
    const QString due =
        QStringLiteral("报送截止日期：%1").arg(ReminderSheet::chineseDate(round.due()));
    const int left = int(list.today().daysTo(round.due()));
    const QString late = unit.daysLate > 0 ? QStringLiteral("已逾期：%1 天").arg(unit.daysLate)
                         : left > 0 ? QStringLiteral("尚未到期（还有 %1 天）").arg(left)
                                    : QStringLiteral("今日到期");
    const double lineHeight = canvas.lineHeight(label);
    canvas.text(QRectF(body.left(), canvas.y(), body.width() * 0.6, lineHeight), label, Ink, due,
                Qt::AlignLeft | Qt::AlignTop);
    canvas.text(
        QRectF(body.left() + body.width() * 0.6, canvas.y(), body.width() * 0.4, lineHeight),
        canvas.font(11, unit.daysLate > 0), unit.daysLate > 0 ? LateInk : Ink, late,
        Qt::AlignRight | Qt::AlignTop);
    canvas.advance(lineHeight + canvas.mm(2));
    const double ruleTop = canvas.y();
    const double ruleWidth = canvas.mm(0.3);
    canvas.add([=](QPainter &p) {
        p.setPen(QPen(Ink, ruleWidth));
        p.drawLine(QPointF(body.left(), ruleTop), QPointF(body.right(), ruleTop));
    });
    canvas.advance(canvas.mm(4));

    const int missing = int(unit.missing.size());
    const QString asked =
        unit.assigned
            ? QStringLiteral("%1：\n　　截至%2，贵单位牵头的 %3 项指标中，以下 %4 项尚未报送 %5 "
                             "轮次的数据：")
                  .arg(unit.name, ReminderSheet::chineseDate(list.today()))
                  .arg(unit.indicatorCount)
                  .arg(missing)
                  .arg(round.key())
            : QStringLiteral("　　截至%1，以下 %2 项指标尚未明确牵头单位，也尚未报送 %3 "
                             "轮次的数据，请明确责任单位并报送：")
                  .arg(ReminderSheet::chineseDate(list.today()))
                  .arg(missing)
                  .arg(round.key());
    canvas.paragraph(label, Ink, asked, canvas.mm(3));

    ReportTable table(canvas,
                      {{QStringLiteral("序号"), 6, Qt::AlignRight},
                       {QStringLiteral("编码"), 10, Qt::AlignLeft},
                       {QStringLiteral("指标"), 38, Qt::AlignLeft},
                       {QStringLiteral("目标"), 15, Qt::AlignLeft},
                       {QStringLiteral("上次数值"), 15, Qt::AlignRight},
                       {QStringLiteral("上次日期"), 14, Qt::AlignLeft}},
                      TablePoints);
    // The closing: the request, the office and the date. It goes with the table's last row,
    // so that it never stands alone on a page of its own.
    const QString request =
        QStringLiteral("　　请于%1前，将上述指标的本期数值、截至日期及进展情况、存在问题、下步打算"
                       "报送%2。")
            .arg(ReminderSheet::chineseDate(reportBy), office);
    const double gap = canvas.mm(8);
    const double closingHeight =
        canvas.textHeight(label, body.width(), request) + gap + 2 * lineHeight + canvas.mm(1);
    const double nameWidth = body.width() * 38 / 98 - 2 * canvas.mm(1.2);
    int number = 0;
    for (const UnreportedList::Item &item : unit.missing) {
        const Indicator &ind = item.indicator;
        if (number > 0 && number + 1 == missing) {
            const double lastRow =
                canvas.textHeight(canvas.font(TablePoints), nameWidth, ind.name) + canvas.mm(2.5);
            if (!canvas.fits(lastRow + canvas.mm(5) + closingHeight))
                canvas.ensure(lastRow + canvas.mm(5) + closingHeight); // the table goes on there
        }
        table.addRow({
            {QString::number(++number)},
            {ind.code},
            {ind.name},
            {PlanText::target(ind)},
            {item.last ? ProgressText::valueWithUnit(ind, item.last->value) : dash()},
            {item.last ? item.last->date.toString(Qt::ISODate) : QStringLiteral("未报送")},
        });
    }
    table.finish();
    canvas.advance(canvas.mm(5));

    // The request and the foot (the office, the date) stay together.
    canvas.ensure(closingHeight);
    canvas.paragraph(label, Ink, request, gap);
    canvas.text(QRectF(body.left(), canvas.y(), body.width(), lineHeight), label, Ink, office,
                Qt::AlignRight | Qt::AlignTop);
    canvas.advance(lineHeight + canvas.mm(1));
    canvas.text(QRectF(body.left(), canvas.y(), body.width(), lineHeight), label, Ink,
                ReminderSheet::chineseDate(issued), Qt::AlignRight | Qt::AlignTop);
    canvas.advance(lineHeight);
}

} // namespace

QString ReminderSheet::officeFor(const PlanInfo &plan)
{
    const QString government = plan.government.trimmed();
    return government.isEmpty() ? QStringLiteral("督查室")
                                : QStringLiteral("%1人民政府督查室").arg(government);
}

QString ReminderSheet::officeKey()
{
    return QStringLiteral("reminder.office");
}

QString ReminderSheet::officeOf(const PlanStore &store)
{
    const QString kept = store.setting(officeKey()).trimmed();
    return kept.isEmpty() ? officeFor(store.planInfo()) : kept;
}

QDate ReminderSheet::reportByDate(const UnreportedList &list, const QDate &issued)
{
    const QDate due = list.round().due();
    return due > issued ? due : issued.addDays(3);
}

QString ReminderSheet::chineseDate(const QDate &date)
{
    if (!date.isValid())
        return QString();
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString ReminderSheet::nothingToRemind(const UnreportedList &list)
{
    return tr("Every unit has reported for round %1: there is nobody to remind.")
        .arg(list.round().key());
}

ReportRenderer::Result ReminderSheet::render(const UnreportedList &list,
                                             QPagedPaintDevice *device) const
{
    ReportRenderer::Result result;
    if (!device) {
        result.error = QCoreApplication::translate("ProgressReport", "Nothing to print on.");
        return result;
    }
    if (list.units().empty()) {
        result.error = nothingToRemind(list);
        return result;
    }
    if (m_options.setUpPage) {
        device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                          QMarginsF(18, 12, 18, 10), QPageLayout::Millimeter));
    }
    const QDate issued = m_options.issued.isValid() ? m_options.issued : list.today();
    const QDate reportBy =
        m_options.reportBy.isValid() ? m_options.reportBy : reportByDate(list, issued);
    const QString office =
        m_options.office.trimmed().isEmpty() ? officeFor(m_plan) : m_options.office.trimmed();

    ReportCanvas canvas(device);
    for (const UnreportedList::Unit &unit : list.units())
        layOutUnit(canvas, m_plan, list, unit, office, issued, reportBy);

    // Paint: the steps laid out, then each page's header and footer.
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
        const ReportCanvas::Page &laidOut = canvas.pages()[std::size_t(page)];
        for (const ReportCanvas::Step &step : laidOut.steps) {
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
        painter.drawText(header, Qt::AlignLeft | Qt::AlignTop, office);
        painter.drawText(header, Qt::AlignRight | Qt::AlignTop, laidOut.runningTitle);
        painter.setPen(QPen(Rule, canvas.mm(0.2)));
        painter.drawLine(QPointF(body.left(), top + lineHeight + canvas.mm(1)),
                         QPointF(body.right(), top + lineHeight + canvas.mm(1)));
        const double footerTop = body.bottom() + canvas.mm(3);
        painter.drawLine(QPointF(body.left(), footerTop), QPointF(body.right(), footerTop));
        painter.setPen(Grey);
        const QRectF footer(body.left(), footerTop + canvas.mm(1), body.width(), lineHeight);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop,
                         QStringLiteral("填报轮次 %1").arg(list.round().key()));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignTop,
                         QStringLiteral("第 %1 页，共 %2 页").arg(page + 1).arg(pageCount));
    }
    if (!painter.end()) {
        result.error = QCoreApplication::translate("ProgressReport", "Cannot finish the pages.");
        return result;
    }
    result.ok = true;
    result.pageCount = pageCount;
    return result;
}

ReportRenderer::Result ReminderSheet::exportPdf(const UnreportedList &list,
                                                const QString &path) const
{
    ReportRenderer::Result result;
    if (path.isEmpty()) {
        result.error =
            QCoreApplication::translate("ProgressReport", "No file name given for the PDF.");
        return result;
    }
    if (QFileInfo(path).isDir()) {
        result.error = QCoreApplication::translate("ProgressReport",
                                                   "Cannot write the PDF to %1: it is a folder.")
                           .arg(QDir::toNativeSeparators(path));
        return result;
    }
    if (list.units().empty()) {
        result.error = nothingToRemind(list);
        return result;
    }
    OutputFile file(path); // a temporary file beside the target, renamed when complete
    if (!file.open(&result.error))
        return result;
    {
        QPdfWriter writer(file.device());
        writer.setTitle(QStringLiteral("催报单 %1").arg(list.round().key()));
        writer.setCreator(QCoreApplication::applicationName().isEmpty()
                              ? QStringLiteral("Progress Dashboard")
                              : QCoreApplication::applicationName());
        writer.setResolution(1200);
        result = render(list, &writer);
    }
    if (!result.ok) {
        file.cancel();
        return result;
    }
    if (!file.commit(&result.error))
        result.ok = false;
    return result;
}

} // namespace pd
