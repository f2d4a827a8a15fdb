// The tasks on the departments' sheets (issue 15, item 5, with issue 17's round trip): a unit's
// workbook carries a task sheet of the tasks it leads (status and 进展情况 to fill in), read back
// as the unit returns it; its rows previewed new / changed / unchanged / refused with their
// reasons, applied with the figures in one transaction and one undo step, the refused ones sent
// back; the round trip through LibreOffice on the built-in Chengdu plan.

#include "commands/ImportSheetsCommand.h"
#include "document/BuiltinPlan.h"
#include "export/XlsxSheets.h"
#include "models/SheetImportModel.h"
#include "sheetsin/ImportedSheets.h"
#include "sheetsin/RefusedSheetWriter.h"
#include "sheetsin/SheetFileReader.h"
#include "sheetsin/SheetImportPreview.h"
#include "sheetsin/SheetLayout.h"
#include "store/PlanStore.h"
#include "store/RoundSettings.h"
#include "store/TaskStore.h"
#include "SheetFixtures.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace pd;

namespace {

const QString unitName = QStringLiteral("市住建局");
const QString otherUnit = QStringLiteral("市交通运输局");
const QString tasksOnlyUnit = QStringLiteral("市水务局");
const QDate asOf(2024, 6, 30);

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

/// Everything the tasks hold, for "nothing else changed" and "undo puts it back exactly".
QStringList taskState(const PlanStore &store)
{
    QStringList lines;
    const TaskStore *tasks = TaskStore::of(&store);
    for (const TaskRecord &task : tasks->tasks())
        lines
            << QStringLiteral("%1 %2 %3").arg(task.code, taskStatusKey(task.status), task.leadUnit);
    for (const TaskProgress &p : tasks->progressUpTo(QDate(9999, 12, 31)))
        lines << QStringLiteral("#%1 task %2 %3 %4 [%5] %6 %7")
                     .arg(p.id)
                     .arg(p.taskId)
                     .arg(p.date.toString(Qt::ISODate), taskStatusKey(p.status), p.text,
                          p.enteredBy, p.enteredAt.toString(Qt::ISODate));
    return lines;
}

QStringList figureState(const PlanStore &store)
{
    QStringList lines;
    for (const Indicator &ind : store.indicators()) {
        for (const Measurement &m : store.measurements(ind.id))
            lines << QStringLiteral("%1 #%2 %3 %4 [%5]")
                         .arg(ind.code)
                         .arg(m.id)
                         .arg(m.date.toString(Qt::ISODate))
                         .arg(m.value, 0, 'g', 12)
                         .arg(m.progress);
    }
    return lines;
}

const SheetImportRow *rowFor(const SheetImport &import, const QString &code)
{
    for (const SheetImportFile &file : import.files) {
        for (const SheetImportRow &row : file.rows) {
            if (row.code == code)
                return &row;
        }
    }
    return nullptr;
}

QString states(const SheetImport &import)
{
    return QStringLiteral("%1 new, %2 changed, %3 unchanged, %4 refused")
        .arg(import.count(SheetRowState::New))
        .arg(import.count(SheetRowState::Changed))
        .arg(import.count(SheetRowState::Unchanged))
        .arg(import.count(SheetRowState::Refused));
}

/// The part of a zip, as text.
QString part(const QByteArray &xlsx, const QString &name)
{
    for (const auto &[partName, bytes] : test::unzip(xlsx)) {
        if (partName == name)
            return QString::fromUtf8(bytes);
    }
    return QString();
}

/// The cellXfs entries of styles.xml, each as its XML text.
QStringList cellFormats(const QString &stylesXml)
{
    const qsizetype start = stylesXml.indexOf(QLatin1String("<cellXfs"));
    const qsizetype end = stylesXml.indexOf(QLatin1String("</cellXfs>"));
    const QString xml = stylesXml.mid(start, end - start);
    QStringList xfs;
    const QRegularExpression re(QStringLiteral("<xf [^>]*?(/>|>.*?</xf>)"),
                                QRegularExpression::DotMatchesEverythingOption);
    for (auto it = re.globalMatch(xml); it.hasNext();)
        xfs << it.next().captured(0);
    return xfs;
}

int styleOf(const QString &sheetXml, const QString &ref)
{
    const QRegularExpression re(QStringLiteral("<c r=\"%1\" s=\"(\\d+)\"").arg(ref));
    const auto match = re.match(sheetXml);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QStringList sheetNames(const QByteArray &xlsx)
{
    QStringList names;
    const QRegularExpression sheet(QStringLiteral("<sheet name=\"([^\"]+)\""));
    for (auto it = sheet.globalMatch(part(xlsx, QStringLiteral("xl/workbook.xml"))); it.hasNext();)
        names << it.next().captured(1);
    return names;
}

} // namespace

class TestTaskSheets : public QObject
{
    Q_OBJECT
private slots:
    void init();

    // Out.
    void groupsCarryTheTasks();
    void taskSheetNames();
    void taskSheetCellsAndHeaders();
    void taskSheetLockedValidatedAndPrinted();
    void unitWithTasksOnlyGetsItsWorkbook();
    void ledgerHasATaskSheet();

    // In.
    void taskSheetFoundWhateverTheLayout();
    void taskRowsNewChangedUnchangedRefused();
    void taskRowsTwiceInOneImport();
    void importAndUndoRestoreExactly();
    void refusedTaskRowsGoBackAndImportAgain();
    void previewModelShowsTaskRows();
    void dryRunListsTaskRowsAndLeavesTheFile();

    // Done when: the round trip through LibreOffice.
    void roundTripThroughLibreOffice();

private:
    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments) const;
    TaskStore *tasks() const { return TaskStore::of(m_store.get()); }
    const TaskRecord &task(int i) const { return m_tasks.at(std::size_t(i)); }
    TaskRecord stored(int i) const { return *tasks()->task(task(i).id); }
    QByteArray exported(const QString &unit);
    /// The unit's workbook with its task sheet (sheet 2) filled in as in the round trip, and
    /// the indicator sheet's first row.
    QByteArray filledWorkbook();
    SheetImport preview(const std::vector<std::pair<QString, QByteArray>> &files);

    std::unique_ptr<test::TempDataFile> m_file;
    std::unique_ptr<PlanStore> m_store;
    std::vector<TaskRecord> m_tasks; ///< the plan's, in report order, before any change
    int m_year = 0;
};

void TestTaskSheets::init()
{
    m_store.reset();
    m_file = std::make_unique<test::TempDataFile>();
    m_store = std::make_unique<PlanStore>();
    QString error;
    QVERIFY2(BuiltinPlan::openWithPlan(*m_store, m_file->path(), &error), qPrintable(error));
    m_year = m_store->planInfo().year;
    QCOMPARE(m_year, 2024);
    m_tasks = tasks()->tasks();
    QVERIFY(m_tasks.size() > 20);
    // Tasks 0–6 and two indicators led by the unit, task 7 by another, tasks 8–9 by a unit
    // that leads no indicator; the rest by none (未分配).
    for (int i = 0; i <= 9; ++i) {
        const QString unit = i <= 6 ? unitName : (i == 7 ? otherUnit : tasksOnlyUnit);
        QVERIFY2(tasks()->setTaskField(task(i).id, TaskField::LeadUnit, unit, &error),
                 qPrintable(error));
    }
    QVERIFY(tasks()->setTaskField(task(6).id, TaskField::CoUnits, otherUnit, &error));
    const std::vector<Indicator> indicators = m_store->indicators();
    for (int i = 0; i < 2; ++i)
        QVERIFY2(m_store->setIndicatorField(indicators[std::size_t(i)].id, IndicatorField::LeadUnit,
                                            unitName, &error),
                 qPrintable(error));
    // What was recorded before the round: task 1 推进中 with an entry of June, task 2 未启动,
    // task 5 an entry of May.
    QVERIFY(
        tasks()->setTaskField(task(1).id, TaskField::Status, int(TaskStatus::InProgress), &error));
    QVERIFY(
        tasks()->setTaskField(task(2).id, TaskField::Status, int(TaskStatus::NotStarted), &error));
    TaskProgress june;
    june.taskId = task(1).id;
    june.date = QDate(2024, 6, 15);
    june.status = TaskStatus::InProgress;
    june.text = u("完成可研批复");
    QVERIFY2(tasks()->addProgress(june, &error), qPrintable(error));
    TaskProgress may;
    may.taskId = task(5).id;
    may.date = QDate(2024, 5, 31);
    may.status = TaskStatus::InProgress;
    may.text = u("五月进展");
    QVERIFY2(tasks()->addProgress(may, &error), qPrintable(error));
    TaskProgress july; // after the as-of date: not the sheet's 上次
    july.taskId = task(5).id;
    july.date = QDate(2024, 7, 31);
    july.status = TaskStatus::Done;
    july.text = u("七月进展");
    QVERIFY2(tasks()->addProgress(july, &error), qPrintable(error));
}

TestTaskSheets::Result TestTaskSheets::run(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_file->filePath(QStringLiteral("xdg")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_file->dirPath());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PD_BINARY), arguments);
    process.waitForFinished(120000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QByteArray TestTaskSheets::exported(const QString &unit)
{
    const QString path = m_file->filePath(XlsxSheets::fileNameFor(unit));
    QString error;
    if (!XlsxSheets::writeWorkbook(*m_store, asOf, unit, path, &error))
        qWarning("export failed: %s", qPrintable(error));
    return test::readFile(path);
}

QByteArray TestTaskSheets::filledWorkbook()
{
    const QByteArray sheet = exported(unitName);
    const Indicator first = m_store->indicators().front();
    // The indicator sheet: one figure (the target itself, which no rule doubts).
    const QByteArray figures = test::fillWorkbook(sheet, {{QStringLiteral("G3"), first.target},
                                                          {QStringLiteral("H3"), asOf},
                                                          {QStringLiteral("I3"), u("按计划推进")}});
    // The task sheet: rows 3–9 are tasks 0–6.
    return test::fillWorkbook(
        figures,
        {{QStringLiteral("G3"), u("推进中")},
         {QStringLiteral("H3"), asOf},
         {QStringLiteral("I3"), u("已完成前期工作，6月开工")},
         {QStringLiteral("G4"), u("已完成")},           // replaces June's entry and status
         {QStringLiteral("I4"), u("主体工程全面建成")}, // (the title's date)
         {QStringLiteral("I5"), u("正在开展方案设计")}, // a text alone: the status kept
         {QStringLiteral("G6"), u("滞后")},             // a status alone
         {QStringLiteral("G7"), u("快完成了")},         // no status a unit reports
         {QStringLiteral("G8"), u("推进中")},
         {QStringLiteral("H8"), QStringLiteral("2023-12-31")}, // outside the plan's year
         // row 9 (task 6) left blank
         {QStringLiteral("A10"), task(7).code}, // another unit's task
         {QStringLiteral("G10"), u("推进中")},
         {QStringLiteral("A11"), QStringLiteral("Z9.9.T9")}, // no such task
         {QStringLiteral("I11"), u("无此任务")},
         {QStringLiteral("A12"), task(3).code}, // only a date
         {QStringLiteral("H12"), QStringLiteral("2024-06-20")}},
        2);
}

SheetImport TestTaskSheets::preview(const std::vector<std::pair<QString, QByteArray>> &files)
{
    QString error;
    const std::optional<SheetImport> import =
        SheetImportPreview::buildFromBytes(*m_store, files, &error);
    if (!import)
        qWarning("preview failed: %s", qPrintable(error));
    return import.value_or(SheetImport());
}

// ---- out ------------------------------------------------------------------------------------

void TestTaskSheets::groupsCarryTheTasks()
{
    const auto groups = XlsxSheets::groups(m_store->indicators(), tasks()->tasks());
    QVERIFY(groups.size() >= 4);
    QCOMPARE(groups[0].unit, unitName);
    QCOMPARE(groups[0].indicators.size(), std::size_t(2));
    QCOMPARE(groups[0].tasks.size(), std::size_t(7));
    QCOMPARE(groups[0].tasks[0].code, task(0).code); // report order
    QCOMPARE(groups.back().unit, XlsxSheets::unassignedName());
    QCOMPARE(groups.back().tasks.size(), m_tasks.size() - 10);
    const auto only = XlsxSheets::groups(m_store->indicators(), tasks()->tasks(), tasksOnlyUnit);
    QCOMPARE(only.size(), std::size_t(1));
    QVERIFY(only[0].indicators.empty());
    QCOMPARE(only[0].tasks.size(), std::size_t(2));
}

void TestTaskSheets::taskSheetNames()
{
    QCOMPARE(XlsxSheets::taskSheetName(unitName), u("市住建局·工作任务"));
    const QString longName = QString(40, QChar(0x5C40)); // 局 × 40
    QCOMPARE(XlsxSheets::taskSheetName(longName).size(), 31);
    QVERIFY(XlsxSheets::taskSheetName(longName).endsWith(XlsxSheets::taskSheetSuffix()));
    const QByteArray xlsx = exported(unitName);
    QCOMPARE(sheetNames(xlsx), (QStringList{unitName, u("市住建局·工作任务")}));
    // A long unit's two sheets: both within 31 characters, the task sheet still says so.
    QString error;
    for (int i = 0; i <= 1; ++i)
        QVERIFY(tasks()->setTaskField(task(8 + i).id, TaskField::LeadUnit, longName, &error));
    QVERIFY(m_store->setIndicatorField(m_store->indicators()[5].id, IndicatorField::LeadUnit,
                                       longName, &error));
    const QStringList names = sheetNames(exported(longName));
    QCOMPARE(names.size(), 2);
    QCOMPARE(names[0], longName.left(31));
    QCOMPARE(names[1], XlsxSheets::taskSheetName(longName));
}

void TestTaskSheets::taskSheetCellsAndHeaders()
{
    const QByteArray xlsx = exported(unitName);
    QString error;
    const std::vector<SheetGrid> sheets =
        SheetFileReader::read(xlsx, QStringLiteral("x.xlsx"), &error);
    QCOMPARE(sheets.size(), std::size_t(2));
    const SheetGrid &grid = sheets[1];
    QCOMPARE(grid.name, u("市住建局·工作任务"));
    QCOMPARE(
        grid.cell(0, 0).text,
        XlsxSheets::titleFor(
            unitName, ReportingRound::containing(asOf, RoundSettings::schedule(*m_store)), asOf));
    QStringList headers;
    for (int c = 0; c <= grid.lastColumn(1); ++c)
        headers << grid.cell(1, c).text;
    QCOMPARE(headers,
             (QStringList{u("编码"), u("工作任务"), u("完成时限"), u("上次状态"), u("上次进展情况"),
                          u("上次日期"), u("本期状态"), u("截至日期"), u("进展情况")}));
    // One row per task the unit leads, in report order, the text verbatim.
    for (int i = 0; i <= 6; ++i) {
        QCOMPARE(grid.cell(2 + i, 0).text, task(i).code);
        QCOMPARE(grid.cell(2 + i, 1).text, task(i).text);
        QCOMPARE(grid.cell(2 + i, 2).date, task(i).deadline);
    }
    QVERIFY(grid.cell(9, 0).isEmpty());
    // 上次: the latest entry on or before the as-of date, else the task's own status.
    QCOMPARE(grid.cell(3, 3).text, u("推进中"));
    QCOMPARE(grid.cell(3, 4).text, u("完成可研批复"));
    QCOMPARE(grid.cell(3, 5).date, QDate(2024, 6, 15));
    QCOMPARE(grid.cell(4, 3).text, u("未启动"));
    QVERIFY(grid.cell(4, 4).isEmpty());
    QCOMPARE(grid.cell(2, 3).text, u("未填报"));
    QCOMPARE(grid.cell(7, 4).text, u("五月进展")); // not July's, after the as-of date
    QCOMPARE(grid.cell(7, 5).date, QDate(2024, 5, 31));
    // The inputs are empty.
    for (int c = 6; c <= 8; ++c)
        QVERIFY(grid.cell(2, c).isEmpty());
    // Found again as a task sheet, its title naming the unit and the round.
    const std::optional<SheetLayout> layout = SheetLayout::find(grid);
    QVERIFY(layout);
    QCOMPARE(layout->kind, SheetLayout::Kind::Tasks);
    QCOMPARE(layout->title.unit, unitName);
    QCOMPARE(layout->title.round, QStringLiteral("2024-06"));
    QCOMPARE(layout->title.asOf, asOf);
    QCOMPARE(layout->column(SheetLayout::TaskColumn::Progress), 8);
}

void TestTaskSheets::taskSheetLockedValidatedAndPrinted()
{
    const QByteArray xlsx = exported(unitName);
    const QString sheet = part(xlsx, QStringLiteral("xl/worksheets/sheet2.xml"));
    const QStringList xfs = cellFormats(part(xlsx, QStringLiteral("xl/styles.xml")));
    QVERIFY(!sheet.isEmpty());
    QVERIFY(sheet.contains(QLatin1String("<sheetProtection")));
    for (const char *column : {"A", "B", "C", "D", "E", "F"}) {
        const int s = styleOf(sheet, QStringLiteral("%1%2").arg(QLatin1String(column)).arg(4));
        QVERIFY2(s > 0 && s < xfs.size(), column);
        QVERIFY2(!xfs.at(s).contains(QLatin1String("locked=\"0\"")), column);
        QVERIFY2(!xfs.at(s).contains(QLatin1String("fillId=\"0\"")), column);
    }
    QVERIFY(xfs.at(styleOf(sheet, QStringLiteral("B4"))).contains(QLatin1String("wrapText")));
    for (const char *column : {"G", "H", "I"}) {
        const int s = styleOf(sheet, QStringLiteral("%1%2").arg(QLatin1String(column)).arg(4));
        QVERIFY2(s > 0 && s < xfs.size(), column);
        QVERIFY2(xfs.at(s).contains(QLatin1String("locked=\"0\"")), column);
    }
    // The four statuses a unit reports, as a list; a date of the plan's year.
    QVERIFY2(sheet.contains(QRegularExpression(
                 u("<dataValidation type=\"list\"[^>]*sqref=\"G3:G9\"><formula1>\"未启动,推进中,"
                   "已完成,滞后\"</formula1>"))),
             qPrintable(sheet.right(2000)));
    QVERIFY(sheet.contains(QRegularExpression(
        QStringLiteral("<dataValidation type=\"date\"[^>]*sqref=\"H3:H9\">"
                       "<formula1>45292</formula1><formula2>45657</formula2>"))));
    QVERIFY(sheet.contains(QLatin1String("<mergeCell ref=\"A1:I1\"")));
    // The work column wide, A4 landscape, one page wide, title and header on every page.
    const QRegularExpression width(QStringLiteral("<col min=\"2\" max=\"2\" width=\"([0-9.]+)\""));
    QVERIFY(width.match(sheet).captured(1).toDouble() >= 50);
    const QString setup =
        QRegularExpression(QStringLiteral("<pageSetup [^>]*>")).match(sheet).captured(0);
    QVERIFY2(setup.contains(QLatin1String("paperSize=\"9\"")), qPrintable(setup));
    QVERIFY(setup.contains(QLatin1String("orientation=\"landscape\"")));
    QVERIFY(setup.contains(QLatin1String("fitToHeight=\"0\"")));
    QVERIFY(sheet.contains(QLatin1String("<pageSetUpPr fitToPage=\"1\"")));
    QVERIFY(part(xlsx, QStringLiteral("xl/workbook.xml"))
                .contains(u("localSheetId=\"1\">'市住建局·工作任务'!$1:$2</definedName>")));
}

void TestTaskSheets::unitWithTasksOnlyGetsItsWorkbook()
{
    const QString folder = m_file->filePath(QStringLiteral("units"));
    QStringList written;
    QString error;
    QVERIFY2(XlsxSheets::writeFolder(*m_store, asOf, QString(), folder, &written, &error),
             qPrintable(error));
    const QString tasksOnly = QDir(folder).filePath(XlsxSheets::fileNameFor(tasksOnlyUnit));
    QVERIFY(written.contains(tasksOnly));
    QCOMPARE(sheetNames(test::readFile(tasksOnly)), QStringList{u("市水务局·工作任务")});
    // The tasks without a lead unit go with 未分配, after its indicators.
    const QString none = QDir(folder).filePath(XlsxSheets::fileNameFor(u("未分配")));
    QCOMPARE(sheetNames(test::readFile(none)), (QStringList{u("未分配"), u("未分配·工作任务")}));
    // One unit asked for by name.
    const QString one = m_file->filePath(QStringLiteral("one.xlsx"));
    QVERIFY2(XlsxSheets::writeWorkbook(*m_store, asOf, tasksOnlyUnit, one, &error),
             qPrintable(error));
    QCOMPARE(sheetNames(test::readFile(one)), QStringList{u("市水务局·工作任务")});
}

void TestTaskSheets::ledgerHasATaskSheet()
{
    const QString path = m_file->filePath(QStringLiteral("ledger.xlsx"));
    QString error;
    QVERIFY2(XlsxSheets::writeLedger(*m_store, asOf, path, &error), qPrintable(error));
    const std::vector<SheetGrid> sheets = SheetFileReader::read(test::readFile(path), path, &error);
    QCOMPARE(sheets.size(), std::size_t(2));
    QCOMPARE(sheets[1].name, u("台账·工作任务"));
    const SheetGrid &grid = sheets[1];
    QCOMPARE(grid.cell(1, 1).text, u("工作任务"));
    QCOMPARE(grid.cell(3, 0).text, task(1).code);
    QCOMPARE(grid.cell(3, 2).text, unitName);
    QVERIFY(grid.cell(3, 5).text.startsWith(u("推进中"))); // （逾期） when past its deadline
    QCOMPARE(grid.cell(3, 6).text, u("完成可研批复"));
    QCOMPARE(int(grid.rows().size()), int(m_tasks.size()) + 2);
}

// ---- in -------------------------------------------------------------------------------------

void TestTaskSheets::taskSheetFoundWhateverTheLayout()
{
    // As a unit may send it back: a CSV, a note and an empty row above, the title in two
    // cells, the columns reordered and named as units name them, an extra column.
    const QString csv =
        u("说明：请各单位认真填写\r\n\r\n牵头单位：市住建局,截至日期：2024-06-30\r\n"
          "备注,进展,状态,重点任务,任务编码,截止日期\r\n"
          ",按期推进,推进中,（略）,%1,2024-06-28\r\n"
          ",,,,%2,\r\n")
            .arg(task(0).code, task(1).code);
    const SheetImport import = preview({{QStringLiteral("返回.csv"), csv.toUtf8()}});
    QCOMPARE(import.files.size(), std::size_t(1));
    QCOMPARE(import.files[0].error, QString());
    QCOMPARE(import.files[0].units, QStringList{unitName});
    QCOMPARE(states(import), QStringLiteral("1 new, 0 changed, 0 unchanged, 0 refused"));
    QCOMPARE(import.files[0].blankRows, 1);
    const SheetImportRow *row = rowFor(import, task(0).code);
    QVERIFY(row->isTask);
    QCOMPARE(row->name, task(0).text);
    QCOMPARE(row->taskDate, QDate(2024, 6, 28));
    QCOMPARE(row->task.statusAfter, TaskStatus::InProgress);
    QCOMPARE(row->task.entryAfter->text, u("按期推进"));

    // A workbook whose first sheet is a note, the task sheet second, its title merged.
    const QString title = XlsxSheets::titleFor(
        unitName, ReportingRound::containing(asOf, RoundSettings::schedule(*m_store)), asOf);
    auto inl = [](const char *ref, const QString &text) {
        return QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t>%2</t></is></c>")
            .arg(QLatin1String(ref), text.toHtmlEscaped());
    };
    const QString rows =
        QStringLiteral("<row r=\"1\">") + inl("A1", title) + QStringLiteral("</row>") +
        QStringLiteral("<row r=\"3\">") + inl("A3", u("编码")) + inl("B3", u("工作任务")) +
        inl("C3", u("本期状态")) + inl("D3", u("进展情况")) + QStringLiteral("</row>") +
        QStringLiteral("<row r=\"5\">") + inl("A5", task(2).code) + inl("B5", task(2).text) +
        inl("C5", u("已完成")) + inl("D5", u("已完成")) + QStringLiteral("</row>");
    const QByteArray xlsx = test::workbook(
        {{u("说明"),
          QStringLiteral("<row r=\"1\">") + inl("A1", u("填表说明")) + QStringLiteral("</row>"),
          QString()},
         {u("市住建局·工作任务"), rows,
          QStringLiteral("<mergeCells count=\"1\"><mergeCell ref=\"A1:D2\"/></mergeCells>")}});
    const SheetImport second = preview({{QStringLiteral("wps.xlsx"), xlsx}});
    QCOMPARE(second.files[0].error, QString());
    QCOMPARE(states(second), QStringLiteral("1 new, 0 changed, 0 unchanged, 0 refused"));
    QCOMPARE(rowFor(second, task(2).code)->taskDate, asOf); // the title's
    QCOMPARE(second.files[0].round, QStringLiteral("2024-06"));
}

void TestTaskSheets::taskRowsNewChangedUnchangedRefused()
{
    const SheetImport import = preview({{u("市住建局.xlsx"), filledWorkbook()}});
    QCOMPARE(import.files.size(), std::size_t(1));
    QCOMPARE(import.files[0].error, QString());
    QCOMPARE(import.files[0].units, QStringList{unitName});
    // One figure; tasks 0 and 2 new, 1 and 3 changed, five refused, task 6 blank.
    QCOMPARE(states(import), QStringLiteral("3 new, 2 changed, 0 unchanged, 5 refused"));
    QCOMPARE(import.taskCount(SheetRowState::New), 2);
    QCOMPARE(import.taskCount(SheetRowState::Refused), 5);
    QCOMPARE(import.files[0].blankRows, 1 + 1); // the second indicator's row, task 6

    const SheetImportRow *first = rowFor(import, task(0).code);
    QCOMPARE(first->state, SheetRowState::New);
    QCOMPARE(first->name, task(0).text);
    QCOMPARE(first->task.statusBefore, TaskStatus::NotReported);
    QCOMPARE(first->task.statusAfter, TaskStatus::InProgress);
    QVERIFY(!first->task.entryBefore);
    QCOMPARE(first->task.entryAfter->date, asOf);
    QCOMPARE(first->task.entryAfter->text, u("已完成前期工作，6月开工"));

    const SheetImportRow *replaced = rowFor(import, task(1).code);
    QCOMPARE(replaced->state, SheetRowState::Changed);
    QCOMPARE(replaced->task.statusAfter, TaskStatus::Done);
    QCOMPARE(replaced->task.entryBefore->text, u("完成可研批复"));
    QCOMPARE(replaced->task.entryAfter->id, replaced->task.entryBefore->id);
    QCOMPARE(replaced->task.entryAfter->text, u("主体工程全面建成"));

    const SheetImportRow *textOnly = rowFor(import, task(2).code);
    QCOMPARE(textOnly->state, SheetRowState::New);
    QCOMPARE(textOnly->task.statusAfter, TaskStatus::NotStarted); // kept
    QCOMPARE(textOnly->task.entryAfter->status, TaskStatus::NotStarted);

    const SheetImportRow *statusOnly = rowFor(import, task(3).code);
    QCOMPARE(statusOnly->row, 6);
    QCOMPARE(statusOnly->state, SheetRowState::Changed);
    QCOMPARE(statusOnly->task.statusAfter, TaskStatus::Behind);
    QVERIFY(!statusOnly->task.entryAfter); // no text: none written

    auto reasonAt = [&](int sheetRow) {
        for (const SheetImportRow &row : import.files[0].rows) {
            if (row.isTask && row.row == sheetRow)
                return row.state == SheetRowState::Refused ? row.reason : QStringLiteral("-");
        }
        return QString();
    };
    QVERIFY2(reasonAt(7).contains(u("“快完成了” in 本期状态 is not a status a unit reports")),
             qPrintable(reasonAt(7)));
    QVERIFY2(reasonAt(8).contains(QStringLiteral("2023-12-31 is outside the plan's year 2024")),
             qPrintable(reasonAt(8)));
    QVERIFY2(reasonAt(10).contains(u("is led by 市交通运输局, not by 市住建局")),
             qPrintable(reasonAt(10)));
    QVERIFY2(reasonAt(11).contains(QStringLiteral("No task has the code “Z9.9.T9”")),
             qPrintable(reasonAt(11)));
    QVERIFY2(reasonAt(12).contains(u("Only a date")), qPrintable(reasonAt(12)));
    QCOMPARE(reasonAt(9), QString()); // blank: not listed

    // The figures' batch holds the figure alone; the tasks' changes the four task rows.
    QCOMPARE(import.batch().added.size(), std::size_t(1));
    QCOMPARE(import.taskChanges().size(), std::size_t(4));

    // A co-unit answering for a task; the same sheet again, now unchanged.
    const QString csv = u("牵头单位：市交通运输局　　截至日期：2024-06-30\r\n"
                          "编码,工作任务,本期状态,进展情况\r\n%1,,推进中,\r\n")
                            .arg(task(6).code);
    const SheetImport co = preview({{QStringLiteral("co.csv"), csv.toUtf8()}});
    QVERIFY2(co.files[0].rows.at(0).reason.contains(u("co-units (配合单位)")),
             qPrintable(co.files[0].rows.at(0).reason));
}

void TestTaskSheets::taskRowsTwiceInOneImport()
{
    auto sheet = [&](const QString &status, const QString &text) {
        return u("牵头单位：市住建局　　截至日期：2024-06-30\r\n编码,工作任务,本期状态,进展情况\r\n"
                 "%1,,%2,%3\r\n")
            .arg(task(0).code, status, text)
            .toUtf8();
    };
    // The same words twice: once applied; other words for the same month: refused.
    SheetImport import = preview({{QStringLiteral("a.csv"), sheet(u("推进中"), u("进展甲"))},
                                  {QStringLiteral("b.csv"), sheet(u("推进中"), u("进展甲")) + " "},
                                  {QStringLiteral("c.csv"), sheet(u("滞后"), u("进展乙"))}});
    QCOMPARE(states(import), QStringLiteral("1 new, 0 changed, 1 unchanged, 1 refused"));
    QVERIFY(import.files[2].rows[0].reason.contains(QStringLiteral("Row 3 of a.csv")));
    QCOMPARE(import.taskChanges().size(), std::size_t(1));

    // Once recorded, the same again is unchanged.
    QUndoStack stack;
    const CommandError failure = std::make_shared<QString>();
    stack.push(new ImportSheetsCommand(m_store.get(), import, failure));
    QCOMPARE(*failure, QString());
    import = preview({{ QStringLiteral("d.csv"), sheet(u("推进中"), u("进展甲")) + "\r\n" }});
    QCOMPARE(states(import), QStringLiteral("0 new, 0 changed, 1 unchanged, 0 refused"));
    QVERIFY(!import.hasChanges());

    // June's words of task 1 (entered on the 15th) sent again on the 30th: unchanged, not
    // moved to the title's date.
    const QString again = u("牵头单位：市住建局　　截至日期：2024-06-30\r\n"
                            "编码,工作任务,本期状态,进展情况\r\n%1,,推进中,完成可研批复\r\n")
                              .arg(task(1).code);
    import = preview({{ QStringLiteral("e.csv"), again.toUtf8() }});
    QCOMPARE(states(import), QStringLiteral("0 new, 0 changed, 1 unchanged, 0 refused"));
}

void TestTaskSheets::importAndUndoRestoreExactly()
{
    const QStringList tasksBefore = taskState(*m_store);
    const QStringList figuresBefore = figureState(*m_store);
    const SheetImport import = preview({{u("市住建局.xlsx"), filledWorkbook()}});
    QCOMPARE(states(import), QStringLiteral("3 new, 2 changed, 0 unchanged, 5 refused"));

    QSignalSpy taskChanged(tasks(), &TaskStore::taskChanged);
    QSignalSpy progressChanged(tasks(), &TaskStore::progressChanged);
    QUndoStack stack;
    const CommandError failure = std::make_shared<QString>();
    auto *command = new ImportSheetsCommand(m_store.get(), import, failure);
    QCOMPARE(command->figureCount(), 1);
    QCOMPARE(command->taskCount(), 4);
    stack.push(command);
    QCOMPARE(*failure, QString());
    QCOMPARE(stack.count(), 1);
    QCOMPARE(taskChanged.count(), 3);     // tasks 0, 1, 3
    QCOMPARE(progressChanged.count(), 3); // tasks 0, 1, 2

    QCOMPARE(stored(0).status, TaskStatus::InProgress);
    QCOMPARE(stored(1).status, TaskStatus::Done);
    QCOMPARE(stored(2).status, TaskStatus::NotStarted);
    QCOMPARE(stored(3).status, TaskStatus::Behind);
    QCOMPARE(stored(4).status, TaskStatus::NotReported); // refused
    const std::vector<TaskProgress> first = tasks()->progress(task(0).id);
    QCOMPARE(first.size(), std::size_t(1));
    QCOMPARE(first[0].text, u("已完成前期工作，6月开工"));
    QCOMPARE(first[0].status, TaskStatus::InProgress);
    const std::vector<TaskProgress> second = tasks()->progress(task(1).id);
    QCOMPARE(second.size(), std::size_t(1)); // one a month: June's replaced
    QCOMPARE(second[0].text, u("主体工程全面建成"));
    QCOMPARE(second[0].status, TaskStatus::Done);
    QCOMPARE(second[0].date, asOf);
    QCOMPARE(tasks()->progress(task(2).id).at(0).status, TaskStatus::NotStarted);
    QVERIFY(tasks()->progress(task(3).id).empty());
    QCOMPARE(m_store->measurements(m_store->indicators().front().id).size(), std::size_t(1));

    // The audit rows say where it came from.
    const std::vector<AuditEntry> audit = m_store->auditLog(QStringLiteral("task"), task(3).id);
    QVERIFY(!audit.empty());
    QCOMPARE(audit.back().field, QStringLiteral("status"));
    QCOMPARE(audit.back().newValue, QStringLiteral("behind"));
    QCOMPARE(audit.back().source, u("sheet 市住建局.xlsx · 市住建局"));
    const std::vector<AuditEntry> entryAudit =
        m_store->auditLog(QStringLiteral("task_progress"), first[0].id);
    QCOMPARE(entryAudit.size(), std::size_t(1));
    QCOMPARE(entryAudit[0].source, u("sheet 市住建局.xlsx · 市住建局"));

    // Nothing else changed.
    QStringList expected = tasksBefore;
    const QStringList after = taskState(*m_store);
    QStringList changed;
    for (const QString &line : after) {
        if (!expected.removeOne(line))
            changed << line;
    }
    QCOMPARE(changed.size(), 3 + 3);  // tasks 0, 1 and 3's status (2's kept), three entries
    QCOMPARE(expected.size(), 3 + 1); // their old status lines, June's old entry

    // One undo takes all of it back, exactly; redo puts it back under the same ids.
    stack.undo();
    QCOMPARE(*failure, QString());
    QCOMPARE(taskState(*m_store), tasksBefore);
    QCOMPARE(figureState(*m_store), figuresBefore);
    QVERIFY(ImportedSheets::all(*m_store).empty());
    stack.redo();
    QCOMPARE(*failure, QString());
    QCOMPARE(taskState(*m_store), after);
    stack.undo();
    QCOMPARE(taskState(*m_store), tasksBefore);
}

void TestTaskSheets::refusedTaskRowsGoBackAndImportAgain()
{
    const SheetImport import = preview({{u("市住建局.xlsx"), filledWorkbook()}});
    const QString back = m_file->filePath(u("退回-市住建局.xlsx"));
    QString error;
    QVERIFY2(RefusedSheetWriter::write(import.refusedRows(), back, &error), qPrintable(error));
    const std::vector<SheetGrid> sheets = SheetFileReader::read(test::readFile(back), back, &error);
    QCOMPARE(sheets.size(), std::size_t(1)); // no indicator row was refused
    const SheetGrid &grid = sheets[0];
    QCOMPARE(grid.name, u("市住建局·工作任务"));
    QCOMPARE(grid.cell(1, 1).text, u("工作任务"));
    QCOMPARE(grid.cell(1, 9).text, RefusedSheetWriter::reasonHeader());
    QCOMPARE(grid.cell(2, 0).text, task(4).code);
    QCOMPARE(grid.cell(2, 6).text, u("快完成了"));
    QVERIFY(grid.cell(2, 9).text.contains(u("not a status a unit reports")));
    QCOMPARE(int(grid.rows().size()), 2 + 5);

    // Sent in again as it is: the same rows, refused for the same reasons.
    const SheetImport again = preview({{u("退回-市住建局.xlsx"), test::readFile(back)}});
    QCOMPARE(again.files[0].error, QString());
    QCOMPARE(again.files[0].units, QStringList{unitName});
    QCOMPARE(states(again), QStringLiteral("0 new, 0 changed, 0 unchanged, 5 refused"));
}

void TestTaskSheets::previewModelShowsTaskRows()
{
    const SheetImport import = preview({{u("市住建局.xlsx"), filledWorkbook()}});
    SheetImportModel model;
    model.setImport(import);
    QCOMPARE(model.rowCount(), 10); // counts include the task rows
    int found = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.row(r).code == task(1).code)
            found = r;
    }
    QVERIFY(found >= 0);
    auto cell = [&](int column) { return model.index(found, column).data().toString(); };
    QCOMPARE(cell(SheetImportModel::NameColumn), task(1).text);
    QCOMPARE(cell(SheetImportModel::FigureColumn), TaskStatusStyle::label(TaskStatus::Done));
    QCOMPARE(cell(SheetImportModel::DateColumn), QStringLiteral("2024-06-30"));
    QCOMPARE(cell(SheetImportModel::TextsColumn), u("主体工程全面建成"));
    QVERIFY2(cell(SheetImportModel::DetailColumn).contains(QStringLiteral("2024-06")),
             qPrintable(cell(SheetImportModel::DetailColumn)));
}

void TestTaskSheets::dryRunListsTaskRowsAndLeavesTheFile()
{
    const QString sheet = m_file->filePath(u("市住建局.xlsx"));
    test::writeFile(sheet, filledWorkbook());
    m_store->close();
    m_store.reset();
    QVERIFY(!QFileInfo::exists(m_file->path() + QStringLiteral("-wal")));
    const QByteArray before = test::readFile(m_file->path());
    Result result = run({QStringLiteral("import-xlsx"), sheet, QStringLiteral("--db"),
                         m_file->path(), QStringLiteral("--dry-run")});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("3 new, 2 changed, 0 unchanged, 5 refused")),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("refused: row 11 (%1) Z9.9.T9: No task has the "
                                               "code")
                                    .arg(XlsxSheets::taskSheetName(unitName))));
    QVERIFY2(result.out.contains(QStringLiteral("5 row(s) would be imported (3 new, 2 changed), "
                                                "4 of them tasks")),
             qPrintable(result.out));
    QCOMPARE(test::readFile(m_file->path()), before);
    QVERIFY(!QFileInfo::exists(m_file->path() + QStringLiteral("-wal")));

    // For real: the tasks are in the file.
    result = run({QStringLiteral("import-xlsx"), sheet, QStringLiteral("--db"), m_file->path()});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("4 of them tasks")), qPrintable(result.out));
    PlanStore store;
    QString error;
    QVERIFY(store.open(m_file->path(), &error));
    QCOMPARE(TaskStore::of(&store)->task(task(3).id)->status, TaskStatus::Behind);
}

// ---- the round trip -------------------------------------------------------------------------

void TestTaskSheets::roundTripThroughLibreOffice()
{
    if (test::soffice().isEmpty())
        QSKIP("LibreOffice (soffice) is not installed: install libreoffice-calc-nogui to run the "
              "round trip of the task sheets through it");
    const QStringList tasksBefore = taskState(*m_store);
    const QStringList figuresBefore = figureState(*m_store);
    const QByteArray filled = filledWorkbook();
    const QString filledPath = m_file->filePath(u("filled/市住建局.xlsx"));
    QDir().mkpath(QFileInfo(filledPath).path());
    test::writeFile(filledPath, filled);
    QString error;
    const QString saved = test::saveThroughLibreOffice(
        filledPath, QStringLiteral("xlsx"), m_file->filePath(QStringLiteral("saved")), &error);
    QVERIFY2(!saved.isEmpty(), qPrintable(error));
    QVERIFY(test::readFile(saved) != filled); // LibreOffice wrote its own

    const std::optional<SheetImport> import = SheetImportPreview::build(*m_store, {saved}, &error);
    QVERIFY2(import, qPrintable(error));
    QCOMPARE(import->files.front().error, QString());
    QCOMPARE(import->files.front().units, QStringList{unitName});
    QCOMPARE(states(*import), QStringLiteral("3 new, 2 changed, 0 unchanged, 5 refused"));
    QVERIFY(rowFor(*import, task(4).code)->reason.contains(u("not a status a unit reports")));
    QVERIFY(rowFor(*import, task(5).code)->reason.contains(QStringLiteral("outside the plan")));
    QVERIFY(rowFor(*import, task(7).code)->reason.contains(u("led by 市交通运输局")));
    QVERIFY(rowFor(*import, QStringLiteral("Z9.9.T9"))->reason.contains(u("No task has")));

    QUndoStack stack;
    const CommandError failure = std::make_shared<QString>();
    stack.push(new ImportSheetsCommand(m_store.get(), *import, failure));
    QCOMPARE(*failure, QString());
    // The statuses and 进展情况 are in the file ...
    QCOMPARE(stored(0).status, TaskStatus::InProgress);
    QCOMPARE(tasks()->progress(task(0).id).at(0).text, u("已完成前期工作，6月开工"));
    QCOMPARE(tasks()->progress(task(0).id).at(0).date, asOf);
    QCOMPARE(stored(1).status, TaskStatus::Done);
    QCOMPARE(tasks()->progress(task(1).id).at(0).text, u("主体工程全面建成"));
    QCOMPARE(tasks()->progress(task(2).id).at(0).text, u("正在开展方案设计"));
    QCOMPARE(stored(3).status, TaskStatus::Behind);
    // ... with the figure, and nothing else changed ...
    const QStringList figuresAfter = figureState(*m_store);
    QCOMPARE(figuresAfter.size(), figuresBefore.size() + 1);
    QStringList otherTasks = taskState(*m_store);
    for (const int i : {0, 1, 2, 3}) {
        otherTasks.removeIf([&](const QString &line) {
            return line.startsWith(task(i).code + QLatin1Char(' ')) ||
                   line.contains(QStringLiteral(" task %1 ").arg(task(i).id));
        });
    }
    QStringList expected = tasksBefore;
    for (const int i : {0, 1, 2, 3}) {
        expected.removeIf([&](const QString &line) {
            return line.startsWith(task(i).code + QLatin1Char(' ')) ||
                   line.contains(QStringLiteral(" task %1 ").arg(task(i).id));
        });
    }
    QCOMPARE(otherTasks, expected);
    // ... and one undo removes all of it, figures and tasks.
    QCOMPARE(stack.count(), 1);
    stack.undo();
    QCOMPARE(*failure, QString());
    QCOMPARE(taskState(*m_store), tasksBefore);
    QCOMPARE(figureState(*m_store), figuresBefore);
}

QTEST_GUILESS_MAIN(TestTaskSheets)
#include "tst_tasksheets.moc"
