// Reports of other shapes than the built-in one: three provincial 2025 reports (inline main
// targets, plan parts headed by a plain line, 一是… and （一）… numbering, a livelihood list in an
// appendix note) and small texts for the shapes none of them has (a national report's parts,
// forecasts, Chinese numerals).

#include "parse/ReportParser.h"
#include "TestSupport.h"

#include <QtTest>

using namespace pd;

namespace {

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

struct Expected
{
    const char *code;
    const char *name;
    double target;
    const char *unit;
    Comparator comparator;
    IndicatorKind kind;
    double stretch; ///< 0: none
};

using C = Comparator;
using K = IndicatorKind;

std::vector<int> topNodes(const ParsedPlan &plan, NodeKind kind)
{
    std::vector<int> out;
    for (size_t i = 0; i < plan.nodes.size(); ++i) {
        if (plan.nodes[i].parent < 0 && plan.nodes[i].kind == kind)
            out.push_back(int(i));
    }
    return out;
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

int topOf(const ParsedPlan &plan, int node)
{
    while (plan.nodes[node].parent >= 0)
        node = plan.nodes[node].parent;
    return node;
}

std::vector<const Indicator *> indicatorsIn(const ParsedPlan &plan, NodeKind topKind)
{
    std::vector<const Indicator *> out;
    for (const ParsedPlan::Item &item : plan.indicators) {
        if (plan.nodes[topOf(plan, item.node)].kind == topKind)
            out.push_back(&item.indicator);
    }
    return out;
}

const Indicator *find(const ParsedPlan &plan, const QString &code)
{
    for (const ParsedPlan::Item &item : plan.indicators) {
        if (item.indicator.code == code)
            return &item.indicator;
    }
    return nullptr;
}

bool parseText(const QString &text, ParsedPlan *plan)
{
    QString error;
    const bool ok = ReportParser().parse(text, plan, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

} // namespace

class TestReportShapes : public QObject
{
    Q_OBJECT

private slots:
    void reports_data();
    void reports();
    void indicators_data();
    void indicators();

    void nationalShape();
    void endOfTermReport();
    void forecastsAndPastFiguresAreNotTargets();
    void chineseNumeralsAndRanges();
    void stretchAcrossAComma();
    void areasNumberedByShi();
    void areasHoldNumberedSections();
    void livelihoodListInline();
};

void TestReportShapes::reports_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("government");
    QTest::addColumn<QStringList>("areas");
    QTest::addColumn<QString>("planStart"); ///< text that opens this year's plan
    QTest::addColumn<int>("mainTargets");
    QTest::addColumn<int>("minIndicators");
    QTest::addColumn<QStringList>("projects");
    QTest::addColumn<QString>("governmentPart"); ///< its title, or empty
    QTest::addColumn<QStringList>("statedWithoutFigure");

    QTest::newRow("xizang") << QStringLiteral("xizang-2025.txt") << u8("西藏自治区")
                            << QStringList{u8("坚决维护社会和谐稳定"), u8("全力以赴稳预期促增长"),
                                           u8("持续挖掘投资消费潜能"), u8("因地制宜发展新质生产力"),
                                           u8("统筹推进城乡融合发展"), u8("加快改革开放和全面创新"),
                                           u8("更好保障和改善民生"),   u8("深入推进美丽西藏建设"),
                                           u8("加快推动边境地区发展")}
                            << u8("2025年工作安排") << 8 << 30 << QStringList() << QString()
                            << QStringList();
    QTest::newRow("guangxi")
        << QStringLiteral("guangxi-2025.txt") << u8("广西壮族自治区")
        << QStringList{u8("大力提振消费，更好发挥牵引带动作用"),
                       u8("加快重大项目建设，持续提高投资效益"),
                       u8("大力推进新型工业化，培育和发展新质生产力"),
                       u8("推动改革攻坚突破，激发和增强社会活力"),
                       u8("持续提升对内对外开放水平，构建更有活力的开放型经济体系"),
                       u8("积极推进以人为本的新型城镇化，促进城乡融合发展"),
                       u8("深入推进乡村全面振兴，进一步巩固拓展脱贫攻坚成果"),
                       u8("协同推进降碳减污扩绿增长，加紧经济社会发展全面绿色转型"),
                       u8("更加注重保障和改善民生，不断满足各族人民对美好生活的向往"),
                       u8("更加注重统筹发展和安全，持续巩固各族人民团结奋斗的良好局面")}
        << u8("二、2025年目标任务和重点工作") << 7 << 20 << QStringList() << QString()
        << QStringList{u8("居民收入增长和经济增长同步"),
                       u8("按照国家要求坚决完成节能减排降碳任务")};
    QTest::newRow("jiangxi") << QStringLiteral("jiangxi-2025.txt") << u8("江西省")
                             << QStringList{u8("充分挖掘释放有效需求潜力，促进经济循环畅通"),
                                            u8("坚持以科技创新引领产业创新，加快发展新质生产力"),
                                            u8("大力推进引领性标志性改革，激发全社会发展活力"),
                                            u8("做好“双向开放、惠通四方”大文章，拓展发展空间"),
                                            u8("扎实推进乡村全面振兴，加快建设宜居宜业和美乡村"),
                                            u8("促进区域协调发展和新型城镇化，提高发展整体效能"),
                                            u8("全面推进美丽江西建设，提速打造生态文明建设高地"),
                                            u8("践行以人民为中心的发展思想，切实保障和改善民生"),
                                            u8("更好统筹发展和安全，加快打造更高水平的平安江西")}
                             << u8("二、2025年工作安排") << 8 << 45
                             << QStringList{u8("加大重点群体就业创业扶持力度"),
                                            u8("提高困难群众救助保障水平"),
                                            u8("提升残疾人关爱服务水平"),
                                            u8("提升城市居家社区和农村养老服务能力"),
                                            u8("开展肺癌筛查和早期干预"),
                                            u8("推进普惠托育服务体系建设"),
                                            u8("推进“可躺式”课桌椅进校园试点工作"),
                                            u8("提高农村义务教育学校学生上学交通服务保障水平"),
                                            u8("开展食品安全“你点我检”“你送我检”工作"),
                                            u8("推进“口袋体育公园”建设")}
                             << u8("持之以恒推进政府自身建设，当好执行者行动派实干家")
                             << QStringList{u8("水、空气等主要生态环境指标保持优秀水平"),
                                            u8("主要污染物排放等指标完成国家下达目标")};
    QTest::newRow("chengdu") << QStringLiteral("chengdu-2024.txt") << u8("成都市") << QStringList()
                             << u8("2024年工作安排建议") << 12 << 298 << QStringList()
                             << u8("全面加强政府自身建设")
                             << QStringList{u8("居民收入稳步增长、城乡收入差距进一步缩小"),
                                            u8("做好第五次全国经济普查")};
}

void TestReportShapes::reports()
{
    QFETCH(QString, file);
    QFETCH(QString, government);
    QFETCH(QStringList, areas);
    QFETCH(QString, planStart);
    QFETCH(int, mainTargets);
    QFETCH(int, minIndicators);
    QFETCH(QStringList, projects);
    QFETCH(QString, governmentPart);
    QFETCH(QStringList, statedWithoutFigure);

    const QString text = QString::fromUtf8(test::readFile(test::dataPath(file)));
    QVERIFY(!text.isEmpty());
    ParsedPlan plan;
    QVERIFY(parseText(text, &plan));
    QCOMPARE(plan.info.government, government);
    QCOMPARE(plan.info.year, file.contains(QStringLiteral("2024")) ? 2024 : 2025);

    const std::vector<int> areaNodes = topNodes(plan, NodeKind::Area);
    if (!areas.isEmpty()) {
        QCOMPARE(int(areaNodes.size()), int(areas.size()));
        for (int k = 0; k < int(areas.size()); ++k) {
            QCOMPARE(plan.nodes[areaNodes[k]].ordinal, k + 1);
            QCOMPARE(plan.nodes[areaNodes[k]].title, areas[k]);
            // Each area is split into its sections (lead sentences).
            QVERIFY2(!childrenOf(plan, areaNodes[k], NodeKind::Section).empty(),
                     qPrintable(areas[k]));
        }
    }
    const std::vector<int> gov = topNodes(plan, NodeKind::Government);
    if (governmentPart.isEmpty()) {
        QVERIFY(gov.empty());
    } else {
        QCOMPARE(int(gov.size()), 1);
        QCOMPARE(plan.nodes[gov[0]].title, governmentPart);
    }

    QCOMPARE(int(indicatorsIn(plan, NodeKind::MainTargets).size()), mainTargets);
    // The main targets stated without a figure are named, not tracked.
    QStringList unquantified;
    for (const ParsedPlan::Dropped &d : plan.dropped) {
        if (d.reason == QLatin1String("unquantified"))
            unquantified << d.snippet;
    }
    QCOMPARE(unquantified, statedWithoutFigure);
    QVERIFY2(int(plan.indicators.size()) >= minIndicators,
             qPrintable(QString::number(plan.indicators.size())));

    if (!projects.isEmpty()) {
        const std::vector<int> liv = topNodes(plan, NodeKind::Livelihood);
        QCOMPARE(int(liv.size()), 1);
        const std::vector<int> p = childrenOf(plan, liv[0], NodeKind::LivelihoodProject);
        QCOMPARE(int(p.size()), int(projects.size()));
        for (int k = 0; k < int(p.size()); ++k) {
            QCOMPARE(plan.nodes[p[k]].ordinal, k + 1);
            QCOMPARE(plan.nodes[p[k]].title, projects[k]);
        }
    }

    // Every snippet is the report's own words, from this year's plan, never last year's review,
    // and never a forecast or a past result.
    const qsizetype plan0 = text.indexOf(planStart);
    QVERIFY(plan0 > 0);
    for (const ParsedPlan::Item &item : plan.indicators) {
        const Indicator &ind = item.indicator;
        QVERIFY2(!ind.snippet.isEmpty() && text.indexOf(ind.snippet, plan0) > plan0,
                 qPrintable(ind.code + u8(" ") + ind.snippet));
        QVERIFY2(!ind.snippet.contains(u8("预计")), qPrintable(ind.snippet));
        QVERIFY(ind.target > 0);
        QVERIFY(!ind.name.isEmpty());
    }
}

void TestReportShapes::indicators_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("target");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<int>("comparator");
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("stretch");
    QTest::addColumn<QString>("snippet");

    struct Row
    {
        const char *file;
        Expected e;
        const char *snippet;
    };
    // Every main target of the three provincial reports, then a sample of the rest, each read
    // against the report by hand.
    const Row rows[] = {
        // 西藏: one inline paragraph, 以上、力争达到…, 分别…和…, 分别控制在…以内.
        {"xizang",
         {"M1", "地区生产总值", 7, "%", C::AtLeast, K::Growth, 8},
         "地区生产总值增长7%以上、力争达到8%"},
        {"xizang",
         {"M2", "全社会固定资产投资", 15, "%", C::AtLeast, K::Growth, 20},
         "全社会固定资产投资增长15%以上、力争达到20%"},
        {"xizang",
         {"M3", "社会消费品零售总额", 8, "%", C::AtLeast, K::Growth, 10},
         "社会消费品零售总额增长8%以上、力争达到10%"},
        {"xizang",
         {"M4", "规上工业增加值", 16, "%", C::Exactly, K::Growth, 0},
         "规上工业增加值增长16%"},
        {"xizang",
         {"M5", "城镇居民人均可支配收入", 8, "%", C::Exactly, K::Growth, 0},
         "城乡居民人均可支配收入分别增长8%和10%"},
        {"xizang",
         {"M6", "农村居民人均可支配收入", 10, "%", C::Exactly, K::Growth, 0},
         "城乡居民人均可支配收入分别增长8%和10%"},
        {"xizang",
         {"M7", "城镇调查失业率", 5, "%", C::AtMost, K::Cap, 0},
         "城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内"},
        {"xizang",
         {"M8", "居民消费价格涨幅", 3, "%", C::AtMost, K::Cap, 0},
         "城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内"},
        {"xizang",
         {"A3.1.1", "完成投资", 2000, "亿元", C::AtLeast, K::Count, 0},
         "完成投资2000亿元以上"},
        {"xizang",
         {"A4.1.1", "农畜产品加工业总产值", 10, "%", C::AtLeast, K::Growth, 0},
         "农畜产品加工业总产值增长10%以上"},
        {"xizang",
         {"A4.2.2", "培育高新技术企业", 160, "家", C::Exactly, K::Count, 0},
         "培育高新技术企业160家"},
        {"xizang",
         {"A5.1.1", "粮食产量", 100, "万吨", C::AtLeast, K::Level, 0},
         "确保粮食产量稳定在100万吨以上"},
        {"xizang",
         {"A5.1.2", "新建和改造高标准农田", 20, "万亩", C::Exactly, K::Count, 0},
         "新建和改造高标准农田20万亩"},
        {"xizang",
         {"A5.3.1", "常住人口城镇化率", 40, "%", C::AtLeast, K::Level, 0},
         "常住人口城镇化率达40%以上"},
        {"xizang",
         {"A6.3.2", "自治区财政科技投入", 100, "%", C::AtLeast, K::Growth, 0},
         "今年自治区财政科技投入再翻一番"},
        {"xizang",
         {"A7.1.1", "城镇新增就业", 5, "万人", C::Exactly, K::Count, 0},
         "城镇新增就业5万人"},
        {"xizang",
         {"A7.1.2", "应届高校毕业生就业率", 95, "%", C::AtLeast, K::Level, 0},
         "确保应届高校毕业生就业率95%以上"},
        {"xizang",
         {"A7.1.4", "农牧民转移就业", 63, "万人", C::AtLeast, K::Count, 0},
         "实现农牧民转移就业63万人以上"},
        {"xizang",
         {"A8.2.1", "完成营造林", 100, "万亩", C::AtLeast, K::Count, 0},
         "完成营造林100万亩以上"},
        {"xizang",
         {"A8.2.3", "修复治理退化草原", 500, "万亩", C::Exactly, K::Count, 0},
         "修复治理退化草原500万亩"},
        // 广西: one paragraph of ；-separated items, 左右 and 以上, 亿斤.
        {"guangxi",
         {"M1", "全区地区生产总值", 5, "%", C::About, K::Growth, 0},
         "全区地区生产总值增长5%左右"},
        {"guangxi",
         {"M2", "城镇调查失业率", 5.5, "%", C::About, K::Cap, 0},
         "城镇调查失业率5.5%左右"},
        {"guangxi",
         {"M3", "城镇新增就业", 32, "万人", C::AtLeast, K::Count, 0},
         "城镇新增就业32万人以上"},
        {"guangxi",
         {"M4", "居民消费价格", 2, "%", C::About, K::Growth, 0},
         "居民消费价格涨幅2%左右"},
        {"guangxi", {"M5", "粮食产量", 282, "亿斤", C::About, K::Count, 0}, "粮食产量282亿斤左右"},
        {"guangxi",
         {"M6", "糖料蔗种植面积", 1100, "万亩", C::AtLeast, K::Level, 0},
         "糖料蔗种植面积稳定在1100万亩以上"},
        {"guangxi",
         {"M7", "外贸进出口总额", 5, "%", C::AtLeast, K::Growth, 0},
         "外贸进出口总额增长5%以上"},
        {"guangxi",
         {"A2.1.1", "自治区层面统筹推进重大项目", 2200, "个", C::AtLeast, K::Count, 0},
         "自治区层面统筹推进重大项目2200个以上"},
        {"guangxi",
         {"A2.1.2", "完成投资", 5000, "亿元", C::AtLeast, K::Count, 0},
         "完成投资5000亿元以上"},
        {"guangxi",
         {"A2.1.3", "固定资产投资", 3, "%", C::Exactly, K::Growth, 0},
         "力争固定资产投资增长3%"},
        {"guangxi",
         {"A2.2.1", "新增通车里程", 400, "公里", C::AtLeast, K::Count, 0},
         "新增通车里程400公里以上"},
        {"guangxi",
         {"A3.0.1", "规模以上工业增加值", 6, "%", C::AtLeast, K::Growth, 0},
         "力争规模以上工业增加值增长6%以上"},
        {"guangxi",
         {"A3.1.1", "工业投资", 5, "%", C::AtLeast, K::Growth, 0},
         "力争工业投资增长5%以上"},
        {"guangxi",
         {"A3.1.3", "海洋生产总值占GDP比重", 9, "%", C::AtLeast, K::Level, 0},
         "力争海洋生产总值占GDP比重9%以上"},
        {"guangxi",
         {"A3.4.1", "新组建自治区实验室", 3, "家", C::Exactly, K::Count, 0},
         "新组建自治区实验室3家"},
        {"guangxi",
         {"A5.3.1", "实际使用外资", 10, "%", C::AtLeast, K::Growth, 0},
         "力争实际使用外资增长10%以上"},
        {"guangxi",
         {"A8.2.1", "植树造林", 380, "万亩", C::AtLeast, K::Count, 0},
         "植树造林380万亩以上"},
        {"guangxi",
         {"A9.4.1", "稳定基本医疗保险参保率", 97, "%", C::AtLeast, K::Level, 0},
         "稳定基本医疗保险参保率在97%以上"},
        {"guangxi",
         {"A9.5.1", "筹措资金", 835, "亿元", C::AtLeast, K::Count, 0},
         "筹措资金835亿元以上"},
        // 江西: one paragraph of ，-separated items, 分别增长5%、6.5%左右.
        {"jiangxi",
         {"M1", "地区生产总值", 5, "%", C::About, K::Growth, 0},
         "地区生产总值增长5%左右"},
        {"jiangxi",
         {"M2", "规模以上工业增加值", 7.5, "%", C::About, K::Growth, 0},
         "规模以上工业增加值增长7.5%左右"},
        {"jiangxi",
         {"M3", "固定资产投资", 5, "%", C::About, K::Growth, 0},
         "固定资产投资增长5%左右"},
        {"jiangxi",
         {"M4", "社会消费品零售总额", 5, "%", C::About, K::Growth, 0},
         "社会消费品零售总额增长5%左右"},
        {"jiangxi",
         {"M5", "城镇居民人均可支配收入", 5, "%", C::About, K::Growth, 0},
         "城镇、农村居民人均可支配收入分别增长5%、6.5%左右"},
        {"jiangxi",
         {"M6", "农村居民人均可支配收入", 6.5, "%", C::About, K::Growth, 0},
         "城镇、农村居民人均可支配收入分别增长5%、6.5%左右"},
        {"jiangxi",
         {"M7", "居民消费价格", 2, "%", C::About, K::Growth, 0},
         "居民消费价格涨幅2%左右"},
        {"jiangxi",
         {"M8", "城镇调查失业率", 5.5, "%", C::About, K::Cap, 0},
         "城镇调查失业率5.5%左右"},
        {"jiangxi",
         {"A1.1.1", "实施省大中型项目", 4600, "个", C::AtLeast, K::Count, 0},
         "实施省大中型项目4600个以上"},
        {"jiangxi",
         {"A1.1.2", "完成投资", 1.2, "万亿元", C::About, K::Count, 0},
         "完成投资1.2万亿元左右"},
        {"jiangxi",
         {"A2.1.1", "R&D经费支出占GDP比重", 2, "%", C::AtLeast, K::Level, 0},
         "力争R&D经费支出占GDP比重突破2%"},
        {"jiangxi",
         {"A2.1.6", "实施重大专项", 5, "个", C::AtLeast, K::Count, 0},
         "实施5个以上重大专项"},
        {"jiangxi",
         {"A2.2.2", "电子信息产业规模", 1.25, "万亿元", C::AtLeast, K::Level, 0},
         "力争电子信息产业规模达1.25万亿元"},
        {"jiangxi",
         {"A3.1.1", "开发区新增工业用地按照“标准地”制度供地", 70, "%", C::AtLeast, K::Level, 0},
         "开发区新增工业用地不低于70%按照“标准地”制度供地"},
        {"jiangxi",
         {"A5.1.1", "粮食产量", 436, "亿斤", C::AtLeast, K::Level, 0},
         "确保粮食产量达436亿斤"},
        {"jiangxi",
         {"A5.3.1", "新建改建农村公路", 1500, "公里", C::Exactly, K::Count, 0},
         "新建改建农村公路1500公里"},
        {"jiangxi",
         {"A6.2.1", "新开工改造老旧小区", 716, "个", C::Exactly, K::Count, 0},
         "新开工改造老旧小区716个"},
        {"jiangxi",
         {"A6.2.2", "新开工改造老旧小区", 26.95, "万户", C::Exactly, K::Count, 0},
         "26.95万户"},
        {"jiangxi",
         {"A6.3.1", "户籍人口城镇化率", 47.1, "%", C::About, K::Level, 0},
         "户籍人口城镇化率达47.1%左右"},
        {"jiangxi",
         {"A8.1.2", "城镇新增就业", 41, "万人", C::Exactly, K::Count, 0},
         "城镇新增就业41万人"},
        {"jiangxi",
         {"A8.3.3", "每千人口护士数", 4.3, "人", C::AtLeast, K::Level, 0},
         "每千人口护士数力争达到4.3人以上"},
        {"jiangxi",
         {"G2.1", "行政负责人出庭应诉率", 100, "%", C::AtLeast, K::Level, 0},
         "行政负责人出庭应诉率达到100%"},
    };
    for (const Row &r : rows)
        QTest::newRow(
            qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(r.file), QLatin1String(r.e.code))))
            << QStringLiteral("%1-2025.txt").arg(QLatin1String(r.file))
            << QString::fromLatin1(r.e.code) << u8(r.e.name) << r.e.target << u8(r.e.unit)
            << int(r.e.comparator) << int(r.e.kind) << r.e.stretch << u8(r.snippet);
}

void TestReportShapes::indicators()
{
    QFETCH(QString, file);
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(double, target);
    QFETCH(QString, unit);
    QFETCH(int, comparator);
    QFETCH(int, kind);
    QFETCH(double, stretch);
    QFETCH(QString, snippet);

    static QHash<QString, ParsedPlan> plans;
    static QHash<QString, QString> texts;
    if (!plans.contains(file)) {
        texts[file] = QString::fromUtf8(test::readFile(test::dataPath(file)));
        QVERIFY(parseText(texts[file], &plans[file]));
    }
    const Indicator *ind = find(plans[file], code);
    QVERIFY2(ind, qPrintable(code));
    QCOMPARE(ind->name, name);
    QCOMPARE(ind->target, target);
    QCOMPARE(ind->unit, unit);
    QCOMPARE(int(ind->comparator), comparator);
    QCOMPARE(int(ind->kind), kind);
    QCOMPARE(ind->stretchTarget.value_or(0), stretch);
    // The snippet as the file writes it (full-width punctuation where it has it).
    QString normalized = ind->snippet;
    normalized.replace(u8("％"), QStringLiteral("%"))
        .replace(u8("，"), QStringLiteral(","))
        .replace(u8("（"), QStringLiteral("("))
        .replace(u8("）"), QStringLiteral(")"));
    QString wanted = snippet;
    wanted.replace(u8("，"), QStringLiteral(","));
    QCOMPARE(normalized, wanted);
    QVERIFY(texts[file].contains(ind->snippet));
}

void TestReportShapes::nationalShape()
{
    // A national report's parts: the review, then the year's requirements with the main
    // targets, then the tasks, numbered 一、二、三、, with the areas under the third.
    const QString text =
        u8("2025年政府工作报告\n——2025年3月5日在第十四届全国人民代表大会第三次会议上\n各位代表：\n"
           "一、2024年工作回顾\n"
           "过去一年，国内生产总值增长5%，城镇新增就业1256万人。\n"
           "（一）宏观调控有力。出台一揽子增量政策。\n（二）改革开放深化。新增外资企业5万家。\n"
           "二、2025年经济社会发展总体要求和政策取向\n"
           "今年发展的主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右，城镇新增就业"
           "1200万人以上；居民消费价格涨幅2%左右；粮食产量1.4万亿斤左右；单位国内生产总值能耗降低3%"
           "左右。\n三、2025年政府工作任务\n"
           "（一）大力提振消费。社会消费品零售总额增长5%—6%。\n"
           "（二）扩大有效投资。完成投资3万亿元以上。\n"
           "（三）发展新质生产力。高新技术企业达到50万家以上。\n各位代表！让我们团结奋斗。\n");
    ParsedPlan plan;
    QVERIFY(parseText(text, &plan));
    QCOMPARE(plan.info.year, 2025);
    QCOMPARE(plan.info.government, u8("国务院"));
    QCOMPARE(plan.info.title, u8("国务院2025年政府工作报告"));
    const std::vector<int> areas = topNodes(plan, NodeKind::Area);
    QCOMPARE(int(areas.size()), 3); // the review's （一）（二） are not areas
    QCOMPARE(plan.nodes[areas[0]].title, u8("大力提振消费"));
    const std::vector<const Indicator *> main = indicatorsIn(plan, NodeKind::MainTargets);
    QCOMPARE(int(main.size()), 6);
    QCOMPARE(main[0]->name, u8("国内生产总值"));
    QCOMPARE(main[0]->baseline.value_or(0), 5.0);
    QCOMPARE(main[2]->name, u8("城镇新增就业"));
    QCOMPARE(main[2]->target, 1200.0);
    QCOMPARE(main[2]->unit, u8("万人"));
    QCOMPARE(main[2]->baseline.value_or(0), 1256.0);
    QCOMPARE(main[4]->unit, u8("万亿斤"));
    const Indicator *retail = find(plan, QStringLiteral("A1.0.1"));
    QVERIFY(retail);
    QCOMPARE(retail->target, 5.0); // a range: at least its lower end
    QCOMPARE(int(retail->comparator), int(C::AtLeast));
    QCOMPARE(retail->snippet, u8("社会消费品零售总额增长5%—6%"));
    for (const ParsedPlan::Item &item : plan.indicators)
        QVERIFY(!item.indicator.snippet.contains(u8("1256")));
}

void TestReportShapes::endOfTermReport()
{
    // A report at the end of a term: five years reviewed, the next five years' goals, then this
    // year's plan. Only this year's plan makes the areas and the main targets.
    const QString text =
        u8("一、过去五年工作回顾\n五年来，地区生产总值年均增长6%"
           "。\n（一）经济实力跃升。新增企业5万家。\n"
           "二、今后五年的目标任务\n今后五年，主要目标是地区生产总值年均增长5.5%左右。\n"
           "（一）建设创新高地。研发投入强度达到3%"
           "。\n（二）建设开放高地。外贸进出口总额突破1万亿元。\n"
           "三、2025年工作安排\n今年经济社会发展主要预期目标是：地区生产总值增长6%左右。\n"
           "（一）扩大有效需求。完成投资2000亿元以上。\n（二）发展现代产业。新增高新技术企业500家以"
           "上。\n"
           "各位代表！让我们团结奋斗。\n");
    ParsedPlan plan;
    QVERIFY(parseText(text, &plan));
    QCOMPARE(plan.info.year, 2025);
    const std::vector<int> areas = topNodes(plan, NodeKind::Area);
    QCOMPARE(int(areas.size()), 2);
    QCOMPARE(plan.nodes[areas[0]].title, u8("扩大有效需求"));
    QCOMPARE(int(indicatorsIn(plan, NodeKind::MainTargets).size()), 1);
    QCOMPARE(find(plan, QStringLiteral("M1"))->target, 6.0);
    QCOMPARE(int(plan.indicators.size()), 3);
}

void TestReportShapes::forecastsAndPastFiguresAreNotTargets()
{
    const QString text =
        u8("2024年工作回顾\n去年完成投资1500亿元。\n2025年工作安排\n"
           "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n"
           "（一）稳就业。预计今年城镇新增就业超过1170万人。已建成5G基站3万个，今年新建5G基站5000"
           "个。去年完成投资1500亿元，今年力争完成2000亿元。维护已安装的监测设备98套。\n"
           "（二）促消费。社会消费品零售总额增长5%以上。\n");
    ParsedPlan plan;
    QVERIFY(parseText(text, &plan));
    QStringList snippets;
    for (const ParsedPlan::Item &item : plan.indicators)
        snippets << item.indicator.snippet;
    QVERIFY2(!snippets.join(u'|').contains(u8("1170")), qPrintable(snippets.join(u'|')));
    QVERIFY(!snippets.join(u'|').contains(u8("3万个")));
    QVERIFY(!snippets.join(u'|').contains(u8("1500")));
    QVERIFY(snippets.contains(u8("今年新建5G基站5000个")));
    QVERIFY(snippets.contains(u8("今年力争完成2000亿元")));
    QVERIFY(snippets.contains(u8("维护已安装的监测设备98套"))); // 已… as an attribute
    // What was left out is kept for the import preview's warnings.
    QCOMPARE(int(plan.dropped.size()), 3);
    QCOMPARE(plan.dropped[0].reason, QStringLiteral("forecast"));
    QVERIFY(plan.dropped[0].snippet.contains(u8("1170")));
    QCOMPARE(plan.dropped[1].reason, QStringLiteral("past"));
    QCOMPARE(plan.dropped[2].reason, QStringLiteral("past"));
    QCOMPARE(plan.nodes[plan.dropped[0].node].title, u8("稳就业"));
}

void TestReportShapes::chineseNumeralsAndRanges()
{
    const QString text = u8(
        "2025年工作安排\n今年主要预期目标是：地区生产总值增长百分之五点五左右，城镇新增就业五万人"
        "以上。\n（一）发展产业。研发投入强度提高两个百分点，数字经济规模翻一番。坚持两个毫不动"
        "摇，实施三年行动，落实千亿斤粮食产能提升行动，建设一批重点项目。\n（二）改善民生。新增"
        "学位3万—5万个。\n");
    ParsedPlan plan;
    QVERIFY(parseText(text, &plan));
    const Indicator *gdp = find(plan, QStringLiteral("M1"));
    QVERIFY(gdp);
    QCOMPARE(gdp->name, u8("地区生产总值"));
    QCOMPARE(gdp->target, 5.5);
    QCOMPARE(gdp->unit, QStringLiteral("%"));
    QCOMPARE(int(gdp->comparator), int(C::About));
    QCOMPARE(int(gdp->kind), int(K::Growth));
    QCOMPARE(int(indicatorsIn(plan, NodeKind::MainTargets).size()), 1); // 五万人 has no verb
    const Indicator *rd = find(plan, QStringLiteral("A1.0.1"));
    QVERIFY(rd);
    QCOMPARE(rd->target, 2.0);
    QCOMPARE(rd->unit, u8("个百分点"));
    const Indicator *doubling = find(plan, QStringLiteral("A1.0.2"));
    QVERIFY(doubling);
    QCOMPARE(doubling->name, u8("数字经济规模"));
    QCOMPARE(doubling->target, 100.0);
    QCOMPARE(int(doubling->kind), int(K::Growth));
    QVERIFY(!find(plan, QStringLiteral("A1.0.3"))); // 两个毫不动摇, 三年行动, 千亿斤, 一批
    const Indicator *places = find(plan, QStringLiteral("A2.0.1"));
    QVERIFY(places);
    QCOMPARE(places->target, 3.0);
    QCOMPARE(places->unit, u8("万个"));
}

void TestReportShapes::stretchAcrossAComma()
{
    const QString text =
        u8("2025年工作安排\n主要预期目标是：地区生产总值增长5%左右，力争6%；出口增长"
           "3%。\n（一）扩大投资。完成投资3000亿元以上，力争达到3500亿元。新建"
           "公路100公里，力争新建高速公路20公里。\n（二）其他。增长1%。\n");
    ParsedPlan plan;
    QVERIFY(parseText(text, &plan));
    const Indicator *gdp = find(plan, QStringLiteral("M1"));
    QVERIFY(gdp);
    QCOMPARE(gdp->target, 5.0);
    QCOMPARE(gdp->stretchTarget.value_or(0), 6.0);
    QCOMPARE(gdp->snippet, u8("地区生产总值增长5%左右，力争6%"));
    QVERIFY(!find(plan, QStringLiteral("M2"))->stretchTarget);
    const Indicator *invest = find(plan, QStringLiteral("A1.0.1"));
    QCOMPARE(invest->stretchTarget.value_or(0), 3500.0);
    // A 力争 figure of another thing is its own target.
    QCOMPARE(find(plan, QStringLiteral("A1.0.3"))->target, 20.0);
    QVERIFY(!find(plan, QStringLiteral("A1.0.2"))->stretchTarget);
}

void TestReportShapes::areasNumberedByShi()
{
    // Areas numbered 一是…三是 (no （一）), sections as lead sentences, the plan opened by a
    // paragraph rather than a heading.
    const QString text = u8(
        "一、过去一年工作回顾\n一是经济回升。地区生产总值增长5%。\n二是民生改善。新增就业3万人。\n"
        "今年政府工作的总体要求是：坚持稳中求进。主要预期目标是：地区生产总值增长6%左右。\n"
        "一是推动产业升级。建设产业园10个。\n培育新兴产业。新增高新技术企业200家以上。\n"
        "二是扩大有效需求。完成投资500亿元以上。\n三是增进民生福祉。新增学位1万个。\n"
        "各位代表！让我们团结奋斗。\n");
    ParsedPlan plan;
    QVERIFY(parseText(text, &plan));
    const std::vector<int> areas = topNodes(plan, NodeKind::Area);
    QCOMPARE(int(areas.size()), 3);
    QCOMPARE(plan.nodes[areas[0]].title, u8("推动产业升级"));
    QCOMPARE(plan.nodes[areas[2]].title, u8("增进民生福祉"));
    const std::vector<int> sections = childrenOf(plan, areas[0], NodeKind::Section);
    QCOMPARE(int(sections.size()), 1);
    QCOMPARE(plan.nodes[sections[0]].title, u8("培育新兴产业"));
    QCOMPARE(int(indicatorsIn(plan, NodeKind::MainTargets).size()), 1);
    QCOMPARE(find(plan, QStringLiteral("M1"))->baseline.value_or(0), 5.0);
    QCOMPARE(find(plan, QStringLiteral("A1.0.1"))->target, 10.0);
    QCOMPARE(find(plan, QStringLiteral("A1.1.1"))->target, 200.0);
    QCOMPARE(int(plan.indicators.size()), 5);

    // The same with 第一、第二… heading the paragraphs.
    ParsedPlan di;
    QVERIFY(parseText(
        u8("2024年工作回顾\n地区生产总值增长5%。\n2025年工作安排\n主要预期目标是：地区生产总值"
           "增长6%左右。\n第一，推动产业升级。建设产业园10个。\n第二，扩大有效需求。完成投资"
           "500亿元以上。\n"),
        &di));
    const std::vector<int> diAreas = topNodes(di, NodeKind::Area);
    QCOMPARE(int(diAreas.size()), 2);
    QCOMPARE(di.nodes[diAreas[1]].title, u8("扩大有效需求"));
    QCOMPARE(find(di, QStringLiteral("A2.0.1"))->target, 500.0);
}

void TestReportShapes::areasHoldNumberedSections()
{
    // 一、… areas holding （一）… sections: the numbering that opens first makes the areas.
    const QString text =
        u8("2024年工作回顾\n（一）经济增长。地区生产总值增长5%。\n2025年工作安排\n"
           "今年主要预期目标是：地区生产总值增长6%左右。\n一、推动产业升级\n"
           "（一）发展制造业。新建产业园10个。\n（二）发展服务业。新增企业200家以上。\n"
           "二、增进民生福祉\n（一）促进就业。城镇新增就业5万人。\n"
           "三、全面加强政府自身建设\n（一）依法行政。\n各位代表！\n");
    ParsedPlan plan;
    QVERIFY(parseText(text, &plan));
    const std::vector<int> areas = topNodes(plan, NodeKind::Area);
    QCOMPARE(int(areas.size()), 2);
    QCOMPARE(plan.nodes[areas[0]].title, u8("推动产业升级"));
    const std::vector<int> sections = childrenOf(plan, areas[0], NodeKind::Section);
    QCOMPARE(int(sections.size()), 2);
    QCOMPARE(plan.nodes[sections[1]].title, u8("发展服务业"));
    QCOMPARE(find(plan, QStringLiteral("A1.2.1"))->target, 200.0);
    QCOMPARE(find(plan, QStringLiteral("A2.1.1"))->target, 5.0);
    QCOMPARE(int(topNodes(plan, NodeKind::Government).size()), 1);
}

void TestReportShapes::livelihoodListInline()
{
    const QString text =
        u8("2025年工作安排\n主要预期目标是：地区生产总值增长6%左右。\n"
           "（一）办好民生实事。今年将办好以下5件民生实事：新建幼儿园10所、改造老旧小区50个、"
           "建设“口袋公园”、提升养老服务、开展免费体检。\n（二）其他。新增就业2万人。\n");
    ParsedPlan plan;
    QVERIFY(parseText(text, &plan));
    const std::vector<int> liv = topNodes(plan, NodeKind::Livelihood);
    QCOMPARE(int(liv.size()), 1);
    const std::vector<int> projects = childrenOf(plan, liv[0], NodeKind::LivelihoodProject);
    QCOMPARE(int(projects.size()), 5);
    QCOMPARE(plan.nodes[projects[0]].title, u8("新建幼儿园10所"));
    QCOMPARE(plan.nodes[projects[2]].title, u8("建设“口袋公园”"));
    // Inside a work area the figures are the area's: not counted twice.
    QCOMPARE(int(indicatorsIn(plan, NodeKind::Livelihood).size()), 0);
    QCOMPARE(find(plan, QStringLiteral("A1.0.1"))->target, 5.0); // 办好5件民生实事
    QCOMPARE(find(plan, QStringLiteral("A1.0.2"))->target, 10.0);

    // Numbered items, separated by ；, in an appendix note: their figures are theirs.
    ParsedPlan note;
    QVERIFY(parseText(
        u8("2025年工作安排\n主要预期目标是：地区生产总值增长6%左右。\n（一）发展产业。"
           "新增企业100家。\n（二）改善民生。新增就业2万人。\n附件\n名词解释\n"
           "3.十件民生实事：一是新建幼儿园10所；二是改造老旧小区50个；三是开展免费体检。\n"),
        &note));
    const std::vector<int> noteLiv = topNodes(note, NodeKind::Livelihood);
    QCOMPARE(int(noteLiv.size()), 1);
    QCOMPARE(note.nodes[noteLiv[0]].title, u8("十件民生实事"));
    const std::vector<int> noteProjects = childrenOf(note, noteLiv[0], NodeKind::LivelihoodProject);
    QCOMPARE(int(noteProjects.size()), 3);
    QCOMPARE(note.nodes[noteProjects[0]].title, u8("新建幼儿园10所"));
    QCOMPARE(note.nodes[noteProjects[2]].title, u8("开展免费体检"));
    QCOMPARE(find(note, QStringLiteral("L1.1"))->target, 10.0);
    QCOMPARE(find(note, QStringLiteral("L2.1"))->target, 50.0);
}

QTEST_GUILESS_MAIN(TestReportShapes)
#include "tst_reportshapes.moc"
