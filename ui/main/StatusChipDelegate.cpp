#include "main/StatusChipDelegate.h"

#include "models/PlanRoles.h"
#include "plan/PlanTypes.h"
#include "plan/StatusStyle.h"

#include <QApplication>
#include <QPainter>

namespace pd {

void StatusChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
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
