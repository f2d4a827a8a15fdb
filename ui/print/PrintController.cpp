#include "print/PrintController.h"

#include "main/MainWindow.h"
#include "report/PdfExporter.h"
#include "store/PlanStore.h"
#include "models/PlanTreeModel.h"
#include "plan/PlanText.h"
#include "report/ReportBuilder.h"
#include "report/ReportRenderer.h"

#include "main/FileDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QRadioButton>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace pd {
namespace {

/// A progress dialog that appears only for long work and can cancel it.
class ProgressReporter
{
public:
    ProgressReporter(QWidget *parent, const QString &label)
        : m_dialog(label, QString(), 0, 0, parent)
    {
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(400);
        m_dialog.setCancelButtonText(QCoreApplication::translate("PrintController", "Cancel"));
    }
    ReportRenderer::Progress callback()
    {
        return [this](int done, int total) {
            m_dialog.setMaximum(total);
            m_dialog.setValue(done);
            QCoreApplication::processEvents();
            return !m_dialog.wasCanceled();
        };
    }

private:
    QProgressDialog m_dialog;
};

} // namespace

PrintController::PrintController(MainWindow *window)
    : QObject(window), m_window(window), m_previewAction(new QAction(window)),
      m_printAction(new QAction(window)), m_exportPdfAction(new QAction(window))
{
    m_previewAction->setObjectName(QStringLiteral("actionPrintPreview"));
    m_printAction->setObjectName(QStringLiteral("actionPrint"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_exportPdfAction->setObjectName(QStringLiteral("actionExportPdf"));
    m_exportPdfAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    connect(m_previewAction, &QAction::triggered, this, &PrintController::printPreview);
    connect(m_printAction, &QAction::triggered, this, &PrintController::print);
    connect(m_exportPdfAction, &QAction::triggered, this, &PrintController::exportPdfDialog);

    retranslate();
    window->installEventFilter(this);
}

bool PrintController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void PrintController::retranslate()
{
    m_previewAction->setText(tr("Print Pre&view…"));
    m_printAction->setText(tr("&Print…"));
    m_exportPdfAction->setText(tr("Export &PDF…"));
    m_exportPdfAction->setToolTip(
        tr("Progress sheets of the selected area, part or indicator, or the whole book"));
}

ReportRenderer::Options PrintController::sheetOptions()
{
    // Sheets printed from the window speak the window's language.
    ReportRenderer::Options options;
    options.language = QLocale();
    return options;
}

ReportScope PrintController::scopeForSelection() const
{
    const PlanTreeModel *model = m_window->treeModel();
    // Walk up from the selection to the part it belongs to.
    for (QModelIndex index = m_window->currentSourceIndex(); index.isValid();
         index = index.parent()) {
        const PlanNode *node = model->nodeAt(index);
        if (!node)
            continue;
        switch (node->kind) {
        case NodeKind::Area:
            return ReportScope::forArea(node->ordinal);
        case NodeKind::MainTargets:
            return ReportScope::forPart(ReportScope::Kind::Main);
        case NodeKind::Government:
            return ReportScope::forPart(ReportScope::Kind::Government);
        case NodeKind::Livelihood:
            return ReportScope::forPart(ReportScope::Kind::Livelihood);
        case NodeKind::Section:
        case NodeKind::LivelihoodCategory:
        case NodeKind::LivelihoodProject:
            break;
        }
    }
    return ReportScope::book();
}

QString PrintController::indicatorForSelection() const
{
    const Indicator *indicator = m_window->treeModel()->indicatorAt(m_window->currentSourceIndex());
    return indicator ? indicator->code : QString();
}

std::optional<ReportScope> PrintController::askScope(const QString &title)
{
    const ReportScope selection = scopeForSelection();
    QString selectionText;
    const QModelIndex current = m_window->currentSourceIndex();
    for (QModelIndex index = current; index.isValid(); index = index.parent()) {
        const PlanNode *node = m_window->treeModel()->nodeAt(index);
        if (node && (node->kind == NodeKind::Area || !index.parent().isValid())) {
            selectionText = PlanText::nodeLabel(*node);
            break;
        }
    }
    const Indicator *indicator = m_window->treeModel()->indicatorAt(current);

    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("printScopeDialog"));
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Print which progress sheets?"), &dialog));
    QRadioButton *selectionChoice = nullptr;
    QRadioButton *indicatorChoice = nullptr;
    if (selection.kind != ReportScope::Kind::Book) {
        selectionChoice = new QRadioButton(tr("Selection: %1").arg(selectionText), &dialog);
        selectionChoice->setObjectName(QStringLiteral("scopeSelection"));
        layout->addWidget(selectionChoice);
    }
    if (indicator) {
        indicatorChoice = new QRadioButton(
            tr("This indicator: %1 %2").arg(indicator->code, indicator->name), &dialog);
        indicatorChoice->setObjectName(QStringLiteral("scopeIndicator"));
        layout->addWidget(indicatorChoice);
    }
    auto *bookChoice = new QRadioButton(tr("The whole book"), &dialog);
    bookChoice->setObjectName(QStringLiteral("scopeBook"));
    layout->addWidget(bookChoice);
    (selectionChoice ? selectionChoice : bookChoice)->setChecked(true);

    auto *behind = new QCheckBox(tr("Only what is behind (slightly or seriously)"), &dialog);
    behind->setObjectName(QStringLiteral("scopeBehind"));
    behind->setChecked(m_behindOnly);
    auto *unreported = new QCheckBox(tr("Also what has not reported"), &dialog);
    unreported->setObjectName(QStringLiteral("scopeUnreported"));
    unreported->setChecked(m_withUnreported);
    auto *unreportedRow = new QHBoxLayout;
    unreportedRow->addSpacing(dialog.style()->pixelMetric(QStyle::PM_IndicatorWidth) + 6);
    unreportedRow->addWidget(unreported);
    // The 台账 of the chosen parts: their tasks, in place of the progress sheets.
    auto *ledger =
        new QCheckBox(tr("The ledger of tasks (台账) instead of the progress sheets"), &dialog);
    ledger->setObjectName(QStringLiteral("scopeLedger"));
    ledger->setChecked(m_ledger);
    layout->addSpacing(6);
    layout->addWidget(behind);
    layout->addLayout(unreportedRow);
    layout->addWidget(ledger);
    // A unit's own sheets: its indicators only (the tree's unit filter chosen first).
    auto *unitRow = new QHBoxLayout;
    auto *unitLabel = new QLabel(tr("Lead &unit:"), &dialog);
    auto *unitChoice = new QComboBox(&dialog);
    unitChoice->setObjectName(QStringLiteral("scopeUnit"));
    unitLabel->setBuddy(unitChoice);
    unitChoice->addItem(tr("All units"));
    QStringList units;
    for (const ResponsibleUnit &unit : m_window->store()->units())
        units << unit.name;
    for (const Indicator &ind : m_window->store()->indicators()) {
        if (!ind.leadUnit.isEmpty() && !units.contains(ind.leadUnit))
            units << ind.leadUnit;
    }
    unitChoice->addItems(units);
    unitChoice->setCurrentIndex(std::max(0, int(units.indexOf(m_window->unitFilter())) + 1));
    unitRow->addWidget(unitLabel);
    unitRow->addWidget(unitChoice, 1);
    layout->addLayout(unitRow);
    // One indicator is printed whatever its status.
    auto updateChecks = [=] {
        const bool filterable = !(indicatorChoice && indicatorChoice->isChecked());
        behind->setEnabled(filterable);
        unreported->setEnabled(filterable && behind->isChecked());
        ledger->setEnabled(filterable);
        unitChoice->setEnabled(filterable);
    };
    connect(behind, &QCheckBox::toggled, &dialog, updateChecks);
    if (indicatorChoice)
        connect(indicatorChoice, &QRadioButton::toggled, &dialog, updateChecks);
    updateChecks();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;

    m_behindOnly = behind->isChecked();
    m_withUnreported = unreported->isChecked();
    m_ledger = ledger->isChecked();
    if (indicatorChoice && indicatorChoice->isChecked())
        return ReportScope::forIndicator(indicator->code);
    ReportScope scope =
        selectionChoice && selectionChoice->isChecked() ? selection : ReportScope::book();
    if (m_behindOnly)
        scope = scope.behind(m_withUnreported);
    if (m_ledger)
        scope = scope.asLedger();
    if (unitChoice->currentIndex() > 0)
        scope = scope.forUnit(unitChoice->currentText());
    return scope;
}

bool PrintController::renderTo(QPrinter *printer, const ReportScope &scope)
{
    QString error;
    const std::optional<ReportBook> book =
        ReportBuilder::build(*m_window->store(), m_window->asOf(), scope, &error);
    if (!book) {
        QMessageBox::warning(m_window, tr("Cannot Print"), error);
        return false;
    }
    ProgressReporter progress(m_window, tr("Laying out the progress sheets…"));
    const ReportRenderer::Result result =
        ReportRenderer().render(*book, printer, progress.callback());
    if (result.cancelled) {
        printer->abort();
        return false;
    }
    if (!result.ok) {
        QMessageBox::warning(m_window, tr("Cannot Print"), result.error);
        return false;
    }
    return true;
}

void PrintController::printPreview()
{
    const std::optional<ReportScope> scope = askScope(tr("Print Preview"));
    if (!scope)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Preview"));
    dialog.resize(m_window->size() * 0.9);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this, scope](QPrinter *p) { renderTo(p, *scope); });
    dialog.exec();
}

void PrintController::print()
{
    const std::optional<ReportScope> scope = askScope(tr("Print"));
    if (!scope)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    renderTo(&printer, *scope);
}

bool PrintController::exportPdf(const ReportScope &scope, const QString &path, QString *error)
{
    ProgressReporter progress(m_window, tr("Writing the PDF…"));
    const ReportRenderer::Result result =
        PdfExporter(sheetOptions())
            .exportPlan(*m_window->store(), m_window->asOf(), scope, path, progress.callback());
    if (!result.ok && error)
        *error = result.cancelled ? QString() : result.error;
    return result.ok;
}

void PrintController::exportPdfDialog()
{
    const std::optional<ReportScope> scope = askScope(tr("Export PDF"));
    if (!scope)
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QLatin1Char('/') +
                              tr("progress-%1.pdf").arg(m_window->asOf().toString(Qt::ISODate));
    const QString path = FileDialog::getSaveFileName(m_window, tr("Export PDF"), suggested,
                                                     tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPdf(*scope, path, &error) && !error.isEmpty())
        QMessageBox::warning(m_window, tr("Cannot Export PDF"), error);
}

} // namespace pd
