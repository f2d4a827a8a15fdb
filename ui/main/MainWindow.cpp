#include "main/MainWindow.h"

#include "main/IndicatorPane.h"
#include "main/TaskPane.h"
#include "store/TaskStore.h"
#include "export/JsonExporter.h"
#include "export/OutputFile.h"
#include "i18n/LanguageManager.h"
#include "backup/BackupController.h"
#include "main/OfflineCopyController.h"
#include "main/ServerController.h"
#include "main/UnitsController.h"
#include "meeting/MeetingController.h"
#include "main/OverviewPane.h"
#include "models/PlanFilterModel.h"
#include "models/PlanRoles.h"
#include "store/PlanStore.h"
#include "models/PlanTreeModel.h"
#include "print/PrintController.h"
#include "main/SheetImportController.h"
#include "main/SheetsExportDialog.h"
#include "main/UnreportedController.h"
#include "main/ProgressBarDelegate.h"
#include "parse/ReportParser.h"
#include "main/StatusChipDelegate.h"
#include "plan/StatusStyle.h"
#include "main/WelcomeBanner.h"
#include "main/RecentFiles.h"
#include "main/ReportPreviewDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include "main/FileDialog.h"
#include "plan/Clock.h"
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QScopedValueRollback>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace pd {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_document(std::make_unique<PlanDocument>()),
      m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // Feature controllers make their actions; the window places them in its menus.
    m_printController = new PrintController(this);
    m_meetingController = new MeetingController(this);
    buildActions();
    buildUi();
    attachDocument();
    retranslateUi();
    restoreSettings();

    // Another program (the record command, a colleague on a shared drive) may change the file.
    connect(qApp, &QGuiApplication::applicationStateChanged, this,
            [this](Qt::ApplicationState state) {
                if (state == Qt::ApplicationActive)
                    reloadIfChanged();
            });
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    auto make = [this](const char *name, QKeySequence shortcut = {}) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        return action;
    };
    m_openAction = make("actionOpen", QKeySequence::Open);
    m_saveCopyAction = make("actionSaveCopy", QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    m_importAction = make("actionImportReport", QKeySequence(QStringLiteral("Ctrl+I")));
    m_exportJsonAction = make("actionExportJson");
    m_exportSheetsAction = make("actionExportSheets");
    m_quitAction = make("actionQuit", QKeySequence::Quit);
    m_undoAction = m_undoGroup->createUndoAction(this);
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this);
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    // Ctrl+Shift+Z (what the menu shows) and Ctrl+Y, each once: the platform's Redo binding
    // may already be one of them, and a sequence registered twice is an ambiguous shortcut
    // that Qt then ignores.
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                                 QKeySequence(Qt::CTRL | Qt::Key_Y)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key))
            redoKeys << key;
    }
    m_redoAction->setShortcuts(redoKeys);
    m_findAction = make("actionFind", QKeySequence::Find);
    m_refreshAction = make("actionRefresh", QKeySequence::Refresh);
    m_expandAction = make("actionExpandAll", QKeySequence(QStringLiteral("Ctrl+E")));
    m_collapseAction = make("actionCollapseAll", QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    m_todayAction = make("actionToday", QKeySequence(QStringLiteral("Ctrl+T")));
    m_aboutAction = make("actionAbout");
    m_welcomeAction = make("actionWelcome");
    m_undoClearedNote = make("undoClearedNote");
    // Tasks with their indicators beneath, or indicators only (as before tasks).
    m_showTasksAction = make("actionShowTasks", QKeySequence(QStringLiteral("Ctrl+Shift+T")));
    m_showTasksAction->setCheckable(true);
    m_showTasksAction->setChecked(
        QSettings().value(QStringLiteral("tree/showTasks"), true).toBool());
    m_undoClearedNote->setEnabled(false);
    m_undoClearedNote->setVisible(false);
    m_quitAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Q")));

    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDialog);
    connect(m_saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopyDialog);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importReportDialog);
    connect(m_exportJsonAction, &QAction::triggered, this, &MainWindow::exportJsonDialog);
    connect(m_exportSheetsAction, &QAction::triggered, this, [this] {
        const QString done = SheetsExportDialog::run(this, *store(), treeModel()->asOf());
        if (!done.isEmpty())
            statusBar()->showMessage(done, 15000);
    });
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_refreshAction, &QAction::triggered, this, [this] { reloadIfChanged(true); });
    connect(m_expandAction, &QAction::triggered, this, [this] { m_tree->expandAll(); });
    connect(m_collapseAction, &QAction::triggered, this, [this] { m_tree->collapseAll(); });
    connect(m_showTasksAction, &QAction::toggled, this, [this](bool show) {
        QSettings().setValue(QStringLiteral("tree/showTasks"), show);
        rememberExpanded();
        treeModel()->setShowTasks(show);
        applyFilters();
    });
    connect(m_todayAction, &QAction::triggered, this, [this] { setAsOf(Clock::today()); });
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    connect(m_welcomeAction, &QAction::triggered, this, [this] { updateWelcome(true); });

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_importAction); // New from Report…, beside Open
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recent = new RecentFiles(m_recentMenu, this);
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openRecent);
    m_fileMenu->addAction(m_saveCopyAction);
    // File → Restore Backup… and Help → Check Data File… (the controller owns them).
    auto *backups = new BackupController(this);
    m_fileMenu->addActions(backups->fileActions());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportJsonAction);
    m_fileMenu->addAction(m_exportSheetsAction);
    // File → Import Sheets…: the sheets coming back (the controller owns the action).
    m_fileMenu->addActions((new SheetImportController(this))->fileActions());
    m_fileMenu->addActions(m_printController->exportActions());
    m_fileMenu->addSeparator();
    m_fileMenu->addActions(m_printController->printActions());
    m_fileMenu->addSeparator();
    m_fileMenu->addActions(m_meetingController->fileActions());
    // File → Connect to Server… (the controller owns it and the status bar's server note).
    m_fileMenu->insertActions(m_recentMenu->menuAction(),
                              (new ServerController(this))->fileActions());
    // File → Take Offline Copy… and Send Meeting Decisions… (the controller owns them).
    m_fileMenu->addActions((new OfflineCopyController(this))->fileActions());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addAction(m_undoClearedNote);
    m_editMenu->addSeparator();
    m_editMenu->addActions((new UnitsController(this))->editActions());
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_meetingController->viewActions());
    m_viewMenu->addActions((new UnreportedController(this))->viewActions());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_todayAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_expandAction);
    m_viewMenu->addAction(m_collapseAction);
    m_viewMenu->addAction(m_showTasksAction);
    m_viewMenu->addSeparator();
    LanguageManager::instance().populateMenu(m_viewMenu->addMenu(QString()));
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_welcomeAction);
    m_helpMenu->addActions(backups->helpActions());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::buildUi()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_asOfLabel = new QLabel(this);
    m_asOf = new QDateEdit(this);
    m_asOf->setObjectName(QStringLiteral("asOfDate"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setDate(treeModel()->asOf());
    m_toolBar->addWidget(m_asOfLabel);
    m_toolBar->addWidget(m_asOf);
    m_toolBar->addAction(m_todayAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);
    m_toolBar->addAction(m_refreshAction);
    connect(m_asOf, &QDateEdit::dateChanged, this, &MainWindow::setAsOf);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    leftLayout->addWidget(m_search);
    auto *filters = new QHBoxLayout;
    // Several statuses at once ("all behind" is two), so a menu of checkable statuses.
    m_statusFilter = new QToolButton(left);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setPopupMode(QToolButton::InstantPopup);
    m_statusFilter->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_statusFilter->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *statusMenu = new QMenu(m_statusFilter);
    m_allStatusesAction = statusMenu->addAction(QString());
    m_allStatusesAction->setObjectName(QStringLiteral("statusFilter_all"));
    m_allBehindAction = statusMenu->addAction(QString());
    m_allBehindAction->setObjectName(QStringLiteral("statusFilter_allBehind"));
    statusMenu->addSeparator();
    for (Status status : StatusStyle::all) {
        QAction *action = statusMenu->addAction(QString());
        action->setObjectName(QStringLiteral("statusFilter_") + statusKey(status));
        action->setCheckable(true);
        action->setData(int(status));
        connect(action, &QAction::toggled, this, &MainWindow::applyFilters);
        m_statusActions << action;
    }
    m_statusFilter->setMenu(statusMenu);
    auto checkOnly = [this](const std::vector<Status> &statuses) {
        for (QAction *action : std::as_const(m_statusActions)) {
            const QSignalBlocker quiet(action); // one refilter, not one per status
            action->setChecked(std::find(statuses.begin(), statuses.end(),
                                         Status(action->data().toInt())) != statuses.end());
        }
        applyFilters();
    };
    connect(m_allStatusesAction, &QAction::triggered, this, [checkOnly] { checkOnly({}); });
    connect(m_allBehindAction, &QAction::triggered, this, [checkOnly] {
        checkOnly({Status::SlightlyBehind, Status::Behind});
    });
    m_partFilter = new QComboBox(left);
    m_partFilter->setObjectName(QStringLiteral("partFilter"));
    m_partFilter->addItem(QString(), -1);
    for (PlanPart part :
         {PlanPart::Main, PlanPart::Area, PlanPart::Government, PlanPart::Livelihood})
        m_partFilter->addItem(QString(), int(part));
    filters->addWidget(m_statusFilter, 1);
    filters->addWidget(m_partFilter, 1);
    buildTaskControls(statusMenu, filters);
    leftLayout->addLayout(filters);

    m_tree = new QTreeView(left);
    m_tree->setObjectName(QStringLiteral("planTree"));
    m_tree->setUniformRowHeights(true);
    // Several rows at once (Shift, Ctrl): Set Responsible Unit… works on the selection.
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setAlternatingRowColors(true);
    m_tree->setItemDelegateForColumn(PlanTreeModel::ProgressColumn,
                                     new ProgressBarDelegate(m_tree));
    m_tree->setItemDelegateForColumn(PlanTreeModel::StatusColumn, new StatusChipDelegate(m_tree));
    // Names get a fixed share the user can drag; spare width goes to the last column, and a
    // narrow window scrolls sideways rather than squeezing the names away.
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(PlanTreeModel::NameColumn, 250);
    m_tree->header()->resizeSection(PlanTreeModel::TargetColumn, 85);
    m_tree->header()->resizeSection(PlanTreeModel::ActualColumn, 100);
    m_tree->header()->resizeSection(PlanTreeModel::ProgressColumn, 128);
    m_tree->header()->resizeSection(PlanTreeModel::StatusColumn, 95);
    leftLayout->addWidget(m_tree, 1);
    m_tree->installEventFilter(this);
    m_search->installEventFilter(this);
    // An empty result says so instead of showing a blank tree.
    m_noMatches = new QLabel(m_tree->viewport());
    m_noMatches->setObjectName(QStringLiteral("noMatches"));
    m_noMatches->setAlignment(Qt::AlignCenter);
    m_noMatches->setWordWrap(true);
    m_noMatches->setStyleSheet(QStringLiteral("color: #666; padding: 24px;"));
    auto *overlay = new QVBoxLayout(m_tree->viewport());
    overlay->addWidget(m_noMatches, 0, Qt::AlignTop);
    m_noMatches->hide();
    m_tree->header()->setMinimumSectionSize(40);
    connect(m_tree->header(), &QHeaderView::sectionResized, this, [this] {
        // A drag of a divider, not the view stretching its last column.
        if (!m_fittingColumns && (QApplication::mouseButtons() & Qt::LeftButton))
            m_columnsSizedByUser = true;
    });

    m_right = new QStackedWidget(m_splitter);
    m_indicatorScroll = new QScrollArea(m_right);
    m_indicatorScroll->setWidgetResizable(true);
    m_indicatorScroll->setFrameShape(QFrame::NoFrame);
    // Both panes scroll, so neither forces a minimum width on the tree beside them.
    m_overviewScroll = new QScrollArea(m_right);
    m_overviewScroll->setWidgetResizable(true);
    m_overviewScroll->setFrameShape(QFrame::NoFrame);
    m_taskScroll = new QScrollArea(m_right);
    m_taskScroll->setWidgetResizable(true);
    m_taskScroll->setFrameShape(QFrame::NoFrame);
    m_right->addWidget(m_overviewScroll);
    m_right->addWidget(m_indicatorScroll);
    m_right->addWidget(m_taskScroll);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_right);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 4);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(6, 6, 6, 0);
    m_welcome = new WelcomeBanner(central);
    m_welcome->hide(); // shown the first time each data file is opened
    centralLayout->addWidget(m_welcome);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_pathStatus = new QLabel(this);
    m_pathStatus->setObjectName(QStringLiteral("pathStatus"));
    m_asOfStatus = new QLabel(this);
    statusBar()->addWidget(m_pathStatus, 1);
    statusBar()->addPermanentWidget(m_asOfStatus);

    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::applyFilters);
    connect(m_partFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilters);
    // What the user opens and closes is noted as it happens (a walk of the tree per signal
    // cost seconds when a search was cleared at 50,000 indicators).
    connect(m_tree, &QTreeView::expanded, this,
            [this](const QModelIndex &index) { noteExpanded(index, true); });
    connect(m_tree, &QTreeView::collapsed, this,
            [this](const QModelIndex &index) { noteExpanded(index, false); });
}

void MainWindow::attachDocument()
{
    PlanDocument *document = m_document.get();
    m_undoGroup->addStack(document->undoStack());
    m_undoGroup->setActiveStack(document->undoStack());
    // The view makes a selection model per model; the old one is ours to delete.
    QItemSelectionModel *oldSelection = m_tree->selectionModel();
    document->treeModel()->setShowTasks(m_showTasksAction->isChecked());
    m_tree->setModel(document->filterModel());
    delete oldSelection;
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(document->treeModel(), &QAbstractItemModel::modelReset, this, [this] {
        restoreExpanded();
        onCurrentChanged({});
    });
    connect(document->store(), &PlanStore::measurementsChanged, this, &MainWindow::updateStatusBar);
    connect(document, &PlanDocument::readFailed, this, &MainWindow::showReadError);
    connect(document->undoStack(), &QUndoStack::indexChanged, this,
            [this] { m_undoClearedNote->setVisible(false); });
    connect(document->filterModel(), &QAbstractItemModel::layoutChanged, this,
            &MainWindow::updateNoMatches);
    connect(document->filterModel(), &QAbstractItemModel::modelReset, this,
            &MainWindow::updateNoMatches);
    connect(document->filterModel(), &QAbstractItemModel::rowsRemoved, this,
            &MainWindow::updateNoMatches);
    connect(document->filterModel(), &QAbstractItemModel::rowsInserted, this,
            &MainWindow::updateNoMatches);
    // Panes belong to a document; the scroll areas delete the old ones when given new ones.
    m_overviewPane = new OverviewPane(document->treeModel(), m_overviewScroll);
    m_overviewScroll->setWidget(m_overviewPane);
    m_indicatorPane = new IndicatorPane(document, m_indicatorScroll);
    m_indicatorScroll->setWidget(m_indicatorPane);
    m_taskPane = new TaskPane(document, m_taskScroll);
    m_taskScroll->setWidget(m_taskPane);
    connect(m_taskPane, &TaskPane::indicatorActivated, this, [this](qint64 id) {
        selectIndicator(treeModel()->indexForIndicator(id).data(CodeRole).toString());
    });
    // The unit filter lists the units named now: after a reset, and shortly after an edit.
    connect(document->treeModel(), &QAbstractItemModel::modelReset, this,
            &MainWindow::updateUnitFilter);
    connect(TaskStore::of(document->store()), &TaskStore::taskChanged, m_unitsTimer,
            qOverload<>(&QTimer::start));
    connect(document->store(), &PlanStore::indicatorChanged, m_unitsTimer,
            qOverload<>(&QTimer::start));
    updateUnitFilter();
}

void MainWindow::showReadError(const QString &message)
{
    statusBar()->showMessage(message, 15000);
    // One box at a time: a damaged file fails many reads in a row.
    if (m_readErrorShowing)
        return;
    m_readErrorShowing = true;
    QTimer::singleShot(0, this, [this, message] {
        QMessageBox::warning(this, tr("Cannot Read the Data File"), message);
        m_readErrorShowing = false;
    });
}

void MainWindow::retranslateUi()
{
    setWindowTitle(treeModel()->planInfo().title.isEmpty()
                       ? tr("Progress Dashboard")
                       : tr("%1 — Progress Dashboard").arg(treeModel()->planInfo().title));
    // On a shared server the title says which one and as whom.
    if (store()->isServer())
        setWindowTitle(
            tr("%1 — %2 as %3").arg(windowTitle(), store()->description(), store()->userName()));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Toolbar"));
    m_openAction->setText(tr("&Open Data File…"));
    m_saveCopyAction->setText(tr("Save a &Copy…"));
    m_importAction->setText(tr("&New from Report…"));
    m_importAction->setToolTip(tr("Read another work report (plain text) into a new data file"));
    m_exportJsonAction->setText(tr("Export &JSON…"));
    m_exportSheetsAction->setText(tr("Export &Sheets…"));
    m_quitAction->setText(tr("&Quit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_findAction->setText(tr("&Find…"));
    m_refreshAction->setText(tr("&Reload"));
    m_refreshAction->setToolTip(tr("Read changes made by other programs (F5)"));
    m_expandAction->setText(tr("&Expand All"));
    m_collapseAction->setText(tr("&Collapse All"));
    m_showTasksAction->setText(tr("Show &Tasks"));
    m_showTasksAction->setToolTip(
        tr("Show the report's tasks (台账) with their indicators beneath, "
           "or the indicators only (Ctrl+Shift+T)"));
    m_showTasksButton->setText(tr("Tasks"));
    for (int i = 0; i < m_taskStatusActions.size(); ++i) {
        const TaskStatus status = TaskStatus(m_taskStatusActions[i]->data().toInt());
        m_taskStatusActions[i]->setText(
            tr("Task: %1 %2").arg(TaskStatusStyle::symbol(status), TaskStatusStyle::label(status)));
    }
    m_overdueAction->setText(tr("Task: overdue (%1)").arg(TaskStatusStyle::overdueLabel()));
    m_unitFilter->setItemText(0, tr("All units"));
    m_unitFilter->setToolTip(tr("Show only the indicators and tasks this unit leads"));
    m_todayAction->setText(tr("&Today"));
    m_todayAction->setToolTip(tr("Show the figures as of today"));
    m_aboutAction->setText(tr("&About Progress Dashboard"));
    m_welcomeAction->setText(tr("&Welcome Tips"));
    m_welcomeAction->setToolTip(tr("Show again what this window holds and how to enter progress"));
    m_recent->retranslate();
    m_asOfLabel->setText(tr(" As of: "));
    m_asOf->setToolTip(tr("Statuses, charts and roll-ups are computed at this date"));
    m_search->setPlaceholderText(tr("Search names, codes and report text (Ctrl+F)"));
    m_allStatusesAction->setText(tr("All statuses"));
    m_allBehindAction->setText(tr("All behind (%1 %2 + %3 %4)")
                                   .arg(StatusStyle::symbol(Status::SlightlyBehind),
                                        StatusStyle::label(Status::SlightlyBehind),
                                        StatusStyle::symbol(Status::Behind),
                                        StatusStyle::label(Status::Behind)));
    for (int i = 0; i < m_statusActions.size(); ++i)
        m_statusActions[i]->setText(StatusStyle::symbol(StatusStyle::all[i]) + QLatin1Char(' ') +
                                    StatusStyle::label(StatusStyle::all[i]));
    updateStatusFilterButton();
    updateNoMatches();
    const QStringList parts{tr("All parts"), tr("Main targets"), tr("Work areas"),
                            tr("Government self-building"), tr("Livelihood projects")};
    for (int i = 0; i < parts.size(); ++i)
        m_partFilter->setItemText(i, parts[i]);
    updateStatusBar();
    if (m_undoClearedNote->isVisible())
        m_undoClearedNote->setText(tr("Undo history cleared: another program changed the file"));
    fitColumns();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

bool MainWindow::openFile(const QString &path, QString *error)
{
    // A refused file leaves the current document in place.
    std::unique_ptr<PlanDocument> document = PlanDocument::open(path, error);
    if (!document)
        return false;
    setDocument(std::move(document));
    return true;
}

bool MainWindow::openServer(const ServerAddress &address, const QString &password, QString *error)
{
    std::unique_ptr<PlanDocument> document = PlanDocument::openServer(address, password, error);
    if (!document)
        return false;
    setDocument(std::move(document));
    return true;
}

void MainWindow::setDocument(std::unique_ptr<PlanDocument> document)
{
    rememberExpanded();
    saveSettings();
    // The old document goes once the views have let go of it.
    std::unique_ptr<PlanDocument> old = std::exchange(m_document, std::move(document));
    attachDocument();
    m_undoGroup->removeStack(old->undoStack());
    old.reset();

    const int year = treeModel()->planYear();
    if (year > 0) {
        const QSignalBlocker quiet(m_asOf); // the model is already at its start date
        m_asOf->setDateRange(QDate(year, 1, 1), QDate(year, 12, 31));
        m_asOf->setDate(treeModel()->asOf());
    }
    // A server is known by its address (a file by its whole path) for what is kept per plan.
    const bool server = m_document->store()->isServer();
    const QString path =
        server ? m_document->store()->description() : QFileInfo(filePath()).absoluteFilePath();
    QSettings settings;
    m_expandedNodes.clear();
    for (const QVariant &id : settings.value(QStringLiteral("tree/expanded/") + path).toList())
        m_expandedNodes << id.toLongLong();
    // The search and the filters the user had set apply to the new plan too.
    applyFilters();
    if (m_document->isOpen() && !server) {
        settings.setValue(QStringLiteral("lastFile"), path);
        m_recent->add(path);
    }
    m_undoClearedNote->setVisible(false);
    retranslateUi();
    m_welcome->setPlan(treeModel()->planInfo().title, int(treeModel()->indicatorsUnder({}).size()),
                       path);
    updateWelcome(false);
    m_overviewPane->showGroup({});
    m_right->setCurrentWidget(m_overviewScroll);
    emit fileOpened();
}

QString MainWindow::filePath() const
{
    return m_document->path();
}

QString MainWindow::unitFilter() const
{
    return m_unitFilter && m_unitFilter->currentIndex() > 0 ? m_unitFilter->currentText()
                                                            : QString();
}

QModelIndex MainWindow::currentSourceIndex() const
{
    return filterModel()->mapToSource(m_tree->currentIndex());
}

void MainWindow::setAsOf(const QDate &date)
{
    if (!date.isValid())
        return;
    if (m_asOf->date() != date) {
        m_asOf->setDate(date); // comes back here through dateChanged
        if (m_asOf->date() != date)
            return; // outside the plan's year: the editor kept its bound
    }
    treeModel()->setAsOf(m_asOf->date());
    m_indicatorPane->refresh();
    m_taskPane->refresh();
    updateStatusBar();
}

QDate MainWindow::asOf() const
{
    return treeModel()->asOf();
}

void MainWindow::updateStatusBar()
{
    if (!m_pathStatus)
        return;
    m_pathStatus->setText(store()->isOpen()
                              ? tr("Data file: %1").arg(QDir::toNativeSeparators(store()->path()))
                              : tr("No data file open"));
    m_asOfStatus->setText(
        tr("As of %1").arg(QLocale().toString(treeModel()->asOf(), QLocale::LongFormat)));
}

void MainWindow::applyFilters()
{
    std::vector<Status> statuses;
    for (QAction *action : std::as_const(m_statusActions)) {
        if (action->isChecked())
            statuses.push_back(Status(action->data().toInt()));
    }
    const int part = m_partFilter->currentData().toInt();
    std::vector<TaskStatus> taskStatuses;
    for (QAction *action : std::as_const(m_taskStatusActions)) {
        if (action->isChecked())
            taskStatuses.push_back(TaskStatus(action->data().toInt()));
    }
    const QString unit = m_unitFilter->currentIndex() > 0 ? m_unitFilter->currentText() : QString();
    const bool overdue = m_overdueAction->isChecked();
    if (filterModel()->isFiltering() && m_search->text().trimmed().isEmpty() && statuses.empty() &&
        part < 0 && taskStatuses.empty() && !overdue && unit.isEmpty()) {
        // Leaving the filter: close the matches first, so the view's thousands of open rows
        // are dropped, not carried through the change of what is shown.
        const QScopedValueRollback<bool> restoring(m_restoringExpanded, true);
        m_tree->collapseAll();
    }
    filterModel()->setSearchText(m_search->text());
    filterModel()->setStatusFilter(statuses);
    filterModel()->setTaskStatusFilter(taskStatuses);
    filterModel()->setOverdueFilter(overdue);
    filterModel()->setUnitFilter(unit);
    updateStatusFilterButton();
    filterModel()->setPartFilter(part < 0 ? std::nullopt : std::optional<PlanPart>(PlanPart(part)));
    // While filtering, show every match; afterwards, go back to what the user had open.
    if (filterModel()->isFiltering())
        m_tree->expandAll();
    else
        restoreExpanded();
    // A filter that hides what the pane shows takes the pane back to the plan: the pane must
    // not keep showing (and taking figures for) a row the tree no longer has.
    if (!m_tree->currentIndex().isValid() &&
        (m_right->currentWidget() == m_indicatorScroll || m_right->currentWidget() == m_taskScroll))
        onCurrentChanged({});
    updateNoMatches();
}

void MainWindow::updateStatusFilterButton()
{
    QStringList symbols;
    QStringList labels;
    for (QAction *action : std::as_const(m_statusActions)) {
        if (!action->isChecked())
            continue;
        const Status status = Status(action->data().toInt());
        symbols << StatusStyle::symbol(status);
        labels << StatusStyle::symbol(status) + QLatin1Char(' ') + StatusStyle::label(status);
    }
    const bool allBehind =
        labels.size() == 2 && m_statusActions[2]->isChecked() && m_statusActions[3]->isChecked();
    // The task filters after the indicators' statuses, in their own words.
    QStringList taskLabels;
    for (QAction *action : std::as_const(m_taskStatusActions)) {
        if (action->isChecked())
            taskLabels << action->text();
    }
    if (m_overdueAction->isChecked())
        taskLabels << m_overdueAction->text();
    if (!taskLabels.isEmpty()) {
        const QString indicatorPart = labels.isEmpty() ? QString()
                                      : allBehind      ? symbols.join(QString()) + QLatin1Char(' ')
                                                  : symbols.join(QString()) + QStringLiteral(" + ");
        m_statusFilter->setText(indicatorPart +
                                (taskLabels.size() == 1
                                     ? taskLabels.first()
                                     : tr("%n task filter(s)", "", int(taskLabels.size()))));
        m_statusFilter->setToolTip((labels + taskLabels).join(QLatin1Char('\n')));
        return;
    }
    if (labels.isEmpty())
        m_statusFilter->setText(tr("All statuses"));
    else if (labels.size() == 1)
        m_statusFilter->setText(labels.first());
    else if (allBehind)
        m_statusFilter->setText(symbols.join(QString()) + QLatin1Char(' ') + tr("All behind"));
    else
        m_statusFilter->setText(symbols.join(QString()) + QLatin1Char(' ') +
                                tr("%n statuses", "", int(labels.size())));
    m_statusFilter->setToolTip(labels.isEmpty() ? tr("Show only indicators in these statuses")
                                                : labels.join(QLatin1Char('\n')));
}

void MainWindow::updateNoMatches()
{
    if (!m_noMatches)
        return;
    const bool empty = filterModel()->isFiltering() && filterModel()->rowCount() == 0;
    const QString search = m_search->text().trimmed();
    m_noMatches->setText(search.isEmpty()
                             ? tr("No matches: nothing has the chosen statuses, unit or deadline "
                                  "in this part.")
                             : tr("No matches for “%1”. Press Esc to clear the search.")
                                   .arg(search.toHtmlEscaped()));
    m_noMatches->setVisible(empty);
}

void MainWindow::enterTreeFromSearch(bool selectFirstIndicator)
{
    PlanFilterModel *filter = filterModel();
    if (filter->rowCount() == 0)
        return;
    QModelIndex target = filter->index(0, 0);
    if (selectFirstIndicator) {
        // Depth first, the first indicator the search kept.
        std::function<QModelIndex(const QModelIndex &)> first = [&](const QModelIndex &parent) {
            for (int r = 0; r < filter->rowCount(parent); ++r) {
                const QModelIndex index = filter->index(r, 0, parent);
                if (index.data(ItemTypeRole).toInt() == int(PlanItemType::Indicator))
                    return index;
                const QModelIndex below = first(index);
                if (below.isValid())
                    return below;
            }
            return QModelIndex();
        };
        const QModelIndex indicator = first({});
        if (indicator.isValid())
            target = indicator;
    } else if (m_tree->currentIndex().isValid()) {
        target = m_tree->currentIndex();
    }
    m_tree->setFocus(Qt::ShortcutFocusReason);
    m_tree->scrollTo(target);
    m_tree->setCurrentIndex(target);
}

bool MainWindow::treeKey(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods =
        event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (mods != Qt::NoModifier)
        return false;
    const QModelIndex source = filterModel()->mapToSource(m_tree->currentIndex());
    const bool onIndicator = treeModel()->indicatorAt(source) != nullptr;
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (onIndicator) {
            m_indicatorPane->beginEntry();
            return true;
        }
        if (treeModel()->taskAt(source) && !m_tree->model()->hasChildren(m_tree->currentIndex())) {
            // A task with nothing below: Enter goes to its progress, as to an indicator's figure.
            m_taskPane->progressTextField()->setFocus();
            return true;
        }
        if (m_tree->currentIndex().isValid()) {
            m_tree->setExpanded(m_tree->currentIndex(),
                                !m_tree->isExpanded(m_tree->currentIndex()));
            return true;
        }
        return false;
    }
    // A figure typed on a selected indicator is its new value: the keys go to the entry
    // field; letters still search the tree, arrows still move.
    static const QString figureKeys = QStringLiteral("0123456789.,-+%");
    const QString text = event->text();
    if (onIndicator && text.size() == 1 && figureKeys.contains(text.at(0))) {
        m_indicatorPane->beginEntry(text);
        return true;
    }
    return false;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_tree)
            return treeKey(key);
        if (watched == m_search && key->modifiers() == Qt::NoModifier) {
            switch (key->key()) {
            case Qt::Key_Return:
            case Qt::Key_Enter:
                enterTreeFromSearch(true);
                return true;
            case Qt::Key_Down:
                enterTreeFromSearch(false);
                return true;
            case Qt::Key_Escape:
                if (m_search->text().isEmpty())
                    return false;
                m_search->clear();
                return true;
            default:
                break;
            }
        }
    }
    if (watched == m_tree && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &MainWindow::fitColumns);
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::fitColumns()
{
    if (m_columnsSizedByUser || !m_tree)
        return;
    // Each column as wide as what it shows in this language (the status chips, the gaps in
    // words); the names take what is left, so the window needs no sideways scrolling.
    const QFontMetrics fm = m_tree->fontMetrics();
    QHeaderView *header = m_tree->header();
    int statusWidth =
        fm.horizontalAdvance(
            header->model()->headerData(PlanTreeModel::StatusColumn, Qt::Horizontal).toString()) +
        16;
    for (Status status : StatusStyle::all)
        statusWidth = std::max(statusWidth,
                               fm.horizontalAdvance(StatusStyle::symbol(status) + QLatin1Char(' ') +
                                                    StatusStyle::label(status)) +
                                   26);
    // A group's counts ("★1 ●12 ▲3 ■2 ○40") are shown in the same column: room for all five.
    statusWidth =
        std::max(statusWidth, fm.horizontalAdvance(QStringLiteral("★9 ●99 ▲9 ■99 ○99")) + 16);
    const int progressWidth = std::max(fm.horizontalAdvance(QStringLiteral("低35.5个百分点")) + 24,
                                       fm.horizontalAdvance(QStringLiteral("100% · 13/13")) + 40);
    const int targetWidth = fm.horizontalAdvance(QStringLiteral("≥1000 公里")) + 12;
    const int actualWidth = fm.horizontalAdvance(QStringLiteral("1000 · 12/31")) + 12;
    const int available = m_tree->viewport()->width();
    const int nameWidth =
        std::max(fm.horizontalAdvance(QStringLiteral("A1.2.3 新引进首店")) + 30,
                 available - statusWidth - progressWidth - targetWidth - actualWidth);
    m_fittingColumns = true;
    header->resizeSection(PlanTreeModel::NameColumn, nameWidth);
    header->resizeSection(PlanTreeModel::TargetColumn, targetWidth);
    header->resizeSection(PlanTreeModel::ActualColumn, actualWidth);
    header->resizeSection(PlanTreeModel::ProgressColumn, progressWidth);
    header->resizeSection(PlanTreeModel::StatusColumn, statusWidth);
    m_fittingColumns = false;
}

void MainWindow::updateWelcome(bool force)
{
    // Once per data file: a new user meets it on the first start, and a file opened for the
    // first time introduces itself; Help → Welcome Tips brings it back.
    QSettings settings;
    const QString key = QStringLiteral("welcome/seen/") + QFileInfo(filePath()).absoluteFilePath();
    if (force || (m_document->isOpen() && !settings.value(key, false).toBool())) {
        m_welcome->show();
        if (m_document->isOpen())
            settings.setValue(key, true);
    } else {
        m_welcome->hide();
    }
}

void MainWindow::onCurrentChanged(const QModelIndex &current)
{
    const QModelIndex source = filterModel()->mapToSource(current);
    if (const Indicator *indicator = treeModel()->indicatorAt(source)) {
        m_indicatorPane->showIndicator(indicator->id);
        m_right->setCurrentWidget(m_indicatorScroll);
        return;
    }
    if (const TaskRecord *task = treeModel()->taskAt(source)) {
        m_taskPane->showTask(task->id);
        m_right->setCurrentWidget(m_taskScroll);
        return;
    }
    m_overviewPane->showGroup(source);
    m_right->setCurrentWidget(m_overviewScroll);
}

bool MainWindow::selectIndicator(const QString &code)
{
    const auto indicator = store()->indicatorByCode(code);
    if (!indicator)
        return false;
    QModelIndex index = filterModel()->mapFromSource(treeModel()->indexForIndicator(indicator->id));
    if (!index.isValid()) {
        clearFilters();
        index = filterModel()->mapFromSource(treeModel()->indexForIndicator(indicator->id));
    }
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
    return true;
}

bool MainWindow::selectTask(const QString &code)
{
    const auto task = TaskStore::of(store())->taskByCode(code);
    if (!task)
        return false;
    if (!m_showTasksAction->isChecked())
        m_showTasksAction->setChecked(true);
    QModelIndex index = filterModel()->mapFromSource(treeModel()->indexForTask(task->id));
    if (!index.isValid()) {
        clearFilters();
        index = filterModel()->mapFromSource(treeModel()->indexForTask(task->id));
    }
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
    return index.isValid();
}

void MainWindow::clearFilters()
{
    m_search->clear();
    for (QAction *action : std::as_const(m_statusActions))
        action->setChecked(false);
    for (QAction *action : std::as_const(m_taskStatusActions))
        action->setChecked(false);
    m_overdueAction->setChecked(false);
    m_unitFilter->setCurrentIndex(0);
    m_partFilter->setCurrentIndex(0);
}

void MainWindow::buildTaskControls(QMenu *statusMenu, QHBoxLayout *filters)
{
    // Task statuses and 逾期 below the indicators' statuses, in the same menu.
    statusMenu->addSeparator();
    for (TaskStatus status : TaskStatusStyle::all) {
        QAction *action = statusMenu->addAction(QString());
        action->setObjectName(QStringLiteral("taskStatusFilter_") + taskStatusKey(status));
        action->setCheckable(true);
        action->setData(int(status));
        connect(action, &QAction::toggled, this, &MainWindow::applyFilters);
        m_taskStatusActions << action;
    }
    m_overdueAction = statusMenu->addAction(QString());
    m_overdueAction->setObjectName(QStringLiteral("taskStatusFilter_overdue"));
    m_overdueAction->setCheckable(true);
    connect(m_overdueAction, &QAction::toggled, this, &MainWindow::applyFilters);
    connect(m_allStatusesAction, &QAction::triggered, this, [this] {
        for (QAction *action : std::as_const(m_taskStatusActions)) {
            const QSignalBlocker quiet(action);
            action->setChecked(false);
        }
        const QSignalBlocker quiet(m_overdueAction);
        m_overdueAction->setChecked(false);
        applyFilters();
    });
    m_unitFilter = new QComboBox(m_partFilter->parentWidget());
    m_unitFilter->setObjectName(QStringLiteral("unitFilter"));
    m_unitFilter->addItem(QString());
    m_unitFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unitFilter->setMinimumContentsLength(6);
    connect(m_unitFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilters);
    filters->addWidget(m_unitFilter, 1);
    m_showTasksButton = new QToolButton(m_partFilter->parentWidget());
    m_showTasksButton->setObjectName(QStringLiteral("showTasksButton"));
    m_showTasksButton->setDefaultAction(m_showTasksAction);
    m_showTasksButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    filters->addWidget(m_showTasksButton);
    m_unitsTimer = new QTimer(this);
    m_unitsTimer->setSingleShot(true);
    m_unitsTimer->setInterval(250);
    connect(m_unitsTimer, &QTimer::timeout, this, &MainWindow::updateUnitFilter);
}

void MainWindow::updateUnitFilter()
{
    if (!m_unitFilter)
        return;
    const QStringList units = treeModel()->leadUnits();
    QStringList listed;
    for (int i = 1; i < m_unitFilter->count(); ++i)
        listed << m_unitFilter->itemText(i);
    if (listed == units)
        return;
    // Keeps the chosen unit while it is still named; otherwise the filter goes back to all.
    const QString chosen =
        m_unitFilter->currentIndex() > 0 ? m_unitFilter->currentText() : QString();
    {
        const QSignalBlocker quiet(m_unitFilter);
        while (m_unitFilter->count() > 1)
            m_unitFilter->removeItem(1);
        m_unitFilter->addItems(units);
        m_unitFilter->setCurrentIndex(std::max(0, int(units.indexOf(chosen)) + 1));
    }
    if (m_unitFilter->currentIndex() == 0 && !chosen.isEmpty())
        applyFilters();
}

void MainWindow::rememberExpanded()
{
    if (filterModel()->isFiltering() || !m_tree)
        return;
    m_expandedNodes.clear();
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < filterModel()->rowCount(parent); ++r) {
            const QModelIndex index = filterModel()->index(r, 0, parent);
            if (m_tree->isExpanded(index)) {
                m_expandedNodes << index.data(NodeIdRole).toLongLong();
                walk(index);
            }
        }
    };
    walk({});
}

void MainWindow::noteExpanded(const QModelIndex &index, bool expanded)
{
    // While filtering everything is open; that is not what the user chose to open.
    if (m_restoringExpanded || filterModel()->isFiltering())
        return;
    const qint64 id = index.data(NodeIdRole).toLongLong();
    m_expandedNodes.removeAll(id);
    if (expanded)
        m_expandedNodes << id;
}

void MainWindow::restoreExpanded()
{
    if (!m_tree)
        return;
    const QList<qint64> ids = m_expandedNodes;
    const QScopedValueRollback<bool> restoring(m_restoringExpanded, true);
    m_tree->collapseAll();
    for (qint64 id : ids) {
        const QModelIndex index = filterModel()->mapFromSource(treeModel()->indexForNode(id));
        if (index.isValid())
            m_tree->expand(index);
    }
    m_expandedNodes = ids;
}

void MainWindow::reloadIfChanged(bool force)
{
    if (!store()->isOpen())
        return;
    const bool changed = store()->changedExternally();
    if (!changed && !force)
        return;
    const int steps = undoStack()->count();
    if (changed && !m_document->followOutsideChanges()) {
        // Not row by row (a plan replaced, a figure deleted, many changes): read it all again,
        // keeping what was open and selected. Another program's edits are not on the undo
        // stack, and undoing ours over them could overwrite them: the history goes, and the
        // user is told.
        const qint64 current = m_indicatorPane->indicatorId();
        const QModelIndex currentIndex = filterModel()->mapToSource(m_tree->currentIndex());
        const qint64 currentNode = currentIndex.data(NodeIdRole).toLongLong();
        const bool wasIndicator = treeModel()->indicatorAt(currentIndex) != nullptr;
        const TaskRecord *wasTask = treeModel()->taskAt(currentIndex);
        const qint64 currentTask = wasTask ? wasTask->id : 0;
        rememberExpanded();
        m_document->reload();
        restoreExpanded();
        QModelIndex again = current && wasIndicator ? treeModel()->indexForIndicator(current)
                            : currentTask           ? treeModel()->indexForTask(currentTask)
                                                    : treeModel()->indexForNode(currentNode);
        if (again.isValid())
            m_tree->setCurrentIndex(filterModel()->mapFromSource(again));
    }
    // Unchanged outside, the tree already is the file: our own changes reached it row by row.
    m_indicatorPane->refresh();
    m_taskPane->refresh();
    if (changed && steps > 0) {
        m_undoClearedNote->setText(tr("Undo history cleared: another program changed the file"));
        m_undoClearedNote->setVisible(true);
        statusBar()->showMessage(
            tr("Another program changed the data file: its changes are shown. The undo history "
               "(%n step(s)) "
               "was cleared, since undoing it could overwrite those changes.",
               "", steps),
            15000);
    } else if (changed) {
        statusBar()->showMessage(
            tr("Another program changed the data file: its changes are shown."), 5000);
    } else {
        statusBar()->showMessage(
            tr("The data file is as shown: no other program has changed it (undo history kept)."),
            5000);
    }
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: most of the screen, since the tree and the charts both want room, but
        // never more than the screen (its frame included) on a small laptop.
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        const QSize frame(40, 60); // title bar and borders, which resize() does not count
        resize(std::min(screen.width() - frame.width(), std::max(1024, screen.width() * 9 / 10)),
               std::min(screen.height() - frame.height(), std::max(700, screen.height() * 9 / 10)));
        move(screen.center() - rect().center());
        // After the first layout, or the stretch factors win.
        QTimer::singleShot(0, this, [this] {
            m_splitter->setSizes({m_splitter->width() * 53 / 100, m_splitter->width() * 47 / 100});
        });
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // A state saved before the first layout (a window killed at once) holds sizes of -1 or 0,
    // which would bring one pane back as a sliver: the default split stands instead.
    if (!m_splitter->restoreState(
            settings.value(QStringLiteral("window/splitter")).toByteArray()) ||
        m_splitter->sizes().contains(0) || m_splitter->sizes().contains(-1))
        m_splitter->setSizes({500, 400}); // scaled to the width, as the stretch factors share it
    m_columnsSizedByUser = settings.value(QStringLiteral("tree/headerByUser"), false).toBool();
    if (m_columnsSizedByUser)
        m_tree->header()->restoreState(settings.value(QStringLiteral("tree/header")).toByteArray());
    // A width saved before gaps were shown ("低0.8个百分点") would cut them: keep room for one,
    // once the restored state has reached the sections.
    QTimer::singleShot(0, this, [this] {
        const int gapWidth =
            m_tree->fontMetrics().horizontalAdvance(QStringLiteral("低35.5个百分点")) + 24;
        if (m_tree->header()->sectionSize(PlanTreeModel::ProgressColumn) < gapWidth)
            m_tree->header()->resizeSection(PlanTreeModel::ProgressColumn, gapWidth);
    });
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    const QList<int> sizes = m_splitter->sizes();
    if (std::all_of(sizes.begin(), sizes.end(), [](int size) { return size > 0; }))
        settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("tree/header"), m_tree->header()->saveState());
    settings.setValue(QStringLiteral("tree/headerByUser"), m_columnsSizedByUser);
    if (store()->isOpen()) {
        QVariantList ids;
        for (qint64 id : m_expandedNodes)
            ids << id;
        settings.setValue(
            QStringLiteral("tree/expanded/") + QFileInfo(store()->path()).absoluteFilePath(), ids);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    rememberExpanded();
    saveSettings();
    event->accept();
}

namespace {
QString dataFileFilter()
{
    return MainWindow::tr("Progress Dashboard data (*.sqlite *.pdb *.db);;All files (*)");
}
} // namespace

void MainWindow::openDialog()
{
    const QString path = FileDialog::getOpenFileName(
        this, tr("Open Data File"), QFileInfo(store()->path()).absolutePath(), dataFileFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (!openFile(path, &error))
        QMessageBox::warning(this, tr("Cannot Open Data File"), error);
}

void MainWindow::openRecent(const QString &path)
{
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(filePath()).absoluteFilePath())
        return; // already open
    QString error;
    if (!QFileInfo::exists(path)) {
        // Opening would make a new file there with the built-in plan: not what a recent
        // entry means.
        m_recent->remove(path);
        QMessageBox::warning(this, tr("Cannot Open Data File"),
                             tr("%1 no longer exists; it was removed from the recent files.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!openFile(path, &error))
        QMessageBox::warning(this, tr("Cannot Open Data File"), error);
}

void MainWindow::saveCopyDialog()
{
    const QString path = FileDialog::getSaveFileName(
        this, tr("Save a Copy"), QFileInfo(store()->path()).absolutePath(), dataFileFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (!store()->saveCopy(path, &error))
        QMessageBox::warning(this, tr("Cannot Save a Copy"), error);
    else
        statusBar()->showMessage(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(path)),
                                 5000);
}

void MainWindow::importReportDialog()
{
    const QString report = FileDialog::getOpenFileName(this, tr("Import Work Report"), QString(),
                                                       tr("Text files (*.txt);;All files (*)"));
    if (report.isEmpty())
        return;
    QString error;
    ParsedPlan plan;
    if (!ReportParser().parseFile(report, &plan, &error)) {
        QMessageBox::warning(this, tr("Cannot Import Report"), error);
        return;
    }
    // What will be created, before anything is: the user may leave indicators out.
    ReportPreviewDialog preview(std::move(plan), report, this);
    if (preview.exec() != QDialog::Accepted)
        return;
    plan = preview.planToCreate();
    const QString target = FileDialog::getSaveFileName(
        this, tr("New Data File for %1").arg(plan.info.title),
        QFileInfo(report).absoluteDir().filePath(QFileInfo(report).completeBaseName() +
                                                 QStringLiteral(".sqlite")),
        dataFileFilter());
    if (target.isEmpty())
        return;
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(store()->path()).absoluteFilePath()) {
        QMessageBox::warning(this, tr("Cannot Import Report"),
                             tr("Choose a new file; the open data file is not replaced."));
        return;
    }
    // Written beside the target and moved into place when complete: a failure leaves no
    // half-made file, and the replaced file's log is not replayed into the new one.
    std::unique_ptr<PlanDocument> document = PlanDocument::createFromPlan(target, plan, &error);
    if (!document) {
        QMessageBox::warning(this, tr("Cannot Import Report"), error);
        return;
    }
    setDocument(std::move(document));
    statusBar()->showMessage(tr("Imported %n indicator(s).", "", int(plan.indicators.size())),
                             5000);
}

void MainWindow::exportJsonDialog()
{
    const QString path =
        FileDialog::getSaveFileName(this, tr("Export JSON"), QString(), tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    // Through a temporary file beside the target, never onto a device or a folder.
    QString error;
    if (!OutputFile::write(path, JsonExporter::exportPlan(*store(), treeModel()->asOf()), &error))
        QMessageBox::warning(this, tr("Cannot Export"), error);
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Progress Dashboard"),
        tr("<h3>Progress Dashboard %1</h3><p>Tracks the targets of a government work "
           "report through the year: progress figures, statuses against the share of "
           "the year elapsed (序时进度), charts and printed progress sheets.</p>"
           "<p>Everything is kept in one local data file; nothing is sent anywhere.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace pd
