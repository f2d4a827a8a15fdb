#include "main/SheetImportDialog.h"

#include "commands/ImportSheetsCommand.h"
#include "main/FileDialog.h"
#include "main/SheetRowStateDelegate.h"
#include "main/WrappedTextDelegate.h"
#include "models/SheetImportModel.h"
#include "sheetsin/RefusedSheetWriter.h"
#include "sheetsin/SheetImportPreview.h"
#include "store/PlanStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pd {
namespace {

constexpr SheetRowState states[] = {SheetRowState::New, SheetRowState::Changed,
                                    SheetRowState::Unchanged, SheetRowState::Refused};

/// Keeps the rows of one state (or all).
class StateFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setState(std::optional<SheetRowState> state)
    {
        m_state = state;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (!m_state)
            return true;
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        return index.data(SheetImportModel::StateRole).toInt() == int(*m_state);
    }

private:
    std::optional<SheetRowState> m_state;
};

QString chip(SheetRowState state, int count)
{
    return QStringLiteral("<span style=\"color:%1\">●</span> %2 %3")
        .arg(SheetRowStateDelegate::color(state).name())
        .arg(count)
        .arg(SheetImportModel::stateName(state).toHtmlEscaped());
}

} // namespace

SheetImportDialog::SheetImportDialog(PlanStore *store, QUndoStack *undoStack,
                                     const SheetImport &import, QWidget *parent)
    : QDialog(parent), m_store(store), m_undoStack(undoStack), m_model(new SheetImportModel(this)),
      m_filter(new StateFilter(this)), m_state(new QComboBox(this)), m_counts(new QLabel(this)),
      m_table(new QTableView(this)), m_import(new QPushButton(this)),
      m_saveRefused(new QPushButton(tr("Save &Refused Rows…"), this))
{
    setObjectName(QStringLiteral("sheetImportDialog"));
    setWindowTitle(tr("Import Sheets"));
    m_model->setImport(import);
    m_filter->setSourceModel(m_model);

    auto *files = new QLabel(filesText(), this);
    files->setObjectName(QStringLiteral("sheetImportFiles"));
    files->setTextFormat(Qt::RichText);
    files->setWordWrap(true);
    files->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    files->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A few files are listed as they are; many scroll, the table keeps the room.
    QWidget *fileList = files;
    if (import.files.size() > 5) {
        auto *scroll = new QScrollArea(this);
        scroll->setWidget(files);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setFixedHeight(files->fontMetrics().lineSpacing() * 6);
        fileList = scroll;
    }

    m_state->setObjectName(QStringLiteral("sheetImportState"));
    m_state->addItem(tr("All rows (%1)").arg(m_model->rowCount()), -1);
    for (const SheetRowState state : states)
        m_state->addItem(QStringLiteral("%1 (%2)")
                             .arg(SheetImportModel::stateName(state))
                             .arg(import.count(state)),
                         int(state));
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const int state = m_state->currentData().toInt();
        setStateFilter(state < 0 ? std::nullopt : std::optional(SheetRowState(state)));
    });
    QStringList counts;
    for (const SheetRowState state : states)
        counts << chip(state, import.count(state));
    m_counts->setObjectName(QStringLiteral("sheetImportCounts"));
    m_counts->setText(counts.join(QStringLiteral("&nbsp;&nbsp;&nbsp;")));

    m_table->setObjectName(QStringLiteral("sheetImportTable"));
    m_table->setModel(m_filter);
    m_table->setItemDelegateForColumn(SheetImportModel::StateColumn,
                                      new SheetRowStateDelegate(m_table));
    for (const int column : {SheetImportModel::TextsColumn, SheetImportModel::DetailColumn})
        m_table->setItemDelegateForColumn(column, new WrappedTextDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    // Reasons and texts wrap, whole: a refused row's reason is what the office acts on.
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the sheets' order until a header is clicked
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (const int column : {SheetImportModel::StateColumn, SheetImportModel::PlaceColumn,
                             SheetImportModel::CodeColumn, SheetImportModel::NameColumn,
                             SheetImportModel::FigureColumn, SheetImportModel::DateColumn}) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 220));
    }
    const QString textsHeader =
        m_model->headerData(SheetImportModel::TextsColumn, Qt::Horizontal).toString();
    m_table->setColumnWidth(
        SheetImportModel::TextsColumn,
        std::max(fontMetrics().horizontalAdvance(textsHeader) + 24,
                 fontMetrics().horizontalAdvance(QStringLiteral("新引进首店260家，其中全国首店"))));
    m_table->resizeRowsToContents();
    connect(m_filter, &QAbstractItemModel::layoutChanged, m_table,
            &QTableView::resizeRowsToContents);
    connect(m_filter, &QAbstractItemModel::rowsInserted, m_table,
            &QTableView::resizeRowsToContents);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
            &QTableView::resizeRowsToContents);

    const int importable = import.count(SheetRowState::New) + import.count(SheetRowState::Changed);
    m_import->setObjectName(QStringLiteral("sheetImportButton"));
    // Task rows are imported with the figures: then the button counts rows.
    const int tasks =
        import.taskCount(SheetRowState::New) + import.taskCount(SheetRowState::Changed);
    m_import->setText(importable == 0 ? tr("&Import")
                      : tasks == 0    ? tr("&Import %n Figure(s)", nullptr, importable)
                                      : tr("&Import %n Row(s)", nullptr, importable));
    m_import->setEnabled(importable > 0);
    m_import->setDefault(importable > 0);
    m_saveRefused->setObjectName(QStringLiteral("sheetSaveRefusedButton"));
    m_saveRefused->setEnabled(import.count(SheetRowState::Refused) > 0);
    m_saveRefused->setToolTip(
        tr("Write the refused rows with their reasons to a workbook to send back to the units"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_saveRefused, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("sheetImportClose"));
    if (importable == 0)
        close->setDefault(true);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importRows())
            accept();
    });
    connect(m_saveRefused, &QPushButton::clicked, this, &SheetImportDialog::saveRefusedDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *filterRow = new QHBoxLayout;
    auto *show = new QLabel(tr("&Show:"), this);
    show->setBuddy(m_state);
    filterRow->addWidget(show);
    filterRow->addWidget(m_state);
    filterRow->addSpacing(16);
    filterRow->addWidget(m_counts, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(fileList);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1180, 620);
}

void SheetImportDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The last column has its width only once the shown dialog is laid out.
    QTimer::singleShot(0, m_table, &QTableView::resizeRowsToContents);
}

void SheetImportDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    m_table->resizeRowsToContents();
}

QString SheetImportDialog::filesText() const
{
    QStringList lines;
    for (const SheetImportFile &file : m_model->import().files) {
        const QString name = QStringLiteral("<b>%1</b>").arg(file.fileName.toHtmlEscaped());
        if (!file.error.isEmpty()) {
            lines << QStringLiteral("%1 — <span style=\"color:%2\">%3</span>")
                         .arg(name, SheetRowStateDelegate::color(SheetRowState::Refused).name(),
                              file.error.toHtmlEscaped());
            continue;
        }
        if (!file.alreadyImported.isEmpty()) {
            lines << QStringLiteral("%1 — %2").arg(name, file.alreadyImported.toHtmlEscaped());
            continue;
        }
        QStringList about;
        if (!file.units.isEmpty())
            about << file.units.join(QStringLiteral("、"));
        if (!file.round.isEmpty())
            about << tr("round %1").arg(file.round);
        QString line = about.isEmpty()
                           ? name
                           : QStringLiteral("%1 (%2)").arg(
                                 name, about.join(QStringLiteral(", ")).toHtmlEscaped());
        line += QStringLiteral(" — ") + tr("%1 new, %2 changed, %3 unchanged, %4 refused")
                                            .arg(file.count(SheetRowState::New))
                                            .arg(file.count(SheetRowState::Changed))
                                            .arg(file.count(SheetRowState::Unchanged))
                                            .arg(file.count(SheetRowState::Refused));
        if (file.blankRows > 0)
            line += tr("; %n row(s) left blank", nullptr, file.blankRows);
        for (const QString &note : file.notes)
            line += QStringLiteral("<br>&nbsp;&nbsp;&nbsp;") + note.toHtmlEscaped();
        lines << line;
    }
    return lines.join(QStringLiteral("<br>"));
}

void SheetImportDialog::setStateFilter(std::optional<SheetRowState> state)
{
    static_cast<StateFilter *>(m_filter)->setState(state);
    const int index = m_state->findData(state ? int(*state) : -1);
    if (index >= 0 && index != m_state->currentIndex()) {
        const QSignalBlocker block(m_state);
        m_state->setCurrentIndex(index);
    }
}

bool SheetImportDialog::importRows()
{
    const SheetImport &import = m_model->import();
    if (!import.hasChanges())
        return false;
    const CommandError error = std::make_shared<QString>();
    auto *command = new ImportSheetsCommand(m_store, import, error);
    const int figures = command->figureCount();
    const int tasks = command->taskCount();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_undoStack->push(command); // runs it: one transaction
    QApplication::restoreOverrideCursor();
    if (!error->isEmpty()) {
        QMessageBox::warning(this, tr("Cannot Import"), *error);
        return false;
    }
    m_done =
        tasks == 0
            ? tr("Imported %n figure(s) from the sheets; Undo takes them all back.", nullptr,
                 figures)
            : tr("Imported %n row(s) of figures and tasks from the sheets; Undo takes them all "
                 "back.",
                 nullptr, figures + tasks);
    return true;
}

bool SheetImportDialog::saveRefused(const QString &path, QString *error) const
{
    return RefusedSheetWriter::write(m_model->import().refusedRows(), path, error);
}

void SheetImportDialog::saveRefusedDialog()
{
    const std::vector<SheetImportRow> rows = m_model->import().refusedRows();
    if (rows.empty())
        return;
    // Named after the unit when there is one, as the sheets going out are.
    QString unit = rows.front().unit;
    for (const SheetImportRow &row : rows) {
        if (row.unit != unit)
            unit.clear();
    }
    const QString name =
        unit.isEmpty() ? QStringLiteral("退回.xlsx") : QStringLiteral("退回-%1.xlsx").arg(unit);
    QString path = FileDialog::getSaveFileName(this, tr("Save Refused Rows"), name,
                                               tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    QString error;
    if (!saveRefused(path, &error)) {
        QMessageBox::warning(this, tr("Cannot Save"), error);
        return;
    }
    m_saveRefused->setText(tr("Saved to %1").arg(QFileInfo(path).fileName()));
}

QString SheetImportDialog::run(QWidget *parent, PlanStore *store, QUndoStack *undoStack,
                               const QStringList &files)
{
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<SheetImport> import = SheetImportPreview::build(*store, files, &error);
    QApplication::restoreOverrideCursor();
    if (!import) {
        QMessageBox::warning(parent, tr("Cannot Import Sheets"), error);
        return QString();
    }
    SheetImportDialog dialog(store, undoStack, *import, parent);
    if (dialog.exec() != QDialog::Accepted)
        return QString();
    return dialog.doneMessage();
}

} // namespace pd
