#pragma once

#include "sheetsin/SheetImportTypes.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace pd {

/// Draws a preview row's state as a coloured chip, as the tree draws statuses: new green,
/// changed blue, unchanged grey, refused red (the status chips' colours).
class SheetRowStateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static QColor color(SheetRowState state);
    static QColor lightColor(SheetRowState state);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace pd
