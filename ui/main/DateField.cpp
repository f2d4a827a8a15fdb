#include "main/DateField.h"

#include "plan/InputParsing.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QPainter>
#include <QPixmap>

namespace pd {
namespace {

/// A small calendar page for the button that opens the picker (no theme carries one).
QIcon calendarIcon(const QColor &ink)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setPen(QPen(ink, 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(1.5, 2.5, 13, 12));
    p.fillRect(QRectF(2, 3, 12, 3), ink);
    for (int row = 0; row < 2; ++row) {
        for (int col = 0; col < 3; ++col)
            p.fillRect(QRectF(4 + col * 3.5, 8 + row * 3, 2, 2), ink);
    }
    return QIcon(pixmap);
}

} // namespace

DateField::DateField(QWidget *parent) : QLineEdit(parent)
{
    QAction *pick =
        addAction(calendarIcon(palette().color(QPalette::Text)), QLineEdit::TrailingPosition);
    pick->setObjectName(QStringLiteral("pickDate"));
    pick->setToolTip(tr("Pick the date from a calendar (Alt+↓)"));
    connect(pick, &QAction::triggered, this, &DateField::showCalendar);
    setPlaceholderText(QStringLiteral("yyyy-MM-dd"));
    // Room for a whole date and the button, in any font.
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("2024-12-31")) + 44);
    setMaximumWidth(minimumWidth() + 30);
    connect(this, &QLineEdit::textChanged, this, [this] {
        markValidity();
        const QDate typed = date();
        if (typed.isValid())
            emit dateChanged(typed);
    });
}

QDate DateField::date() const
{
    return InputParsing::date(text());
}

void DateField::setDate(const QDate &date)
{
    setText(date.toString(Qt::ISODate));
}

void DateField::setDateRange(const QDate &minimum, const QDate &maximum)
{
    m_minimum = minimum;
    m_maximum = maximum;
    markValidity();
}

bool DateField::isAcceptable() const
{
    const QDate typed = date();
    return typed.isValid() && (!m_minimum.isValid() || typed >= m_minimum) &&
           (!m_maximum.isValid() || typed <= m_maximum);
}

void DateField::markValidity()
{
    // Red while the text is not a date in range, so a slip shows before anything is recorded.
    setStyleSheet(text().isEmpty() || isAcceptable()
                      ? QString()
                      : QStringLiteral("QLineEdit { color: #c62828; border: 1px solid #c62828; }"));
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Down && event->modifiers() & Qt::AltModifier) ||
        event->key() == Qt::Key_F4) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateField::showCalendar()
{
    if (!m_calendar) {
        m_calendar = new QCalendarWidget(this);
        m_calendar->setObjectName(QStringLiteral("dateFieldCalendar"));
        m_calendar->setWindowFlags(Qt::Popup);
        m_calendar->setGridVisible(true);
        auto take = [this](const QDate &picked) {
            setDate(picked);
            m_calendar->hide();
            setFocus();
            selectAll();
        };
        connect(m_calendar, &QCalendarWidget::clicked, this, take);
        connect(m_calendar, &QCalendarWidget::activated, this, take);
    }
    if (m_minimum.isValid() && m_maximum.isValid())
        m_calendar->setDateRange(m_minimum, m_maximum);
    const QDate shown = date().isValid() ? date() : m_minimum;
    if (shown.isValid())
        m_calendar->setSelectedDate(shown);
    m_calendar->adjustSize();
    m_calendar->move(mapToGlobal(QPoint(0, height())));
    m_calendar->show();
    m_calendar->setFocus();
}

} // namespace pd
