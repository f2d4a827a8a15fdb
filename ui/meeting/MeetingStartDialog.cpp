#include "meeting/MeetingStartDialog.h"

#include "plan/Clock.h"
#include "meeting/MeetingBuilder.h"
#include "meeting/MeetingStore.h"

#include <QApplication>
#include <QButtonGroup>
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
    const std::optional<Meeting> latestMeeting =
        latest ? store->meeting(*latest) : std::optional<Meeting>();
    if (latestMeeting) {
        m_latestId = latestMeeting->id;
        m_latestParticipants = latestMeeting->participants;
        m_continue->setText(
            tr("&Continue the latest meeting: %1 (%2)")
                .arg(latestMeeting->title,
                     QLocale().toString(latestMeeting->date, QLocale::ShortFormat)));
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
    // The figures' date is the window's: the title names the month of the data reviewed, which
    // need not be this month (a copy of June's figures reviewed in August is June's meeting).
    const QDate figuresDate = asOf.isValid() ? asOf : today;
    m_title = new QLineEdit(defaultTitle(figuresDate), m_newFields);
    m_title->setObjectName(QStringLiteral("meetingTitleEdit"));
    m_title->setMinimumWidth(360);
    connect(m_title, &QLineEdit::textEdited, this, [this] { m_titleEdited = true; });
    m_date = new QDateEdit(today, m_newFields);
    m_date->setObjectName(QStringLiteral("meetingDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf = new QDateEdit(figuresDate, m_newFields);
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
    m_wholePlan->setChecked(true);
    scope->addWidget(m_wholePlan);
    scope->addWidget(m_area);
    form->addRow(tr("Scope:"), scope);

    // Which indicators get a slide; each choice says how many. The texts carry the counts and
    // are set in updateCounts().
    auto *indicators = new QVBoxLayout;
    auto *indicatorGroup = new QButtonGroup(this);
    m_reported = new QRadioButton(m_newFields);
    m_reported->setObjectName(QStringLiteral("scopeReported"));
    m_behindOnly = new QRadioButton(m_newFields);
    m_behindOnly->setObjectName(QStringLiteral("scopeBehindOnly"));
    m_everyIndicator = new QRadioButton(m_newFields);
    m_everyIndicator->setObjectName(QStringLiteral("scopeEveryIndicator"));
    for (QRadioButton *choice : {m_reported, m_behindOnly, m_everyIndicator}) {
        indicatorGroup->addButton(choice);
        indicators->addWidget(choice);
    }
    m_reported->setChecked(true);
    m_skipped = new QLabel(m_newFields);
    m_skipped->setObjectName(QStringLiteral("scopeSkipped"));
    m_skipped->setWordWrap(true);
    m_skipped->setStyleSheet(QStringLiteral("color: #555;"));
    indicators->addWidget(m_skipped);
    form->addRow(tr("Indicators:"), indicators);
    // The 台账's tasks after each part's indicators, the overdue and lagging first; the same
    // choice above says which (reported or overdue, lagging or overdue, or every task).
    m_tasks = new QCheckBox(m_newFields);
    m_tasks->setObjectName(QStringLiteral("scopeTasks"));
    form->addRow(tr("Tasks:"), m_tasks);
    layout->addWidget(m_newFields);

    // Who holds and minutes the meeting: for a new one or the one continued.
    auto *people = new QFormLayout;
    people->setContentsMargins(0, 8, 0, 0);
    m_chair = new QLineEdit(m_latestParticipants.chair, this);
    m_chair->setObjectName(QStringLiteral("meetingChairEdit"));
    m_attendees = new QLineEdit(m_latestParticipants.attendees, this);
    m_attendees->setObjectName(QStringLiteral("meetingAttendeesEdit"));
    m_attendees->setPlaceholderText(tr("Names or units, separated by 、 or commas"));
    m_recorder = new QLineEdit(m_latestParticipants.recorder, this);
    m_recorder->setObjectName(QStringLiteral("meetingRecorderEdit"));
    people->addRow(tr("C&hair:"), m_chair);
    people->addRow(tr("Attend&ees:"), m_attendees);
    people->addRow(tr("Rec&order:"), m_recorder);
    layout->addLayout(people);

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

    (latestMeeting ? m_continue : m_new)->setChecked(true);
    connect(m_new, &QRadioButton::toggled, this, &MeetingStartDialog::updateEnabled);
    connect(m_asOf, &QDateEdit::dateChanged, this, &MeetingStartDialog::updateTitle);
    connect(m_asOf, &QDateEdit::dateChanged, this, &MeetingStartDialog::updateCounts);
    connect(m_area, &QRadioButton::toggled, this, &MeetingStartDialog::updateCounts);
    connect(indicatorGroup, &QButtonGroup::buttonToggled, this, &MeetingStartDialog::updateCounts);
    connect(m_tasks, &QCheckBox::toggled, this, &MeetingStartDialog::updateCounts);
    updateCounts();
    updateEnabled();
}

void MeetingStartDialog::updateTitle()
{
    if (!m_titleEdited)
        m_title->setText(defaultTitle(m_asOf->date()));
}

void MeetingStartDialog::updateCounts()
{
    std::vector<qint64> nodes;
    if (m_area->isChecked() && m_areaNodeId > 0)
        nodes.push_back(m_areaNodeId);
    const MeetingScopeCounts counts =
        MeetingBuilder::count(*m_store->planStore(), m_asOf->date(), nodes, nullptr)
            .value_or(MeetingScopeCounts());
    m_reported->setText(tr("Every &reported indicator (%n)", "", counts.reported));
    m_behindOnly->setText(tr("Reported and &behind only (%n)", "", counts.behind));
    m_everyIndicator->setText(
        tr("Every indicator, &including those with no figures (%n)", "", counts.indicators));
    m_skipped->setText(
        tr("%n indicator(s) with no figures as of %1 get no slide; choose the last option to "
           "include them.",
           "", counts.unreported())
            .arg(QLocale().toString(m_asOf->date(), QLocale::ShortFormat)));
    m_skipped->setVisible(!m_everyIndicator->isChecked() && counts.unreported() > 0);
    MeetingScope scope = chosenScope();
    scope.includeTasks = true;
    m_tasks->setText(
        tr("Also walk the tas&ks, overdue and lagging first (%n)", "", counts.tasksTaken(scope)));
    m_tasks->setEnabled(counts.tasks > 0);
}

MeetingScope MeetingStartDialog::chosenScope() const
{
    MeetingScope scope;
    if (m_area->isChecked() && m_areaNodeId > 0)
        scope.nodeIds.push_back(m_areaNodeId);
    scope.behindOnly = m_behindOnly->isChecked();
    scope.includeUnreported = m_everyIndicator->isChecked();
    scope.includeTasks = m_tasks->isChecked() && m_tasks->isEnabled();
    return scope;
}

void MeetingStartDialog::updateEnabled()
{
    m_newFields->setEnabled(m_new->isChecked());
}

void MeetingStartDialog::accept()
{
    MeetingParticipants participants;
    participants.chair = m_chair->text();
    participants.attendees = m_attendees->text();
    participants.recorder = m_recorder->text();
    QString error;
    if (m_continue->isChecked() && m_latestId > 0) {
        if (!m_store->setParticipants(m_latestId, participants, &error)) {
            m_error->setText(error);
            m_error->show();
            return;
        }
        m_meetingId = m_latestId;
        QDialog::accept();
        return;
    }
    const MeetingScope scope = chosenScope();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::optional<MeetingBuilder::Result> built = MeetingBuilder::build(
        *m_store->planStore(), m_title->text(), m_date->date(), m_asOf->date(), scope, &error);
    std::optional<qint64> id;
    if (built) {
        built->meeting.participants = participants;
        id = m_store->addMeeting(built->meeting, built->items, &error);
    }
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
