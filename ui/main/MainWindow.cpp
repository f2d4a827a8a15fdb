#include "main/MainWindow.h"

#include "main/IndicatorPane.h"
#include "export/JsonExporter.h"
#include "i18n/LanguageManager.h"
#include "backup/BackupController.h"
#include "meeting/MeetingController.h"
#include "main/OverviewPane.h"
#include "models/PlanFilterModel.h"
#include "models/PlanRoles.h"
#include "store/PlanStore.h"
#include "models/PlanTreeModel.h"
#include "print/PrintController.h"
#include "main/ProgressBarDelegate.h"
#include "parse/ReportParser.h"
#include "main/StatusChipDelegate.h"
#include "plan/StatusStyle.h"
#include "main/WelcomeBanner.h"

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
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
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
    m_quitAction = make("actionQuit", QKeySequence::Quit);
    m_undoAction = m_undoGroup->createUndoAction(this);
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this);
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcuts({QKeySequence(QStringLiteral("Ctrl+Shift+Z")), QKeySequence::Redo});
    m_findAction = make("actionFind", QKeySequence::Find);
    m_refreshAction = make("actionRefresh", QKeySequence::Refresh);
    m_expandAction = make("actionExpandAll", QKeySequence(QStringLiteral("Ctrl+E")));
    m_collapseAction = make("actionCollapseAll", QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    m_todayAction = make("actionToday", QKeySequence(QStringLiteral("Ctrl+T")));
    m_aboutAction = make("actionAbout");
    m_quitAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Q")));

    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDialog);
    connect(m_saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopyDialog);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importReportDialog);
    connect(m_exportJsonAction, &QAction::triggered, this, &MainWindow::exportJsonDialog);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_refreshAction, &QAction::triggered, this, [this] { reloadIfChanged(true); });
    connect(m_expandAction, &QAction::triggered, this, [this] { m_tree->expandAll(); });
    connect(m_collapseAction, &QAction::triggered, this, [this] { m_tree->collapseAll(); });
    connect(m_todayAction, &QAction::triggered, this, [this] { setAsOf(Clock::today()); });
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_saveCopyAction);
    // File → Restore Backup… and Help → Check Data File… (the controller owns them).
    auto *backups = new BackupController(this);
    m_fileMenu->addActions(backups->fileActions());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_exportJsonAction);
    m_fileMenu->addActions(m_printController->exportActions());
    m_fileMenu->addSeparator();
    m_fileMenu->addActions(m_printController->printActions());
    m_fileMenu->addSeparator();
    m_fileMenu->addActions(m_meetingController->fileActions());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_meetingController->viewActions());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_todayAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_expandAction);
    m_viewMenu->addAction(m_collapseAction);
    m_viewMenu->addSeparator();
    LanguageManager::instance().populateMenu(m_viewMenu->addMenu(QString()));
    m_helpMenu = menuBar()->addMenu(QString());
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
    m_statusFilter = new QComboBox(left);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(QString(), QString());
    for (Status status : StatusStyle::all)
        m_statusFilter->addItem(QString(), statusKey(status));
    m_partFilter = new QComboBox(left);
    m_partFilter->setObjectName(QStringLiteral("partFilter"));
    m_partFilter->addItem(QString(), -1);
    for (PlanPart part :
         {PlanPart::Main, PlanPart::Area, PlanPart::Government, PlanPart::Livelihood})
        m_partFilter->addItem(QString(), int(part));
    filters->addWidget(m_statusFilter, 1);
    filters->addWidget(m_partFilter, 1);
    leftLayout->addLayout(filters);

    m_tree = new QTreeView(left);
    m_tree->setObjectName(QStringLiteral("planTree"));
    m_tree->setUniformRowHeights(true);
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

    m_right = new QStackedWidget(m_splitter);
    m_indicatorScroll = new QScrollArea(m_right);
    m_indicatorScroll->setWidgetResizable(true);
    m_indicatorScroll->setFrameShape(QFrame::NoFrame);
    // Both panes scroll, so neither forces a minimum width on the tree beside them.
    m_overviewScroll = new QScrollArea(m_right);
    m_overviewScroll->setWidgetResizable(true);
    m_overviewScroll->setFrameShape(QFrame::NoFrame);
    m_right->addWidget(m_overviewScroll);
    m_right->addWidget(m_indicatorScroll);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_right);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 4);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(6, 6, 6, 0);
    m_welcome = new WelcomeBanner(central);
    m_welcome->setVisible(WelcomeBanner::wanted());
    centralLayout->addWidget(m_welcome);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_pathStatus = new QLabel(this);
    m_pathStatus->setObjectName(QStringLiteral("pathStatus"));
    m_asOfStatus = new QLabel(this);
    statusBar()->addWidget(m_pathStatus, 1);
    statusBar()->addPermanentWidget(m_asOfStatus);

    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::applyFilters);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilters);
    connect(m_partFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilters);
    connect(m_tree, &QTreeView::expanded, this, [this] { rememberExpanded(); });
    connect(m_tree, &QTreeView::collapsed, this, [this] { rememberExpanded(); });
}

void MainWindow::attachDocument()
{
    PlanDocument *document = m_document.get();
    m_undoGroup->addStack(document->undoStack());
    m_undoGroup->setActiveStack(document->undoStack());
    // The view makes a selection model per model; the old one is ours to delete.
    QItemSelectionModel *oldSelection = m_tree->selectionModel();
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
    // Panes belong to a document; the scroll areas delete the old ones when given new ones.
    m_overviewPane = new OverviewPane(document->treeModel(), m_overviewScroll);
    m_overviewScroll->setWidget(m_overviewPane);
    m_indicatorPane = new IndicatorPane(document, m_indicatorScroll);
    m_indicatorScroll->setWidget(m_indicatorPane);
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
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Toolbar"));
    m_openAction->setText(tr("&Open Data File…"));
    m_saveCopyAction->setText(tr("Save a &Copy…"));
    m_importAction->setText(tr("&Import Report…"));
    m_importAction->setToolTip(tr("Read another work report (plain text) into a new data file"));
    m_exportJsonAction->setText(tr("Export &JSON…"));
    m_quitAction->setText(tr("&Quit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_findAction->setText(tr("&Find…"));
    m_refreshAction->setText(tr("&Reload"));
    m_refreshAction->setToolTip(tr("Read changes made by other programs (F5)"));
    m_expandAction->setText(tr("&Expand All"));
    m_collapseAction->setText(tr("&Collapse All"));
    m_todayAction->setText(tr("&Today"));
    m_todayAction->setToolTip(tr("Show the figures as of today"));
    m_aboutAction->setText(tr("&About Progress Dashboard"));
    m_asOfLabel->setText(tr(" As of: "));
    m_asOf->setToolTip(tr("Statuses, charts and roll-ups are computed at this date"));
    m_search->setPlaceholderText(tr("Search names, codes and report text (Ctrl+F)"));
    m_statusFilter->setItemText(0, tr("All statuses"));
    for (int i = 0; i < 5; ++i)
        m_statusFilter->setItemText(i + 1, StatusStyle::symbol(StatusStyle::all[i]) +
                                               QLatin1Char(' ') +
                                               StatusStyle::label(StatusStyle::all[i]));
    const QStringList parts{tr("All parts"), tr("Main targets"), tr("Work areas"),
                            tr("Government self-building"), tr("Livelihood projects")};
    for (int i = 0; i < parts.size(); ++i)
        m_partFilter->setItemText(i, parts[i]);
    updateStatusBar();
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
    const QString path = QFileInfo(filePath()).absoluteFilePath();
    QSettings settings;
    m_expandedNodes.clear();
    for (const QVariant &id : settings.value(QStringLiteral("tree/expanded/") + path).toList())
        m_expandedNodes << id.toLongLong();
    // The search and the filters the user had set apply to the new plan too.
    applyFilters();
    if (m_document->isOpen())
        settings.setValue(QStringLiteral("lastFile"), path);
    retranslateUi();
    m_welcome->setPlan(treeModel()->planInfo().title, int(treeModel()->indicatorsUnder({}).size()),
                       path);
    m_overviewPane->showGroup({});
    m_right->setCurrentWidget(m_overviewScroll);
    emit fileOpened();
}

QString MainWindow::filePath() const
{
    return m_document->path();
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
    filterModel()->setSearchText(m_search->text());
    const QString status = m_statusFilter->currentData().toString();
    filterModel()->setStatusFilter(statusFromKey(status));
    const int part = m_partFilter->currentData().toInt();
    filterModel()->setPartFilter(part < 0 ? std::nullopt : std::optional<PlanPart>(PlanPart(part)));
    // While filtering, show every match; afterwards, go back to what the user had open.
    if (filterModel()->isFiltering())
        m_tree->expandAll();
    else
        restoreExpanded();
}

void MainWindow::onCurrentChanged(const QModelIndex &current)
{
    const QModelIndex source = filterModel()->mapToSource(current);
    if (const Indicator *indicator = treeModel()->indicatorAt(source)) {
        m_indicatorPane->showIndicator(indicator->id);
        m_right->setCurrentWidget(m_indicatorScroll);
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
        m_search->clear();
        m_statusFilter->setCurrentIndex(0);
        m_partFilter->setCurrentIndex(0);
        index = filterModel()->mapFromSource(treeModel()->indexForIndicator(indicator->id));
    }
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
    return true;
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

void MainWindow::restoreExpanded()
{
    if (!m_tree)
        return;
    const QList<qint64> ids = m_expandedNodes;
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
    if (!store()->isOpen() || (!force && !store()->changedExternally()))
        return;
    const qint64 current = m_indicatorPane->indicatorId();
    const QModelIndex currentIndex = filterModel()->mapToSource(m_tree->currentIndex());
    const qint64 currentNode = currentIndex.data(NodeIdRole).toLongLong();
    const bool wasIndicator = treeModel()->indicatorAt(currentIndex) != nullptr;
    rememberExpanded();
    m_document->reload();
    restoreExpanded();
    QModelIndex again = current && wasIndicator ? treeModel()->indexForIndicator(current)
                                                : treeModel()->indexForNode(currentNode);
    if (again.isValid())
        m_tree->setCurrentIndex(filterModel()->mapFromSource(again));
    m_indicatorPane->refresh();
    statusBar()->showMessage(tr("Reloaded the data file."), 3000);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: most of the screen, since the tree and the charts both want room.
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        resize(std::max(1024, screen.width() * 9 / 10), std::max(700, screen.height() * 9 / 10));
        move(screen.center() - rect().center());
        // After the first layout, or the stretch factors win.
        QTimer::singleShot(0, this, [this] {
            m_splitter->setSizes({m_splitter->width() * 53 / 100, m_splitter->width() * 47 / 100});
        });
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
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
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("tree/header"), m_tree->header()->saveState());
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
    QSaveFile file(path);
    const QByteArray json = JsonExporter::exportPlan(*store(), treeModel()->asOf());
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        QMessageBox::warning(this, tr("Cannot Export"), file.errorString());
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
