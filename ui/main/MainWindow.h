#pragma once

#include "document/PlanDocument.h"
#include "plan/PlanTypes.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolButton;
class QTreeView;
class QUndoGroup;
class QUndoStack;

namespace pd {

struct ServerAddress;

class IndicatorPane;
class MeetingController;
class OverviewPane;
class PlanFilterModel;
class PlanStore;
class PlanTreeModel;
class PrintController;
class TaskPane;
class RecentFiles;
class WelcomeBanner;

/// The main window: the plan tree with search and filters on the left, the overview or the
/// selected indicator on the right, the as-of date in the toolbar. Every edit is saved at once.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a data file (creating it with the built-in plan when missing). On failure the
    /// window keeps what it had and *error says why; the file is left untouched.
    bool openFile(const QString &path, QString *error);
    /// Opens the plan on a PostgreSQL server in place of the file; false with *error, the
    /// window keeping what it showed.
    bool openServer(const ServerAddress &address, const QString &password, QString *error);
    /// Shows a document in place of the current one, which is closed. The one place the
    /// window changes files: opening, importing and reloading all come through here.
    void setDocument(std::unique_ptr<PlanDocument> document);
    PlanDocument *document() const { return m_document.get(); }
    QString filePath() const;

    PlanStore *store() const { return m_document->store(); }
    PlanTreeModel *treeModel() const { return m_document->treeModel(); }
    PlanFilterModel *filterModel() const { return m_document->filterModel(); }
    QUndoStack *undoStack() const { return m_document->undoStack(); }
    QTreeView *treeView() const { return m_tree; }
    IndicatorPane *indicatorPane() const { return m_indicatorPane; }
    TaskPane *taskPane() const { return m_taskPane; }
    OverviewPane *overviewPane() const { return m_overviewPane; }
    PrintController *printController() const { return m_printController; }
    MeetingController *meetingController() const { return m_meetingController; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }
    RecentFiles *recentFiles() const { return m_recent; }
    /// The group (or indicator) selected in the tree, as an index of treeModel(); invalid
    /// for the whole plan.
    QModelIndex currentSourceIndex() const;
    /// The lead unit the tree is filtered to, empty for all (printing offers the same unit).
    QString unitFilter() const;

    void setAsOf(const QDate &date);
    QDate asOf() const;
    /// Selects an indicator in the tree (clearing filters that hide it).
    bool selectIndicator(const QString &code);
    /// Selects a task in the tree (showing tasks, clearing filters that hide it).
    bool selectTask(const QString &code);
    /// Re-reads the file if another program changed it (or always, when forced).
    void reloadIfChanged(bool force = false);

signals:
    /// A new document is shown: store(), treeModel() and the panes now show it.
    void fileOpened();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    /// Points the tree, the panes and the date at the current document.
    void attachDocument();
    void showReadError(const QString &message);
    void buildActions();
    void retranslateUi();
    void restoreSettings();
    void saveSettings();
    void onCurrentChanged(const QModelIndex &current);
    void applyFilters();
    void restoreExpanded();
    void rememberExpanded();
    void noteExpanded(const QModelIndex &index, bool expanded);
    void updateStatusBar();
    void openDialog();
    /// Opens a file from File → Recent, saying so when it cannot.
    void openRecent(const QString &path);
    /// Enter or ↓ in the search field: into the tree, on the first match.
    void enterTreeFromSearch(bool selectFirstIndicator);
    /// What the tree does with a key press before the view: typing while an indicator is
    /// selected goes to its new figure. True when the key was used.
    bool treeKey(QKeyEvent *event);
    void updateStatusFilterButton();
    /// The tree's task controls (show tasks, task statuses, overdue, unit): made once.
    void buildTaskControls(QMenu *statusMenu, QHBoxLayout *filters);
    /// The unit filter's list: the lead units the plan names now.
    void updateUnitFilter();
    void clearFilters();
    void updateNoMatches();
    /// Sizes the tree's columns to the pane and the language until the user drags one.
    void fitColumns();
    /// The welcome banner: shown the first time a data file is opened, and from Help.
    void updateWelcome(bool force);
    void saveCopyDialog();
    void importReportDialog();
    void exportJsonDialog();
    void about();

    std::unique_ptr<PlanDocument> m_document;
    /// Undo and Redo follow whichever document is shown.
    QUndoGroup *m_undoGroup;
    QList<qint64> m_expandedNodes;
    bool m_restoringExpanded = false;
    PrintController *m_printController = nullptr;
    MeetingController *m_meetingController = nullptr;
    bool m_readErrorShowing = false;

    QSplitter *m_splitter = nullptr;
    QTreeView *m_tree = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_statusFilter = nullptr;
    QList<QAction *> m_statusActions; ///< in StatusStyle::all order
    QAction *m_allStatusesAction = nullptr;
    QAction *m_allBehindAction = nullptr;
    QLabel *m_noMatches = nullptr;
    RecentFiles *m_recent = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_welcomeAction = nullptr;
    /// Edit menu, disabled: says when a reload cleared the undo history.
    QAction *m_undoClearedNote = nullptr;
    bool m_fittingColumns = false;
    bool m_columnsSizedByUser = false;
    QComboBox *m_partFilter = nullptr;
    QComboBox *m_unitFilter = nullptr;
    QList<QAction *> m_taskStatusActions; ///< in TaskStatusStyle::all order
    QAction *m_overdueAction = nullptr;
    QAction *m_showTasksAction = nullptr; ///< View → Show Tasks, also on the tree's bar
    QToolButton *m_showTasksButton = nullptr;
    QTimer *m_unitsTimer = nullptr;
    QDateEdit *m_asOf = nullptr;
    QLabel *m_asOfLabel = nullptr;
    QStackedWidget *m_right = nullptr;
    QScrollArea *m_indicatorScroll = nullptr;
    QScrollArea *m_overviewScroll = nullptr;
    QScrollArea *m_taskScroll = nullptr;
    TaskPane *m_taskPane = nullptr;
    IndicatorPane *m_indicatorPane = nullptr;
    OverviewPane *m_overviewPane = nullptr;
    WelcomeBanner *m_welcome = nullptr;
    QLabel *m_pathStatus = nullptr;
    QLabel *m_asOfStatus = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportJsonAction = nullptr;
    QAction *m_exportSheetsAction = nullptr; ///< File → Export Sheets… (the units' XLSX)
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_expandAction = nullptr;
    QAction *m_collapseAction = nullptr;
    QAction *m_todayAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace pd
