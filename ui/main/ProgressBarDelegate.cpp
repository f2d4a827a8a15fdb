#include "main/ProgressBarDelegate.h"

#include "models/PlanRoles.h"
#include "plan/PlanTypes.h"
#include "plan/StatusStyle.h"

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

    // The model says how full, where the tick goes and in which status colour: a share target's
    // completion against expected by now, a bound target's value against its bound (no tick).
    const QVariant barValue = index.data(BarRole);
    if (!barValue.isValid() && text.isEmpty())
        return;
    if (!barValue.isValid() && index.data(ItemTypeRole).toInt() == int(PlanItemType::Task)) {
        // A task without indicators: its latest 进展情况, from its start (the tooltip has all).
        painter->save();
        painter->setPen(opt.palette.color(
            opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        const QRect area = opt.rect.adjusted(4, 0, -4, 0);
        painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(text, Qt::ElideRight, area.width()));
        painter->restore();
        return;
    }
    const double fraction = barValue.toDouble();
    const QVariant markValue = index.data(BarMarkRole);
    const bool indicator = index.data(ItemTypeRole).toInt() == int(PlanItemType::Indicator);
    const Status status = Status(index.data(BarStatusRole).toInt());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect area = opt.rect.adjusted(4, 4, -4, -4);
    const int textWidth = std::max(opt.fontMetrics.horizontalAdvance(QStringLiteral("100%")),
                                   opt.fontMetrics.horizontalAdvance(text)) +
                          6;
    QRectF bar(area.left(), area.center().y() - 5, std::max(10, area.width() - textWidth), 10);
    // Words only where there is no bar to draw, or no room for one beside the words (a long gap
    // such as "35.5 pp below" says more than a sliver of bar).
    if (!barValue.isValid() || bar.width() < 24)
        bar.setWidth(0);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xe8, 0xe8, 0xe8));
    if (bar.width() > 0)
        painter->drawRoundedRect(bar, 3, 3);
    QRectF filled = bar;
    filled.setWidth(bar.width() * std::clamp(fraction, 0.0, 1.0));
    QColor fill = StatusStyle::color(status);
    if (!indicator)
        fill = fill.lighter(125);
    painter->setBrush(fill);
    painter->drawRoundedRect(filled, 3, 3);
    // Expected by now: where the bar should have reached (share targets only).
    const double expected = markValue.toDouble();
    if (markValue.isValid() && expected > 0 && expected < 1) {
        const qreal x = bar.left() + bar.width() * expected;
        painter->setPen(QPen(QColor(0x33, 0x33, 0x33), 1.5));
        painter->drawLine(QPointF(x, bar.top() - 3), QPointF(x, bar.bottom() + 3));
    }
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                         : QPalette::Text));
    painter->drawText(
        QRect(int(bar.right()) + 4, area.top(), area.right() - int(bar.right()) - 4, area.height()),
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
