#pragma once

#include <QDate>
#include <QLineEdit>

class QCalendarWidget;

namespace pd {

/// A date typed whole as yyyy-MM-dd (InputParsing::date, as the command line) or picked from a
/// calendar.
/// Unlike QDateEdit it never edits section by section: focus by Tab or Shift+Tab selects the
/// whole date, and what was typed is the date, or no date at all (date() is then invalid and
/// the field is marked), never a nearby one made up by fixing the text.
class DateField : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);

    /// The typed date; invalid when the text is not one whole date.
    QDate date() const;
    void setDate(const QDate &date);
    /// Bounds of the calendar and of what counts as acceptable (the plan's year).
    void setDateRange(const QDate &minimum, const QDate &maximum);
    /// True when the text is a date inside the range.
    bool isAcceptable() const;

signals:
    void dateChanged(const QDate &date);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showCalendar();
    void markValidity();

    QDate m_minimum;
    QDate m_maximum;
    QCalendarWidget *m_calendar = nullptr;
};

} // namespace pd
