#pragma once

#include <QStyledItemDelegate>

namespace pd {

/// Draws the progress column as a bar in the status colour, with a tick at 序时进度.
class ProgressBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace pd
