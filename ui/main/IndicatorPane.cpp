#include "main/IndicatorPane.h"

#include <QMessageBox>

#include "plan/ProgressText.h"

#include "plan/PlanCurve.h"

#include "plan/InputParsing.h"
#include "models/MeasurementTableModel.h"
#include "meeting/MeetingStore.h"
#include "document/PlanDocument.h"
#include "store/PlanStore.h"
#include "models/PlanTreeModel.h"
#include "plan/PlanText.h"
#include "commands/SetIndicatorFieldCommand.h"
#include "plan/StatusStyle.h"
#include "charts/TargetChartView.h"
#include "charts/TrendChartView.h"
#include "main/DateField.h"
#include "main/UnitCompleter.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pd {
namespace {

/// Commits the notes box when it loses focus, as line edits do on editingFinished.
class NotesEdit : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;
    std::function<void()> onFocusOut;

protected:
    void focusOutEvent(QFocusEvent *event) override
    {
        QPlainTextEdit::focusOutEvent(event);
        if (onFocusOut)
            onFocusOut();
    }
};

/// Edits a measurement's date as typed text: the model parses it and refuses what is not a
/// date in the plan's year, instead of a date editor quietly turning it into another day.
class DateDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() != MeasurementTableModel::DateColumn)
            return QStyledItemDelegate::createEditor(parent, option, index);
        return new DateField(parent);
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *field = qobject_cast<DateField *>(editor))
            field->setDate(index.data(Qt::EditRole).toDate());
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        if (auto *field = qobject_cast<DateField *>(editor))
            model->setData(index, field->text());
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }
};

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    label->setFont(f);
    return label;
}

} // namespace

IndicatorPane::IndicatorPane(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_store(document->store()), m_model(document->treeModel()),
      m_undoStack(document->undoStack()),
      m_measurements(new MeasurementTableModel(m_store, m_undoStack, this))
{
    PlanStore *store = m_store;
    setObjectName(QStringLiteral("indicatorPane"));
    buildUi();
    retranslateUi();
    connect(m_measurements, &MeasurementTableModel::inputRefused, this,
            &IndicatorPane::showInputError);
    m_measurements->setConfirm(
        [this](const EntryCheck::Problem &problem) { return confirmEntry(problem); });
    connect(store, &PlanStore::measurementsChanged, this, [this](qint64 id) {
        if (id == m_indicatorId)
            refresh();
    });
    connect(store, &PlanStore::indicatorChanged, this, [this](qint64 id) {
        if (id == m_indicatorId)
            refresh();
    });
    setMeetingStore(document->meetings());
}

void IndicatorPane::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("indicatorTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);

    // The entry row sits right under the title, so it stays in one place whatever the length
    // of the report's sentence: select an indicator, type the figure, press Enter.
    auto *entry = new QHBoxLayout;
    m_newDate = new DateField(this);
    m_newDate->setObjectName(QStringLiteral("newMeasurementDate"));
    m_newValue = new QLineEdit(this);
    m_newValue->setObjectName(QStringLiteral("newMeasurementValue"));
    m_newUnit = new QLabel(this);
    m_newUnit->setObjectName(QStringLiteral("newMeasurementUnit"));
    m_newNote = new QLineEdit(this);
    m_newNote->setObjectName(QStringLiteral("newMeasurementNote"));
    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addMeasurementButton"));
    m_addButton->setDefault(true);
    entry->addWidget(m_newDate);
    entry->addWidget(m_newValue, 1);
    entry->addWidget(m_newUnit);
    entry->addWidget(m_newNote, 2);
    entry->addWidget(m_addButton);
    layout->addLayout(entry);
    // The round's three texts, as a unit reports them beside its figure.
    auto *texts = new QHBoxLayout;
    m_newProgress = new QLineEdit(this);
    m_newProgress->setObjectName(QStringLiteral("newMeasurementProgress"));
    m_newProblems = new QLineEdit(this);
    m_newProblems->setObjectName(QStringLiteral("newMeasurementProblems"));
    m_newNextSteps = new QLineEdit(this);
    m_newNextSteps->setObjectName(QStringLiteral("newMeasurementNextSteps"));
    for (QLineEdit *text : {m_newProgress, m_newProblems, m_newNextSteps}) {
        texts->addWidget(text, 1);
        connect(text, &QLineEdit::returnPressed, this, &IndicatorPane::addMeasurement);
    }
    layout->addLayout(texts);
    connect(m_addButton, &QPushButton::clicked, this, &IndicatorPane::addMeasurement);
    connect(m_newValue, &QLineEdit::returnPressed, this, &IndicatorPane::addMeasurement);
    connect(m_newNote, &QLineEdit::returnPressed, this, &IndicatorPane::addMeasurement);
    // Enter on the date goes on to the figure until there is one to record.
    connect(m_newDate, &QLineEdit::returnPressed, this, [this] {
        if (m_newValue->text().trimmed().isEmpty())
            m_newValue->setFocus();
        else
            addMeasurement();
    });

    m_inputError = new QLabel(this);
    m_inputError->setObjectName(QStringLiteral("inputError"));
    m_inputError->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_inputError->setWordWrap(true);
    m_inputError->hide();
    layout->addWidget(m_inputError);

    m_path = new QLabel(this);
    m_path->setWordWrap(true);
    m_path->setStyleSheet(QStringLiteral("color: #666;"));
    layout->addWidget(m_path);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("indicatorSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);

    m_sourceHeading = heading(this);
    layout->addWidget(m_sourceHeading);
    m_snippet = new QLabel(this);
    m_snippet->setObjectName(QStringLiteral("indicatorSnippet"));
    m_snippet->setWordWrap(true);
    m_snippet->setTextFormat(Qt::RichText);
    m_snippet->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_snippet->setStyleSheet(QStringLiteral(
        "QLabel { background: #f7f7f2; border-left: 3px solid #c9a227; padding: 6px; }"));
    layout->addWidget(m_snippet);

    auto *charts = new QHBoxLayout;
    m_targetChart = new TargetChartView(this);
    m_targetChart->setObjectName(QStringLiteral("targetChart"));
    m_trendChart = new TrendChartView(this);
    m_trendChart->setObjectName(QStringLiteral("trendChart"));
    m_targetChart->setMinimumSize(200, 260);
    m_trendChart->setMinimumSize(240, 260);
    charts->addWidget(m_targetChart, 2);
    charts->addWidget(m_trendChart, 3);
    layout->addLayout(charts, 1);

    m_measurementsHeading = heading(this);
    layout->addWidget(m_measurementsHeading);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("measurementTable"));
    m_table->setModel(m_measurements);
    m_table->setItemDelegate(new DateDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(120);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    layout->addWidget(m_table, 1);
    auto *tableButtons = new QHBoxLayout;
    m_deleteButton = new QPushButton(this);
    m_deleteButton->setObjectName(QStringLiteral("deleteMeasurementButton"));
    tableButtons->addStretch(1);
    tableButtons->addWidget(m_deleteButton);
    layout->addLayout(tableButtons);
    connect(m_deleteButton, &QPushButton::clicked, this,
            &IndicatorPane::deleteSelectedMeasurements);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_table);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &IndicatorPane::deleteSelectedMeasurements);

    m_fieldsHeading = heading(this);
    layout->addWidget(m_fieldsHeading);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [&](QWidget *field, const char *objectName) {
        field->setObjectName(QLatin1String(objectName));
        auto *label = new QLabel(this);
        m_formLabels << label;
        form->addRow(label, field);
    };
    m_name = new QLineEdit(this);
    m_target = new QLineEdit(this);
    m_unit = new QLineEdit(this);
    m_comparator = new QComboBox(this);
    m_kind = new QComboBox(this);
    m_baseline = new QLineEdit(this);
    m_leadUnit = new QLineEdit(this);
    m_coUnits = new QLineEdit(this);
    m_leadUnitCompleter = new UnitCompleter(false, this);
    m_coUnitsCompleter = new UnitCompleter(true, this);
    m_leadUnit->setCompleter(m_leadUnitCompleter);
    m_coUnits->setCompleter(m_coUnitsCompleter);
    connect(m_store, &PlanStore::unitsChanged, this, &IndicatorPane::refreshUnitNames);
    refreshUnitNames();
    m_planCurve = new QLineEdit(this);
    auto *notes = new NotesEdit(this);
    m_notes = notes;
    m_notes->setMaximumHeight(70);
    addRow(m_name, "indicatorName");
    addRow(m_target, "indicatorTarget");
    addRow(m_unit, "indicatorUnit");
    addRow(m_comparator, "indicatorComparator");
    addRow(m_kind, "indicatorKind");
    addRow(m_baseline, "indicatorBaseline");
    addRow(m_planCurve, "indicatorPlanCurve");
    addRow(m_leadUnit, "indicatorLeadUnit");
    addRow(m_coUnits, "indicatorCoUnits");
    addRow(m_notes, "indicatorNotes");
    layout->addLayout(form);

    for (const Comparator c :
         {Comparator::AtLeast, Comparator::About, Comparator::AtMost, Comparator::Exactly})
        m_comparator->addItem(QString(), comparatorKey(c));
    for (const IndicatorKind k :
         {IndicatorKind::Count, IndicatorKind::Level, IndicatorKind::Growth, IndicatorKind::Cap})
        m_kind->addItem(QString(), indicatorKindKey(k));

    auto bindLine = [this](QLineEdit *edit, IndicatorField field) {
        connect(edit, &QLineEdit::editingFinished, this,
                [this, edit, field] { commitField(int(field), edit->text()); });
    };
    bindLine(m_name, IndicatorField::Name);
    bindLine(m_target, IndicatorField::Target);
    bindLine(m_unit, IndicatorField::Unit);
    bindLine(m_baseline, IndicatorField::Baseline);
    bindLine(m_planCurve, IndicatorField::PlanCurve);
    bindLine(m_leadUnit, IndicatorField::LeadUnit);
    bindLine(m_coUnits, IndicatorField::CoUnits);
    notes->onFocusOut = [this] { commitField(int(IndicatorField::Notes), m_notes->toPlainText()); };
    connect(m_comparator, &QComboBox::activated, this,
            [this] { commitField(int(IndicatorField::Comparator), m_comparator->currentData()); });
    connect(m_kind, &QComboBox::activated, this,
            [this] { commitField(int(IndicatorField::Kind), m_kind->currentData()); });
}

void IndicatorPane::retranslateUi()
{
    m_sourceHeading->setText(tr("From the report"));
    m_measurementsHeading->setText(tr("Progress figures"));
    m_fieldsHeading->setText(tr("Indicator details"));
    const QStringList labels{tr("Name"),       tr("Target"),    tr("Unit"),
                             tr("Comparator"), tr("Kind"),      tr("Baseline (last year)"),
                             tr("Plan curve"), tr("Lead unit"), tr("Co-operating units"),
                             tr("Notes")};
    for (int i = 0; i < m_formLabels.size() && i < labels.size(); ++i)
        m_formLabels[i]->setText(labels[i]);
    const QStringList comparators{tr("≥ at least (以上, 不少于)"), tr("≈ about (左右)"),
                                  tr("≤ at most (以内)"), tr("= exactly")};
    for (int i = 0; i < m_comparator->count(); ++i)
        m_comparator->setItemText(i, comparators.value(i));
    const QStringList kinds{tr("Count: something to build or do"),
                            tr("Level: a ratio or level to reach"), tr("Growth: a growth rate"),
                            tr("Cap: an upper limit")};
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, kinds.value(i));
    m_newValue->setPlaceholderText(tr("Value"));
    m_newNote->setPlaceholderText(tr("Note (optional)"));
    m_newProgress->setPlaceholderText(tr("Progress (进展情况)"));
    m_newProblems->setPlaceholderText(tr("Problems (存在问题)"));
    m_newNextSteps->setPlaceholderText(tr("Next steps (下步打算)"));
    m_addButton->setText(tr("&Add"));
    m_addButton->setToolTip(tr("Add the figure for this date (Enter)"));
    m_deleteButton->setText(tr("Delete selected"));
    m_deleteButton->setToolTip(tr("Delete the selected figures (Del)"));
    m_baseline->setPlaceholderText(tr("none"));
    m_planCurve->setPlaceholderText(tr("straight line; or planned totals, e.g. Q1 100; Q2 300"));
    m_planCurve->setToolTip(
        tr("Planned cumulative values by date (\"2024-06-30 300\", or Q1…Q4 for quarter ends); "
           "\"expected by now\" then follows this curve instead of the share of the year."));
    m_leadUnit->setPlaceholderText(tr("e.g. 市发展改革委"));
    refresh();
}

void IndicatorPane::refreshUnitNames()
{
    QStringList names;
    for (const ResponsibleUnit &unit : m_store->units())
        names << unit.name;
    m_leadUnitCompleter->setUnits(names);
    m_coUnitsCompleter->setUnits(names);
}

void IndicatorPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void IndicatorPane::showIndicator(qint64 indicatorId)
{
    if (indicatorId != m_indicatorId) {
        m_inputError->hide();
        m_newValue->clear();
        for (QLineEdit *text : {m_newNote, m_newProgress, m_newProblems, m_newNextSteps})
            text->clear();
    }
    m_indicatorId = indicatorId;
    m_sourceText = QString(); // re-read lazily: the plan may have been replaced
    const int year = m_model->planYear();
    m_measurements->setIndicator(indicatorId, year);
    if (year > 0) {
        m_newDate->setDateRange(QDate(year, 1, 1), QDate(year, 12, 31));
        m_newDate->setDate(std::clamp(m_model->asOf(), QDate(year, 1, 1), QDate(year, 12, 31)));
    }
    refresh();
}

QString IndicatorPane::highlightedSnippet(const Indicator &indicator)
{
    // Show the whole sentence the snippet sits in, the snippet underlined and the target
    // figure marked, so the reader sees the commitment as the report wrote it.
    if (m_sourceText.isNull())
        m_sourceText = m_store->planInfo().sourceText;
    QString sentence = indicator.snippet;
    int snippetAt = 0;
    // The same words may stand in an area and in a livelihood project: look after the titles
    // of the indicator's own parts first.
    qsizetype from = 0;
    for (const PlanNode *node : m_model->nodePath(indicator.nodeId)) {
        const qsizetype at = m_sourceText.indexOf(node->title, from);
        if (at >= 0)
            from = at;
    }
    int found = int(m_sourceText.indexOf(indicator.snippet, from));
    if (found < 0)
        found = int(m_sourceText.indexOf(indicator.snippet));
    if (found >= 0 && !indicator.snippet.isEmpty()) {
        static const QString stops = QStringLiteral("。；;！？\n");
        int begin = found;
        while (begin > 0 && !stops.contains(m_sourceText.at(begin - 1)))
            --begin;
        int end = found + int(indicator.snippet.size());
        while (end < m_sourceText.size() && !stops.contains(m_sourceText.at(end)))
            ++end;
        if (end < m_sourceText.size() && m_sourceText.at(end) != QLatin1Char('\n'))
            ++end; // keep the full stop
        sentence = m_sourceText.mid(begin, end - begin).trimmed();
        snippetAt = int(sentence.indexOf(indicator.snippet));
    }
    const QString number = QString::number(indicator.target, 'g', 12);
    int figureAt = int(indicator.snippet.indexOf(number));
    auto escaped = [](const QString &text) { return text.toHtmlEscaped(); };
    if (snippetAt < 0)
        return escaped(sentence);
    const QString snippet = indicator.snippet;
    QString marked;
    if (figureAt >= 0) {
        int figureEnd = figureAt + int(number.size());
        if (snippet.mid(figureEnd).startsWith(indicator.unit))
            figureEnd += int(indicator.unit.size());
        marked = escaped(snippet.left(figureAt)) +
                 QStringLiteral("<span style=\"background:#ffe082;font-weight:bold\">") +
                 escaped(snippet.mid(figureAt, figureEnd - figureAt)) + QStringLiteral("</span>") +
                 escaped(snippet.mid(figureEnd));
    } else {
        marked = escaped(snippet);
    }
    return escaped(sentence.left(snippetAt)) + QStringLiteral("<u>") + marked +
           QStringLiteral("</u>") + escaped(sentence.mid(snippetAt + snippet.size()));
}

void IndicatorPane::refresh()
{
    if (!m_indicatorId || !m_store->isOpen())
        return;
    // The model holds the indicator and its evaluation at the as-of date; only the figures,
    // for the table and the trend, are read.
    const Indicator *found = m_model->indicatorAt(m_model->indexForIndicator(m_indicatorId));
    if (!found)
        return;
    m_updating = true;
    m_indicator = *found;
    const Indicator &ind = m_indicator;
    m_title->setText(ind.code + QStringLiteral("  ") + ind.name);

    QStringList path;
    for (const PlanNode *node : m_model->nodePath(ind.nodeId))
        path << PlanText::nodeLabel(*node);
    m_path->setText(path.join(QStringLiteral(" › ")));
    m_snippet->setText(highlightedSnippet(ind));

    // One read of the figures serves the summary, the projection and the trend chart.
    const std::vector<Measurement> history = m_store->measurements(ind.id);
    const QDate asOf = m_model->asOf();
    const Measurement *actual = ProgressRules::latest(history, asOf);
    const ProgressRules::Evaluation ev = m_model->evaluation(ind.id);
    const QLocale locale;
    QString summary = tr("Target <b>%1</b>").arg(PlanText::target(ind).toHtmlEscaped());
    if (ind.stretchTarget) // 力争: the higher figure the report strives for
        summary += QStringLiteral(" · ") +
                   tr("stretch %1%2")
                       .arg(ProgressText::number(*ind.stretchTarget), ind.unit.toHtmlEscaped());
    if (ind.baseline)
        summary +=
            QStringLiteral(" · ") + tr("last year %1").arg(ProgressText::number(*ind.baseline));
    if (actual && ev.gap)
        summary += QStringLiteral(" · ") +
                   tr("<b>%1</b> on %2")
                       .arg(ProgressText::gap(ind, ev, actual->value).toHtmlEscaped(),
                            locale.toString(actual->date, QLocale::LongFormat));
    else if (actual)
        summary +=
            QStringLiteral(" · ") + tr("actual <b>%1</b> on %2")
                                        .arg(ProgressText::number(actual->value),
                                             locale.toString(actual->date, QLocale::LongFormat));
    if (ev.progress)
        summary += QStringLiteral(" · ") +
                   tr("completion <b>%1</b>").arg(ProgressText::percent(*ev.progress));
    if (ev.hasExpected()) {
        summary += QStringLiteral(" · ") +
                   (ind.planCurve.empty()
                        ? tr("expected by now %1").arg(ProgressText::percent(ev.expected))
                        : tr("expected by the plan curve %1 (%2)")
                              .arg(ProgressText::percent(ev.expected),
                                   ProgressText::number(ev.expectedValue)));
    } else if (!actual) {
        summary += QStringLiteral(" · ") + tr("judged against the bound at every date");
    }
    if (ev.projection)
        summary += QStringLiteral(" · ") + ProgressText::projection(ev).toHtmlEscaped();
    summary += QStringLiteral(" · <span style=\"color:%1;font-weight:bold\">%2 %3</span>")
                   .arg(StatusStyle::color(ev.status).name(), StatusStyle::symbol(ev.status),
                        StatusStyle::label(ev.status));
    m_summary->setText(summary);
    m_newUnit->setText(ind.unit);
    m_newUnit->setVisible(!ind.unit.isEmpty());

    refreshMeetingDecisions();
    // The charts are the pane's costliest part: redraw them only when what they show changed
    // (not for a lead unit or a note).
    QStringList chartInputs{ind.name,
                            QString::number(ind.target, 'g', 15),
                            ind.unit,
                            comparatorKey(ind.comparator),
                            indicatorKindKey(ind.kind),
                            ind.baseline ? QString::number(*ind.baseline, 'g', 15) : QString(),
                            PlanCurve::toText(ind.planCurve),
                            asOf.toString(Qt::ISODate),
                            QString::number(ind.id),
                            QLocale().name()};
    for (const Measurement &m : history)
        chartInputs << m.date.toString(Qt::ISODate) + QLatin1Char('=') +
                           QString::number(m.value, 'g', 15);
    const QString chartKey = chartInputs.join(QLatin1Char('\x1f'));
    if (chartKey != m_chartKey) {
        m_chartKey = chartKey;
        m_targetChart->setIndicator(
            ind, actual ? std::optional<double>(actual->value) : std::nullopt, ev);
        m_trendChart->setIndicator(ind, history, m_model->planYear(), asOf);
    }

    m_name->setText(ind.name);
    m_target->setText(QString::number(ind.target, 'g', 12));
    m_unit->setText(ind.unit);
    m_comparator->setCurrentIndex(m_comparator->findData(comparatorKey(ind.comparator)));
    m_kind->setCurrentIndex(m_kind->findData(indicatorKindKey(ind.kind)));
    m_baseline->setText(ind.baseline ? QString::number(*ind.baseline, 'g', 12) : QString());
    m_planCurve->setText(PlanCurve::toText(ind.planCurve));
    // A curve only means something where progress is a share of the way.
    m_planCurve->setEnabled(ProgressRules::measureOf(ind) == ProgressRules::Measure::Share ||
                            !ind.planCurve.empty());
    m_leadUnit->setText(ind.leadUnit);
    m_coUnits->setText(ind.coUnits);
    if (m_notes->toPlainText() != ind.notes)
        m_notes->setPlainText(ind.notes);
    m_updating = false;
}

void IndicatorPane::showInputError(const QString &message)
{
    m_inputError->setText(message);
    m_inputError->setVisible(!message.isEmpty());
}

void IndicatorPane::commitField(int fieldValue, const QVariant &value)
{
    if (m_updating || !m_indicatorId)
        return;
    const auto field = IndicatorField(fieldValue);
    QVariant after = value;
    if (field == IndicatorField::Target || field == IndicatorField::Baseline) {
        const QString text = value.toString().trimmed();
        if (field == IndicatorField::Baseline && text.isEmpty()) {
            after = QVariant();
        } else if (const auto number = InputParsing::number(text)) {
            after = *number;
        } else {
            showInputError(tr("\"%1\" is not a number.").arg(text));
            refresh(); // put the stored value back
            return;
        }
    }
    if (field == IndicatorField::Name && value.toString().trimmed().isEmpty()) {
        showInputError(tr("The name cannot be empty."));
        refresh();
        return;
    }
    const QVariant before = PlanStore::indicatorFieldValue(m_indicator, field);
    const bool same = (field == IndicatorField::Target || field == IndicatorField::Baseline)
                          ? (before.isValid() == after.isValid() &&
                             (!after.isValid() || before.toDouble() == after.toDouble()))
                          : before.toString() == after.toString();
    if (same)
        return;
    auto error = std::make_shared<QString>();
    m_undoStack->push(
        new SetIndicatorFieldCommand(m_store, m_indicatorId, field, before, after, error));
    showInputError(*error);
    if (!error->isEmpty())
        refresh();
}

void IndicatorPane::setMeetingStore(MeetingStore *meetings)
{
    if (m_meetings)
        disconnect(m_meetings, nullptr, this, nullptr);
    m_meetings = meetings;
    if (!m_meetingHeading) {
        // Under the sentence the target came from: what earlier meetings asked for.
        auto *box = qobject_cast<QVBoxLayout *>(layout());
        const int at = box ? box->indexOf(m_snippet) + 1 : -1;
        m_meetingHeading = heading(this);
        m_meetingHeading->setObjectName(QStringLiteral("earlierDecisionsHeading"));
        m_meetingDecisions = new QLabel(this);
        m_meetingDecisions->setObjectName(QStringLiteral("earlierDecisions"));
        m_meetingDecisions->setWordWrap(true);
        m_meetingDecisions->setTextFormat(Qt::RichText);
        m_meetingDecisions->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_meetingDecisions->setStyleSheet(QStringLiteral(
            "QLabel { background: #eef2f8; border-left: 3px solid #17325c; padding: 6px; }"));
        if (box && at > 0) {
            box->insertWidget(at, m_meetingHeading);
            box->insertWidget(at + 1, m_meetingDecisions);
        }
    }
    if (meetings) {
        auto update = [this] { refreshMeetingDecisions(); };
        connect(meetings, &MeetingStore::itemChanged, this, update);
        connect(meetings, &MeetingStore::meetingAdded, this, update);
        connect(meetings, &MeetingStore::meetingRemoved, this, update);
    }
    refreshMeetingDecisions();
}

void IndicatorPane::refreshMeetingDecisions()
{
    if (!m_meetingHeading)
        return;
    m_meetingHeading->setText(tr("Earlier meeting decisions"));
    const std::vector<EarlierDecision> decisions = m_meetings && m_indicatorId
                                                       ? m_meetings->decisionsFor(m_indicatorId, 3)
                                                       : std::vector<EarlierDecision>();
    const QLocale locale;
    QStringList lines;
    for (const EarlierDecision &d : decisions) {
        QString line = QStringLiteral("<b>%1</b> (%2): ")
                           .arg(d.meetingTitle.toHtmlEscaped(),
                                locale.toString(d.meetingDate, QLocale::ShortFormat));
        line += d.decision.decision.isEmpty() ? QStringLiteral("—")
                                              : d.decision.decision.toHtmlEscaped();
        if (!d.decision.responsibleUnit.isEmpty())
            line += QStringLiteral(" · ") +
                    tr("responsible: %1").arg(d.decision.responsibleUnit.toHtmlEscaped());
        if (d.decision.deadline.isValid())
            line +=
                QStringLiteral(" · ") +
                tr("deadline %1").arg(locale.toString(d.decision.deadline, QLocale::ShortFormat));
        lines << line;
    }
    m_meetingDecisions->setText(lines.join(QStringLiteral("<br>")));
    m_meetingHeading->setVisible(!lines.isEmpty());
    m_meetingDecisions->setVisible(!lines.isEmpty());
}

void IndicatorPane::beginEntry(const QString &typed)
{
    if (!m_indicatorId)
        return;
    m_newValue->setFocus(Qt::OtherFocusReason);
    if (!typed.isEmpty())
        m_newValue->insert(typed);
}

void IndicatorPane::addMeasurement()
{
    if (m_measurements->addMeasurement(m_newDate->date(), m_newValue->text(), m_newNote->text(),
                                       m_newProgress->text(), m_newProblems->text(),
                                       m_newNextSteps->text())) {
        showInputError({});
        m_newValue->clear();
        for (QLineEdit *text : {m_newNote, m_newProgress, m_newProblems, m_newNextSteps})
            text->clear();
        m_newValue->setFocus();
    }
}

bool IndicatorPane::confirmEntry(const EntryCheck::Problem &problem)
{
    QMessageBox box(QMessageBox::Warning, tr("Check the Figure"), problem.message,
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("entryCheckDialog"));
    QPushButton *yes = nullptr;
    if (problem.rule == EntryCheck::Rule::SameDate) {
        box.setInformativeText(tr("Replace it with the new figure?"));
        yes = box.addButton(tr("&Replace"), QMessageBox::AcceptRole);
    } else {
        box.setInformativeText(tr("Record it anyway?"));
        yes = box.addButton(tr("&Record Anyway"), QMessageBox::AcceptRole);
    }
    QPushButton *no = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(no); // a slip of Enter must not record a doubtful figure
    box.exec();
    const bool accepted = box.clickedButton() == yes;
    if (!accepted)
        m_newValue->setFocus();
    return accepted;
}

void IndicatorPane::deleteSelectedMeasurements()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_table->currentIndex().row();
    m_measurements->removeMeasurementRows(rows);
}

} // namespace pd
