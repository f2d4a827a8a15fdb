// The 台账 on paper: a part's tasks with 序号, 工作任务, 牵头单位, 完成时限, 进展情况 and 状态,
// laid out like the progress sheets (the header on every page, rows never split), from the
// builder's book and as the PDF's own text (pdftotext).

#include "document/BuiltinPlan.h"
#include "report/PdfExporter.h"
#include "report/ReportBuilder.h"
#include "store/PlanStore.h"
#include "store/TaskStore.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

#include <set>

using namespace pd;

namespace {

const QDate AsOf(2024, 7, 15);

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

QString pdfText(const QString &path, int page = 0)
{
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << path << QStringLiteral("-");
    QProcess process;
    process.start(QStringLiteral("pdftotext"), args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString squeezed(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s+")));
}

std::set<QString> taskCodesIn(const QString &text)
{
    std::set<QString> codes;
    auto it =
        QRegularExpression(QStringLiteral("\\b[AG]\\d+(?:\\.\\d+)?\\.T\\d+\\b")).globalMatch(text);
    while (it.hasNext())
        codes.insert(it.next().captured(0));
    return codes;
}

ReportRenderer::Options english()
{
    ReportRenderer::Options options;
    options.language = QLocale(QLocale::English, QLocale::UnitedKingdom);
    return options;
}

} // namespace

class TestTaskLedger : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bookHoldsEachPartsTasks();
    void areaSheetInThePdf();
    void behindOnlyKeepsLaggingAndOverdue();
    void wholeBookListsEveryPart();
    void exportPdfLedgerOption();
    void aUnitsLedgerHoldsItsTasks();

private:
    test::TempDataFile m_file;
    PlanStore m_store;
    std::vector<TaskRecord> m_area3;
};

void TestTaskLedger::initTestCase()
{
    QString error;
    QVERIFY2(BuiltinPlan::openWithPlan(m_store, m_file.path(), &error), qPrintable(error));
    TaskStore *tasks = TaskStore::of(&m_store);
    for (const TaskRecord &task : tasks->tasks()) {
        if (task.code.startsWith(QStringLiteral("A3.")))
            m_area3.push_back(task);
    }
    QCOMPARE(int(m_area3.size()), 54);
    // A few tasks as a unit would report them: one lagging, one overdue, one done.
    const TaskRecord &lagging = m_area3[2];
    QVERIFY(tasks->setTaskField(lagging.id, TaskField::Status, int(TaskStatus::Behind), &error));
    QVERIFY(tasks->setTaskField(lagging.id, TaskField::LeadUnit, u8("市科技局"), &error));
    TaskProgress entry;
    entry.taskId = lagging.id;
    entry.date = QDate(2024, 6, 28);
    entry.status = TaskStatus::Behind;
    entry.text = u8("用地手续延后，招标推迟至七月。");
    QVERIFY2(tasks->addProgress(entry, &error), qPrintable(error));
    const TaskRecord &overdue = m_area3[5];
    QVERIFY(tasks->setTaskField(overdue.id, TaskField::Deadline, QDate(2024, 6, 30), &error));
    QVERIFY(
        tasks->setTaskField(overdue.id, TaskField::Status, int(TaskStatus::InProgress), &error));
    const TaskRecord &done = m_area3[8];
    QVERIFY(tasks->setTaskField(done.id, TaskField::Status, int(TaskStatus::Done), &error));
    QVERIFY(tasks->setTaskField(done.id, TaskField::Deadline, QDate(2024, 6, 30), &error));
}

void TestTaskLedger::bookHoldsEachPartsTasks()
{
    QString error;
    const auto book =
        ReportBuilder::build(m_store, AsOf, ReportScope::forArea(3).asLedger(), &error);
    QVERIFY2(book, qPrintable(error));
    QCOMPARE(int(book->sections.size()), 1);
    const ReportSection &section = book->sections.front();
    QCOMPARE(section.taskCount, 54);
    QCOMPARE(section.tasksShown, 54);
    QCOMPARE(section.overdueTasks, 1);
    QStringList codes;
    QStringList headings;
    for (const ReportTaskLine &line : section.tasks) {
        if (line.type == ReportTaskLine::Type::Task)
            codes << line.task.code;
        else
            headings << line.heading;
    }
    QStringList expected;
    for (const TaskRecord &task : m_area3)
        expected << task.code;
    QCOMPARE(codes, expected);     // in report order, each once
    QVERIFY(headings.size() >= 4); // the area's sections head their tasks
    const auto lagging =
        std::find_if(section.tasks.begin(), section.tasks.end(),
                     [&](const ReportTaskLine &line) { return line.task.id == m_area3[2].id; });
    QVERIFY(lagging->progress);
    QCOMPARE(lagging->progress->text, u8("用地手续延后，招标推迟至七月。"));
    // Before the entry's date it is not there yet.
    const auto june = ReportBuilder::build(m_store, QDate(2024, 6, 1),
                                           ReportScope::forArea(3).asLedger(), &error);
    for (const ReportTaskLine &line : june->sections.front().tasks)
        QVERIFY(!line.progress);
    // A progress book reads no tasks.
    const auto plain = ReportBuilder::build(m_store, AsOf, ReportScope::forArea(3), &error);
    QVERIFY(plain->sections.front().tasks.empty());
}

void TestTaskLedger::areaSheetInThePdf()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils (pdftotext) not installed");
    const QString pdf = m_file.filePath(QStringLiteral("area3-ledger.pdf"));
    const ReportRenderer::Result result =
        PdfExporter(english()).exportPlan(m_store, AsOf, ReportScope::forArea(3).asLedger(), pdf);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.pageCount >= 2);
    const QString text = pdfText(pdf);
    // Every task of the area, once, and nothing of another area.
    std::set<QString> expected;
    for (const TaskRecord &task : m_area3)
        expected.insert(task.code);
    QCOMPARE(taskCodesIn(text), expected);
    const QString flat = squeezed(text);
    for (const TaskRecord &task : {m_area3[0], m_area3[2], m_area3.back()})
        QVERIFY2(flat.contains(squeezed(task.text)), qPrintable(task.text));
    QVERIFY(flat.contains(u8("市科技局")));
    QVERIFY(flat.contains(u8("用地手续延后，招标推迟至七月。")));
    QVERIFY(text.contains(QStringLiteral("Lagging")));
    QVERIFY(text.contains(QStringLiteral("Overdue")));
    QVERIFY(text.contains(QStringLiteral("Tasks: 54")));
    // The header row on every page the table reaches.
    for (int page = 1; page <= result.pageCount; ++page) {
        const QString pageText = pdfText(pdf, page);
        for (const char *header : {"No.", "Task", "Lead unit", "Deadline", "Progress", "Status"})
            QVERIFY2(
                pageText.contains(QLatin1String(header)),
                qPrintable(QStringLiteral("page %1: %2").arg(page).arg(QLatin1String(header))));
    }
}

void TestTaskLedger::behindOnlyKeepsLaggingAndOverdue()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils (pdftotext) not installed");
    const QString pdf = m_file.filePath(QStringLiteral("area3-behind.pdf"));
    const ReportRenderer::Result result = PdfExporter(english()).exportPlan(
        m_store, AsOf, ReportScope::forArea(3).behind().asLedger(), pdf);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.pageCount, 1);
    // The lagging task and the overdue one; not the one done by its past deadline.
    QCOMPARE(taskCodesIn(pdfText(pdf)), (std::set<QString>{m_area3[2].code, m_area3[5].code}));
}

void TestTaskLedger::wholeBookListsEveryPart()
{
    QString error;
    const auto book = ReportBuilder::build(m_store, AsOf, ReportScope::book().asLedger(), &error);
    QVERIFY2(book, qPrintable(error));
    int tasks = 0;
    int government = -1;
    for (const ReportSection &section : book->sections) {
        tasks += section.taskCount;
        if (section.part == PlanPart::Government)
            government = section.taskCount;
        if (section.part == PlanPart::Main || section.part == PlanPart::Livelihood)
            QCOMPARE(section.taskCount, 0);
    }
    QCOMPARE(tasks, 655);
    QCOMPARE(government, 32);
    const QString pdf = m_file.filePath(QStringLiteral("book-ledger.pdf"));
    const ReportRenderer::Result result =
        PdfExporter(english()).exportPlan(m_store, AsOf, ReportScope::book().asLedger(), pdf);
    QVERIFY2(result.ok, qPrintable(result.error));
    // Every part in the contents; those without tasks say so and have no sheet.
    int withSheet = 0;
    int withoutTasks = 0;
    for (const ReportRenderer::ContentsEntry &entry : result.contents) {
        if (entry.page > 0 && entry.title.contains(QStringLiteral("ledger of tasks")))
            ++withSheet;
        if (entry.page == 0 && entry.note == QStringLiteral("This part has no tasks."))
            ++withoutTasks;
    }
    QCOMPARE(withSheet, 10);   // nine areas and the self-building part
    QCOMPARE(withoutTasks, 2); // the main targets and 民生实事
}

void TestTaskLedger::exportPdfLedgerOption()
{
    // The command line as a script runs it: --ledger on an area, refused with --indicator.
    const QString pdf = m_file.filePath(QStringLiteral("cli-ledger.pdf"));
    QProcess process;
    process.start(QStringLiteral(PD_BINARY),
                  {QStringLiteral("export-pdf"), QStringLiteral("--db"), m_file.path(),
                   QStringLiteral("--area"), QStringLiteral("3"), QStringLiteral("--ledger"),
                   QStringLiteral("--as-of"), QStringLiteral("2024-07-15"), QStringLiteral("--out"),
                   pdf});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QVERIFY(QFileInfo(pdf).size() > 0);
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        std::set<QString> expected;
        for (const TaskRecord &task : m_area3)
            expected.insert(task.code);
        QCOMPARE(taskCodesIn(pdfText(pdf)), expected);
    }
    process.start(QStringLiteral(PD_BINARY),
                  {QStringLiteral("export-pdf"), QStringLiteral("--db"), m_file.path(),
                   QStringLiteral("--indicator"), QStringLiteral("A1.1.1"),
                   QStringLiteral("--ledger"), QStringLiteral("--out"),
                   m_file.filePath(QStringLiteral("refused.pdf"))});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("--ledger"));
    QVERIFY(!QFileInfo::exists(m_file.filePath(QStringLiteral("refused.pdf"))));
}

void TestTaskLedger::aUnitsLedgerHoldsItsTasks()
{
    // 市科技局 leads one task of area 3 (initTestCase) and no indicator: its 台账 is that task.
    QString error;
    const auto book = ReportBuilder::build(
        m_store, AsOf, ReportScope::forArea(3).forUnit(u8("市科技局")).asLedger(), &error);
    QVERIFY2(book, qPrintable(error));
    const ReportSection &section = book->sections.front();
    QCOMPARE(section.taskCount, 1);
    QCOMPARE(section.tasksShown, 1);
    QStringList codes;
    for (const ReportTaskLine &line : section.tasks) {
        if (line.type == ReportTaskLine::Type::Task)
            codes << line.task.code;
    }
    QCOMPARE(codes, QStringList{m_area3[2].code});
    // A unit that leads nothing there is refused, as for its progress sheets.
    QVERIFY(!ReportBuilder::build(
        m_store, AsOf, ReportScope::forArea(3).forUnit(u8("市无此局")).asLedger(), &error));
}

QTEST_MAIN(TestTaskLedger)
#include "tst_taskledger.moc"
