#pragma once

#include <QStyledItemDelegate>

namespace pd {

/// Draws a cell's text wrapped to its column, whole, and asks for the height that takes: the
/// preview's reasons and texts, which the style's own wrapping cut short once Chinese glyphs
/// (from a taller fallback font) share a line with Latin ones.
class WrappedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace pd
