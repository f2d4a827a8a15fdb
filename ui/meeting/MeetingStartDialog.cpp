#include "meeting/MeetingStartDialog.h"

#include "plan/Clock.h"
#include "meeting/MeetingBuilder.h"
#include "meeting/MeetingStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace pd {

QString MeetingStartDialog::defaultTitle(const QDate &date)
{
    return tr("Progress review meeting %1-%2",
              "default meeting title; %1 is the year, %2 the month (1-12): %1年%2月进度调度会")
        .arg(date.year())
        .arg(date.month());
}

MeetingStartDialog::MeetingStartDialog(MeetingStore *store, const QDate &asOf, qint64 areaNodeId,
                                       const QString &areaTitle, QWidget *parent)
    : QDialog(parent), m_store(store), m_areaNodeId(areaNodeId)
{
    setObjectName(QStringLiteral("meetingStartDialog"));
    setWindowTitle(tr("Meeting Mode"));
    auto *layout = new QVBoxLayout(this);

    const std::optional<qint64> latest = store->latestMeetingId();
    m_continue = new QRadioButton(this);
    m_continue->setObjectName(QStringLiteral("continueMeeting"));
    if (latest) {
        m_latestId = *latest;
        const std::optional<Meeting> meeting = store->meeting(*latest);
        m_continue->setText(
            tr("&Continue the latest meeting: %1 (%2)")
                .arg(meeting->title, QLocale().toString(meeting->date, QLocale::ShortFormat)));
    } else {
        m_continue->setText(tr("&Continue the latest meeting (there is none yet)"));
        m_continue->setEnabled(false);
    }
    m_new = new QRadioButton(tr("Start a &new meeting"), this);
    m_new->setObjectName(QStringLiteral("newMeeting"));
    layout->addWidget(m_continue);
    layout->addWidget(m_new);

    m_newFields = new QWidget(this);
    auto *form = new QFormLayout(m_newFields);
    form->setContentsMargins(24, 0, 0, 0);
    const QDate today = Clock::today();
    m_title = new QLineEdit(defaultTitle(today), m_newFields);
    m_title->setObjectName(QStringLiteral("meetingTitleEdit"));
    m_title->setMinimumWidth(360);
    m_date = new QDateEdit(today, m_newFields);
    m_date->setObjectName(QStringLiteral("meetingDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf = new QDateEdit(asOf.isValid() ? asOf : today, m_newFields);
    m_asOf->setObjectName(QStringLiteral("meetingAsOfEdit"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("Figures &as of:"), m_asOf);
    auto *scope = new QVBoxLayout;
    m_wholePlan = new QRadioButton(tr("The &whole plan"), m_newFields);
    m_wholePlan->setObjectName(QStringLiteral("scopeWholePlan"));
    m_area = new QRadioButton(m_newFields);
    m_area->setObjectName(QStringLiteral("scopeSelectedArea"));
    if (areaNodeId > 0) {
        m_area->setText(tr("The selected area: %1").arg(areaTitle));
    } else {
        m_area->setText(tr("The selected area (select one in the tree first)"));
        m_area->setEnabled(false);
    }
    m_behindOnly = new QCheckBox(tr("Only indicators &behind"), m_newFields);
    m_behindOnly->setObjectName(QStringLiteral("scopeBehindOnly"));
    m_wholePlan->setChecked(true);
    scope->addWidget(m_wholePlan);
    scope->addWidget(m_area);
    scope->addWidget(m_behindOnly);
    form->addRow(tr("Scope:"), scope);
    layout->addWidget(m_newFields);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("meetingStartError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    (latest ? m_continue : m_new)->setChecked(true);
    connect(m_new, &QRadioButton::toggled, this, &MeetingStartDialog::updateEnabled);
    updateEnabled();
}

void MeetingStartDialog::updateEnabled()
{
    m_newFields->setEnabled(m_new->isChecked());
}

void MeetingStartDialog::accept()
{
    if (m_continue->isChecked() && m_latestId > 0) {
        m_meetingId = m_latestId;
        QDialog::accept();
        return;
    }
    MeetingScope scope;
    if (m_area->isChecked() && m_areaNodeId > 0)
        scope.nodeIds.push_back(m_areaNodeId);
    scope.behindOnly = m_behindOnly->isChecked();
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::optional<MeetingBuilder::Result> built = MeetingBuilder::build(
        *m_store->planStore(), m_title->text(), m_date->date(), m_asOf->date(), scope, &error);
    std::optional<qint64> id;
    if (built)
        id = m_store->addMeeting(built->meeting, built->items, &error);
    QApplication::restoreOverrideCursor();
    if (!id) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_meetingId = *id;
    QDialog::accept();
}

} // namespace pd
