#include "main/UnitsController.h"

#include "commands/SetIndicatorFieldsCommand.h"
#include "document/PlanDocument.h"
#include "main/FileDialog.h"
#include "main/MainWindow.h"
#include "main/UnitsDialog.h"
#include "models/PlanFilterModel.h"
#include "models/PlanRoles.h"
#include "sheetsin/UnitAssignments.h"
#include "store/PlanStore.h"

#include <QAction>
#include <QEvent>
#include <QFileInfo>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSet>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

namespace pd {

UnitsController::UnitsController(MainWindow *window)
    : QObject(window), m_window(window), m_listAction(new QAction(window)),
      m_setAction(new QAction(window)), m_importAction(new QAction(window))
{
    m_importAction->setObjectName(QStringLiteral("actionImportUnitAssignments"));
    connect(m_importAction, &QAction::triggered, this, &UnitsController::importAssignmentsDialog);
    m_listAction->setObjectName(QStringLiteral("actionResponsibleUnits"));
    m_setAction->setObjectName(QStringLiteral("actionSetResponsibleUnit"));
    m_setAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+L")));
    connect(m_listAction, &QAction::triggered, this, [this] {
        UnitsDialog dialog(m_window->store(), m_window);
        dialog.exec();
    });
    connect(m_setAction, &QAction::triggered, this, &UnitsController::setLeadUnitDialog);
    retranslate();
    window->installEventFilter(this);
}

bool UnitsController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void UnitsController::retranslate()
{
    m_listAction->setText(tr("Responsible &Units…"));
    m_listAction->setToolTip(tr("The list of units that lead or help with the plan's work"));
    m_importAction->setText(tr("Import Unit &Assignments…"));
    m_importAction->setToolTip(
        tr("Read a sheet of codes and their lead (and co-operating) units, from Excel or WPS"));
    m_setAction->setText(tr("Set &Responsible Unit…"));
    m_setAction->setToolTip(
        tr("Give the indicators selected in the tree (or under a selected area) a lead unit"));
}

std::vector<qint64> UnitsController::selectedIndicators() const
{
    const QTreeView *tree = m_window->treeView();
    const QAbstractItemModel *model = tree->model();
    if (!model || !tree->selectionModel())
        return {};
    std::vector<qint64> ids;
    QSet<qint64> seen;
    const std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &index) {
        const qint64 id = index.data(IndicatorIdRole).toLongLong();
        if (id > 0) {
            if (!seen.contains(id)) {
                seen.insert(id);
                ids.push_back(id);
            }
            return;
        }
        for (int row = 0; row < model->rowCount(index); ++row)
            collect(model->index(row, 0, index));
    };
    QModelIndexList rows = tree->selectionModel()->selectedRows(0);
    std::sort(rows.begin(), rows.end(), [tree](const QModelIndex &a, const QModelIndex &b) {
        return tree->visualRect(a).top() < tree->visualRect(b).top();
    });
    if (rows.isEmpty() && tree->currentIndex().isValid())
        rows << tree->currentIndex().siblingAtColumn(0);
    for (const QModelIndex &row : rows)
        collect(row);
    return ids;
}

bool UnitsController::setLeadUnit(const QString &unit, QString *error)
{
    const std::vector<qint64> ids = selectedIndicators();
    if (ids.empty()) {
        *error = tr("Select the indicators (or an area) in the tree first.");
        return false;
    }
    PlanStore *store = m_window->store();
    const QString name = unit.trimmed();
    if (!name.isEmpty() && !store->ensureUnits({name}, error))
        return false;
    std::vector<std::pair<qint64, QVariant>> before;
    for (qint64 id : ids) {
        const std::optional<Indicator> indicator = store->indicator(id, error);
        if (!indicator)
            return false;
        before.emplace_back(id, indicator->leadUnit);
    }
    auto failure = std::make_shared<QString>();
    m_window->undoStack()->push(
        new SetIndicatorFieldsCommand(store, IndicatorField::LeadUnit, before, name, failure));
    if (!failure->isEmpty()) {
        *error = *failure;
        return false;
    }
    return true;
}

void UnitsController::setLeadUnitDialog()
{
    PlanStore *store = m_window->store();
    const std::vector<qint64> ids = selectedIndicators();
    if (ids.empty()) {
        QMessageBox::information(m_window, tr("Set Responsible Unit"),
                                 tr("Select the indicators (or an area) in the tree first."));
        return;
    }
    QString error;
    QStringList names;
    for (const ResponsibleUnit &unit : store->units(&error))
        names << unit.name;
    // The unit the selection has in common, if any, is offered first.
    QString common;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const QString lead = store->indicator(ids[i]).value_or(Indicator{}).leadUnit;
        if (i == 0)
            common = lead;
        else if (lead != common)
            common.clear();
    }
    int current = names.indexOf(common);
    if (current < 0 && !common.isEmpty()) {
        names.prepend(common);
        current = 0;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        m_window, tr("Set Responsible Unit"),
        tr("Lead unit (牵头单位) of %n indicator(s):", nullptr, int(ids.size())), names,
        std::max(current, 0), true, &ok);
    if (!ok)
        return;
    if (!setLeadUnit(chosen, &error)) {
        QMessageBox::warning(m_window, tr("Set Responsible Unit"), error);
        return;
    }
    m_window->statusBar()->showMessage(
        chosen.trimmed().isEmpty()
            ? tr("Cleared the lead unit of %n indicator(s).", nullptr, int(ids.size()))
            : tr("%1 now leads %n indicator(s).", nullptr, int(ids.size())).arg(chosen.trimmed()),
        10000);
}

bool UnitsController::importAssignments(const QString &path, QString *summary, QString *error)
{
    PlanStore *store = m_window->store();
    const std::optional<UnitAssignments::Result> result =
        UnitAssignments::read(*store, path, error);
    if (!result)
        return false;
    QStringList refused;
    for (const UnitAssignments::Row &row : result->rows) {
        if (row.state == UnitAssignments::RowState::Refused)
            refused << tr("%1 row %2: %3").arg(row.sheet).arg(row.row).arg(row.reason);
    }
    *summary = tr("Assigned %1, unchanged %2, refused %3.")
                   .arg(result->changed)
                   .arg(result->unchanged)
                   .arg(result->refused);
    if (!refused.isEmpty())
        *summary += QLatin1Char('\n') + refused.join(QLatin1Char('\n'));
    if (result->changes.empty())
        return true;
    if (!store->ensureUnits(result->units, error))
        return false;
    std::vector<IndicatorTextChange> before;
    for (const IndicatorTextChange &change : result->changes) {
        const std::optional<Indicator> indicator = store->indicator(change.indicatorId, error);
        if (!indicator)
            return false;
        before.push_back({change.indicatorId, change.field,
                          PlanStore::indicatorFieldValue(*indicator, change.field).toString()});
    }
    auto failure = std::make_shared<QString>();
    m_window->undoStack()->push(new SetIndicatorFieldsCommand(
        store, before, result->changes,
        tr("Import unit assignments from %1").arg(QFileInfo(path).fileName()), failure));
    if (!failure->isEmpty()) {
        *error = *failure;
        return false;
    }
    return true;
}

void UnitsController::importAssignmentsDialog()
{
    const QString path =
        FileDialog::getOpenFileName(m_window, tr("Import Unit Assignments"), QString(),
                                    tr("Sheets (*.xlsx *.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString summary;
    QString error;
    if (!importAssignments(path, &summary, &error)) {
        QMessageBox::warning(m_window, tr("Import Unit Assignments"), error);
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("Import Unit Assignments"),
                    summary.section(QLatin1Char('\n'), 0, 0), QMessageBox::Ok, m_window);
    if (summary.contains(QLatin1Char('\n')))
        box.setDetailedText(summary.section(QLatin1Char('\n'), 1));
    box.exec();
}

} // namespace pd
