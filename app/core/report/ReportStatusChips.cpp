#include "report/ReportStatusChips.h"

#include "report/ReportCanvas.h"
#include "report/ReportLabels.h"
#include "plan/StatusCounts.h"
#include "plan/StatusStyle.h"

#include <QPainter>

namespace pd {

namespace {
// The sheets' ink and rule colours (as ReportRenderer and MinutesRenderer use them).
const QColor Ink(0x21, 0x21, 0x21);
const QColor Rule(0x75, 0x75, 0x75);
} // namespace

double ReportStatusChips::addBox(ReportCanvas &canvas, const ReportLabels &labels,
                                 const StatusCounts &counts, int extraLines)
{
    const QFont font = canvas.font(9.5);
    const QFont bold = canvas.font(9.5, true);
    const QRectF body = canvas.body();
    const double pad = canvas.mm(2);
    const double lineHeight = canvas.lineHeight(font);
    const double height = lineHeight * (1 + extraLines) + pad * (2 + extraLines);
    const double top = canvas.y();
    const double cellWidth = (body.width() - 2 * pad) / 5;
    const double lineWidth = canvas.mm(0.2);
    canvas.add([=](QPainter &p) {
        p.setPen(QPen(Rule, lineWidth));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(body.left(), top, body.width(), height));
    });
    int i = 0;
    for (const auto &[status, n] : counts.entries()) {
        const double left = body.left() + pad + cellWidth * i++;
        const QString symbol = StatusStyle::symbol(status) + QLatin1Char(' ');
        const QString label = labels.status(status) + QLatin1Char(' ');
        const QString count = QString::number(n);
        const double symbolWidth = canvas.textWidth(font, symbol);
        const double labelWidth = canvas.textWidth(font, label);
        const QColor color = StatusStyle::color(status);
        const QColor fill = StatusStyle::lightColor(status);
        const QRectF chip(left, top + pad, cellWidth - pad, lineHeight);
        canvas.add([=](QPainter &p) {
            p.fillRect(chip.adjusted(-pad * 0.3, 0, 0, 0), fill);
            p.setFont(font);
            p.setPen(color);
            p.drawText(chip, Qt::AlignLeft | Qt::AlignVCenter, symbol);
            p.setPen(Ink);
            p.drawText(chip.adjusted(symbolWidth, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                       label);
            p.setFont(bold);
            p.drawText(chip.adjusted(symbolWidth + labelWidth, 0, 0, 0),
                       Qt::AlignLeft | Qt::AlignVCenter, count);
        });
    }
    return height;
}

ReportTable::Cell ReportStatusChips::statusCell(const ReportLabels &labels, Status status)
{
    ReportTable::Cell cell;
    cell.symbol = StatusStyle::symbol(status);
    cell.symbolColor = StatusStyle::color(status);
    cell.text = labels.status(status);
    if (status != Status::NoData)
        cell.fill = StatusStyle::lightColor(status);
    return cell;
}

ReportTable::Cell ReportStatusChips::taskStatusCell(const ReportLabels &labels, TaskStatus status,
                                                    bool overdue)
{
    ReportTable::Cell cell;
    cell.symbol = TaskStatusStyle::symbol(status);
    cell.symbolColor = TaskStatusStyle::color(status);
    cell.text = labels.taskStatus(status);
    if (status != TaskStatus::NotReported)
        cell.fill = TaskStatusStyle::lightColor(status);
    if (overdue) {
        cell.detail = labels.translate("TaskStatus", "Overdue");
        cell.fill = QColor(0xfd, 0xe8, 0xe8);
    }
    return cell;
}

} // namespace pd
