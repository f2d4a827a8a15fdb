#include "main/StatusChipDelegate.h"

#include "models/PlanRoles.h"
#include "plan/PlanTypes.h"
#include "plan/StatusStyle.h"
#include "plan/TaskTypes.h"

#include <QApplication>
#include <QPainter>

namespace pd {

namespace {

/// A rounded chip with its text, from x; returns where it ends.
qreal drawChip(QPainter *painter, const QFontMetrics &fm, qreal x, qreal centreY,
               const QString &text, const QColor &color, const QColor &fill)
{
    const int width = fm.horizontalAdvance(text) + 14;
    const QRectF chip(x, centreY - fm.height() / 2.0 - 2, width, fm.height() + 4);
    painter->setPen(QPen(color, 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(chip, chip.height() / 2, chip.height() / 2);
    painter->setPen(color.darker(130));
    painter->drawText(chip, Qt::AlignCenter, text);
    return chip.right();
}

} // namespace

void StatusChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    if (index.data(ItemTypeRole).toInt() == int(PlanItemType::Task)) {
        // The task's own status, 逾期 beside it, then what its indicators say.
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const TaskStatus status = TaskStatus(index.data(TaskStatusRole).toInt());
        const QFontMetrics fm(opt.font);
        const qreal y = opt.rect.center().y();
        painter->save();
        painter->setClipRect(opt.rect);
        painter->setRenderHint(QPainter::Antialiasing);
        qreal x = drawChip(painter, fm, opt.rect.left() + 4, y,
                           TaskStatusStyle::symbol(status) + QLatin1Char(' ') +
                               TaskStatusStyle::label(status),
                           TaskStatusStyle::color(status), TaskStatusStyle::lightColor(status));
        if (index.data(OverdueRole).toBool()) {
            // 逾期 as a red "!" disc: the column keeps the width of the indicators' chips (the
            // tooltip and the pane say it in words).
            const qreal d = fm.height();
            const QRectF disc(x + 4, y - d / 2, d, d);
            painter->setPen(Qt::NoPen);
            painter->setBrush(TaskStatusStyle::overdueColor());
            painter->drawEllipse(disc);
            QFont bold = opt.font;
            bold.setBold(true);
            painter->setFont(bold);
            painter->setPen(Qt::white);
            painter->drawText(disc, Qt::AlignCenter, QStringLiteral("!"));
            painter->setFont(opt.font);
            x = disc.right();
        }
        QStringList counts;
        const QVariantList byStatus = index.data(StatusCountsRole).toList();
        for (int i = 0; i < byStatus.size() && i < int(std::size(StatusStyle::all)); ++i) {
            if (byStatus[i].toInt() > 0)
                counts << StatusStyle::symbol(StatusStyle::all[i]) + byStatus[i].toString();
        }
        if (!counts.isEmpty()) {
            painter->setPen(opt.palette.color(
                opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
            painter->drawText(
                QRectF(x + 6, opt.rect.top(), opt.rect.right() - x - 6, opt.rect.height()),
                Qt::AlignLeft | Qt::AlignVCenter, counts.join(QLatin1Char(' ')));
        }
        painter->restore();
        return;
    }
    if (index.data(ItemTypeRole).toInt() != int(PlanItemType::Indicator)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const Status status = Status(index.data(StatusRole).toInt());
    const QString text =
        StatusStyle::symbol(status) + QLatin1Char(' ') + StatusStyle::label(status);
    const QFontMetrics fm(opt.font);
    const int width = fm.horizontalAdvance(text) + 14;
    QRectF chip(opt.rect.left() + 4, opt.rect.center().y() - fm.height() / 2.0 - 2, width,
                fm.height() + 4);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(StatusStyle::color(status), 1));
    painter->setBrush(StatusStyle::lightColor(status));
    painter->drawRoundedRect(chip, chip.height() / 2, chip.height() / 2);
    painter->setPen(StatusStyle::color(status).darker(130));
    painter->drawText(chip, Qt::AlignCenter, text);
    painter->restore();
}

QSize StatusChipDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + 24);
    return size;
}

} // namespace pd
