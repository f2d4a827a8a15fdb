#include "main/OverviewPane.h"

#include "plan/ProgressText.h"

#include "charts/OverviewChartView.h"
#include "models/PlanRoles.h"
#include "models/PlanTreeModel.h"
#include "plan/ProgressRules.h"
#include "plan/ReportingRound.h"
#include "plan/StatusStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

namespace pd {
namespace {

/// Bars per indicator when a group holds no more than this many; otherwise per sub-group.
constexpr int MaxIndicatorBars = 40;

} // namespace

OverviewPane::OverviewPane(PlanTreeModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("overviewPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("overviewTitle"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_asOf = new QLabel(this);
    m_asOf->setStyleSheet(QStringLiteral("color: #555;"));
    m_asOf->setWordWrap(true); // a narrow pane wraps it rather than cutting "302 indicator(s)"
    layout->addWidget(m_asOf);

    auto *counts = new QHBoxLayout;
    for (Status status : StatusStyle::all) {
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("count_") + statusKey(status));
        label->setAlignment(Qt::AlignCenter);
        label->setTextFormat(Qt::RichText);
        label->setStyleSheet(
            QStringLiteral("QLabel { background: %1; border: 1px solid %2; "
                           "border-radius: 6px; padding: 6px 10px; }")
                .arg(StatusStyle::lightColor(status).name(), StatusStyle::color(status).name()));
        counts->addWidget(label);
        m_counts << label;
    }
    m_completion = new QLabel(this);
    m_completion->setObjectName(QStringLiteral("overviewCompletion"));
    m_completion->setTextFormat(Qt::RichText);
    // On a line of its own: beside five chips it was cut off in English on a 1366 screen.
    m_completion->setWordWrap(true);
    counts->addStretch(1);
    layout->addLayout(counts);
    layout->addWidget(m_completion);
    m_reporting = new QLabel(this);
    m_reporting->setObjectName(QStringLiteral("overviewReporting"));
    m_reporting->setTextFormat(Qt::RichText);
    m_reporting->setWordWrap(true);
    m_reporting->hide(); // until the count comes
    connect(m_reporting, &QLabel::linkActivated, this, &OverviewPane::unreportedRequested);
    layout->addWidget(m_reporting);

    m_chart = new OverviewChartView(this);
    m_chart->setObjectName(QStringLiteral("overviewChart"));
    layout->addWidget(m_chart, 1);

    // An as-of change touches every row; redraw once after the burst, not once per row.
    // A hidden pane does no work: it only notes that it is stale, and catches up when shown.
    const auto stale = [this] {
        if (m_refreshPending)
            return;
        m_refreshPending = true;
        if (isVisible())
            QTimer::singleShot(0, this, &OverviewPane::refresh);
    };
    connect(m_model, &QAbstractItemModel::dataChanged, this, stale);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, stale); // the as-of date moved
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_index = QPersistentModelIndex();
        m_refreshPending = true;
        if (isVisible())
            refresh();
    });
}

void OverviewPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_refreshPending)
        refresh();
}

void OverviewPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void OverviewPane::setReporting(const ReportingRound &round, int lateUnits, int unitCount,
                                int pendingUnits)
{
    if (lateUnits < 0 || !round.isValid() || unitCount == 0) {
        m_reporting->hide();
        return;
    }
    const QLocale locale;
    const QString due = locale.toString(round.due(), QLocale::ShortFormat);
    QString text;
    if (lateUnits > 0)
        text = tr("Round %1: <b>%2 of %n unit(s) late</b> (due %3)", "", unitCount)
                   .arg(round.key())
                   .arg(lateUnits)
                   .arg(due);
    else if (pendingUnits > 0)
        text = tr("Round %1: %2 of %n unit(s) still to report by %3", "", unitCount)
                   .arg(round.key())
                   .arg(pendingUnits)
                   .arg(due);
    else
        text = tr("Round %1: every unit has reported").arg(round.key());
    m_reporting->setText(text + QStringLiteral(" · <a href=\"unreported\">%1</a>")
                                    .arg(tr("Who has not reported…").toHtmlEscaped()));
    m_reporting->setStyleSheet(lateUnits > 0 ? QStringLiteral("color: #b71c1c;") : QString());
    m_reporting->show();
}

void OverviewPane::showGroup(const QModelIndex &index)
{
    m_index = index.siblingAtColumn(0);
    refresh();
}

void OverviewPane::refresh()
{
    m_refreshPending = false;
    const QModelIndex index = m_index;
    const QLocale locale;
    // Everything shown comes from the model: its roll-up, its roles, its 序时进度.
    const double expected = m_model->expected();
    const StatusCounts counts = m_model->rollup(index);

    const QString title = index.isValid() ? index.data().toString() : m_model->planInfo().title;
    m_title->setText(title);
    m_asOf->setText(
        tr("As of %1 · expected by now (序时进度) %2% · %n indicator(s)", "", counts.indicators)
            .arg(locale.toString(m_model->asOf(), QLocale::LongFormat))
            .arg(qRound(expected * 100)));
    int chip = 0;
    for (const auto &[status, count] : counts.entries()) {
        m_counts[chip++]->setText(
            QStringLiteral("<span style=\"font-size:18pt;font-weight:bold;color:%1\">%2 "
                           "%3</span><br>%4")
                .arg(StatusStyle::color(status).name(), StatusStyle::symbol(status))
                .arg(count)
                .arg(StatusStyle::label(status)));
    }
    // 填报率 beside the mean, and the mean said to be over the reported share targets only.
    m_completion->setText(
        QStringLiteral("<span style=\"font-size:14pt;font-weight:bold\">%1</span> %2 · %3")
            .arg(counts.completion() ? ProgressText::percent(*counts.completion())
                                     : QStringLiteral("—"),
                 tr("mean completion of reported"),
                 tr("reported %1/%2").arg(counts.reported()).arg(counts.indicators)));
    m_completion->setToolTip(ProgressText::meanCompletion(counts) + QLatin1Char('\n') +
                             ProgressText::reported(counts));
    // A part with nothing quantified (政府自身建设) says so instead of showing empty charts.
    if (index.isValid() && counts.indicators == 0)
        m_completion->setText(tr("This part sets no quantified targets: its commitments are "
                                 "qualitative, so there are no figures to track here."));

    // Bars: every indicator for a small group; its sub-groups for the plan or a large part.
    std::vector<OverviewChartView::Bar> bars;
    const bool perIndicator = index.isValid() && counts.indicators <= MaxIndicatorBars;
    if (perIndicator) {
        for (qint64 id : m_model->indicatorsUnder(index)) {
            if (!m_model->evaluation(id).hasExpected())
                continue; // a bound target has no completion share; the tree shows its gap
            const QModelIndex row = m_model->indexForIndicator(id);
            // Unclamped progress: the chart shows a bar beyond 100 % up to its cap.
            bars.push_back({row.data().toString(), row.data(ProgressRole).toDouble(),
                            Status(row.data(StatusRole).toInt()),
                            row.data(Qt::ToolTipRole).toString()});
        }
    } else {
        for (int r = 0; r < m_model->rowCount(index); ++r) {
            const QModelIndex child = m_model->index(r, 0, index);
            if (child.data(ItemTypeRole).toInt() != int(PlanItemType::Node))
                continue;
            if (child.data(IndicatorCountRole).toInt() == 0)
                continue;
            const QModelIndex completion = child.siblingAtColumn(PlanTreeModel::ProgressColumn);
            OverviewChartView::Bar bar{child.data().toString(), child.data(BarRole).toDouble(),
                                       Status(child.data(BarStatusRole).toInt()),
                                       child.data().toString() + QLatin1Char('\n') +
                                           completion.data(Qt::ToolTipRole).toString(),
                                       QString()};
            // Figures in, but all of bound targets: no mean to draw, yet not "no data".
            const int reported = child.data(ReportedRole).toInt();
            if (!child.data(BarRole).isValid() && reported > 0)
                bar.note = tr("reported %1/%2, no completion share")
                               .arg(reported)
                               .arg(child.data(IndicatorCountRole).toInt());
            bars.push_back(bar);
        }
    }
    m_chart->setBars(perIndicator ? tr("Completion by indicator")
                                  : tr("Completion by part and area"),
                     bars, expected);
}

} // namespace pd
