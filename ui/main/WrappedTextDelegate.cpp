#include "main/WrappedTextDelegate.h"

#include <QApplication>
#include <QPainter>

namespace pd {
namespace {

constexpr int margin = 4;
constexpr int flags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap;

} // namespace

void WrappedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                         : QPalette::Text));
    painter->drawText(opt.rect.adjusted(margin, 2, -margin, -2), flags, text);
    painter->restore();
}

QSize WrappedTextDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const QString text = index.data().toString();
    const QFontMetrics fm(option.font);
    // The view gives the column's width when it asks for a row's height (word wrap on).
    const int width = option.rect.width() > 2 * margin ? option.rect.width() - 2 * margin
                                                       : fm.horizontalAdvance(text);
    const QRect needed = fm.boundingRect(QRect(0, 0, width, 100000), flags, text);
    return QSize(needed.width() + 2 * margin, needed.height() + 8);
}

} // namespace pd
