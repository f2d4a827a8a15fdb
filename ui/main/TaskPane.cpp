#include "main/TaskPane.h"

#include "commands/TaskCommands.h"
#include "document/PlanDocument.h"
#include "main/DateField.h"
#include "models/PlanTreeModel.h"
#include "plan/PlanText.h"
#include "plan/ProgressText.h"
#include "plan/StatusCounts.h"
#include "plan/StatusStyle.h"
#include "store/PlanStore.h"
#include "store/TaskStore.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace pd {
namespace {

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    label->setFont(f);
    return label;
}

QString chipStyle(const QColor &color, const QColor &fill)
{
    return QStringLiteral("QLabel { color: %1; background: %2; border: 1px solid %3; "
                          "border-radius: 8px; padding: 1px 8px; }")
        .arg(color.darker(130).name(), fill.name(), color.name());
}

} // namespace

TaskPane::TaskPane(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_store(document->store()), m_tasks(TaskStore::of(document->store())),
      m_model(document->treeModel()), m_undoStack(document->undoStack())
{
    setObjectName(QStringLiteral("taskPane"));
    buildUi();
    retranslateUi();
    connect(m_tasks, &TaskStore::taskChanged, this, [this](qint64 id) {
        if (id == m_taskId)
            refresh();
    });
    connect(m_tasks, &TaskStore::progressChanged, this, [this](qint64 id) {
        if (id == m_taskId)
            refresh();
    });
    // The roll-up and the list follow the indicators' figures.
    auto indicatorMoved = [this](qint64 id) {
        if (std::find(m_task.indicatorIds.begin(), m_task.indicatorIds.end(), id) !=
            m_task.indicatorIds.end())
            fillIndicators();
    };
    connect(m_store, &PlanStore::measurementsChanged, this, indicatorMoved);
    connect(m_store, &PlanStore::indicatorChanged, this, indicatorMoved);
}

void TaskPane::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("taskTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);

    m_path = new QLabel(this);
    m_path->setObjectName(QStringLiteral("taskPath"));
    m_path->setWordWrap(true);
    m_path->setStyleSheet(QStringLiteral("color: #666;"));
    layout->addWidget(m_path);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("taskError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    m_sourceHeading = heading(this);
    layout->addWidget(m_sourceHeading);
    m_sentence = new QLabel(this);
    m_sentence->setObjectName(QStringLiteral("taskSentence"));
    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sentence->setStyleSheet(QStringLiteral(
        "QLabel { background: #f7f7f2; border-left: 3px solid #c9a227; padding: 6px; }"));
    layout->addWidget(m_sentence);

    m_detailsHeading = heading(this);
    layout->addWidget(m_detailsHeading);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [&](QWidget *field) {
        auto *label = new QLabel(this);
        m_formLabels << label;
        form->addRow(label, field);
    };
    auto *statusRow = new QWidget(this);
    auto *statusLayout = new QHBoxLayout(statusRow);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    m_status = new QComboBox(statusRow);
    m_status->setObjectName(QStringLiteral("taskStatus"));
    for (TaskStatus status : TaskStatusStyle::all)
        m_status->addItem(QString(), int(status));
    m_overdue = new QLabel(statusRow);
    m_overdue->setObjectName(QStringLiteral("taskOverdue"));
    m_overdue->setStyleSheet(chipStyle(TaskStatusStyle::overdueColor(), QColor(0xfd, 0xe8, 0xe8)));
    statusLayout->addWidget(m_status);
    statusLayout->addWidget(m_overdue);
    statusLayout->addStretch(1);
    addRow(statusRow);

    auto *deadlineRow = new QWidget(this);
    auto *deadlineLayout = new QVBoxLayout(deadlineRow);
    deadlineLayout->setContentsMargins(0, 0, 0, 0);
    m_deadline = new DateField(deadlineRow);
    m_deadline->setObjectName(QStringLiteral("taskDeadline"));
    m_deadlineNote = new QLabel(deadlineRow);
    m_deadlineNote->setObjectName(QStringLiteral("taskDeadlineNote"));
    m_deadlineNote->setStyleSheet(QStringLiteral("color: #666;"));
    m_deadlineNote->setWordWrap(true);
    deadlineLayout->setSpacing(2);
    deadlineLayout->addWidget(m_deadline, 0, Qt::AlignLeft);
    deadlineLayout->addWidget(m_deadlineNote);
    addRow(deadlineRow);

    m_leadUnit = new QLineEdit(this);
    m_leadUnit->setObjectName(QStringLiteral("taskLeadUnit"));
    addRow(m_leadUnit);
    m_coUnits = new QLineEdit(this);
    m_coUnits->setObjectName(QStringLiteral("taskCoUnits"));
    addRow(m_coUnits);
    m_rollup = new QLabel(this);
    m_rollup->setObjectName(QStringLiteral("taskRollup"));
    m_rollup->setWordWrap(true);
    addRow(m_rollup);
    layout->addLayout(form);

    connect(m_status, &QComboBox::activated, this,
            [this] { commitField(TaskField::Status, m_status->currentData()); });
    connect(m_deadline, &QLineEdit::editingFinished, this, [this] {
        if (m_deadline->date().isValid())
            commitField(TaskField::Deadline, m_deadline->date());
        else if (!m_updating)
            showError(tr("\"%1\" is not a date (yyyy-MM-dd).").arg(m_deadline->text()));
    });
    connect(m_leadUnit, &QLineEdit::editingFinished, this,
            [this] { commitField(TaskField::LeadUnit, m_leadUnit->text()); });
    connect(m_coUnits, &QLineEdit::editingFinished, this,
            [this] { commitField(TaskField::CoUnits, m_coUnits->text()); });

    m_progressHeading = heading(this);
    layout->addWidget(m_progressHeading);
    // The round's words first, then its date: type, Ctrl+Enter.
    m_progressText = new QPlainTextEdit(this);
    m_progressText->setObjectName(QStringLiteral("taskProgressText"));
    m_progressText->setTabChangesFocus(true);
    m_progressText->setMaximumHeight(70);
    m_progressText->installEventFilter(this);
    layout->addWidget(m_progressText);
    auto *entry = new QHBoxLayout;
    m_progressDate = new DateField(this);
    m_progressDate->setObjectName(QStringLiteral("taskProgressDate"));
    m_addProgress = new QPushButton(this);
    m_addProgress->setObjectName(QStringLiteral("addTaskProgressButton"));
    entry->addWidget(m_progressDate);
    entry->addStretch(1);
    entry->addWidget(m_addProgress);
    layout->addLayout(entry);
    connect(m_addProgress, &QPushButton::clicked, this, &TaskPane::addProgress);
    connect(m_progressDate, &QLineEdit::returnPressed, this, &TaskPane::addProgress);

    m_history = new QTableWidget(0, 3, this);
    m_history->setObjectName(QStringLiteral("taskProgressTable"));
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setWordWrap(true);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_history->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_history->setMinimumHeight(110);
    // Rows as high as their words at the width the column has now.
    connect(m_history->horizontalHeader(), &QHeaderView::sectionResized, m_history,
            [this] { m_history->resizeRowsToContents(); });
    layout->addWidget(m_history, 1);
    connect(m_history, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { editProgressRow(row); });
    auto *historyButtons = new QHBoxLayout;
    m_deleteProgress = new QPushButton(this);
    m_deleteProgress->setObjectName(QStringLiteral("deleteTaskProgressButton"));
    historyButtons->addStretch(1);
    historyButtons->addWidget(m_deleteProgress);
    layout->addLayout(historyButtons);
    connect(m_deleteProgress, &QPushButton::clicked, this, &TaskPane::deleteSelectedProgress);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_history);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &TaskPane::deleteSelectedProgress);

    m_indicatorsHeading = heading(this);
    layout->addWidget(m_indicatorsHeading);
    m_indicators = new QListWidget(this);
    m_indicators->setObjectName(QStringLiteral("taskIndicators"));
    m_indicators->setMaximumHeight(120);
    layout->addWidget(m_indicators);
    auto activate = [this](QListWidgetItem *item) {
        if (item && item->data(Qt::UserRole).toLongLong() > 0)
            emit indicatorActivated(item->data(Qt::UserRole).toLongLong());
    };
    connect(m_indicators, &QListWidget::itemClicked, this, activate);
    connect(m_indicators, &QListWidget::itemActivated, this, activate);
}

void TaskPane::retranslateUi()
{
    m_sourceHeading->setText(tr("From the report"));
    m_detailsHeading->setText(tr("Task details"));
    m_progressHeading->setText(tr("Progress (进展情况) by round"));
    m_indicatorsHeading->setText(tr("Its indicators"));
    const QStringList labels{tr("Status"), tr("Deadline"), tr("Lead unit"),
                             tr("Co-operating units"), tr("Indicators")};
    for (int i = 0; i < m_formLabels.size() && i < labels.size(); ++i)
        m_formLabels[i]->setText(labels[i]);
    for (int i = 0; i < m_status->count(); ++i) {
        const TaskStatus status = TaskStatus(m_status->itemData(i).toInt());
        m_status->setItemText(i, TaskStatusStyle::symbol(status) + QLatin1Char(' ') +
                                     TaskStatusStyle::label(status));
    }
    m_overdue->setText(TaskStatusStyle::overdueLabel());
    m_leadUnit->setPlaceholderText(tr("e.g. 市发展改革委"));
    m_coUnits->setPlaceholderText(tr("separated by 、"));
    m_progressText->setPlaceholderText(
        tr("What was done this round (one entry a month; Ctrl+Enter adds it)"));
    m_addProgress->setText(tr("&Add Progress"));
    m_addProgress->setToolTip(
        tr("Add the progress for this date's month, or change the entry that month has"));
    m_deleteProgress->setText(tr("Delete selected"));
    m_deleteProgress->setToolTip(tr("Delete the selected progress entries (Del)"));
    m_history->setHorizontalHeaderLabels({tr("Date"), tr("Status"), tr("Progress (进展情况)")});
    refresh();
}

void TaskPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool TaskPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_progressText && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            addProgress();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TaskPane::showTask(qint64 taskId)
{
    const bool other = taskId != m_taskId;
    m_taskId = taskId;
    if (other) {
        m_progressText->clear();
        m_error->hide();
    }
    refresh();
}

void TaskPane::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void TaskPane::refresh()
{
    if (!m_title)
        return;
    QString error;
    const std::optional<TaskRecord> task =
        m_taskId > 0 ? m_tasks->task(m_taskId, &error) : std::nullopt;
    m_task = task.value_or(TaskRecord());
    const bool shown = task.has_value();
    m_updating = true;
    m_title->setText(shown ? m_task.code : QString());
    QStringList path;
    for (const PlanNode *node : m_model->nodePath(m_task.nodeId))
        path << PlanText::nodeLabel(*node);
    m_path->setText(path.join(QStringLiteral(" › ")));
    m_sentence->setText(m_task.text);
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(m_task.status))));
    m_overdue->setVisible(shown && m_task.isOverdue(m_model->asOf()));
    m_overdue->setToolTip(shown ? tr("Past its deadline (%1) at %2 and not done")
                                      .arg(QLocale().toString(m_task.deadline, QLocale::LongFormat),
                                           QLocale().toString(m_model->asOf(), QLocale::LongFormat))
                                : QString());
    m_deadline->setDate(m_task.deadline);
    m_deadlineNote->setText(!shown                  ? QString()
                            : m_task.deadlineStated ? tr("as the report states it")
                                                    : tr("the year's end: the report states none"));
    m_leadUnit->setText(m_task.leadUnit);
    m_coUnits->setText(m_task.coUnits);
    const int year = m_model->planYear();
    if (year > 0) {
        m_progressDate->setDateRange(QDate(year, 1, 1), QDate(year, 12, 31));
        m_deadline->setDateRange(QDate(year, 1, 1), QDate(year + 5, 12, 31));
    }
    if (!m_progressDate->date().isValid() || m_progressText->toPlainText().isEmpty())
        m_progressDate->setDate(
            year > 0 ? std::clamp(m_model->asOf(), QDate(year, 1, 1), QDate(year, 12, 31))
                     : m_model->asOf());
    for (QWidget *w : std::initializer_list<QWidget *>{m_status, m_deadline, m_leadUnit, m_coUnits,
                                                       m_progressDate, m_progressText,
                                                       m_addProgress, m_deleteProgress})
        w->setEnabled(shown);
    m_updating = false;
    fillHistory();
    fillIndicators();
    if (!error.isEmpty())
        showError(error);
}

void TaskPane::fillHistory()
{
    m_progress = m_taskId > 0 ? m_tasks->progress(m_taskId) : std::vector<TaskProgress>();
    m_history->setRowCount(0);
    m_history->setRowCount(int(m_progress.size()));
    // The latest round first: what a reader asks for.
    for (int r = 0; r < int(m_progress.size()); ++r) {
        const TaskProgress &entry = m_progress[m_progress.size() - 1 - std::size_t(r)];
        // Who wrote it and when, in every cell's tooltip.
        const QString who =
            tr("Entered by %1 on %2")
                .arg(entry.enteredBy, QLocale().toString(entry.enteredAt, QLocale::ShortFormat));
        auto cell = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setData(Qt::UserRole, entry.id);
            item->setToolTip(text + QLatin1Char('\n') + who);
            m_history->setItem(r, column, item);
            return item;
        };
        cell(0, entry.date.toString(Qt::ISODate));
        QTableWidgetItem *status =
            cell(1, TaskStatusStyle::symbol(entry.status) + QLatin1Char(' ') +
                        TaskStatusStyle::label(entry.status));
        status->setForeground(TaskStatusStyle::color(entry.status));
        cell(2, entry.text)->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    m_history->resizeRowsToContents();
}

void TaskPane::fillIndicators()
{
    m_indicators->clear();
    StatusCounts counts;
    for (qint64 id : m_task.indicatorIds) {
        const QModelIndex index = m_model->indexForIndicator(id);
        const ProgressRules::Evaluation evaluation = m_model->evaluation(id);
        counts.add(evaluation);
        auto *item =
            new QListWidgetItem(index.data().toString() + QStringLiteral("  ·  ") +
                                    StatusStyle::symbol(evaluation.status) + QLatin1Char(' ') +
                                    StatusStyle::label(evaluation.status),
                                m_indicators);
        item->setData(Qt::UserRole, id);
        // The status's colour where it says something; an unreported one reads as plain text.
        if (evaluation.status != Status::NoData)
            item->setForeground(StatusStyle::color(evaluation.status).darker(120));
        item->setToolTip(index.data(Qt::ToolTipRole).toString());
    }
    m_indicators->setVisible(!m_task.indicatorIds.empty());
    m_indicatorsHeading->setVisible(!m_task.indicatorIds.empty());
    if (m_task.indicatorIds.empty()) {
        m_rollup->setText(tr("none: the task sets no quantified target"));
        return;
    }
    QStringList parts;
    for (const auto &[status, count] : counts.entries()) {
        if (count)
            parts << StatusStyle::symbol(status) + QLatin1Char(' ') + StatusStyle::label(status) +
                         QLatin1Char(' ') + QString::number(count);
    }
    const std::optional<double> mean = counts.completion();
    m_rollup->setText(tr("%1 — %2").arg(
        mean ? tr("%1 done on average, %2 of %3 reported")
                   .arg(ProgressText::percent(*mean))
                   .arg(counts.reported())
                   .arg(counts.indicators)
             : tr("%1 of %2 reported").arg(counts.reported()).arg(counts.indicators),
        parts.join(QStringLiteral("，"))));
}

void TaskPane::commitField(TaskField field, const QVariant &value)
{
    if (m_updating || m_taskId <= 0)
        return;
    const QVariant before = TaskStore::taskFieldValue(m_task, field);
    const bool same =
        field == TaskField::Deadline
            ? before.toDate() == value.toDate()
            : (field == TaskField::Status ? before.toInt() == value.toInt()
                                          : before.toString() == value.toString().trimmed());
    if (same)
        return;
    auto error = std::make_shared<QString>();
    m_undoStack->push(new SetTaskFieldCommand(m_tasks, m_taskId, field, before, value, error));
    showError(*error);
    if (!error->isEmpty())
        refresh();
}

void TaskPane::addProgress()
{
    if (m_taskId <= 0)
        return;
    const QDate date = m_progressDate->date();
    if (!date.isValid() || !m_progressDate->isAcceptable()) {
        showError(tr("\"%1\" is not a date in the plan's year (yyyy-MM-dd).")
                      .arg(m_progressDate->text()));
        m_progressDate->setFocus();
        return;
    }
    const QString text = m_progressText->toPlainText().trimmed();
    if (text.isEmpty()) {
        showError(tr("Write the progress (进展情况) first."));
        m_progressText->setFocus();
        return;
    }
    TaskProgress entry;
    entry.taskId = m_taskId;
    entry.date = date;
    entry.status = m_task.status;
    entry.text = text;
    // One entry a round: the month's entry, if there is one, takes the new words.
    const auto sameMonth = std::find_if(m_progress.begin(), m_progress.end(), [&](const auto &p) {
        return p.date.year() == date.year() && p.date.month() == date.month();
    });
    auto error = std::make_shared<QString>();
    if (sameMonth != m_progress.end()) {
        entry.id = sameMonth->id;
        m_undoStack->push(new EditTaskProgressCommand(m_tasks, *sameMonth, entry, error));
    } else {
        m_undoStack->push(new AddTaskProgressCommand(m_tasks, entry, error));
    }
    showError(*error);
    if (error->isEmpty())
        m_progressText->clear();
}

void TaskPane::editProgressRow(int row)
{
    const qint64 id =
        m_history->item(row, 0) ? m_history->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
    for (const TaskProgress &entry : m_progress) {
        if (entry.id != id)
            continue;
        m_progressDate->setDate(entry.date);
        m_progressText->setPlainText(entry.text);
        m_progressText->setFocus();
        return;
    }
}

void TaskPane::deleteSelectedProgress()
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_history->selectionModel()->selectedRows())
        ids << index.data(Qt::UserRole).toLongLong();
    if (ids.isEmpty())
        return;
    auto error = std::make_shared<QString>();
    m_undoStack->beginMacro(tr("Delete task progress"));
    for (const TaskProgress &entry : std::vector<TaskProgress>(m_progress)) {
        if (ids.contains(entry.id))
            m_undoStack->push(new RemoveTaskProgressCommand(m_tasks, entry, error));
    }
    m_undoStack->endMacro();
    showError(*error);
}

} // namespace pd
