#include "cli/CommandLine.h"
#include "main/DateField.h"
#include "main/IndicatorPane.h"
#include "main/MainWindow.h"
#include "main/OverviewPane.h"
#include "main/RecentFiles.h"
#include "models/PlanFilterModel.h"
#include "models/PlanRoles.h"
#include "models/PlanTreeModel.h"
#include "store/PlanStore.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace pd;

/// The main window as a new user meets it, driven by keys, clicks and actions: select and
/// type a figure, search and Enter, type a date whole, undo and redo by their shortcuts,
/// reload without losing the undo history unannounced, filters and the welcome banner.
class TestWindowKeys : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typingOnASelectedIndicatorEntersTheFigure();
    void entryRowSitsAboveTheReportText();
    void searchEnterAndDownGoIntoTheTree();
    void emptySearchSaysNoMatches();
    void typedDateIsTakenWholeOrRefused();
    void redoShortcutsWork();
    void reloadKeepsUndoOrSaysItCleared();
    void statusFilterTakesSeveralStatuses();
    void filterHidingTheSelectionLeavesThePane();
    void groupsShowMatchingOfTotal();
    void welcomeShowsOncePerFileAndFromHelp();
    void recentFilesReopen();
    void newFromReportSitsBesideOpen();

private:
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QLatin1String(name));
    }
    template <typename T> T *find(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }
    QTreeView *tree() const { return m_window->treeView(); }
    /// Types text as keys; Chinese comes as an input method commits it, one key event each
    /// (QTest::keyClicks takes ASCII only).
    static void type(QWidget *widget, const QString &text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 128) {
                QTest::keyClicks(widget, QString(c));
            } else {
                QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c),
                                    Qt::NoModifier);
                QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c),
                                    Qt::NoModifier);
            }
        }
    }
    /// Clicks the indicator's row in the tree, as a user selects it.
    void clickIndicator(const QString &code)
    {
        const auto ind = m_window->store()->indicatorByCode(code);
        QVERIFY(ind);
        const QModelIndex index = m_window->filterModel()->mapFromSource(
            m_window->treeModel()->indexForIndicator(ind->id));
        QVERIFY(index.isValid());
        tree()->scrollTo(index);
        QTest::mouseClick(tree()->viewport(), Qt::LeftButton, {},
                          tree()->visualRect(index).center());
        QCOMPARE(m_window->indicatorPane()->indicatorId(), ind->id);
    }
    std::vector<Measurement> figures(const QString &code) const
    {
        PlanStore other;
        other.open(m_file->path(), nullptr);
        return other.measurements(other.indicatorByCode(code)->id);
    }
    QString currentCode() const { return tree()->currentIndex().data(CodeRole).toString(); }
    int visibleIndicators() const
    {
        PlanFilterModel *filter = m_window->filterModel();
        int count = 0;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < filter->rowCount(parent); ++r) {
                const QModelIndex i = filter->index(r, 0, parent);
                if (i.data(ItemTypeRole).toInt() == int(PlanItemType::Indicator))
                    ++count;
                walk(i);
            }
        };
        walk({});
        return count;
    }
    void record(const QString &code, const QString &value, const QString &date)
    {
        const int rc = CommandLine().run(
            {QStringLiteral("progress-dashboard"), QStringLiteral("record"), QStringLiteral("--db"),
             m_file->path(), QStringLiteral("--indicator"), code, QStringLiteral("--value"), value,
             QStringLiteral("--date"), date});
        QCOMPARE(rc, 0);
    }

    std::unique_ptr<test::FixedToday> m_today;
    std::unique_ptr<test::TempDataFile> m_file;
    std::unique_ptr<MainWindow> m_window;
};

void TestWindowKeys::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestWindowKeys::init()
{
    m_today = std::make_unique<test::FixedToday>(QDate(2024, 7, 1));
    m_file = std::make_unique<test::TempDataFile>();
    QString error;
    QVERIFY2(m_file->importSamplePlan(&error), qPrintable(error));
    m_window = std::make_unique<MainWindow>();
    QVERIFY2(m_window->openFile(m_file->path(), &error), qPrintable(error));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    tree()->expandAll();
    tree()->setFocus();
}

void TestWindowKeys::cleanup()
{
    m_window.reset();
    m_file.reset();
    m_today.reset();
}

void TestWindowKeys::typingOnASelectedIndicatorEntersTheFigure()
{
    clickIndicator(QStringLiteral("L1.1"));
    QVERIFY(tree()->hasFocus()); // a click leaves the keyboard in the tree ...
    QTest::keyClicks(tree(), QStringLiteral("520"));
    QLineEdit *value = m_window->indicatorPane()->valueField();
    QCOMPARE(value->text(), QStringLiteral("520")); // ... and the digits reach the figure
    QVERIFY(value->hasFocus());
    QTest::keyClick(value, Qt::Key_Return);
    QCOMPARE(figures(QStringLiteral("L1.1")).size(), std::size_t(1));
    QCOMPARE(figures(QStringLiteral("L1.1")).front().value, 520.0);
    QCOMPARE(figures(QStringLiteral("L1.1")).front().date, QDate(2024, 7, 1)); // the as-of date

    // Arrows still move through the tree; Enter on an indicator goes to its figure.
    clickIndicator(QStringLiteral("A1.1.1"));
    QTest::keyClick(tree(), Qt::Key_Down);
    QCOMPARE(currentCode(), QStringLiteral("A1.1.2"));
    QVERIFY(tree()->hasFocus());
    QTest::keyClick(tree(), Qt::Key_Return);
    QVERIFY(m_window->indicatorPane()->valueField()->hasFocus());
    QCOMPARE(m_window->indicatorPane()->indicatorId(),
             m_window->store()->indicatorByCode(QStringLiteral("A1.1.2"))->id);
}

void TestWindowKeys::entryRowSitsAboveTheReportText()
{
    clickIndicator(QStringLiteral("A1.1.1"));
    IndicatorPane *pane = m_window->indicatorPane();
    auto *snippet = pane->findChild<QLabel *>(QStringLiteral("indicatorSnippet"));
    const int valueY = pane->valueField()->mapTo(pane, QPoint()).y();
    QVERIFY(valueY < snippet->mapTo(pane, QPoint()).y());
    // The same place for another indicator, whatever its sentence.
    clickIndicator(QStringLiteral("L1.1"));
    QCOMPARE(
        m_window->indicatorPane()->valueField()->mapTo(m_window->indicatorPane(), QPoint()).y(),
        valueY);
}

void TestWindowKeys::searchEnterAndDownGoIntoTheTree()
{
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *search = find<QLineEdit>("searchField");
    QVERIFY(search->hasFocus());
    type(search, QStringLiteral("绿道"));
    QCOMPARE(visibleIndicators(), 1);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(currentCode(), QStringLiteral("L1.1"));
    QVERIFY(tree()->hasFocus());
    QTest::keyClicks(tree(), QStringLiteral("7"));
    QCOMPARE(m_window->indicatorPane()->valueField()->text(), QStringLiteral("7"));

    search->setFocus();
    search->selectAll();
    type(search, QStringLiteral("首店"));
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(tree()->hasFocus());
    QVERIFY(tree()->currentIndex().isValid());
    QTest::keyClick(tree(), Qt::Key_Down);
    QTest::keyClick(tree(), Qt::Key_Down);
    QTest::keyClick(tree(), Qt::Key_Down);
    QCOMPARE(currentCode(), QStringLiteral("A1.1.1"));
}

void TestWindowKeys::emptySearchSaysNoMatches()
{
    auto *search = find<QLineEdit>("searchField");
    auto *noMatches = find<QLabel>("noMatches");
    QVERIFY(!noMatches->isVisible());
    search->setFocus();
    type(search, QStringLiteral("不存在的指标"));
    QCOMPARE(tree()->model()->rowCount(), 0);
    QVERIFY(noMatches->isVisible());
    QVERIFY(noMatches->text().contains(QStringLiteral("不存在的指标")));
    QTest::keyClick(search, Qt::Key_Return); // nothing to go to: stays, no crash
    QVERIFY(search->hasFocus());
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QVERIFY(!noMatches->isVisible());
    QCOMPARE(visibleIndicators(), 5);
}

void TestWindowKeys::typedDateIsTakenWholeOrRefused()
{
    clickIndicator(QStringLiteral("L1.1"));
    QTest::keyClicks(tree(), QStringLiteral("300"));
    QLineEdit *value = m_window->indicatorPane()->valueField();
    QVERIFY(value->hasFocus());
    // Shift+Tab goes back to the date, all of it selected: the typed date replaces it whole.
    QTest::keyClick(value, Qt::Key_Backtab, Qt::ShiftModifier);
    DateField *date = m_window->indicatorPane()->dateField();
    QVERIFY(date->hasFocus());
    QTest::keyClicks(date, QStringLiteral("2024-06-25"));
    QCOMPARE(date->date(), QDate(2024, 6, 25));
    QTest::keyClick(date, Qt::Key_Return);
    QCOMPARE(figures(QStringLiteral("L1.1")).size(), std::size_t(1));
    QCOMPARE(figures(QStringLiteral("L1.1")).front().date, QDate(2024, 6, 25));

    // A date that does not exist is refused, never turned into another day.
    auto *error = find<QLabel>("inputError");
    for (const QString &bad : {QStringLiteral("2024-13-01"), QStringLiteral("2024-02-30"),
                               QStringLiteral("2023-06-01"), QStringLiteral("2024-06-2x")}) {
        date->setFocus(Qt::TabFocusReason);
        date->selectAll();
        QTest::keyClicks(date, bad);
        QCOMPARE(date->text(), bad);
        value->setFocus();
        value->selectAll();
        QTest::keyClicks(value, QStringLiteral("400"));
        QTest::keyClick(value, Qt::Key_Return);
        QVERIFY2(error->isVisible(), qPrintable(bad));
        QCOMPARE(figures(QStringLiteral("L1.1")).size(), std::size_t(1));
    }
}

void TestWindowKeys::redoShortcutsWork()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("Ambiguous shortcut")));
    clickIndicator(QStringLiteral("L1.1"));
    QTest::keyClicks(tree(), QStringLiteral("500"));
    QTest::keyClick(m_window->indicatorPane()->valueField(), Qt::Key_Return);
    QCOMPARE(figures(QStringLiteral("L1.1")).size(), std::size_t(1));
    tree()->setFocus();
    QTest::keyClick(tree(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(figures(QStringLiteral("L1.1")).size(), std::size_t(0));
    QTest::keyClick(tree(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(figures(QStringLiteral("L1.1")).size(), std::size_t(1));
    QTest::keyClick(tree(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(figures(QStringLiteral("L1.1")).size(), std::size_t(0));
    QTest::keyClick(tree(), Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(figures(QStringLiteral("L1.1")).size(), std::size_t(1));
    // The menu shows the shortcut that works.
    QCOMPARE(action("actionRedo")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
}

void TestWindowKeys::reloadKeepsUndoOrSaysItCleared()
{
    clickIndicator(QStringLiteral("L1.1"));
    QTest::keyClicks(tree(), QStringLiteral("500"));
    QTest::keyClick(m_window->indicatorPane()->valueField(), Qt::Key_Return);
    QCOMPARE(m_window->undoStack()->count(), 1);

    // F5 with nothing changed outside: the history stays, and undo still works.
    tree()->setFocus();
    QTest::keyClick(tree(), Qt::Key_F5);
    QCOMPARE(m_window->undoStack()->count(), 1);
    QVERIFY(action("actionUndo")->isEnabled());
    QAction *note = action("undoClearedNote");
    QVERIFY(!note->isVisible());

    // Another program changed the file: reloaded, and the user is told the history went.
    record(QStringLiteral("A1.1.1"), QStringLiteral("100"), QStringLiteral("2024-05-01"));
    QTest::keyClick(tree(), Qt::Key_F5);
    QCOMPARE(m_window->undoStack()->count(), 0);
    QVERIFY(note->isVisible());
    QVERIFY(m_window->editMenu()->actions().contains(note));
    QVERIFY(!note->text().isEmpty());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("1")));
    QVERIFY(!m_window->statusBar()->currentMessage().isEmpty());
    // A new edit starts a new history, and the note goes.
    clickIndicator(QStringLiteral("A1.1.1"));
    QTest::keyClicks(tree(), QStringLiteral("200"));
    QTest::keyClick(m_window->indicatorPane()->valueField(), Qt::Key_Return);
    QVERIFY(!note->isVisible());
}

void TestWindowKeys::statusFilterTakesSeveralStatuses()
{
    record(QStringLiteral("L1.1"), QStringLiteral("100"), QStringLiteral("2024-06-30")); // behind
    record(QStringLiteral("M2"), QStringLiteral("5.2"), QStringLiteral("2024-06-30"));   // on track
    action("actionRefresh")->trigger();
    auto *button = find<QToolButton>("statusFilter");
    QVERIFY(button->menu());
    action("statusFilter_allBehind")->trigger();
    QCOMPARE(visibleIndicators(), 1);           // L1.1
    action("statusFilter_on_track")->trigger(); // a second (third) status
    QCOMPARE(visibleIndicators(), 2);
    QVERIFY(action("statusFilter_behind")->isChecked());
    QVERIFY(action("statusFilter_slightly_behind")->isChecked());
    action("statusFilter_no_data")->trigger();
    QCOMPARE(visibleIndicators(), 5);
    QVERIFY(button->text() != action("statusFilter_all")->text());
    action("statusFilter_all")->trigger();
    QCOMPARE(visibleIndicators(), 5);
    QVERIFY(!m_window->filterModel()->isFiltering());
    QCOMPARE(button->text(), action("statusFilter_all")->text());
}

void TestWindowKeys::filterHidingTheSelectionLeavesThePane()
{
    clickIndicator(QStringLiteral("A1.1.1"));
    auto *right = m_window->indicatorPane()->parentWidget();
    while (right && !qobject_cast<QStackedWidget *>(right))
        right = right->parentWidget();
    QVERIFY(right);
    QVERIFY(m_window->indicatorPane()->isVisible());
    auto *search = find<QLineEdit>("searchField");
    search->setFocus();
    type(search, QStringLiteral("绿道"));
    QVERIFY(!m_window->indicatorPane()->isVisible()); // it is no longer in the tree
    QVERIFY(m_window->overviewPane()->isVisible());
    // One that stays keeps its pane.
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(m_window->indicatorPane()->isVisible());
    search->setFocus();
    search->selectAll();
    type(search, QStringLiteral("绿"));
    QVERIFY(m_window->indicatorPane()->isVisible());
}

void TestWindowKeys::groupsShowMatchingOfTotal()
{
    PlanFilterModel *filter = m_window->filterModel();
    const QModelIndex area = filter->index(1, 0); // the work area: 2 indicators
    const QString name = area.data().toString();
    QVERIFY(!name.contains(QStringLiteral("2/2")));
    auto *search = find<QLineEdit>("searchField");
    search->setFocus();
    type(search, QStringLiteral("首店"));
    QVERIFY2(filter->index(0, 0).data().toString().contains(QStringLiteral("(1/2)")),
             qPrintable(filter->index(0, 0).data().toString()));
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(filter->index(1, 0).data().toString(), name);
}

void TestWindowKeys::welcomeShowsOncePerFileAndFromHelp()
{
    auto *banner = find<QWidget>("welcomeBanner");
    QVERIFY(banner->isVisible()); // the first time this file is opened
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openFile(m_file->path(), nullptr));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    banner = find<QWidget>("welcomeBanner");
    QVERIFY(!banner->isVisible()); // not again at the next start
    action("actionWelcome")->trigger();
    QVERIFY(banner->isVisible());
    QVERIFY(m_window->helpMenu()->actions().contains(action("actionWelcome")));
    QTest::mouseClick(find<QWidget>("dismissWelcome"), Qt::LeftButton);
    QVERIFY(!banner->isVisible());

    // Another data file introduces itself once too.
    test::TempDataFile other;
    QVERIFY(other.importSamplePlan());
    QVERIFY(m_window->openFile(other.path(), nullptr));
    QVERIFY(banner->isVisible());
}

void TestWindowKeys::recentFilesReopen()
{
    test::TempDataFile other;
    QVERIFY(other.importSamplePlan());
    QVERIFY(m_window->openFile(other.path(), nullptr));
    const QStringList recent = m_window->recentFiles()->files();
    QCOMPARE(recent.value(0), QFileInfo(other.path()).absoluteFilePath());
    QCOMPARE(recent.value(1), QFileInfo(m_file->path()).absoluteFilePath());
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("recentFilesMenu"));
    QVERIFY(menu);
    QVERIFY(m_window->fileMenu()->actions().contains(menu->menuAction()));
    QAction *second = menu->findChild<QAction *>(QStringLiteral("recentFile2"));
    QVERIFY(second);
    QVERIFY(second->text().contains(QStringLiteral("plan.sqlite")));
    second->trigger();
    QCOMPARE(m_window->filePath(), m_file->path());
    QCOMPARE(m_window->recentFiles()->files().value(0),
             QFileInfo(m_file->path()).absoluteFilePath());
}

void TestWindowKeys::newFromReportSitsBesideOpen()
{
    const QList<QAction *> actions = m_window->fileMenu()->actions();
    const int open = int(actions.indexOf(action("actionOpen")));
    QVERIFY(open >= 0);
    QCOMPARE(actions.value(open + 1), action("actionImportReport"));
    QVERIFY(action("actionImportReport")->text().contains(QStringLiteral("Report")));
}

QTEST_MAIN(TestWindowKeys)
#include "tst_windowkeys.moc"
