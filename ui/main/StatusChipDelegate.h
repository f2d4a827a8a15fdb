#pragma once

#include <QStyledItemDelegate>

namespace pd {

/// Draws an indicator's status as a coloured chip with its symbol and label; groups keep their
/// plain roll-up text (counts by status).
class StatusChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace pd
