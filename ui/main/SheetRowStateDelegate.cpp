#include "main/SheetRowStateDelegate.h"

#include "models/SheetImportModel.h"
#include "plan/StatusStyle.h"

#include <QApplication>
#include <QPainter>

namespace pd {
namespace {

Status statusLike(SheetRowState state)
{
    switch (state) {
    case SheetRowState::New:
        return Status::Done;
    case SheetRowState::Changed:
        return Status::OnTrack;
    case SheetRowState::Unchanged:
        return Status::NoData;
    case SheetRowState::Refused:
        break;
    }
    return Status::Behind;
}

} // namespace

QColor SheetRowStateDelegate::color(SheetRowState state)
{
    return StatusStyle::color(statusLike(state));
}

QColor SheetRowStateDelegate::lightColor(SheetRowState state)
{
    return StatusStyle::lightColor(statusLike(state));
}

void SheetRowStateDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const SheetRowState state = SheetRowState(index.data(SheetImportModel::StateRole).toInt());
    const QFontMetrics fm(opt.font);
    const int width = fm.horizontalAdvance(text) + 16;
    const QRectF chip(opt.rect.left() + 4, opt.rect.center().y() - fm.height() / 2.0 - 2, width,
                      fm.height() + 4);
    painter->save();
    painter->setClipRect(opt.rect);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color(state), 1));
    painter->setBrush(lightColor(state));
    painter->drawRoundedRect(chip, chip.height() / 2, chip.height() / 2);
    painter->setPen(color(state).darker(130));
    painter->drawText(chip, Qt::AlignCenter, text);
    painter->restore();
}

QSize SheetRowStateDelegate::sizeHint(const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    size.setWidth(fm.horizontalAdvance(index.data().toString()) + 28);
    size.setHeight(std::max(size.height(), fm.height() + 10));
    return size;
}

} // namespace pd
