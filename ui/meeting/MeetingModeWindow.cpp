#include "meeting/MeetingModeWindow.h"

#include "plan/ProgressText.h"

#include "charts/ChartStyle.h"
#include "commands/MeetingCommands.h"
#include "meeting/MeetingStore.h"
#include "charts/OverviewChartView.h"
#include "plan/PlanText.h"
#include "plan/StatusStyle.h"
#include "plan/TaskTypes.h"
#include "charts/TargetChartView.h"
#include "charts/TrendChartView.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QAction>
#include <QChart>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDateEdit>
#include <QGraphicsSimpleTextItem>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QLocale>
#include <QScreen>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QXYSeries>

#include <algorithm>
#include <cmath>

namespace pd {
namespace {

/// Chart text at 1080 lines: labels must read from the back of a room on a projector.
constexpr double ChartPixels = 22;

/// The deadline field's "no deadline" value (shown as its special value text).
const QDate NoDeadline(2000, 1, 1);

const char *const figureNames[] = {
    QT_TRANSLATE_NOOP("MeetingModeWindow", "Target"),
    QT_TRANSLATE_NOOP("MeetingModeWindow", "Actual"),
    QT_TRANSLATE_NOOP("MeetingModeWindow", "Completion"),
    QT_TRANSLATE_NOOP("MeetingModeWindow", "Expected by now"),
    QT_TRANSLATE_NOOP("MeetingModeWindow", "Status"),
};

QString percentText(const std::optional<double> &share)
{
    return share ? QStringLiteral("%1%").arg(qRound(*share * 100)) : QStringLiteral("—");
}

QString chipStyle(Status status, double radius)
{
    return QStringLiteral("QLabel { background: %1; border: 2px solid %2; border-radius: %3px; "
                          "padding: 4px 12px; color: #212121; }")
        .arg(StatusStyle::lightColor(status).name(), StatusStyle::color(status).name())
        .arg(qRound(radius));
}

/// Projector-sized text on everything a chart writes: title, axes, legend, the labels the views
/// draw themselves, the value labels of bars and the point labels of lines. The views size
/// them for a pane (about 11 px), unreadable from the back of a room.
void enlargeChart(QChartView *view, const QFont &font)
{
    QChart *chart = view->chart();
    QFont title = font;
    title.setBold(true);
    title.setPixelSize(font.pixelSize() * 6 / 5);
    chart->setTitleFont(title);
    chart->legend()->setFont(font);
    // Labels the views draw themselves (bar names and values, notes) first, so that the
    // relayout the axes' new fonts cause places them by their new size.
    for (QGraphicsItem *item : chart->childItems()) {
        if (auto *text = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item))
            text->setFont(font);
    }
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                set->setLabelFont(font);
        } else if (auto *points = qobject_cast<QXYSeries *>(series)) {
            points->setPointLabelsFont(font);
        }
    }
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
    }
    // The views place what they draw (title, legend, names) when the plot moves; fonts the
    // chart already had from the slide before move nothing, so have them place it now.
    emit chart->plotAreaChanged(chart->plotArea());
    ChartStyle::relayout(chart);
}

} // namespace

MeetingModeWindow::MeetingModeWindow(MeetingStore *store, QUndoStack *undoStack, qint64 meetingId,
                                     QWidget *parent)
    : QWidget(parent, Qt::Window), m_store(store), m_undoStack(undoStack), m_meetingId(meetingId)
{
    setObjectName(QStringLiteral("meetingModeWindow"));
    setFocusPolicy(Qt::StrongFocus);
    // Until the window has its size, the screen's height: full screen, that is its own.
    const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    if (screen)
        m_scale = scaleFor(screen->geometry().height());

    if (const std::optional<Meeting> meeting = store->meeting(meetingId))
        m_deck = MeetingDeck(*meeting, store->items(meetingId));
    buildUi();
    retranslateUi();
    connect(store, &MeetingStore::itemChanged, this, &MeetingModeWindow::onItemChanged);

    if (undoStack) {
        // The main window's undo actions are out of reach while this window covers the screen.
        QAction *undo = undoStack->createUndoAction(this);
        undo->setShortcut(QKeySequence::Undo);
        QAction *redo = undoStack->createRedoAction(this);
        redo->setShortcut(QKeySequence::Redo);
        addAction(undo);
        addAction(redo);
    }
    m_ready = true;
    // Where the meeting stopped, under the filter it had, so the numbering is the same.
    if (m_deck.meeting().resumeBehindOnly)
        setBehindOnly(true);
    goTo(m_deck.indexOf(m_deck.meeting().resumeSlide));
}

MeetingModeWindow::~MeetingModeWindow()
{
    // What is typed is saved now, while the window is whole: the fields' own signals (a field
    // losing focus as the children die) must not reach a window half destroyed.
    commitFields();
    for (QObject *field : {static_cast<QObject *>(m_decision), static_cast<QObject *>(m_unit),
                           static_cast<QObject *>(m_deadline), static_cast<QObject *>(m_reviewed),
                           static_cast<QObject *>(m_behindOnly)}) {
        if (field)
            field->disconnect(this);
    }
}

QFont MeetingModeWindow::scaledFont(double pixels, bool bold) const
{
    QFont f = font();
    f.setPixelSize(qMax(9, qRound(pixels * m_scale)));
    f.setBold(bold);
    return f;
}

void MeetingModeWindow::setScaledFont(QWidget *widget, double pixels, bool bold)
{
    widget->setFont(scaledFont(pixels, bold));
    m_scaledFonts.push_back({widget, pixels, bold});
}

double MeetingModeWindow::scaleFor(int height)
{
    return std::clamp(height / 1080.0, 0.5, 3.0);
}

void MeetingModeWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Type follows the window's height: a projector at 1080 lines gets the sizes as designed, a
    // 4K wall twice them, a small test window less.
    const double scale = scaleFor(height());
    if (std::abs(scale - m_scale) < 0.01)
        return;
    m_scale = scale;
    for (const ScaledFont &entry : m_scaledFonts) {
        if (entry.widget)
            entry.widget->setFont(scaledFont(entry.pixels, entry.bold));
    }
    if (m_ready)
        showSlide(); // the slide's rich text and charts take their sizes from the scale
}

void MeetingModeWindow::buildUi()
{
    setScaledFont(this, 26);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, Qt::white);
    pal.setColor(QPalette::WindowText, QColor(0x21, 0x21, 0x21));
    setPalette(pal);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    const int margin = qRound(28 * m_scale);

    // Top bar: the meeting, the figures' date, the filter and where we are.
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("meetingTopBar"));
    bar->setStyleSheet(QStringLiteral("#meetingTopBar { background: #17325c; } "
                                      "#meetingTopBar QLabel, #meetingTopBar QCheckBox "
                                      "{ color: white; }"));
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(margin, qRound(10 * m_scale), margin, qRound(10 * m_scale));
    m_meetingTitle = new QLabel(bar);
    m_meetingTitle->setObjectName(QStringLiteral("meetingTitle"));
    setScaledFont(m_meetingTitle, 26, true);
    m_asOf = new QLabel(bar);
    m_asOf->setObjectName(QStringLiteral("meetingAsOf"));
    setScaledFont(m_asOf, 22);
    m_behindOnly = new QCheckBox(bar);
    m_behindOnly->setObjectName(QStringLiteral("meetingBehindOnly"));
    setScaledFont(m_behindOnly, 22);
    m_behindOnly->setFocusPolicy(Qt::NoFocus);
    m_behindOnly->setStyleSheet(
        QStringLiteral("QCheckBox::indicator { width: %1px; height: %1px; }")
            .arg(qRound(22 * m_scale)));
    m_position = new QLabel(bar);
    m_position->setObjectName(QStringLiteral("meetingPosition"));
    setScaledFont(m_position, 30, true);
    m_position->setMinimumWidth(qRound(150 * m_scale));
    m_position->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    barLayout->addWidget(m_meetingTitle);
    barLayout->addSpacing(margin);
    barLayout->addWidget(m_asOf);
    barLayout->addStretch(1);
    barLayout->addWidget(m_behindOnly);
    barLayout->addSpacing(margin);
    barLayout->addWidget(m_position);
    layout->addWidget(bar);
    connect(m_behindOnly, &QCheckBox::toggled, this, &MeetingModeWindow::setBehindOnly);

    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);

    // No slide (the filter hides everything).
    m_emptyPage = new QWidget(m_pages);
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    m_emptyText = new QLabel(m_emptyPage);
    m_emptyText->setAlignment(Qt::AlignCenter);
    setScaledFont(m_emptyText, 36);
    m_emptyText->setWordWrap(true);
    emptyLayout->addWidget(m_emptyText);
    m_pages->addWidget(m_emptyPage);

    // A part's summary.
    m_partPage = new QWidget(m_pages);
    m_partPage->setObjectName(QStringLiteral("meetingPartSlide"));
    auto *partLayout = new QVBoxLayout(m_partPage);
    partLayout->setContentsMargins(margin, margin, margin, qRound(12 * m_scale));
    m_partTitle = new QLabel(m_partPage);
    m_partTitle->setObjectName(QStringLiteral("meetingPartTitle"));
    setScaledFont(m_partTitle, 46, true);
    m_partTitle->setWordWrap(true);
    partLayout->addWidget(m_partTitle);
    m_partSubtitle = new QLabel(m_partPage);
    setScaledFont(m_partSubtitle, 26);
    m_partSubtitle->setStyleSheet(QStringLiteral("color: #555;"));
    m_partSubtitle->setWordWrap(true);
    partLayout->addWidget(m_partSubtitle);
    partLayout->addSpacing(qRound(12 * m_scale));
    auto *counts = new QHBoxLayout;
    counts->setSpacing(qRound(16 * m_scale));
    for (Status status : StatusStyle::all) {
        auto *chip = new QLabel(m_partPage);
        chip->setObjectName(QStringLiteral("meetingCount_") + statusKey(status));
        chip->setAlignment(Qt::AlignCenter);
        chip->setTextFormat(Qt::RichText);
        chip->setStyleSheet(chipStyle(status, 10 * m_scale));
        counts->addWidget(chip, 1);
        m_partCounts << chip;
    }
    m_partCompletion = new QLabel(m_partPage);
    m_partCompletion->setObjectName(QStringLiteral("meetingPartCompletion"));
    m_partCompletion->setAlignment(Qt::AlignCenter);
    m_partCompletion->setTextFormat(Qt::RichText);
    m_partCompletion->setStyleSheet(
        QStringLiteral(
            "QLabel { border: 2px solid #17325c; border-radius: %1px; padding: 4px 12px; }")
            .arg(qRound(10 * m_scale)));
    counts->addWidget(m_partCompletion, 1);
    partLayout->addLayout(counts);
    partLayout->addSpacing(qRound(12 * m_scale));
    m_partChart = new OverviewChartView(m_partPage);
    m_partChart->setObjectName(QStringLiteral("meetingPartChart"));
    m_partChart->setMinimumHeight(0);
    // The slide has the screen's height and no more: long names take a wider column instead.
    m_partChart->setGrowsForNames(false);
    partLayout->addWidget(m_partChart, 1);
    m_pages->addWidget(m_partPage);

    // One indicator.
    m_itemPage = new QWidget(m_pages);
    m_itemPage->setObjectName(QStringLiteral("meetingItemSlide"));
    auto *itemLayout = new QVBoxLayout(m_itemPage);
    itemLayout->setContentsMargins(margin, qRound(16 * m_scale), margin, qRound(8 * m_scale));
    itemLayout->setSpacing(qRound(8 * m_scale));
    m_itemPath = new QLabel(m_itemPage);
    setScaledFont(m_itemPath, 22);
    m_itemPath->setStyleSheet(QStringLiteral("color: #555;"));
    m_itemPath->setWordWrap(true);
    itemLayout->addWidget(m_itemPath);
    m_itemTitle = new QLabel(m_itemPage);
    m_itemTitle->setObjectName(QStringLiteral("meetingItemTitle"));
    setScaledFont(m_itemTitle, 44, true);
    m_itemTitle->setWordWrap(true);
    itemLayout->addWidget(m_itemTitle);

    // An indicator's figures and charts; a task slide shows m_taskBody in their place.
    m_indicatorBody = new QWidget(m_itemPage);
    auto *indicatorLayout = new QVBoxLayout(m_indicatorBody);
    indicatorLayout->setContentsMargins(0, 0, 0, 0);
    indicatorLayout->setSpacing(qRound(8 * m_scale));
    auto *figures = new QGridLayout;
    figures->setHorizontalSpacing(qRound(16 * m_scale));
    figures->setVerticalSpacing(0);
    for (int i = 0; i < 5; ++i) {
        auto *caption = new QLabel(m_indicatorBody);
        setScaledFont(caption, 22);
        caption->setStyleSheet(QStringLiteral("color: #555;"));
        auto *figure = new QLabel(m_indicatorBody);
        setScaledFont(figure, 40, true);
        figure->setTextFormat(Qt::RichText);
        figure->setWordWrap(i < 2); // long targets wrap; the status chip stays one line
        figures->addWidget(caption, 0, i);
        figures->addWidget(figure, 1, i, Qt::AlignLeft | Qt::AlignTop);
        figures->setColumnStretch(i, i == 1 ? 3 : 2);
        m_figureCaptions << caption;
        m_figures << figure;
    }
    m_figures[0]->setObjectName(QStringLiteral("meetingTarget"));
    m_figures[1]->setObjectName(QStringLiteral("meetingActual"));
    m_figures[2]->setObjectName(QStringLiteral("meetingCompletion"));
    m_figures[3]->setObjectName(QStringLiteral("meetingExpected"));
    m_figures[4]->setObjectName(QStringLiteral("meetingStatus"));
    indicatorLayout->addLayout(figures);

    auto *charts = new QHBoxLayout;
    m_targetChart = new TargetChartView(m_indicatorBody);
    m_targetChart->setObjectName(QStringLiteral("meetingTargetChart"));
    m_trendChart = new TrendChartView(m_indicatorBody);
    m_trendChart->setObjectName(QStringLiteral("meetingTrendChart"));
    m_targetChart->setMinimumHeight(qRound(200 * m_scale));
    m_trendChart->setMinimumHeight(qRound(200 * m_scale));
    charts->addWidget(m_targetChart, 2);
    charts->addWidget(m_trendChart, 3);
    indicatorLayout->addLayout(charts, 1);
    itemLayout->addWidget(m_indicatorBody, 1);

    m_taskBody = new QWidget(m_itemPage);
    m_taskBody->setObjectName(QStringLiteral("meetingTaskBody"));
    auto *taskLayout = new QVBoxLayout(m_taskBody);
    taskLayout->setContentsMargins(0, 0, 0, 0);
    taskLayout->setSpacing(qRound(10 * m_scale));
    m_taskText = new QLabel(m_taskBody);
    m_taskText->setObjectName(QStringLiteral("meetingTaskText"));
    setScaledFont(m_taskText, 34);
    m_taskText->setWordWrap(true);
    m_taskText->setStyleSheet(
        QStringLiteral(
            "QLabel { background: #f7f7f2; border-left: %1px solid #c9a227; padding: %2px; }")
            .arg(qRound(6 * m_scale))
            .arg(qRound(10 * m_scale)));
    taskLayout->addWidget(m_taskText);
    m_taskFacts = new QLabel(m_taskBody);
    m_taskFacts->setObjectName(QStringLiteral("meetingTaskFacts"));
    setScaledFont(m_taskFacts, 28);
    m_taskFacts->setWordWrap(true);
    m_taskFacts->setTextFormat(Qt::RichText);
    taskLayout->addWidget(m_taskFacts);
    m_taskIndicators = new QLabel(m_taskBody);
    m_taskIndicators->setObjectName(QStringLiteral("meetingTaskIndicators"));
    setScaledFont(m_taskIndicators, 22);
    m_taskIndicators->setWordWrap(true);
    m_taskIndicators->setTextFormat(Qt::RichText);
    taskLayout->addWidget(m_taskIndicators);
    m_taskProgress = new QLabel(m_taskBody);
    m_taskProgress->setObjectName(QStringLiteral("meetingTaskProgress"));
    setScaledFont(m_taskProgress, 24);
    m_taskProgress->setWordWrap(true);
    m_taskProgress->setTextFormat(Qt::RichText);
    m_taskProgress->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    taskLayout->addWidget(m_taskProgress, 1);
    itemLayout->addWidget(m_taskBody, 1);
    m_taskBody->hide();

    m_snippet = new QLabel(m_itemPage);
    m_snippet->setObjectName(QStringLiteral("meetingSnippet"));
    setScaledFont(m_snippet, 26);
    m_snippet->setWordWrap(true);
    m_snippet->setTextFormat(Qt::RichText);
    m_snippet->setStyleSheet(
        QStringLiteral(
            "QLabel { background: #f7f7f2; border-left: %1px solid #c9a227; padding: %2px; }")
            .arg(qRound(6 * m_scale))
            .arg(qRound(8 * m_scale)));
    itemLayout->addWidget(m_snippet);
    m_roundTexts = new QLabel(m_itemPage);
    m_roundTexts->setObjectName(QStringLiteral("meetingRoundTexts"));
    setScaledFont(m_roundTexts, 20);
    m_roundTexts->setWordWrap(true);
    m_roundTexts->setTextFormat(Qt::RichText);
    itemLayout->addWidget(m_roundTexts);
    m_earlier = new QLabel(m_itemPage);
    m_earlier->setObjectName(QStringLiteral("meetingEarlierDecision"));
    setScaledFont(m_earlier, 20);
    m_earlier->setStyleSheet(QStringLiteral("color: #555;"));
    m_earlier->setWordWrap(true);
    itemLayout->addWidget(m_earlier);

    // The decision: typed during the meeting, saved on leaving a field.
    auto *decisionBox = new QWidget(m_itemPage);
    decisionBox->setObjectName(QStringLiteral("meetingDecisionBox"));
    decisionBox->setStyleSheet(QStringLiteral("#meetingDecisionBox { background: #eef2f8; "
                                              "border-radius: %1px; }")
                                   .arg(qRound(8 * m_scale)));
    auto *decisionLayout = new QGridLayout(decisionBox);
    const int pad = qRound(10 * m_scale);
    decisionLayout->setContentsMargins(pad, pad, pad, pad);
    decisionLayout->setHorizontalSpacing(pad);
    m_reviewed = new QCheckBox(decisionBox);
    m_reviewed->setObjectName(QStringLiteral("meetingReviewed"));
    setScaledFont(m_reviewed, 24, true);
    m_reviewed->setFocusPolicy(Qt::NoFocus);
    m_reviewed->setStyleSheet(QStringLiteral("QCheckBox::indicator { width: %1px; height: %1px; }")
                                  .arg(qRound(26 * m_scale)));
    m_decisionLabel = new QLabel(decisionBox);
    setScaledFont(m_decisionLabel, 20, true);
    m_decision = new QLineEdit(decisionBox);
    m_decision->setObjectName(QStringLiteral("meetingDecision"));
    setScaledFont(m_decision, 26);
    m_unitLabel = new QLabel(decisionBox);
    setScaledFont(m_unitLabel, 20, true);
    m_unit = new QLineEdit(decisionBox);
    m_unit->setObjectName(QStringLiteral("meetingResponsibleUnit"));
    setScaledFont(m_unit, 26);
    m_deadlineLabel = new QLabel(decisionBox);
    setScaledFont(m_deadlineLabel, 20, true);
    m_deadline = new QDateEdit(decisionBox);
    m_deadline->setObjectName(QStringLiteral("meetingDeadline"));
    setScaledFont(m_deadline, 26);
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_deadline->setMinimumDate(NoDeadline);
    m_deadline->setDate(NoDeadline);
    m_decisionLabel->setBuddy(m_decision);
    m_unitLabel->setBuddy(m_unit);
    m_deadlineLabel->setBuddy(m_deadline);
    decisionLayout->addWidget(m_decisionLabel, 0, 0);
    decisionLayout->addWidget(m_unitLabel, 0, 1);
    decisionLayout->addWidget(m_deadlineLabel, 0, 2);
    decisionLayout->addWidget(m_reviewed, 0, 3, 2, 1, Qt::AlignCenter);
    decisionLayout->addWidget(m_decision, 1, 0);
    decisionLayout->addWidget(m_unit, 1, 1);
    decisionLayout->addWidget(m_deadline, 1, 2);
    decisionLayout->setColumnStretch(0, 6);
    decisionLayout->setColumnStretch(1, 2);
    decisionLayout->setColumnStretch(2, 1);
    itemLayout->addWidget(decisionBox);
    m_error = new QLabel(m_itemPage);
    m_error->setObjectName(QStringLiteral("meetingError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_error->hide();
    itemLayout->addWidget(m_error);
    m_pages->addWidget(m_itemPage);

    for (QWidget *field : {static_cast<QWidget *>(m_decision), static_cast<QWidget *>(m_unit),
                           static_cast<QWidget *>(m_deadline)})
        field->installEventFilter(this);
    connect(m_decision, &QLineEdit::editingFinished, this, &MeetingModeWindow::commitFields);
    connect(m_unit, &QLineEdit::editingFinished, this, &MeetingModeWindow::commitFields);
    connect(m_deadline, &QDateEdit::editingFinished, this, &MeetingModeWindow::commitFields);
    connect(m_reviewed, &QCheckBox::clicked, this, &MeetingModeWindow::commitFields);
    // A decision taken means the item was discussed: tick the box as soon as one is typed, so
    // the mark shown is the one saved and R afterwards finds it already set.
    connect(m_decision, &QLineEdit::textEdited, this, [this](const QString &text) {
        const MeetingItem *item = currentItem();
        if (item && item->id == m_shownItemId && !text.trimmed().isEmpty() &&
            item->decision.decision.isEmpty() && !item->decision.reviewed)
            m_reviewed->setChecked(true);
    });

    // What the last key did, or why it did nothing (a part not on the agenda, hidden by the
    // filter; R on a part's summary), so no key press goes by without a word.
    m_statusLine = new QLabel(this);
    m_statusLine->setObjectName(QStringLiteral("meetingStatusLine"));
    setScaledFont(m_statusLine, 22, true);
    m_statusLine->setWordWrap(true);
    m_statusLine->setStyleSheet(QStringLiteral("QLabel { color: #17325c; padding: %1px %2px; }")
                                    .arg(qRound(4 * m_scale))
                                    .arg(margin));
    m_statusLine->setMinimumHeight(QFontMetrics(m_statusLine->font()).height() +
                                   qRound(8 * m_scale));
    layout->addWidget(m_statusLine);

    m_keys = new QLabel(this);
    m_keys->setObjectName(QStringLiteral("meetingKeys"));
    setScaledFont(m_keys, 18);
    m_keys->setWordWrap(true);
    m_keys->setTextFormat(Qt::PlainText);
    m_keys->setStyleSheet(QStringLiteral("QLabel { background: #eceff1; color: #37474f; "
                                         "padding: %1px %2px; }")
                              .arg(qRound(6 * m_scale))
                              .arg(margin));
    layout->addWidget(m_keys);
}

void MeetingModeWindow::retranslateUi()
{
    const Meeting &meeting = m_deck.meeting();
    const QLocale locale;
    setWindowTitle(tr("Meeting Mode — %1").arg(meeting.title));
    m_meetingTitle->setText(meeting.title);
    m_asOf->setText(tr("Figures as of %1").arg(locale.toString(meeting.asOf, QLocale::LongFormat)));
    m_behindOnly->setText(tr("Only behind (B)"));
    if (meeting.scope.includeTasks)
        m_emptyText->setText(
            m_behindOnly->isChecked()
                ? tr("No indicator or task in this meeting is behind.\nPress B to show all.")
                : tr("This meeting has no indicators or tasks."));
    else
        m_emptyText->setText(
            m_behindOnly->isChecked()
                ? tr("No indicator in this meeting is behind.\nPress B to show all.")
                : tr("This meeting has no indicators."));
    for (int i = 0; i < m_figureCaptions.size(); ++i)
        m_figureCaptions[i]->setText(
            QCoreApplication::translate("MeetingModeWindow", figureNames[i]));
    m_reviewed->setText(tr("Reviewed (R)"));
    m_decisionLabel->setText(tr("&Decision (D)"));
    m_unitLabel->setText(tr("Responsible &unit"));
    m_deadlineLabel->setText(tr("Dead&line"));
    m_decision->setPlaceholderText(tr("What the meeting decided or instructed"));
    m_deadline->setSpecialValueText(tr("none"));
    // Each key with what it does on one line: the footer wraps between them, never inside one
    // (it broke 撤销 over two lines at 1920).
    const QString separator = QStringLiteral(" · ");
    QStringList keys = tr("→ Space PgDn next · ← PgUp back · Home End first, last · 1–9 area · "
                          "M main targets · L livelihood · G government · B only behind · "
                          "R mark reviewed · Shift+R remove the mark · D decision (Enter or Esc "
                          "back) · Ctrl+Z undo · Esc leave")
                           .split(separator);
    for (QString &key : keys) {
        // No break inside: non-breaking spaces, a word joiner between any other two characters.
        QString joined;
        const QString trimmed = key.trimmed();
        for (qsizetype i = 0; i < trimmed.size(); ++i) {
            const QChar c = trimmed.at(i);
            if (i > 0 && !c.isSpace() && !trimmed.at(i - 1).isSpace())
                joined += QChar(0x2060);
            joined += c.isSpace() ? QChar(QChar::Nbsp) : c;
        }
        key = joined;
    }
    m_keys->setText(keys.join(separator));
    if (m_ready)
        showSlide();
}

const MeetingSlide *MeetingModeWindow::currentSlide() const
{
    if (m_index < 0 || m_index >= m_deck.count())
        return nullptr;
    return &m_deck.slides()[std::size_t(m_index)];
}

const MeetingItem *MeetingModeWindow::currentItem() const
{
    const MeetingSlide *slide = currentSlide();
    if (!slide || slide->type != MeetingSlide::Type::Item)
        return nullptr;
    return &m_deck.items()[std::size_t(slide->item)];
}

QString MeetingModeWindow::positionText() const
{
    if (m_deck.count() == 0)
        return QStringLiteral("0 / 0");
    return QStringLiteral("%1 / %2").arg(m_index + 1).arg(m_deck.count());
}

void MeetingModeWindow::goTo(int index)
{
    commitFields();
    m_index = std::clamp(index, 0, std::max(0, m_deck.count() - 1));
    showStatus(QString());
    showSlide();
    saveResumePosition();
}

void MeetingModeWindow::next()
{
    if (m_deck.count() > 0 && m_index >= m_deck.count() - 1) {
        showStatus(tr("This is the last slide."));
        return;
    }
    goTo(m_index + 1);
}

void MeetingModeWindow::previous()
{
    if (m_index <= 0) {
        showStatus(tr("This is the first slide."));
        return;
    }
    goTo(m_index - 1);
}

void MeetingModeWindow::saveResumePosition()
{
    const MeetingSlide *slide = currentSlide();
    if (slide && m_store)
        m_store->setResumeSlide(m_meetingId, slide->key, m_deck.behindOnly(), nullptr);
}

QString MeetingModeWindow::statusText() const
{
    return m_statusLine->text();
}

void MeetingModeWindow::showStatus(const QString &text)
{
    m_statusLine->setText(text);
}

void MeetingModeWindow::setBehindOnly(bool behindOnly)
{
    commitFields();
    const MeetingSlide *slide = currentSlide();
    const QString key = slide ? slide->key : QString();
    m_deck.setBehindOnly(behindOnly);
    if (m_behindOnly->isChecked() != behindOnly) {
        const QSignalBlocker blocker(m_behindOnly);
        m_behindOnly->setChecked(behindOnly);
    }
    retranslateUi(); // the empty page's text depends on the filter
    goTo(m_deck.indexOf(key));
}

bool MeetingModeWindow::jumpToPart(PlanPart part, int number)
{
    const int index = m_deck.partSlide(part, number);
    if (index >= 0) {
        goTo(index);
        return true;
    }
    // Say why the key did nothing: the filter hides the part, or the meeting never had it.
    const int inMeeting = m_deck.meetingPart(part, number);
    if (inMeeting >= 0) {
        showStatus(tr("%1: no indicator is behind. Press B to show all slides.")
                       .arg(m_deck.meeting().parts[std::size_t(inMeeting)].title));
    } else if (part == PlanPart::Area) {
        showStatus(tr("Area %1 is not on this meeting's agenda.").arg(number));
    } else if (part == PlanPart::Main) {
        showStatus(tr("The main targets are not on this meeting's agenda."));
    } else if (part == PlanPart::Livelihood) {
        showStatus(tr("The livelihood projects are not on this meeting's agenda."));
    } else {
        showStatus(tr("Government self-building is not on this meeting's agenda."));
    }
    return false;
}

void MeetingModeWindow::showSlide()
{
    m_position->setText(positionText());
    m_shownItemId = 0;
    const MeetingSlide *slide = currentSlide();
    if (!slide) {
        m_pages->setCurrentWidget(m_emptyPage);
        return;
    }
    if (slide->type == MeetingSlide::Type::Part)
        showPart(*slide);
    else
        showItem(*slide);
}

void MeetingModeWindow::showPart(const MeetingSlide &slide)
{
    const Meeting &meeting = m_deck.meeting();
    const MeetingPart &part = meeting.parts[std::size_t(slide.part)];
    m_partTitle->setText(part.title);
    int inMeeting = 0;
    int behind = 0;
    for (const MeetingItem &item : m_deck.items()) {
        if (item.part != slide.part)
            continue;
        ++inMeeting;
        if (item.isBehind())
            ++behind;
    }
    QString subtitle = tr("%n indicator(s) in this part", "", part.counts.indicators);
    if (meeting.scope.includeTasks)
        subtitle += QStringLiteral(" · ") + tr("%n task(s)", "", part.tasks) +
                    QStringLiteral(" · ") + tr("%n overdue", "", part.overdueTasks) +
                    QStringLiteral(" · ") + tr("%n lagging", "", part.behindTasks);
    m_partSubtitle->setText(subtitle + QStringLiteral(" · ") +
                            tr("%n on the agenda", "", inMeeting) + QStringLiteral(" · ") +
                            tr("%n behind", "", behind));
    const QString number =
        QStringLiteral("<span style=\"font-size:%1px;font-weight:bold;color:%2\">"
                       "%3 %4</span><br>%5");
    const int big = qRound(44 * m_scale);
    int chip = 0;
    for (const auto &[status, count] : part.counts.entries()) {
        m_partCounts[chip++]->setText(
            number.arg(big)
                .arg(StatusStyle::color(status).name(), StatusStyle::symbol(status))
                .arg(count)
                .arg(StatusStyle::label(status)));
    }
    m_partCompletion->setText(
        QStringLiteral("<span style=\"font-size:%1px;font-weight:bold\">%2</span><br>%3")
            .arg(big)
            .arg(percentText(part.counts.completion()),
                 tr("mean completion of reported · reported %1/%2 · expected %3%")
                     .arg(part.counts.reported())
                     .arg(part.counts.indicators)
                     .arg(qRound(meeting.expected * 100))));
    std::vector<OverviewChartView::Bar> bars;
    for (const MeetingBar &bar : part.bars)
        bars.push_back({bar.label, bar.progress.value_or(0.0), bar.status, bar.label});
    m_partChart->setBars(tr("Completion"), bars, meeting.expected);
    // The view makes the room for the names at their new size, wrapping the long ones.
    enlargeChart(m_partChart, scaledFont(ChartPixels));
    m_pages->setCurrentWidget(m_partPage);
}

void MeetingModeWindow::showItem(const MeetingSlide &slide)
{
    const Meeting &meeting = m_deck.meeting();
    const MeetingItem &item = m_deck.items()[std::size_t(slide.item)];
    const MeetingSnapshot &s = item.snapshot;
    const QLocale locale;
    QString path = meeting.parts[std::size_t(slide.part)].title;
    const QString heading = item.isTask() ? item.task->heading : s.heading;
    if (!heading.isEmpty() && heading != path)
        path += QStringLiteral("  ›  ") + heading;
    m_itemPath->setText(path);
    m_earlier->setText(earlierDecisionText(item));
    m_earlier->setVisible(!m_earlier->text().isEmpty());
    m_indicatorBody->setVisible(!item.isTask());
    m_taskBody->setVisible(item.isTask());
    m_snippet->setVisible(!item.isTask());
    if (item.isTask()) {
        m_roundTexts->hide();
        showTask(item);
        fillDecision(item);
        m_error->hide();
        m_pages->setCurrentWidget(m_itemPage);
        return;
    }
    m_itemTitle->setText(s.indicator.code + QStringLiteral("  ") + s.indicator.name);

    m_figures[0]->setText(
        (s.targetText.isEmpty() ? PlanText::target(s.indicator) : s.targetText).toHtmlEscaped());
    if (s.actual) {
        m_figures[1]->setText(
            ProgressText::valueWithUnit(s.indicator, s.actual->value).toHtmlEscaped() +
            QStringLiteral(
                "<span style=\"font-size:%1px;font-weight:normal;color:#555\"> %2</span>")
                .arg(qRound(22 * m_scale))
                .arg(locale.toString(s.actual->date, tr("M/d", "short date of a figure"))));
    } else {
        m_figures[1]->setText(QStringLiteral("—"));
    }
    // The rules are pure, so the frozen target and figures give the meeting's own reading back,
    // with the gap of a bound target and the year-end pace of a count.
    const ProgressRules::Evaluation evaluation =
        ProgressRules::evaluate(s.indicator, meeting.asOf.year(), meeting.asOf, s.history);
    QString completion = ProgressText::completion(s.indicator, evaluation).toHtmlEscaped();
    if (completion.isEmpty())
        completion = QStringLiteral("—");
    if (evaluation.projection)
        completion +=
            QStringLiteral(
                "<br><span style=\"font-size:%1px;font-weight:normal;color:#555\">%2</span>")
                .arg(qRound(20 * m_scale))
                .arg(ProgressText::projection(evaluation).toHtmlEscaped());
    m_figures[2]->setText(completion);
    m_figures[3]->setText(evaluation.hasExpected() ? percentText(evaluation.expected)
                                                   : QStringLiteral("—"));
    m_figures[4]->setText(QStringLiteral("<span style=\"color:%1\">%2</span> %3")
                              .arg(StatusStyle::color(s.status).name(),
                                   StatusStyle::symbol(s.status),
                                   StatusStyle::label(s.status).toHtmlEscaped()));
    m_figures[4]->setStyleSheet(chipStyle(s.status, 8 * m_scale));

    m_targetChart->setIndicator(
        s.indicator, s.actual ? std::optional<double>(s.actual->value) : std::nullopt, evaluation);
    m_trendChart->setIndicator(s.indicator, s.history, meeting.asOf.year(), meeting.asOf);
    enlargeChart(m_targetChart, scaledFont(ChartPixels));
    enlargeChart(m_trendChart, scaledFont(ChartPixels));

    // The sentence as the report wrote it, the part the target was read from underlined.
    QString sentence = s.indicator.snippet.toHtmlEscaped();
    const int at = s.sentence.indexOf(s.indicator.snippet);
    if (at >= 0 && !s.indicator.snippet.isEmpty()) {
        sentence = s.sentence.left(at).toHtmlEscaped() + QStringLiteral("<b><u>") + sentence +
                   QStringLiteral("</u></b>") +
                   s.sentence.mid(at + s.indicator.snippet.size()).toHtmlEscaped();
    }
    m_snippet->setText(tr("From the report: %1").arg(sentence));

    // What the unit reported with its latest figure, so the room hears it in its words.
    QStringList reported;
    if (s.actual) {
        const std::pair<QString, QString> texts[] = {
            {tr("Progress"), s.actual->progress},
            {tr("Problems"), s.actual->problems},
            {tr("Next steps"), s.actual->nextSteps},
        };
        for (const auto &[label, text] : texts) {
            if (!text.isEmpty())
                reported << QStringLiteral("<b>%1</b>%2%3")
                                .arg(label.toHtmlEscaped(), tr(": "), text.toHtmlEscaped());
        }
    }
    m_roundTexts->setText(reported.join(QStringLiteral("<br>")));
    m_roundTexts->setVisible(!reported.isEmpty());

    m_decision->setPlaceholderText(tr("What the meeting decided or instructed"));
    m_unit->setPlaceholderText(s.indicator.leadUnit);
    fillDecision(item);
    m_error->hide();
    m_pages->setCurrentWidget(m_itemPage);
}

QString MeetingModeWindow::earlierDecisionText(const MeetingItem &item) const
{
    // The latest decision an earlier meeting took on it, so the room sees what was asked.
    if (!m_store)
        return {};
    const Meeting &meeting = m_deck.meeting();
    const QLocale locale;
    for (const EarlierDecision &d : m_store->decisionsFor(item, 5)) {
        if (d.meetingId == meeting.id || d.meetingDate > meeting.date)
            continue;
        QString line = d.decision.decision;
        if (!d.decision.responsibleUnit.isEmpty())
            line += QStringLiteral(" — ") + d.decision.responsibleUnit;
        if (d.decision.deadline.isValid())
            line += QStringLiteral(" — ") +
                    tr("by %1").arg(locale.toString(d.decision.deadline, QLocale::ShortFormat));
        return tr("Earlier meeting (%1, %2): %3")
            .arg(d.meetingTitle, locale.toString(d.meetingDate, QLocale::ShortFormat), line);
    }
    return {};
}

void MeetingModeWindow::showTask(const MeetingItem &item)
{
    const MeetingTaskSnapshot &task = *item.task;
    const int year = m_deck.meeting().asOf.year();
    const QLocale locale;
    auto dateText = [&](const QDate &date) {
        return date.year() == year ? locale.toString(date, tr("M/d", "short date of a figure"))
                                   : locale.toString(date, QLocale::ShortFormat);
    };
    m_itemTitle->setText(tr("Task %1").arg(task.code));
    m_taskText->setText(task.text);

    // Status chip, deadline (red when overdue) and units, on one line when they fit.
    QStringList facts;
    facts << QStringLiteral("<span style=\"color:%1\">%2</span> <b>%3</b>")
                 .arg(TaskStatusStyle::color(task.status).name(),
                      TaskStatusStyle::symbol(task.status),
                      TaskStatusStyle::label(task.status).toHtmlEscaped());
    QString deadline = tr("Deadline %1").arg(dateText(task.deadline)).toHtmlEscaped();
    if (task.overdue)
        deadline = QStringLiteral("<b style=\"color:#c62828\">%1 · %2</b>")
                       .arg(deadline, TaskStatusStyle::overdueLabel().toHtmlEscaped());
    facts << deadline;
    facts << tr("Lead unit: %1")
                 .arg(task.leadUnit.isEmpty() ? QStringLiteral("—") : task.leadUnit)
                 .toHtmlEscaped();
    if (!task.coUnits.isEmpty())
        facts << tr("Co-units: %1").arg(task.coUnits).toHtmlEscaped();
    m_taskFacts->setText(facts.join(QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;")));

    QStringList indicators;
    for (const MeetingTaskSnapshot::IndicatorState &state : task.indicators) {
        QString line =
            QStringLiteral("<span style=\"color:%1\">%2</span> %3 %4")
                .arg(StatusStyle::color(state.status).name(), StatusStyle::symbol(state.status),
                     state.code.toHtmlEscaped(), state.name.toHtmlEscaped());
        if (state.progress)
            line += QStringLiteral(" ") + percentText(state.progress);
        indicators << line;
    }
    m_taskIndicators->setText(
        indicators.isEmpty()
            ? QString()
            : tr("Indicators: %1").arg(indicators.join(QStringLiteral("&nbsp;&nbsp;· "))));
    m_taskIndicators->setVisible(!indicators.isEmpty());

    // The rounds' 进展情况, the latest first: what the unit said, in its words.
    QStringList rounds;
    for (auto entry = task.progress.rbegin(); entry != task.progress.rend(); ++entry) {
        rounds << QStringLiteral("<b>%1 · %2</b>%3%4")
                      .arg(dateText(entry->date).toHtmlEscaped(),
                           TaskStatusStyle::label(entry->status).toHtmlEscaped(), tr(": "),
                           entry->text.toHtmlEscaped());
        if (rounds.size() == 4)
            break;
    }
    m_taskProgress->setText(
        rounds.isEmpty()
            ? QStringLiteral("<span style=\"color:#555\">%1</span>")
                  .arg(tr("No progress reported yet.").toHtmlEscaped())
            : QStringLiteral("<b>%1</b><br>%2")
                  .arg(tr("Progress").toHtmlEscaped(), rounds.join(QStringLiteral("<br>"))));
    m_decision->setPlaceholderText(tr("What the meeting decided or instructed"));
    m_unit->setPlaceholderText(task.leadUnit);
}

void MeetingModeWindow::fillDecision(const MeetingItem &item)
{
    m_updating = true;
    m_reviewed->setChecked(item.decision.reviewed);
    m_decision->setText(item.decision.decision);
    m_unit->setText(item.decision.responsibleUnit);
    m_deadline->setDate(item.decision.deadline.isValid() ? item.decision.deadline : NoDeadline);
    m_shownItemId = item.id;
    m_updating = false;
}

void MeetingModeWindow::commitFields()
{
    const MeetingItem *item = currentItem();
    if (m_updating || !item || !m_store || item->id != m_shownItemId)
        return;
    MeetingDecision after;
    after.reviewed = m_reviewed->isChecked();
    after.decision = m_decision->text().trimmed();
    after.responsibleUnit = m_unit->text().trimmed();
    after.deadline = m_deadline->date() == NoDeadline ? QDate() : m_deadline->date();
    const MeetingDecision before = item->decision;
    // A decision taken means the item was discussed.
    if (!after.decision.isEmpty() && before.decision.isEmpty() && !before.reviewed)
        after.reviewed = true;
    if (after == before)
        return;
    const qint64 itemId = item->id;
    auto error = std::make_shared<QString>();
    if (m_undoStack) {
        m_undoStack->push(new SetMeetingDecisionCommand(m_store, itemId, before, after, error));
    } else {
        m_store->setDecision(itemId, after, error.get());
    }
    if (!error->isEmpty()) {
        m_error->setText(*error);
        m_error->show();
        if (const MeetingItem *current = currentItem())
            fillDecision(*current);
    }
}

void MeetingModeWindow::onItemChanged(qint64 meetingId, qint64 itemId)
{
    if (meetingId != m_meetingId || !m_store)
        return;
    const std::optional<MeetingItem> item = m_store->item(itemId);
    if (!item)
        return;
    m_deck.updateItem(*item);
    const MeetingItem *current = currentItem();
    if (current && current->id == itemId)
        fillDecision(*current);
}

void MeetingModeWindow::markReviewed(bool reviewed)
{
    if (!currentItem()) {
        showStatus(tr("This is a part's summary: R marks an indicator's slide as reviewed."));
        return;
    }
    // R only ever marks and Shift+R only ever unmarks, so pressing R after a decision was
    // typed (which marks the item) never takes the mark away unseen.
    if (m_reviewed->isChecked() == reviewed) {
        showStatus(reviewed ? tr("Already marked as reviewed. Shift+R removes the mark.")
                            : tr("Not marked as reviewed. R marks it."));
        return;
    }
    m_reviewed->setChecked(reviewed);
    commitFields();
    const MeetingItem *item = currentItem();
    if (item && item->decision.reviewed == reviewed)
        showStatus(reviewed ? tr("Marked as reviewed.") : tr("The reviewed mark is removed."));
}

void MeetingModeWindow::focusSlide()
{
    setFocus(Qt::OtherFocusReason);
}

bool MeetingModeWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress &&
        (watched == m_decision || watched == m_unit || watched == m_deadline)) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_PageDown:
            focusSlide();
            next();
            return true;
        case Qt::Key_PageUp:
            focusSlide();
            previous();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Escape:
            commitFields();
            focusSlide();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MeetingModeWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_9) {
        jumpToPart(PlanPart::Area, key - Qt::Key_0);
        return;
    }
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
        next();
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        return;
    case Qt::Key_Home:
        goTo(0);
        return;
    case Qt::Key_End:
        goTo(m_deck.count() - 1);
        return;
    case Qt::Key_M:
        jumpToPart(PlanPart::Main);
        return;
    case Qt::Key_L:
        jumpToPart(PlanPart::Livelihood);
        return;
    case Qt::Key_G:
        jumpToPart(PlanPart::Government);
        return;
    case Qt::Key_B:
        setBehindOnly(!m_deck.behindOnly());
        return;
    case Qt::Key_R:
        markReviewed(!(event->modifiers() & Qt::ShiftModifier));
        return;
    case Qt::Key_D:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (currentItem())
            m_decision->setFocus(Qt::ShortcutFocusReason);
        else
            showStatus(tr("This is a part's summary: decisions are typed on an indicator's "
                          "slide."));
        return;
    case Qt::Key_Escape:
    case Qt::Key_F11:
        close();
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void MeetingModeWindow::closeEvent(QCloseEvent *event)
{
    commitFields();
    saveResumePosition();
    emit closed();
    QWidget::closeEvent(event);
}

void MeetingModeWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_keys)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace pd
