#include "ProgressBarDelegate.h"

#include "PlanRoles.h"
#include "PlanTypes.h"
#include "ProgressRules.h"
#include "StatusStyle.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace pd {

void ProgressBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QVariant progressValue = index.data(ProgressRole);
    if (!progressValue.isValid())
        return;
    const double progress = progressValue.toDouble();
    const double expected = index.data(ExpectedRole).toDouble();
    const bool indicator = index.data(ItemTypeRole).toInt() == int(PlanItemType::Indicator);
    const Status status = indicator ? Status(index.data(StatusRole).toInt())
                                    : ProgressRules::statusOfShare(progress, expected);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect area = opt.rect.adjusted(4, 4, -4, -4);
    const int textWidth = opt.fontMetrics.horizontalAdvance(QStringLiteral("100%")) + 6;
    QRectF bar(area.left(), area.center().y() - 5, std::max(10, area.width() - textWidth), 10);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xe8, 0xe8, 0xe8));
    painter->drawRoundedRect(bar, 3, 3);
    QRectF filled = bar;
    filled.setWidth(bar.width() * std::clamp(progress, 0.0, 1.0));
    QColor fill = StatusStyle::color(status);
    if (!indicator)
        fill = fill.lighter(125);
    painter->setBrush(fill);
    painter->drawRoundedRect(filled, 3, 3);
    // 序时进度: where the bar should have reached by now.
    if (expected > 0 && expected < 1) {
        const qreal x = bar.left() + bar.width() * expected;
        painter->setPen(QPen(QColor(0x33, 0x33, 0x33), 1.5));
        painter->drawLine(QPointF(x, bar.top() - 3), QPointF(x, bar.bottom() + 3));
    }
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                         : QPalette::Text));
    painter->drawText(QRect(int(bar.right()) + 4, area.top(), textWidth, area.height()),
                      Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize ProgressBarDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 140));
    return size;
}

} // namespace pd
