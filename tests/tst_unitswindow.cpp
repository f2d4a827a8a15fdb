#include "cli/CommandLine.h"
#include "main/DateField.h"
#include "main/FileDialog.h"
#include "main/IndicatorPane.h"
#include "main/MainWindow.h"
#include "main/UnitsController.h"
#include "main/UnitsDialog.h"
#include "models/MeasurementTableModel.h"
#include "models/PlanFilterModel.h"
#include "models/PlanRoles.h"
#include "models/PlanTreeModel.h"
#include "store/PlanStore.h"
#include "SheetFixtures.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QProcess>
#include <QRadioButton>
#include <QTimer>
#include <QFile>
#include <QStringEncoder>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace pd;

/// Responsible units and a round's texts in the window, as the supervision office uses them:
/// keep the list of units, give many indicators a lead unit at once (one undo step), complete a
/// unit as it is typed, and record a figure with its 进展情况 / 存在问题 / 下步打算.
class TestUnitsWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void unitsDialogAddsRenamesAndRefuses();
    void setResponsibleUnitOnASelectionIsOneUndoStep();
    void selectingAnAreaTakesTheIndicatorsBeneath();
    void leadUnitCompletesFromTheList();
    void figureIsRecordedWithTheRoundsTexts();
    void recordTakesTheRoundsTexts();
    void assignmentSheetGivesUnitsInOneStep();
    void assignmentCommandLineAndDryRun();
    void exportPdfOffersTheTreesUnit();

private:
    template <typename T> T *find(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }
    QTreeView *tree() const { return m_window->treeView(); }
    QModelIndex rowOf(const QString &code) const
    {
        const auto ind = m_window->store()->indicatorByCode(code);
        return ind ? m_window->filterModel()->mapFromSource(
                         m_window->treeModel()->indexForIndicator(ind->id))
                   : QModelIndex();
    }
    UnitsController *units() const { return m_window->findChild<UnitsController *>(); }
    QString leadOf(const QString &code) const
    {
        return m_window->store()->indicatorByCode(code)->leadUnit;
    }

    std::unique_ptr<test::FixedToday> m_today;
    std::unique_ptr<test::TempDataFile> m_file;
    std::unique_ptr<MainWindow> m_window;
};

void TestUnitsWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    // Indicators only: the rows of tasks would sit between them.
    QSettings().setValue(QStringLiteral("tree/showTasks"), false);
}

void TestUnitsWindow::init()
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
    tree()->expandAll();
}

void TestUnitsWindow::cleanup()
{
    m_window.reset();
    m_file.reset();
    m_today.reset();
}

void TestUnitsWindow::unitsDialogAddsRenamesAndRefuses()
{
    UnitsDialog dialog(m_window->store());
    QVERIFY(dialog.addUnit(QStringLiteral("市商务局")));
    QVERIFY(dialog.addUnit(QStringLiteral("市文广旅局")));
    QCOMPARE(dialog.table()->rowCount(), 2);
    QVERIFY(!dialog.addUnit(QStringLiteral("市商务局")));
    QVERIFY2(dialog.message().contains(QStringLiteral("市商务局")), qPrintable(dialog.message()));
    QCOMPARE(dialog.table()->rowCount(), 2);

    // A unit leading an indicator is renamed on it too, from the table's cell.
    QVERIFY(m_window->store()->setIndicatorField(
        m_window->store()->indicatorByCode(QStringLiteral("A1.1.1"))->id, IndicatorField::LeadUnit,
        QStringLiteral("市商务局"), nullptr));
    dialog.table()->item(0, 0)->setText(QStringLiteral("成都市商务局"));
    QCOMPARE(m_window->store()->units().front().name, QStringLiteral("成都市商务局"));
    QCOMPARE(leadOf(QStringLiteral("A1.1.1")), QStringLiteral("成都市商务局"));
    dialog.table()->item(0, 2)->setText(QStringLiteral("李四 028-87654321"));
    QCOMPARE(m_window->store()->units().front().contact, QStringLiteral("李四 028-87654321"));
    // A name taken by another unit is refused and the cell shows the saved name again.
    dialog.table()->item(1, 0)->setText(QStringLiteral("成都市商务局"));
    QVERIFY(!dialog.message().isEmpty());
    QCOMPARE(dialog.table()->item(1, 0)->text(), QStringLiteral("市文广旅局"));

    // The unit in use cannot go; the other can.
    dialog.table()->setCurrentCell(0, 0);
    dialog.removeSelected();
    QCOMPARE(dialog.table()->rowCount(), 2);
    QVERIFY(dialog.message().contains(QStringLiteral("成都市商务局")));
    dialog.table()->setCurrentCell(1, 0);
    dialog.removeSelected();
    QCOMPARE(dialog.table()->rowCount(), 1);

    // The units the plan names join the list.
    QVERIFY(m_window->store()->setIndicatorField(
        m_window->store()->indicatorByCode(QStringLiteral("M1"))->id, IndicatorField::CoUnits,
        QStringLiteral("市统计局、市发改委"), nullptr));
    dialog.addUnitsInUse();
    QStringList names;
    for (const ResponsibleUnit &unit : m_window->store()->units())
        names << unit.name;
    QCOMPARE(names, (QStringList{QStringLiteral("成都市商务局"), QStringLiteral("市统计局"),
                                 QStringLiteral("市发改委")}));
}

void TestUnitsWindow::setResponsibleUnitOnASelectionIsOneUndoStep()
{
    QVERIFY(m_window->store()->setIndicatorField(
        m_window->store()->indicatorByCode(QStringLiteral("M2"))->id, IndicatorField::LeadUnit,
        QStringLiteral("市人社局"), nullptr));
    // Click one indicator, Ctrl+click two more: three rows selected.
    const QStringList codes{QStringLiteral("M1"), QStringLiteral("M2"), QStringLiteral("L1.1")};
    for (int i = 0; i < codes.size(); ++i) {
        const QModelIndex index = rowOf(codes[i]);
        QVERIFY(index.isValid());
        tree()->scrollTo(index);
        QTest::mouseClick(tree()->viewport(), Qt::LeftButton,
                          i == 0 ? Qt::NoModifier : Qt::ControlModifier,
                          tree()->visualRect(index).center());
    }
    QCOMPARE(units()->selectedIndicators().size(), std::size_t(3));
    const int steps = m_window->undoStack()->count();
    QString error;
    QVERIFY2(units()->setLeadUnit(QStringLiteral("市发改委"), &error), qPrintable(error));
    for (const QString &code : codes)
        QCOMPARE(leadOf(code), QStringLiteral("市发改委"));
    QCOMPARE(leadOf(QStringLiteral("A1.1.1")), QString());                         // not selected
    QCOMPARE(m_window->store()->units().front().name, QStringLiteral("市发改委")); // now listed
    QCOMPARE(m_window->undoStack()->count(), steps + 1);
    // One Ctrl+Z puts each back as it was, M2's own unit included.
    m_window->undoStack()->undo();
    QCOMPARE(leadOf(QStringLiteral("M1")), QString());
    QCOMPARE(leadOf(QStringLiteral("M2")), QStringLiteral("市人社局"));
    QCOMPARE(leadOf(QStringLiteral("L1.1")), QString());
    m_window->undoStack()->redo();
    QCOMPARE(leadOf(QStringLiteral("M2")), QStringLiteral("市发改委"));
    // The tree shows the new unit: the model served it, no reload.
    QCOMPARE(m_window->store()->auditLog(QStringLiteral("indicator")).size(),
             std::size_t(1 + 3 + 3 + 3));
}

void TestUnitsWindow::selectingAnAreaTakesTheIndicatorsBeneath()
{
    // The first area's row: every indicator under it, not the others.
    const QModelIndex a111 = rowOf(QStringLiteral("A1.1.1"));
    QModelIndex area = a111.parent();
    while (area.parent().isValid())
        area = area.parent();
    tree()->selectionModel()->select(area, QItemSelectionModel::ClearAndSelect |
                                               QItemSelectionModel::Rows);
    const std::vector<qint64> ids = units()->selectedIndicators();
    QCOMPARE(ids.size(), std::size_t(2)); // A1.1.1 and A1.1.2
    QString error;
    QVERIFY(units()->setLeadUnit(QStringLiteral("市商务局"), &error));
    QCOMPARE(leadOf(QStringLiteral("A1.1.1")), QStringLiteral("市商务局"));
    QCOMPARE(leadOf(QStringLiteral("A1.1.2")), QStringLiteral("市商务局"));
    QCOMPARE(leadOf(QStringLiteral("M1")), QString());
    // Nothing selected: refused with a reason, nothing changed.
    tree()->selectionModel()->clear();
    tree()->setCurrentIndex(QModelIndex());
    QVERIFY(!units()->setLeadUnit(QStringLiteral("市商务局"), &error));
    QVERIFY(!error.isEmpty());
}

void TestUnitsWindow::leadUnitCompletesFromTheList()
{
    QVERIFY(m_window->store()->ensureUnits(
        {QStringLiteral("成都市发展和改革委员会"), QStringLiteral("成都市财政局")}, nullptr));
    const QModelIndex index = rowOf(QStringLiteral("M1"));
    tree()->setCurrentIndex(index);
    auto *lead = find<QLineEdit>("indicatorLeadUnit");
    QVERIFY(lead && lead->completer());
    lead->completer()->setCompletionPrefix(QStringLiteral("发展"));
    QCOMPARE(lead->completer()->completionCount(), 1);
    QCOMPARE(lead->completer()->currentCompletion(), QStringLiteral("成都市发展和改革委员会"));
    // Co-units: the part after the last 、 is completed, the parts before kept.
    auto *co = find<QLineEdit>("indicatorCoUnits");
    QVERIFY(co && co->completer());
    co->setText(QStringLiteral("成都市发展和改革委员会、财政"));
    const QStringList parts = co->completer()->splitPath(co->text());
    QCOMPARE(parts, QStringList{QStringLiteral("财政")});
    co->completer()->setCompletionPrefix(parts.front());
    QCOMPARE(co->completer()->currentCompletion(),
             QStringLiteral("成都市发展和改革委员会、成都市财政局"));
}

void TestUnitsWindow::figureIsRecordedWithTheRoundsTexts()
{
    const QModelIndex index = rowOf(QStringLiteral("L1.1"));
    tree()->setCurrentIndex(index);
    IndicatorPane *pane = m_window->indicatorPane();
    QVERIFY(pane->indicatorId() > 0);
    pane->dateField()->setText(QStringLiteral("2024-06-30"));
    pane->valueField()->setText(QStringLiteral("420"));
    find<QLineEdit>("newMeasurementProgress")->setText(QStringLiteral("累计建成420公里"));
    find<QLineEdit>("newMeasurementProblems")->setText(QStringLiteral("部分路段征地未完成"));
    find<QLineEdit>("newMeasurementNextSteps")->setText(QStringLiteral("三季度完成征地"));
    QTest::keyClick(find<QLineEdit>("newMeasurementNextSteps"), Qt::Key_Return);
    const std::vector<Measurement> saved = m_window->store()->measurements(pane->indicatorId());
    QCOMPARE(saved.size(), std::size_t(1));
    QCOMPARE(saved[0].value, 420.0);
    QCOMPARE(saved[0].progress, QStringLiteral("累计建成420公里"));
    QCOMPARE(saved[0].problems, QStringLiteral("部分路段征地未完成"));
    QCOMPARE(saved[0].nextSteps, QStringLiteral("三季度完成征地"));
    QVERIFY(find<QLineEdit>("newMeasurementProgress")->text().isEmpty());

    // The figures table is the rounds' history: the texts shown, and edited in place.
    MeasurementTableModel *table = pane->measurementModel();
    QCOMPARE(table->index(0, MeasurementTableModel::ProblemsColumn).data().toString(),
             QStringLiteral("部分路段征地未完成"));
    QVERIFY(table->setData(table->index(0, MeasurementTableModel::ProblemsColumn),
                           QStringLiteral("无"), Qt::EditRole));
    QCOMPARE(m_window->store()->measurement(saved[0].id)->problems, QStringLiteral("无"));
    m_window->undoStack()->undo();
    QCOMPARE(m_window->store()->measurement(saved[0].id)->problems,
             QStringLiteral("部分路段征地未完成"));
}

void TestUnitsWindow::recordTakesTheRoundsTexts()
{
    const QStringList base{QStringLiteral("progress-dashboard"),
                           QStringLiteral("record"),
                           QStringLiteral("--db"),
                           m_file->path(),
                           QStringLiteral("--indicator"),
                           QStringLiteral("M1"),
                           QStringLiteral("--date"),
                           QStringLiteral("2024-06-30")};
    QCOMPARE(CommandLine().run(base + QStringList{QStringLiteral("--value"), QStringLiteral("5.8"),
                                                  QStringLiteral("--progress"),
                                                  QStringLiteral("上半年增长5.8%"),
                                                  QStringLiteral("--next-steps"),
                                                  QStringLiteral("抓项目促投资")}),
             0);
    PlanStore other;
    QVERIFY(other.open(m_file->path(), nullptr));
    const qint64 m1 = other.indicatorByCode(QStringLiteral("M1"))->id;
    std::vector<Measurement> saved = other.measurements(m1);
    QCOMPARE(saved.size(), std::size_t(1));
    QCOMPARE(saved[0].progress, QStringLiteral("上半年增长5.8%"));
    QCOMPARE(saved[0].nextSteps, QStringLiteral("抓项目促投资"));
    QVERIFY(saved[0].problems.isEmpty());
    QCOMPARE(other.auditLog(QStringLiteral("measurement"), saved[0].id).front().source,
             QStringLiteral("record"));
    // --replace with only --problems keeps the texts not given.
    QCOMPARE(CommandLine().run(base + QStringList{QStringLiteral("--value"), QStringLiteral("5.9"),
                                                  QStringLiteral("--replace"),
                                                  QStringLiteral("--problems"),
                                                  QStringLiteral("消费偏弱")}),
             0);
    saved = other.measurements(m1);
    QCOMPARE(saved.size(), std::size_t(1));
    QCOMPARE(saved[0].value, 5.9);
    QCOMPARE(saved[0].progress, QStringLiteral("上半年增长5.8%"));
    QCOMPARE(saved[0].problems, QStringLiteral("消费偏弱"));
}

void TestUnitsWindow::assignmentSheetGivesUnitsInOneStep()
{
    QVERIFY(m_window->store()->setIndicatorField(
        m_window->store()->indicatorByCode(QStringLiteral("M2"))->id, IndicatorField::LeadUnit,
        QStringLiteral("市人社局"), nullptr));
    // As the office keeps it in Excel: a title above the header, the columns in its own order,
    // a code the plan lacks, a row without a unit, an empty row, a code given twice.
    auto text = [](int ref, const QString &value) {
        return QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t>%2</t></is></c>")
            .arg(QStringLiteral("ABCD").at(ref % 10) + QString::number(ref / 10), value);
    };
    QString rows = QStringLiteral("<row r=\"1\">") + text(11, QStringLiteral("2024年责任分工表")) +
                   QStringLiteral("</row><row r=\"3\">") + text(30, QStringLiteral("序号")) +
                   text(31, QStringLiteral("牵头单位")) + text(32, QStringLiteral("指标编码")) +
                   text(33, QStringLiteral("配合单位")) + QStringLiteral("</row>");
    const QStringList lines[] = {
        {QStringLiteral("1"), QStringLiteral("市统计局"), QStringLiteral("M1"),
         QStringLiteral("市发改委，市财政局")},
        {QStringLiteral("2"), QStringLiteral("市人社局"), QStringLiteral("M2"), QString()},
        {QStringLiteral("3"), QStringLiteral("市商务局"), QStringLiteral("X9.9"), QString()},
        {QStringLiteral("4"), QString(), QStringLiteral("A1.1.2"), QString()},
        {QStringLiteral("5"), QStringLiteral("市住建局"), QStringLiteral("L1.1"), QString()},
        {QStringLiteral("6"), QStringLiteral("市公园城市局"), QStringLiteral("L1.1"), QString()},
    };
    int r = 4;
    for (const QStringList &line : lines) {
        rows += QStringLiteral("<row r=\"%1\">").arg(r);
        for (int c = 0; c < 4; ++c) {
            if (!line[c].isEmpty())
                rows += text(r * 10 + c, line[c]);
        }
        rows += QStringLiteral("</row>");
        r += r == 6 ? 2 : 1; // an empty row after the third
    }
    const QString path = m_file->filePath(QStringLiteral("分工表.xlsx"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(test::workbook({{QStringLiteral("分工"), rows, QString()}}));
    }
    const int steps = m_window->undoStack()->count();
    QString summary;
    QString error;
    QVERIFY2(units()->importAssignments(path, &summary, &error), qPrintable(error));
    QVERIFY2(summary.startsWith(QStringLiteral("Assigned 2, unchanged 1, refused 3.")),
             qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("X9.9")));
    QVERIFY(summary.contains(QStringLiteral("A1.1.2")));
    QCOMPARE(leadOf(QStringLiteral("M1")), QStringLiteral("市统计局"));
    QCOMPARE(m_window->store()->indicatorByCode(QStringLiteral("M1"))->coUnits,
             QStringLiteral("市发改委、市财政局"));
    QCOMPARE(leadOf(QStringLiteral("L1.1")), QStringLiteral("市公园城市局")); // the later row
    QCOMPARE(leadOf(QStringLiteral("A1.1.2")), QString());
    QStringList names;
    for (const ResponsibleUnit &unit : m_window->store()->units())
        names << unit.name;
    QVERIFY(names.contains(QStringLiteral("市财政局")));
    QVERIFY(!names.contains(QStringLiteral("市商务局"))); // only the taken rows' units
    QCOMPARE(m_window->undoStack()->count(), steps + 1);
    m_window->undoStack()->undo();
    QCOMPARE(leadOf(QStringLiteral("M1")), QString());
    QCOMPARE(m_window->store()->indicatorByCode(QStringLiteral("M1"))->coUnits, QString());
    QCOMPARE(leadOf(QStringLiteral("M2")), QStringLiteral("市人社局"));
    QCOMPARE(leadOf(QStringLiteral("L1.1")), QString());

    // A sheet without the headers says which it needs.
    const QString other = m_file->filePath(QStringLiteral("other.csv"));
    {
        QFile file(other);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("a,b\n1,2\n");
    }
    QVERIFY(!units()->importAssignments(other, &summary, &error));
    QVERIFY2(error.contains(QStringLiteral("牵头单位")), qPrintable(error));
}

void TestUnitsWindow::assignmentCommandLineAndDryRun()
{
    // A CSV as Excel saves it on Chinese Windows: GB18030.
    const QString csv = m_file->filePath(QStringLiteral("units.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QStringEncoder encoder("GB18030");
        QVERIFY(encoder.isValid());
        file.write(encoder(QStringLiteral("编码,牵头单位\r\nA1.1.1,市商务局\r\nM9,市统计局\r\n")));
    }
    m_window.reset(); // the command line on its own, as another program
    const auto bytes = [this] {
        QFile file(m_file->path());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray before = bytes();
    const QStringList dry{QStringLiteral("progress-dashboard"),
                          QStringLiteral("import-units"),
                          csv,
                          QStringLiteral("--db"),
                          m_file->path(),
                          QStringLiteral("--dry-run")};
    QCOMPARE(CommandLine().run(dry), 0);
    QCOMPARE(bytes(), before);
    QVERIFY(!QFile::exists(m_file->path() + QStringLiteral("-wal")));
    QCOMPARE(CommandLine().run(dry.mid(0, 5)), 0);
    PlanStore store;
    QVERIFY(store.open(m_file->path(), nullptr));
    QCOMPARE(store.indicatorByCode(QStringLiteral("A1.1.1"))->leadUnit, QStringLiteral("市商务局"));
    const auto log = store.auditLog(QStringLiteral("indicator"));
    QVERIFY(!log.empty());
    QVERIFY2(log.back().source.contains(QStringLiteral("units.csv")),
             qPrintable(log.back().source));
}

void TestUnitsWindow::exportPdfOffersTheTreesUnit()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils not installed");
    PlanStore *store = m_window->store();
    for (const QString &code : {QStringLiteral("A1.1.1"), QStringLiteral("L1.1")})
        QVERIFY(store->setIndicatorField(store->indicatorByCode(code)->id, IndicatorField::LeadUnit,
                                         QStringLiteral("市商务局"), nullptr));
    QVERIFY(store->setIndicatorField(store->indicatorByCode(QStringLiteral("M1"))->id,
                                     IndicatorField::LeadUnit, QStringLiteral("市统计局"),
                                     nullptr));
    auto *filter = find<QComboBox>("unitFilter");
    QVERIFY(filter);
    // The filter lists the units named now, shortly after the edits.
    QTRY_VERIFY(filter->findText(QStringLiteral("市商务局")) > 0);
    filter->setCurrentIndex(filter->findText(QStringLiteral("市商务局")));

    const QString pdf = m_file->filePath(QStringLiteral("unit.pdf"));
    FileDialog::setNextFileName(pdf);
    QString offered;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        offered = dialog->findChild<QComboBox *>(QStringLiteral("scopeUnit"))->currentText();
        dialog->findChild<QRadioButton *>(QStringLiteral("scopeBook"))->setChecked(true);
        dialog->accept();
    });
    m_window->findChild<QAction *>(QStringLiteral("actionExportPdf"))->trigger();
    QCOMPARE(offered, QStringLiteral("市商务局"));
    QVERIFY(QFile::exists(pdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished());
    const QString out = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(out.contains(QStringLiteral("A1.1.1")));
    QVERIFY(out.contains(QStringLiteral("L1.1")));
    QVERIFY2(!out.contains(QStringLiteral("A1.1.2")), qPrintable(out));
    QVERIFY(!out.contains(QStringLiteral("地区生产总值"))); // M1, another unit's
}

QTEST_MAIN(TestUnitsWindow)
#include "tst_unitswindow.moc"
