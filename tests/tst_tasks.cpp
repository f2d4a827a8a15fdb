// The commitments of a report as tasks: the parser splits each section of the plan part into
// sentences and clauses with their own verb, verbatim and in order, with codes, deadlines and
// the indicators they hold. On the built-in Chengdu report, three provincial ones and small
// texts for what those four do not state (deadlines).

#include "parse/ReportOutliner.h"
#include "parse/ReportParser.h"
#include "parse/TaskExtractor.h"
#include "parse/TextNormalizer.h"
#include "TestSupport.h"

#include <QRegularExpression>
#include <QtTest>

#include <map>

using namespace pd;

namespace {

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

int topOf(const ParsedPlan &plan, int node)
{
    while (plan.nodes[size_t(node)].parent >= 0)
        node = plan.nodes[size_t(node)].parent;
    return node;
}

PlanPart partOfNode(const ParsedPlan &plan, int node)
{
    const NodeKind top = plan.nodes[size_t(topOf(plan, node))].kind;
    return top == NodeKind::Government ? PlanPart::Government : planPartOf(top);
}

bool parseReport(const QString &file, ParsedPlan *plan)
{
    QString error;
    const QString text = QString::fromUtf8(test::readFile(test::dataPath(file)));
    const bool ok = ReportParser().parse(text, plan, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

/// The text without punctuation and spaces: what must survive the split, in order.
QString letters(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isPunct() && !c.isSpace() && !c.isSymbol())
            out.append(c);
    }
    return out;
}

/// "A3.2", "G2", "G0": the part of a task code before ".T".
QString nodeCode(const QString &taskCode)
{
    return taskCode.left(taskCode.indexOf(QStringLiteral(".T")));
}

/// "A3", "G": what counts are kept per (an area, or the whole self-building part).
QString areaCode(const QString &taskCode)
{
    if (taskCode.startsWith(u'G'))
        return QStringLiteral("G");
    return taskCode.left(taskCode.indexOf(u'.'));
}

const ParsedPlan::Task *findTask(const ParsedPlan &plan, const QString &code)
{
    for (const ParsedPlan::Task &task : plan.tasks) {
        if (task.task.code == code)
            return &task;
    }
    return nullptr;
}

void dump(const ParsedPlan &plan)
{
    for (const ParsedPlan::Task &t : plan.tasks) {
        qInfo("%s [%s%s] {%s} %s", qPrintable(t.task.code),
              qPrintable(t.task.deadline.toString(Qt::ISODate)), t.task.deadlineStated ? "*" : "",
              qPrintable(t.indicatorCodes.join(u',')), qPrintable(t.task.text));
    }
}

void addReports()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("chengdu") << QStringLiteral("chengdu-2024.txt");
    QTest::newRow("guangxi") << QStringLiteral("guangxi-2025.txt");
    QTest::newRow("jiangxi") << QStringLiteral("jiangxi-2025.txt");
    QTest::newRow("xizang") << QStringLiteral("xizang-2025.txt");
}

} // namespace

class TestTasks : public QObject
{
    Q_OBJECT

private slots:
    void countsPerArea_data();
    void countsPerArea();
    void tasksHoldTheWholeText_data();
    void tasksHoldTheWholeText();
    void everyIndicatorInOneTask_data();
    void everyIndicatorInOneTask();
    void codesFollowTheIndicators_data();
    void codesFollowTheIndicators();
    void checkedByHand_data();
    void checkedByHand();
    void governmentPartHoldsTasks();

    void statedDeadlines_data();
    void statedDeadlines();
    void deadlinesInAReport();
    void clausesWithTheirOwnVerb_data();
    void clausesWithTheirOwnVerb();
    void noSplitInsideAnIndicator();
};

void TestTasks::countsPerArea_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("counts"); ///< "A1=69 … G=32": tasks per area and self-building
    QTest::addColumn<int>("total");
    QTest::newRow("chengdu") << QStringLiteral("chengdu-2024.txt")
                             << QStringLiteral(
                                    "A1=69 A2=62 A3=54 A4=79 A5=55 A6=66 A7=66 A8=97 A9=75 G=32")
                             << 655;
    QTest::newRow("guangxi") << QStringLiteral("guangxi-2025.txt")
                             << QStringLiteral(
                                    "A1=45 A2=42 A3=54 A4=33 A5=38 A6=38 A7=36 A8=32 A9=59 A10=43")
                             << 420;
    QTest::newRow("jiangxi") << QStringLiteral("jiangxi-2025.txt")
                             << QStringLiteral(
                                    "A1=46 A2=66 A3=66 A4=37 A5=48 A6=49 A7=47 A8=57 A9=48 G=47")
                             << 511;
    QTest::newRow("xizang") << QStringLiteral("xizang-2025.txt")
                            << QStringLiteral(
                                   "A1=27 A2=30 A3=25 A4=38 A5=29 A6=49 A7=41 A8=22 A9=10")
                            << 271;
}

void TestTasks::countsPerArea()
{
    QFETCH(QString, file);
    QFETCH(QString, counts);
    QFETCH(int, total);
    ParsedPlan plan;
    QVERIFY(parseReport(file, &plan));
    if (qEnvironmentVariableIsSet("PD_DUMP_TASKS"))
        dump(plan);
    std::map<QString, int> byArea;
    for (const ParsedPlan::Task &task : plan.tasks)
        ++byArea[areaCode(task.task.code)];
    QStringList found;
    for (const QString &area : counts.split(u' ')) {
        const QString code = area.section(u'=', 0, 0);
        found.append(QStringLiteral("%1=%2").arg(code).arg(byArea[code]));
    }
    QCOMPARE(found.join(u' '), counts);
    QCOMPARE(int(plan.tasks.size()), total);
    // Every area has tasks, a good share of them.
    for (const auto &[area, count] : byArea)
        QVERIFY2(count >= 10, qPrintable(area));
}

void TestTasks::tasksHoldTheWholeText_data()
{
    addReports();
}

void TestTasks::tasksHoldTheWholeText()
{
    QFETCH(QString, file);
    ParsedPlan plan;
    QVERIFY(parseReport(file, &plan));
    const QString &source = plan.info.sourceText;

    // Verbatim, in the report's order, never overlapping, never ending on punctuation.
    int last = -1;
    for (const ParsedPlan::Task &task : plan.tasks) {
        QCOMPARE(source.mid(task.start, task.end - task.start), task.task.text);
        QVERIFY2(task.start >= last, qPrintable(task.task.code));
        last = task.end;
        QVERIFY2(!task.task.text.isEmpty(), qPrintable(task.task.code));
        QVERIFY2(!task.task.text.back().isSpace(), qPrintable(task.task.code));
        QVERIFY2(!QStringLiteral("，。；、,;").contains(task.task.text.back()),
                 qPrintable(task.task.code));
    }

    // Each node's tasks, joined, give back its text (the stretches the outliner gave it):
    // nothing lost, nothing doubled. What is left over is the node's heading (its title, behind
    // a marker such as "(一)") at the start.
    const ReportOutline outline =
        ReportOutliner::outline(source, TextNormalizer::normalize(source));
    QCOMPARE(outline.nodes.size(), plan.nodes.size());
    std::map<int, QString> joined;
    for (const ParsedPlan::Task &task : plan.tasks)
        joined[task.node] += letters(task.task.text);
    int checked = 0;
    for (size_t node = 0; node < outline.nodes.size(); ++node) {
        const PlanPart part = partOfNode(plan, int(node));
        if (part != PlanPart::Area && part != PlanPart::Government)
            continue;
        QString text;
        for (const auto &range : outline.nodes[node].texts)
            text += letters(QStringView(source).mid(range.first, range.second - range.first));
        const QString &tasks = joined[int(node)];
        const QString title = letters(plan.nodes[node].title);
        QVERIFY2(text.endsWith(tasks), qPrintable(plan.nodes[node].title));
        const QString heading = text.left(text.size() - tasks.size());
        QVERIFY2(heading.isEmpty() ||
                     (heading.endsWith(title) && heading.size() <= title.size() + 8),
                 qPrintable(heading));
        ++checked;
    }
    QVERIFY(checked >= 30);

    // Between two tasks of a paragraph there is only punctuation.
    for (size_t i = 1; i < plan.tasks.size(); ++i) {
        const ParsedPlan::Task &a = plan.tasks[i - 1];
        const ParsedPlan::Task &b = plan.tasks[i];
        const QStringView between = QStringView(source).mid(a.end, b.start - a.end);
        if (!between.contains(u'\n'))
            QVERIFY2(letters(between).isEmpty(), qPrintable(b.task.code));
    }
}

void TestTasks::everyIndicatorInOneTask_data()
{
    addReports();
}

void TestTasks::everyIndicatorInOneTask()
{
    QFETCH(QString, file);
    ParsedPlan plan;
    QVERIFY(parseReport(file, &plan));
    std::vector<int> owners(plan.indicators.size(), 0);
    for (const ParsedPlan::Task &task : plan.tasks) {
        QCOMPARE(task.indicatorCodes.size(), qsizetype(task.indicators.size()));
        for (size_t k = 0; k < task.indicators.size(); ++k) {
            const ParsedPlan::Item &item = plan.indicators[size_t(task.indicators[k])];
            QCOMPARE(item.indicator.code, task.indicatorCodes[qsizetype(k)]);
            QCOMPARE(item.node, task.node);
            // The task holds the indicator's snippet.
            QVERIFY2(task.task.text.contains(item.indicator.snippet),
                     qPrintable(task.task.code + u' ' + item.indicator.code));
            ++owners[size_t(task.indicators[k])];
        }
    }
    int owned = 0;
    for (size_t i = 0; i < plan.indicators.size(); ++i) {
        const ParsedPlan::Item &item = plan.indicators[i];
        const PlanPart part = partOfNode(plan, item.node);
        const int expected = part == PlanPart::Area || part == PlanPart::Government ? 1 : 0;
        QVERIFY2(owners[i] == expected, qPrintable(item.indicator.code));
        owned += owners[i];
    }
    QVERIFY(owned >= 15);
}

void TestTasks::codesFollowTheIndicators_data()
{
    addReports();
}

void TestTasks::codesFollowTheIndicators()
{
    QFETCH(QString, file);
    ParsedPlan plan;
    QVERIFY(parseReport(file, &plan));
    const QRegularExpression shape(QStringLiteral("^(A\\d+\\.\\d+|G\\d+)\\.T(\\d+)$"));
    QSet<QString> codes;
    std::map<int, int> ordinals;
    for (const ParsedPlan::Task &task : plan.tasks) {
        const QRegularExpressionMatch m = shape.match(task.task.code);
        QVERIFY2(m.hasMatch(), qPrintable(task.task.code));
        QVERIFY2(!codes.contains(task.task.code), qPrintable(task.task.code));
        codes.insert(task.task.code);
        // Numbered 1, 2, 3… inside their node, as the code says.
        QCOMPARE(task.task.ordinal, ++ordinals[task.node]);
        QCOMPARE(m.captured(2).toInt(), task.task.ordinal);
        const PlanPart part = partOfNode(plan, task.node);
        QVERIFY(part == PlanPart::Area || part == PlanPart::Government);
        QCOMPARE(task.task.code.startsWith(u'G'), part == PlanPart::Government);
        QVERIFY(task.task.id == 0 && task.task.nodeId == 0);
    }
    // A node's tasks and its indicators share the node's code: A3.2.T4 and A3.2.1.
    for (const ParsedPlan::Task &task : plan.tasks) {
        for (const QString &code : task.indicatorCodes)
            QVERIFY2(code.startsWith(nodeCode(task.task.code) + u'.'),
                     qPrintable(task.task.code + u' ' + code));
    }
}

void TestTasks::checkedByHand_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("indicators");
    QTest::addColumn<QDate>("deadline");
    const QString cd = QStringLiteral("chengdu-2024.txt");
    const QString gx = QStringLiteral("guangxi-2025.txt");
    const QString jx = QStringLiteral("jiangxi-2025.txt");
    const QString xz = QStringLiteral("xizang-2025.txt");
    const QDate end24(2024, 12, 31);
    const QDate end25(2025, 12, 31);
    struct Row
    {
        QString file;
        const char *code;
        const char *text;
        const char *indicators;
    };
    const Row rows[] = {
        {cd, "A1.0.T1", "深入落实扩大内需战略", ""},
        {cd, "A1.0.T3", "坚决当好全省发展的“压舱石”和“主引擎”", ""},
        {cd, "A1.1.T1", "加快推进“三大工程”", ""},
        {cd, "A1.1.T2", "实施城中村改造项目70个、“平急两用”公共基础设施项目30个", "A1.1.1,A1.1.2"},
        {cd, "A1.1.T3", "建设保障性住房5000套", "A1.1.3"},
        {cd, "A1.1.T5", "加快建设久隆、三坝水库", ""},
        {cd, "A1.1.T7", "新建、改扩建市政排水管网160公里", "A1.1.4"},
        {cd, "A1.1.T8", "开工建设市域铁路公交化运营改造二期工程", ""},
        {cd, "A1.1.T10", "推动天邛高速公路建成通车", ""},
        {cd, "A1.1.T11", "建安工程投资增长6.5%", "A1.1.5"},
        {cd, "A1.1.T15", "力争工业投资增长6.5%", "A1.1.7"},
        {cd, "A1.1.T17", "加大资金、土地、能源等保障力度", ""},
        {cd, "A1.1.T19", "用好政府和社会资本合作新机制,让每个好项目快落地、快建成、快达效", ""},
        {cd, "A1.2.T6", "新引进首店500家以上", "A1.2.1"},
        {cd, "A3.1.T2", "开工建设磁浮飞行风洞等重大科技基础设施", ""},
        {cd, "A8.2.T2", "新建、改扩建中小学和幼儿园85所", "A8.2.1"},
        {cd, "G1.T3", "增强“四个意识”", ""},
        {cd, "G1.T4", "坚定“四个自信”", ""},
        {cd, "G3.T3", "建立常态化府院联动机制", ""},
        {cd, "G4.T2", "用好“四下基层”这把“金钥匙”", ""},
        {gx, "A2.1.T10", "自治区层面统筹推进重大项目2200个以上", "A2.1.1"},
        {gx, "A2.1.T11", "完成投资5000亿元以上", "A2.1.2"},
        {gx, "A2.1.T12", "力争固定资产投资增长3%", "A2.1.3"},
        {gx, "A3.0.T3", "力争规模以上工业增加值增长6%以上", "A3.0.1"},
        {jx, "A1.1.T3", "实施省大中型项目4600个以上", "A1.1.1"},
        {jx, "A2.1.T10",
         "力争R&D经费支出占GDP比重突破2%、每万人口高价值发明专利拥有量3.3件、发明专利产业化率"
         "42%",
         "A2.1.1,A2.1.2,A2.1.3"},
        {jx, "A2.1.T11", "力争新增国家实验室研究基地或网络成员1家、全国重点实验室2家",
         "A2.1.4,A2.1.5"},
        {jx, "A8.1.T4", "新增发放创业担保贷款160亿元", "A8.1.1"},
        {jx, "A8.1.T5", "城镇新增就业41万人", "A8.1.2"},
        {jx, "G0.T1", "坚持把抓落实作为政府工作最鲜明的底色", ""},
        {jx, "G2.T1", "完善重大行政决策程序制度", ""},
        {xz, "A4.2.T8", "培育高新技术企业160家、专精特新中小企业10家", "A4.2.2,A4.2.3"},
        {xz, "A5.1.T2", "确保粮食产量稳定在100万吨以上", "A5.1.1"},
        {xz, "A9.1.T1", "加大边境地区基础设施补短板力度", ""},
    };
    for (const Row &row : rows) {
        QTest::addRow("%s %s", qPrintable(row.file.section(u'-', 0, 0)), row.code)
            << row.file << QString::fromLatin1(row.code) << u8(row.text)
            << QString::fromLatin1(row.indicators) << (row.file == cd ? end24 : end25);
    }
}

void TestTasks::checkedByHand()
{
    QFETCH(QString, file);
    QFETCH(QString, code);
    QFETCH(QString, text);
    QFETCH(QString, indicators);
    QFETCH(QDate, deadline);
    static std::map<QString, ParsedPlan> plans;
    if (!plans.count(file))
        QVERIFY(parseReport(file, &plans[file]));
    const ParsedPlan &plan = plans[file];
    const ParsedPlan::Task *task = findTask(plan, code);
    QVERIFY2(task, qPrintable(code));
    // The source writes full-width punctuation; the table above is typed with ASCII commas.
    QString expected = text;
    if (!plan.info.sourceText.contains(expected))
        expected.replace(u',', u'，');
    QCOMPARE(task->task.text, expected);
    QVERIFY(plan.info.sourceText.contains(task->task.text));
    QCOMPARE(task->indicatorCodes.join(u','), indicators);
    QCOMPARE(task->task.deadline, deadline);
    QVERIFY(!task->task.deadlineStated);
}

void TestTasks::governmentPartHoldsTasks()
{
    for (const char *file : {"chengdu-2024.txt", "jiangxi-2025.txt"}) {
        ParsedPlan plan;
        QVERIFY(parseReport(QString::fromLatin1(file), &plan));
        std::map<int, int> perSection;
        for (const ParsedPlan::Task &task : plan.tasks) {
            if (partOfNode(plan, task.node) == PlanPart::Government)
                ++perSection[task.node];
        }
        int sections = 0;
        for (size_t i = 0; i < plan.nodes.size(); ++i) {
            if (plan.nodes[i].kind == NodeKind::Section &&
                partOfNode(plan, int(i)) == PlanPart::Government) {
                ++sections;
                QVERIFY2(perSection[int(i)] >= 3, qPrintable(plan.nodes[i].title));
            }
        }
        QCOMPARE(sections, 4);
    }
}

void TestTasks::statedDeadlines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("deadline"); ///< invalid: none stated
    QTest::newRow("年底前") << u8("年底前完成老旧小区改造") << QDate(2024, 12, 31);
    QTest::newRow("年内") << u8("年内建成投运") << QDate(2024, 12, 31);
    QTest::newRow("6月底前") << u8("6月底前出台实施办法") << QDate(2024, 6, 30);
    QTest::newRow("六月底前") << u8("六月底前出台实施办法") << QDate(2024, 6, 30);
    QTest::newRow("9月前") << u8("9月前开工建设") << QDate(2024, 9, 30);
    QTest::newRow("上半年") << u8("上半年开工建设") << QDate(2024, 6, 30);
    QTest::newRow("下半年") << u8("下半年全面推开") << QDate(2024, 12, 31);
    QTest::newRow("三季度") << u8("三季度建成通车") << QDate(2024, 9, 30);
    QTest::newRow("第一季度") << u8("第一季度完成招标") << QDate(2024, 3, 31);
    QTest::newRow("2025年前") << u8("2025年前基本建成") << QDate(2025, 12, 31);
    QTest::newRow("2025年底前") << u8("2025年底前全面完成") << QDate(2025, 12, 31);
    QTest::newRow("到2026年") << u8("到2026年实现全覆盖") << QDate(2026, 12, 31);
    QTest::newRow("2025年6月底前") << u8("2025年6月底前完成验收") << QDate(2025, 6, 30);
    QTest::newRow("the latest") << u8("上半年开工、年底前建成") << QDate(2024, 12, 31);
    QTest::newRow("none") << u8("加快建设五环路贯通工程") << QDate();
    QTest::newRow("years are no deadline") << u8("实施三年行动计划，五年内全覆盖") << QDate();
    QTest::newRow("a count of months") << u8("连续12个月增长") << QDate();
}

void TestTasks::statedDeadlines()
{
    QFETCH(QString, text);
    QFETCH(QDate, deadline);
    const std::optional<QDate> found = TaskExtractor::statedDeadline(text, 2024);
    QCOMPARE(found.value_or(QDate()), deadline);
}

void TestTasks::deadlinesInAReport()
{
    const QString text =
        u8("某市2024年政府工作报告\n"
           "2024年工作安排\n"
           "(一)加快建设现代化产业体系\n"
           "全力扩大有效投资。年底前建成投运地铁19号线二期，6月底前出台促进民营经济"
           "发展二十条措施，上半年开工建设城市东环线，三季度完成老旧小区改造200个，"
           "2025年前基本建成数字政府。扩大重点产业投资，新开工技改项目100个以上。\n"
           "(二)持续增进民生福祉\n"
           "扎实做好就业工作。城镇新增就业23万人，2024年9月底前完成高校毕业生就业"
           "帮扶。\n");
    ParsedPlan plan;
    QString error;
    QVERIFY2(ReportParser().parse(text, &plan, &error), qPrintable(error));
    QCOMPARE(plan.info.year, 2024);
    QStringList found;
    for (const ParsedPlan::Task &task : plan.tasks) {
        found.append(QStringLiteral("%1 %2%3 %4 {%5}")
                         .arg(task.task.code, task.task.deadline.toString(Qt::ISODate),
                              task.task.deadlineStated ? QStringLiteral("*") : QString(),
                              task.task.text, task.indicatorCodes.join(u',')));
    }
    const QStringList expected = {
        u8("A1.1.T1 2024-12-31* 年底前建成投运地铁19号线二期 {}"),
        u8("A1.1.T2 2024-06-30* 6月底前出台促进民营经济发展二十条措施 {}"),
        u8("A1.1.T3 2024-06-30* 上半年开工建设城市东环线 {}"),
        u8("A1.1.T4 2024-09-30* 三季度完成老旧小区改造200个 {A1.1.1}"),
        u8("A1.1.T5 2025-12-31* 2025年前基本建成数字政府 {}"),
        u8("A1.1.T6 2024-12-31 扩大重点产业投资 {}"),
        u8("A1.1.T7 2024-12-31 新开工技改项目100个以上 {A1.1.2}"),
        u8("A2.1.T1 2024-12-31 城镇新增就业23万人 {A2.1.1}"),
        u8("A2.1.T2 2024-09-30* 2024年9月底前完成高校毕业生就业帮扶 {}"),
    };
    QCOMPARE(found, expected);
}

void TestTasks::clausesWithTheirOwnVerb_data()
{
    QTest::addColumn<QString>("clause");
    QTest::addColumn<bool>("opens");
    QTest::newRow("verb") << u8("建设保障性住房5000套") << true;
    QTest::newRow("adverb and verb") << u8("大力招引落地外资项目") << true;
    QTest::newRow("deadline and verb") << u8("年底前完成改造") << true;
    QTest::newRow("month and verb") << u8("6月底前出台办法") << true;
    QTest::newRow("marker and verb") << u8("一是加快建设水库") << true;
    QTest::newRow("figure of its own") << u8("建安工程投资增长6.5%") << true;
    QTest::newRow("a noun") << u8("三坝水库") << false;
    QTest::newRow("a quoted noun") << u8("“平急两用”公共基础设施项目30个") << false;
    QTest::newRow("a verb alone") << u8("新建") << false;
    QTest::newRow("a sub-target") << u8("其中新能源汽车增长20%") << false;
    QTest::newRow("a time alone") << u8("到2025年底") << false;
}

void TestTasks::clausesWithTheirOwnVerb()
{
    QFETCH(QString, clause);
    QFETCH(bool, opens);
    QCOMPARE(TaskExtractor::opensClause(clause), opens);
}

void TestTasks::noSplitInsideAnIndicator()
{
    // A snippet holding two clauses (as "分别增长5%、6%以上" holds two targets): the clause after
    // 、 opens a task of its own, but not inside the snippet.
    const QString text = u8("增加城镇就业5万人、新增农村就业3万人，加快建设水库");
    const QString normalized = TextNormalizer::normalize(text);
    const TaskExtractor extractor(text, normalized, 2024);
    const int s = 0;
    const int e = int(text.indexOf(u8("，")));
    const std::vector<ExtractedTask> whole = extractor.extract(0, int(text.size()), {{s, e}});
    QCOMPARE(int(whole.size()), 2);
    QCOMPARE(whole[0].text, u8("增加城镇就业5万人、新增农村就业3万人"));
    QCOMPARE(whole[1].text, u8("加快建设水库"));
    const std::vector<ExtractedTask> split = extractor.extract(0, int(text.size()), {});
    QCOMPARE(int(split.size()), 3);
}

QTEST_GUILESS_MAIN(TestTasks)
#include "tst_tasks.moc"
