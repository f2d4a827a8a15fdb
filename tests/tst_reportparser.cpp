#include "parse/ChineseNumber.h"
#include "parse/ReportParser.h"
#include "TestSupport.h"
#include "parse/TextNormalizer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QtTest>

using namespace pd;

namespace {

struct Expected
{
    const char *code;
    const char *name;
    double target;
    const char *unit;
    Comparator comparator;
    IndicatorKind kind;
};

const Indicator *findIndicator(const ParsedPlan &plan, const QString &code)
{
    for (const ParsedPlan::Item &item : plan.indicators) {
        if (item.indicator.code == code)
            return &item.indicator;
    }
    return nullptr;
}

std::vector<int> childrenOf(const ParsedPlan &plan, int parent, NodeKind kind)
{
    std::vector<int> out;
    for (size_t i = 0; i < plan.nodes.size(); ++i) {
        if (plan.nodes[i].parent == parent && plan.nodes[i].kind == kind)
            out.push_back(int(i));
    }
    return out;
}

int topNode(const ParsedPlan &plan, int node)
{
    while (plan.nodes[node].parent >= 0)
        node = plan.nodes[node].parent;
    return node;
}

int countIn(const ParsedPlan &plan, NodeKind topKind)
{
    int n = 0;
    for (const ParsedPlan::Item &item : plan.indicators)
        n += plan.nodes[topNode(plan, item.node)].kind == topKind ? 1 : 0;
    return n;
}

int indicatorsOfNode(const ParsedPlan &plan, int node)
{
    int n = 0;
    for (const ParsedPlan::Item &item : plan.indicators)
        n += item.node == node ? 1 : 0;
    return n;
}

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace

class TestReportParser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void chineseNumbers();
    void normalizerKeepsOffsets();

    void planInfo();
    void nineAreas();
    void areaSections();
    void mainTargets();
    void governmentPart();
    void livelihoodPart();
    void spotChecks_data();
    void spotChecks();
    void snippetsAreVerbatim();
    void noNameNumbers();
    void codesUnique();
    void baselines();
    void countsPerPart();
    void fastEnough();

    void secondReportInGb18030();
    void utf8WithBom();
    void malformedInput();

    void dump();

private:
    QString m_text;
    ParsedPlan m_plan;
};

void TestReportParser::initTestCase()
{
    m_text = test::builtinReportText();
    QVERIFY(!m_text.isEmpty());
    QString error;
    QVERIFY2(ReportParser().parse(m_text, &m_plan, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
}

void TestReportParser::chineseNumbers()
{
    QCOMPARE(ChineseNumber::parse(u"一"), 1);
    QCOMPARE(ChineseNumber::parse(u"九"), 9);
    QCOMPARE(ChineseNumber::parse(u"十"), 10);
    QCOMPARE(ChineseNumber::parse(u"十一"), 11);
    QCOMPARE(ChineseNumber::parse(u"二十三"), 23);
    QCOMPARE(ChineseNumber::parse(u"一百零五"), 105);
    QCOMPARE(ChineseNumber::parse(u"12"), 12);
    QCOMPARE(ChineseNumber::parse(u"一二"), -1);
    QCOMPARE(ChineseNumber::parse(u"交通"), -1);
}

void TestReportParser::normalizerKeepsOffsets()
{
    const QString in = u8("（一）新建绿道１００公里，达到９５．５％：\r\n完成　");
    const QString out = TextNormalizer::normalize(in);
    QCOMPARE(out.size(), in.size());
    QCOMPARE(out, u8("(一)新建绿道100公里,达到95.5%: \n完成 "));
}

void TestReportParser::planInfo()
{
    QCOMPARE(m_plan.info.government, u8("成都市"));
    QCOMPARE(m_plan.info.year, 2024);
    QCOMPARE(m_plan.info.title, u8("成都市2024年政府工作报告"));
    QCOMPARE(m_plan.info.sourceText, m_text);
}

void TestReportParser::nineAreas()
{
    const std::vector<int> areas = childrenOf(m_plan, -1, NodeKind::Area);
    QCOMPARE(int(areas.size()), 9);
    const char *titles[] = {
        "坚定不移推动经济稳中有进,加快实现质的有效提升和量的合理增长",
        "坚定不移推动成渝地区双城经济圈建设,加快形成带动西部高质量发展的重要增长极和新的动力源",
        "坚定不移在推进科技创新和科技成果转化上同时发力,加快培育发展新质生产力",
        "坚定不移在建设现代化产业体系上精准发力,加快构建具有核心竞争力的优势产业集群",
        "坚定不移在推进乡村振兴上全面发力,加快推动城乡融合发展促进共同富裕",
        "坚定不移在筑牢长江黄河上游生态屏障上持续发力,加快建设人与自然和谐共生的美丽蓉城",
        "坚定不移深化改革扩大开放,加快提升在畅通国内国际双循环中的战略位势",
        "坚定不移在发展中保障和改善民生,加快共建人民美好生活的幸福家园",
        "坚定不移推进治理体系和治理能力现代化,加快打造智慧韧性安全城市",
    };
    for (int k = 0; k < 9; ++k) {
        const ParsedPlan::Node &area = m_plan.nodes[areas[k]];
        QCOMPARE(area.ordinal, k + 1);
        QCOMPARE(area.title, u8(titles[k]));
    }
    // The review's (一)…(七) are not areas: no area title from the review.
    for (int a : areas)
        QVERIFY(!m_plan.nodes[a].title.startsWith(u8("坚持科技引领")));
}

void TestReportParser::areaSections()
{
    const std::vector<int> areas = childrenOf(m_plan, -1, NodeKind::Area);
    const int expectedSections[] = {3, 3, 4, 4, 3, 3, 3, 5, 4};
    for (int k = 0; k < 9; ++k)
        QCOMPARE(int(childrenOf(m_plan, areas[k], NodeKind::Section).size()), expectedSections[k]);
    const std::vector<int> first = childrenOf(m_plan, areas[0], NodeKind::Section);
    QCOMPARE(m_plan.nodes[first[0]].title, u8("全力以赴扩大有效益的投资"));
    QCOMPARE(m_plan.nodes[first[0]].ordinal, 1);
    QCOMPARE(m_plan.nodes[first[2]].title, u8("千方百计巩固提升外资外贸"));
    const std::vector<int> sixth = childrenOf(m_plan, areas[5], NodeKind::Section);
    QCOMPARE(m_plan.nodes[sixth[2]].title, u8("提速优化调整“四大结构”"));
    const std::vector<int> ninth = childrenOf(m_plan, areas[8], NodeKind::Section);
    QCOMPARE(m_plan.nodes[ninth[3]].title, u8("提速建设韧性城市"));
}

void TestReportParser::mainTargets()
{
    const std::vector<int> main = childrenOf(m_plan, -1, NodeKind::MainTargets);
    QCOMPARE(int(main.size()), 1);
    QCOMPARE(m_plan.nodes[main[0]].title, u8("主要预期目标"));
    QCOMPARE(main[0], 0); // first, in the report's order
    QCOMPARE(indicatorsOfNode(m_plan, main[0]), 12);
}

void TestReportParser::governmentPart()
{
    const std::vector<int> gov = childrenOf(m_plan, -1, NodeKind::Government);
    QCOMPARE(int(gov.size()), 1);
    QCOMPARE(m_plan.nodes[gov[0]].title, u8("全面加强政府自身建设"));
    const std::vector<int> sections = childrenOf(m_plan, gov[0], NodeKind::Section);
    QCOMPARE(int(sections.size()), 4);
    const char *titles[] = {"永葆绝对忠诚的政治品格", "锤炼真抓实干的过硬本领",
                            "打造高效廉洁的法治政府", "践行为民服务的根本宗旨"};
    for (int k = 0; k < 4; ++k) {
        QCOMPARE(m_plan.nodes[sections[k]].ordinal, k + 1);
        QCOMPARE(m_plan.nodes[sections[k]].title, u8(titles[k]));
    }
}

void TestReportParser::livelihoodPart()
{
    const std::vector<int> liv = childrenOf(m_plan, -1, NodeKind::Livelihood);
    QCOMPARE(int(liv.size()), 1);
    QCOMPARE(m_plan.nodes[liv[0]].title, u8("成都市2024年民生实事工作目标"));
    const std::vector<int> cats = childrenOf(m_plan, liv[0], NodeKind::LivelihoodCategory);
    QCOMPARE(int(cats.size()), 10);
    const char *catTitles[] = {"交通出行", "市容环境", "就业创业", "扶弱济困", "教育助学",
                               "医疗养老", "安全防范", "文体惠民", "住房保障", "公共服务"};
    for (int k = 0; k < 10; ++k) {
        QCOMPARE(m_plan.nodes[cats[k]].ordinal, k + 1);
        QCOMPARE(m_plan.nodes[cats[k]].title, u8(catTitles[k]));
    }
    std::vector<int> projects;
    for (int c : cats) {
        const std::vector<int> p = childrenOf(m_plan, c, NodeKind::LivelihoodProject);
        projects.insert(projects.end(), p.begin(), p.end());
    }
    QCOMPARE(int(projects.size()), 36);
    for (int k = 0; k < 36; ++k)
        QCOMPARE(m_plan.nodes[projects[k]].ordinal, k + 1);
    QCOMPARE(m_plan.nodes[projects[0]].title, u8("公交出行优化"));
    QCOMPARE(m_plan.nodes[projects[4]].title, u8("高铁5G网络"));
    QCOMPARE(m_plan.nodes[projects[9]].title, u8("就业促进帮扶"));
    QCOMPARE(m_plan.nodes[projects[9]].parent, cats[2]);
    QCOMPARE(m_plan.nodes[projects[16]].title, u8("教育助学帮扶"));
    QCOMPARE(m_plan.nodes[projects[29]].title, u8("保障住房供给"));
    QCOMPARE(m_plan.nodes[projects[35]].title, u8("便民托育服务"));
    QCOMPARE(m_plan.nodes[projects[35]].parent, cats[9]);
    // 5G coverage has no figure; the study grants are a standard, not a target.
    QCOMPARE(indicatorsOfNode(m_plan, projects[4]), 0);
    QCOMPARE(indicatorsOfNode(m_plan, projects[16]), 0);
}

void TestReportParser::spotChecks_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("target");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<int>("comparator");
    QTest::addColumn<int>("kind");

    using C = Comparator;
    using K = IndicatorKind;
    const Expected rows[] = {
        {"M1", "地区生产总值", 6, "%", C::About, K::Growth},
        {"M2", "第一产业增加值", 2, "%", C::Exactly, K::Growth},
        {"M3", "第二产业增加值", 5.5, "%", C::Exactly, K::Growth},
        {"M4", "第三产业增加值", 6.5, "%", C::Exactly, K::Growth},
        {"M5", "全社会固定资产投资", 6.5, "%", C::Exactly, K::Growth},
        {"M8", "常住人口城镇化率", 80.5, "%", C::AtLeast, K::Level},
        {"M9", "城镇调查失业率", 5.5, "%", C::About, K::Cap},
        {"M11", "居民消费价格指数", 103, "", C::About, K::Cap},
        {"M12", "空气质量优良天数", 300, "天", C::AtLeast, K::Count},
        {"A1.1.1", "实施城中村改造项目", 70, "个", C::Exactly, K::Count},
        {"A1.1.3", "建设保障性住房", 5000, "套", C::Exactly, K::Count},
        {"A1.1.6", "新开工技改项目", 100, "个", C::AtLeast, K::Count},
        {"A1.2.1", "新引进首店", 500, "家", C::AtLeast, K::Count},
        {"A1.3.1", "新增外商投资企业", 700, "家", C::AtLeast, K::Count},
        {"A1.3.4", "跨境电商交易规模", 10, "%", C::AtLeast, K::Growth},
        {"A2.2.1", "统筹推进重大项目建设", 158, "个", C::Exactly, K::Count},
        {"A2.2.5", "成德高端能源装备集群规模", 3500, "亿元", C::AtLeast, K::Level},
        {"A2.3.3", "完成投资", 1400, "亿元", C::AtLeast, K::Count},
        {"A3.2.5", "中高级职称技术经纪人", 100, "名", C::AtLeast, K::Level},
        {"A3.2.6", "技术合同成交额", 10, "%", C::AtLeast, K::Growth},
        {"A3.3.2", "服务科技型企业", 1, "万家", C::AtLeast, K::Count},
        {"A3.4.3", "规模以上工业企业中高新技术企业占比", 40, "%", C::AtLeast, K::Level},
        {"A4.1.2", "30亿元以上项目", 80, "个", C::AtLeast, K::Count},
        {"A4.1.6", "引育产业领军人才", 300, "名", C::About, K::Count},
        {"A4.2.3", "电子信息产业规模", 1.3, "万亿元", C::AtLeast, K::Level},
        {"A4.2.6", "轨道交通产业规模", 450, "亿元", C::AtLeast, K::Level},
        {"A4.2.7", "生物医药产业规模", 750, "亿元", C::AtLeast, K::Level},
        {"A4.4.2", "大数据产业规模", 1100, "亿元", C::AtLeast, K::Level},
        {"A5.1.2", "粮食播种面积", 570, "万亩", C::AtLeast, K::Level},
        {"A5.2.1", "连片培育先行村", 50, "个", C::Exactly, K::Count},
        {"A5.2.2", "重点村", 50, "个", C::Exactly, K::Count},
        {"A5.3.1", "启动新市镇改造提升", 100, "个", C::Exactly, K::Count},
        {"A5.3.2", "新增省级百强中心镇", 1, "个", C::AtLeast, K::Count},
        {"A6.1.4", "新建天府绿道", 1000, "公里", C::Exactly, K::Count},
        {"A6.1.7", "建成区绿化覆盖率", 44.8, "%", C::AtLeast, K::Level},
        {"A6.2.1", "全市地表水断面水质优良率", 100, "%", C::AtLeast, K::Level},
        {"A6.3.5", "清洁能源消费占比", 1, "个百分点", C::Exactly, K::Growth},
        {"A7.2.2", "盘活低效工业用地", 7500, "亩", C::AtLeast, K::Count},
        {"A7.3.1", "航空旅客吞吐量", 5, "%", C::AtLeast, K::Growth},
        {"A7.3.2", "货邮吞吐量", 6, "%", C::AtLeast, K::Growth},
        {"A7.3.3", "开行国际班列", 4500, "列", C::AtLeast, K::Count},
        {"A8.1.2", "城镇新增就业", 23, "万人", C::AtLeast, K::Count},
        {"A8.1.5", "筹集建设保障性租赁住房", 3, "万套(间)", C::Exactly, K::Count},
        {"A8.2.2", "增加学位", 7, "万个", C::AtLeast, K::Count},
        {"A8.3.4", "普及救护知识", 20, "万人次", C::AtLeast, K::Count},
        {"A8.5.5", "市级示范性托育机构", 65, "家", C::AtLeast, K::Level},
        {"A9.1.1", "迭代升级城市运行数字体征", 1926, "项", C::Exactly, K::Count},
        {"A9.3.12", "试点建设“15分钟社区幸福生活圈”", 100, "个", C::Exactly, K::Count},
        {"A9.4.3", "打造行业级子虚拟电厂", 5, "个", C::Exactly, K::Count},
        {"A9.4.5", "电网安全承载能力", 2040, "万千瓦", C::AtLeast, K::Level},
        {"L1.1", "续建第四期城市轨道交通建设规划项目", 6, "个", C::Exactly, K::Count},
        {"L3.3", "新建居民小区电动自行车停放示范场所", 500, "处", C::AtLeast, K::Count},
        {"L4.3", "新建充电桩", 4, "万个", C::Exactly, K::Count},
        {"L6.1", "新建天府绿道", 1000, "公里", C::Exactly, K::Count},
        {"L7.5", "累计处理能力", 2440, "吨/日", C::AtLeast, K::Level},
        {"L10.2", "城镇新增就业人数", 23, "万人", C::AtLeast, K::Count},
        {"L13.1", "有意愿且符合条件的特困人员集中供养率", 100, "%", C::AtLeast, K::Level},
        {"L19.1", "提供心理援助服务", 1.5, "万人次", C::AtLeast, K::Count},
        {"L19.3", "新生儿疾病免费筛查率", 98, "%", C::AtLeast, K::Level},
        {"L21.4", "新增参保人数", 30, "万人", C::AtLeast, K::Count},
        {"L26.2", "监测交易网站", 4.8, "万家次", C::AtLeast, K::Count},
        {"L28.4", "公益文化艺术培训", 8000, "班次", C::AtLeast, K::Count},
        {"L30.1", "建设保障性住房", 5000, "套", C::Exactly, K::Count},
        {"L31.1", "改造城中村", 5780, "户", C::Exactly, K::Count},
        {"L32.2", "线上业务办理率", 95, "%", C::AtLeast, K::Level},
        {"L36.2", "全市托位", 9, "万个", C::AtLeast, K::Count},
    };
    for (const Expected &e : rows)
        QTest::newRow(e.code) << QString::fromLatin1(e.code) << u8(e.name) << e.target << u8(e.unit)
                              << int(e.comparator) << int(e.kind);
}

void TestReportParser::spotChecks()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(double, target);
    QFETCH(QString, unit);
    QFETCH(int, comparator);
    QFETCH(int, kind);
    const Indicator *ind = findIndicator(m_plan, code);
    QVERIFY2(ind, qPrintable(code));
    QCOMPARE(ind->name, name);
    QCOMPARE(ind->target, target);
    QCOMPARE(ind->unit, unit);
    QCOMPARE(int(ind->comparator), comparator);
    QCOMPARE(int(ind->kind), kind);
    QVERIFY(m_text.contains(ind->snippet));
    QVERIFY(ind->snippet.contains(QString::number(target)));
}

void TestReportParser::snippetsAreVerbatim()
{
    const int glossary = int(m_text.indexOf(u8("名词解释")));
    const int review = int(m_text.indexOf(u8("2024年工作安排建议")));
    QVERIFY(glossary > 0 && review > 0);
    for (const ParsedPlan::Item &item : m_plan.indicators) {
        const Indicator &ind = item.indicator;
        QVERIFY2(!ind.snippet.isEmpty() && m_text.contains(ind.snippet), qPrintable(ind.code));
        const int at = int(m_text.indexOf(ind.snippet, review));
        QVERIFY2(at > review && at < glossary, qPrintable(ind.code + u8(" ") + ind.snippet));
        QVERIFY2(!ind.name.isEmpty(), qPrintable(ind.code));
        QVERIFY(ind.target > 0);
        QCOMPARE(ind.ordinal,
                 ind.code.section(QLatin1Char('.'), -1).remove(QLatin1Char('M')).toInt());
    }
}

void TestReportParser::noNameNumbers()
{
    const QStringList badUnits = {u8("号线"), u8("号"), u8("千伏"), u8("届"),
                                  u8("年"),   u8("岁"), u8("小时"), u8("分钟"),
                                  u8("版"),   u8("代"), u8("课时"), u8("份")};
    const QStringList badSnippets = {u8("8号线"),        u8("13号线"),
                                     u8("144小时"),      u8("500千伏"),
                                     u8("5G"),           u8("6.0版"),
                                     u8("PM2.5"),        u8("第十五届"),
                                     u8("1000元/生/年"), u8("60岁以上户籍"),
                                     u8("每两周"),       u8("5+N"),
                                     u8("11+2"),         u8("2024年成都世界园艺博览会"),
                                     u8("5分钟"),        u8("39个欠发达县域"),
                                     u8("6个重点方向"),  u8("24个细分领域"),
                                     u8("10万元以下"),   u8("每个镇")};
    for (const ParsedPlan::Item &item : m_plan.indicators) {
        const Indicator &ind = item.indicator;
        QVERIFY2(!badUnits.contains(ind.unit), qPrintable(ind.code + ind.unit));
        for (const QString &bad : badSnippets) {
            // The snippet may mention such a name, but the figure must not be the name's number.
            if (ind.snippet.contains(bad))
                QVERIFY2(!bad.startsWith(QString::number(ind.target)) ||
                             ind.snippet.count(QString::number(ind.target)) > 1,
                         qPrintable(ind.code + u8(" ") + ind.snippet));
        }
        QVERIFY2(!(ind.target == 8 && ind.snippet.contains(u8("8号线"))), qPrintable(ind.code));
        QVERIFY2(!(ind.target == 2024), qPrintable(ind.code));
        QVERIFY2(!(ind.target == 30 && ind.snippet.startsWith(u8("其中30亿元以上项目")) &&
                   ind.unit == u8("亿元")),
                 qPrintable(ind.code));
    }
    // The government's self-building part holds no quantified target in this report.
    QCOMPARE(countIn(m_plan, NodeKind::Government), 0);
}

void TestReportParser::codesUnique()
{
    QSet<QString> codes;
    for (const ParsedPlan::Item &item : m_plan.indicators) {
        QVERIFY2(!codes.contains(item.indicator.code), qPrintable(item.indicator.code));
        codes.insert(item.indicator.code);
        QVERIFY(item.node >= 0 && item.node < int(m_plan.nodes.size()));
    }
}

void TestReportParser::baselines()
{
    const Indicator *gdp = findIndicator(m_plan, QStringLiteral("M1"));
    QVERIFY(gdp && gdp->baseline);
    QCOMPARE(*gdp->baseline, 6.0);
    const Indicator *jobs = findIndicator(m_plan, QStringLiteral("A8.1.2"));
    QVERIFY(jobs && jobs->baseline);
    QCOMPARE(*jobs->baseline, 26.4);
    const Indicator *jobs2 = findIndicator(m_plan, QStringLiteral("L10.2"));
    QVERIFY(jobs2 && jobs2->baseline);
    QCOMPARE(*jobs2->baseline, 26.4);
    const Indicator *pension = findIndicator(m_plan, QStringLiteral("A8.1.3"));
    QVERIFY(pension && pension->baseline);
    QCOMPARE(*pension->baseline, 93.0);
    const Indicator *grid = findIndicator(m_plan, QStringLiteral("A9.4.5"));
    QVERIFY(grid && grid->baseline);
    QCOMPARE(*grid->baseline, 1880.0);
    // Conservative: a new greenway target does not take the stock of greenways as baseline.
    const Indicator *greenway = findIndicator(m_plan, QStringLiteral("A6.1.4"));
    QVERIFY(greenway && !greenway->baseline);
    const Indicator *cpi = findIndicator(m_plan, QStringLiteral("M11"));
    QVERIFY(cpi && !cpi->baseline);
}

void TestReportParser::countsPerPart()
{
    const int main = countIn(m_plan, NodeKind::MainTargets);
    const int areas = countIn(m_plan, NodeKind::Area);
    const int government = countIn(m_plan, NodeKind::Government);
    const int livelihood = countIn(m_plan, NodeKind::Livelihood);
    int withBaseline = 0;
    for (const ParsedPlan::Item &item : m_plan.indicators)
        withBaseline += item.indicator.baseline ? 1 : 0;
    qInfo("indicators: main %d, areas %d, government %d, livelihood %d, total %d (%d with a "
          "baseline)",
          main, areas, government, livelihood, int(m_plan.indicators.size()), withBaseline);
    const std::vector<int> areaNodes = childrenOf(m_plan, -1, NodeKind::Area);
    QStringList perArea;
    for (int a : areaNodes) {
        int n = 0;
        for (const ParsedPlan::Item &item : m_plan.indicators)
            n += topNode(m_plan, item.node) == a ? 1 : 0;
        perArea << QStringLiteral("(%1) %2").arg(m_plan.nodes[a].ordinal).arg(n);
        QVERIFY2(n > 0, qPrintable(m_plan.nodes[a].title));
    }
    qInfo("per area: %s", qPrintable(perArea.join(QStringLiteral(", "))));
    QCOMPARE(main, 12);
    QVERIFY(areas >= 150 && areas <= 175);
    QVERIFY(livelihood >= 110 && livelihood <= 130);
}

void TestReportParser::fastEnough()
{
    QElapsedTimer timer;
    timer.start();
    constexpr int runs = 5;
    for (int i = 0; i < runs; ++i) {
        ParsedPlan plan;
        QVERIFY(ReportParser().parse(m_text, &plan));
    }
    const double ms = double(timer.elapsed()) / runs;
    qInfo("parse of the built-in report: %.1f ms", ms);
    QVERIFY(ms < 500); // generous for slow CI machines; typically well under 100 ms
}

void TestReportParser::secondReportInGb18030()
{
    QFile file(test::dataPath(QStringLiteral("mianyang-2025-report-gb18030.txt")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("\r\n"));
    QString error;
    const QString text = ReportParser::decode(bytes, &error);
    QVERIFY2(!text.isNull(), qPrintable(error));
    QVERIFY(!text.contains(QLatin1Char('\r')));
    QVERIFY(text.contains(u8("绵阳市2025年民生实事")));

    ParsedPlan plan;
    QVERIFY2(ReportParser().parse(text, &plan, &error), qPrintable(error));
    QCOMPARE(plan.info.government, u8("绵阳市"));
    QCOMPARE(plan.info.year, 2025);
    QCOMPARE(plan.info.title, u8("绵阳市2025年政府工作报告"));

    const std::vector<int> areas = childrenOf(plan, -1, NodeKind::Area);
    QCOMPARE(int(areas.size()), 3); // the review's （一）（二） are not areas
    QCOMPARE(plan.nodes[areas[0]].title, u8("加快建设科技城，培育发展新质生产力"));
    QCOMPARE(plan.nodes[areas[1]].title, u8("坚持生态优先，建设美丽绵阳"));
    QCOMPARE(int(childrenOf(plan, areas[0], NodeKind::Section).size()), 2);
    QCOMPARE(plan.nodes[childrenOf(plan, areas[0], NodeKind::Section)[0]].title,
             u8("着力提升创新能力"));
    const std::vector<int> gov = childrenOf(plan, -1, NodeKind::Government);
    QCOMPARE(int(gov.size()), 1);
    QCOMPARE(plan.nodes[gov[0]].title, u8("三、全面加强政府自身建设"));
    QCOMPARE(int(childrenOf(plan, gov[0], NodeKind::Section).size()), 2);
    const std::vector<int> liv = childrenOf(plan, -1, NodeKind::Livelihood);
    QCOMPARE(int(liv.size()), 1);
    const std::vector<int> cats = childrenOf(plan, liv[0], NodeKind::LivelihoodCategory);
    QCOMPARE(int(cats.size()), 2);
    QCOMPARE(plan.nodes[cats[1]].title, u8("城市建设"));
    const std::vector<int> projects = childrenOf(plan, cats[0], NodeKind::LivelihoodProject);
    QCOMPARE(int(projects.size()), 2);
    QCOMPARE(plan.nodes[projects[0]].title, u8("幼儿园扩容"));
    QCOMPARE(plan.nodes[projects[1]].title, u8("健康体检"));

    using C = Comparator;
    using K = IndicatorKind;
    const Expected rows[] = {
        {"M1", "地区生产总值", 6, "%", C::About, K::Growth},
        {"M2", "城镇新增就业", 5, "万人", C::AtLeast, K::Count},
        {"M3", "城镇调查失业率", 5.5, "%", C::AtMost, K::Cap},
        {"M4", "居民消费价格", 3, "%", C::About, K::Growth},
        {"M5", "单位地区生产总值能耗下降", 2.5, "%", C::Exactly, K::Growth},
        {"A1.0.1", "新增国家高新技术企业", 200, "家", C::AtLeast, K::Count},
        {"A1.1.1", "建设省级以上创新平台", 10, "个", C::Exactly, K::Count},
        {"A1.1.2", "技术合同成交额", 10, "%", C::AtLeast, K::Growth},
        {"A1.1.3", "引进高层次人才团队", 1, "个", C::AtLeast, K::Count},
        {"A1.2.1", "规模以上工业增加值", 8, "%", C::Exactly, K::Growth},
        {"A1.2.2", "新建5G基站", 2000, "个", C::Exactly, K::Count},
        {"A2.1.1", "新建城市绿道", 150, "公里", C::Exactly, K::Count},
        {"A2.1.2", "建成区绿化覆盖率", 43, "%", C::AtLeast, K::Level},
        {"A2.1.3", "PM2.5平均浓度", 30, "微克/立方米", C::AtMost, K::Cap},
        {"A3.1.1", "新建、改扩建中小学和幼儿园", 15, "所", C::Exactly, K::Count},
        {"A3.1.2", "新增学位", 1.2, "万个", C::Exactly, K::Count},
        {"G2.1", "一般性支出压减", 5, "%", C::AtLeast, K::Growth},
        {"L1.1", "新建公办幼儿园", 8, "所", C::Exactly, K::Count},
        {"L1.2", "新增学位", 2400, "个", C::Exactly, K::Count},
        {"L2.1", "为65岁以上老年人免费体检", 30, "万人次", C::AtLeast, K::Count},
        {"L3.1", "改造老旧小区", 120, "个", C::Exactly, K::Count},
        {"L3.2", "惠及居民", 2.1, "万户", C::Exactly, K::Count},
    };
    QCOMPARE(int(plan.indicators.size()), int(std::size(rows)));
    for (const Expected &e : rows) {
        const Indicator *ind = findIndicator(plan, QString::fromLatin1(e.code));
        QVERIFY2(ind, e.code);
        QCOMPARE(ind->name, u8(e.name));
        QCOMPARE(ind->target, e.target);
        QCOMPARE(ind->unit, u8(e.unit));
        QCOMPARE(int(ind->comparator), int(e.comparator));
        QCOMPARE(int(ind->kind), int(e.kind));
        QVERIFY2(text.contains(ind->snippet), qPrintable(ind->snippet));
    }
    QCOMPARE(findIndicator(plan, QStringLiteral("M1"))->baseline.value_or(0), 6.2);
    QCOMPARE(findIndicator(plan, QStringLiteral("M2"))->baseline.value_or(0), 5.1);
    QCOMPARE(findIndicator(plan, QStringLiteral("A1.1.2"))->baseline.value_or(0), 12.0);
    QCOMPARE(findIndicator(plan, QStringLiteral("A2.1.1"))->baseline.value_or(0), 120.0);
    QCOMPARE(findIndicator(plan, QStringLiteral("A2.1.2"))->baseline.value_or(0), 42.5);
    QVERIFY(!findIndicator(plan, QStringLiteral("L1.1"))->baseline);
    QVERIFY(findIndicator(plan, QStringLiteral("A1.1.2"))->snippet.contains(u8("１０％")) ||
            findIndicator(plan, QStringLiteral("A1.1.2"))->snippet.contains(u8("10％")));
}

void TestReportParser::utf8WithBom()
{
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + m_text.toUtf8();
    QString error;
    const QString text = ReportParser::decode(bytes, &error);
    QCOMPARE(text, m_text);
    QVERIFY(!text.startsWith(QChar(0xFEFF)));
    ParsedPlan plan;
    QVERIFY(ReportParser().parse(text, &plan, &error));
    QCOMPARE(plan.indicators.size(), m_plan.indicators.size());

    // Without a BOM, and with Windows line ends.
    QString crlf = m_text;
    crlf.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    QCOMPARE(ReportParser::decode(crlf.toUtf8()), m_text);
    // GB18030 of the same text.
    QStringEncoder gb("GB18030");
    QVERIFY(gb.isValid());
    const QByteArray gbBytes = gb.encode(m_text);
    QCOMPARE(ReportParser::decode(gbBytes), m_text);
}

void TestReportParser::malformedInput()
{
    ParsedPlan plan;
    plan.info.title = QStringLiteral("untouched");
    QString error;

    QVERIFY(ReportParser::decode(QByteArray(), &error).isNull());
    QVERIFY(!error.isEmpty());

    error.clear();
    QByteArray junk;
    for (int i = 0; i < 512; ++i)
        junk.append(char((i * 37 + 11) % 256));
    QVERIFY(ReportParser::decode(junk, &error).isNull());
    QVERIFY(!error.isEmpty());

    error.clear();
    QVERIFY(ReportParser::decode(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), &error).isNull());
    QVERIFY(!error.isEmpty());

    // High bytes only: valid GB18030 byte pairs, but not text.
    error.clear();
    QByteArray high;
    for (int i = 0; i < 400; ++i)
        high.append(char(0x81 + (i * 53) % 0x7E));
    QVERIFY(ReportParser::decode(high, &error).isNull());
    QVERIFY(!error.isEmpty());

    error.clear();
    QVERIFY(!ReportParser().parse(QString(), &plan, &error));
    QVERIFY(!error.isEmpty());

    error.clear();
    QVERIFY(!ReportParser().parse(QStringLiteral("  \n\n "), &plan, &error));
    QVERIFY(!error.isEmpty());

    error.clear();
    QVERIFY(!ReportParser().parse(QString::fromLatin1(junk), &plan, &error));
    QVERIFY(!error.isEmpty());

    error.clear();
    const QString noAreas = u8("关于春节假期的通知\n各单位：春节期间放假7天，新建绿道100公里。\n"
                               "2024年工作安排\n全年地区生产总值增长6%左右。\n");
    QVERIFY(!ReportParser().parse(noAreas, &plan, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!error.contains(QLatin1Char('\n')));

    QCOMPARE(plan.info.title, QStringLiteral("untouched"));
    QVERIFY(plan.nodes.empty());
    QVERIFY(plan.indicators.empty());
}

void TestReportParser::dump()
{
    // PD_PARSER_DUMP=file writes every node and indicator, to read against the report.
    const QString path = qEnvironmentVariable("PD_PARSER_DUMP");
    if (path.isEmpty())
        QSKIP("set PD_PARSER_DUMP=file to dump the parse");
    // PD_PARSER_INPUT=file dumps that report instead of the built-in one.
    ParsedPlan other;
    const QString input = qEnvironmentVariable("PD_PARSER_INPUT");
    if (!input.isEmpty()) {
        QFile in(input);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QString error;
        const QString text = ReportParser::decode(in.readAll(), &error);
        QVERIFY2(ReportParser().parse(text, &other, &error), qPrintable(error));
    }
    const ParsedPlan &m_plan = input.isEmpty() ? this->m_plan : other;
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Text));
    QTextStream s(&out);
    s << m_plan.info.title << " | " << m_plan.info.government << " | " << m_plan.info.year << "\n";
    for (size_t i = 0; i < m_plan.nodes.size(); ++i) {
        const auto &n = m_plan.nodes[i];
        s << "NODE " << i << " parent=" << n.parent << " " << nodeKindKey(n.kind) << " #"
          << n.ordinal << " " << n.title << "\n";
        for (const auto &item : m_plan.indicators) {
            if (item.node != int(i))
                continue;
            const Indicator &d = item.indicator;
            s << "    " << d.code << " | " << d.name << " | " << d.target << " | " << d.unit
              << " | " << comparatorKey(d.comparator) << " | " << indicatorKindKey(d.kind) << " | "
              << d.snippet
              << (d.baseline ? QStringLiteral(" | base=%1").arg(*d.baseline) : QString()) << "\n";
        }
    }
}

QTEST_GUILESS_MAIN(TestReportParser)
#include "tst_reportparser.moc"
