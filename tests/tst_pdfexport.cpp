#include "document/BuiltinPlan.h"
#include "cli/CommandLine.h"
#include "report/PdfExporter.h"
#include "store/PlanStore.h"
#include "report/ReportBuilder.h"
#include "report/ReportCanvas.h"
#include "report/ReportLabels.h"
#include "report/ReportRenderer.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QTranslator>
#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <set>

using namespace pd;

namespace {

const QDate AsOf(2024, 6, 30);

bool hasTool(const char *name)
{
    return !QStandardPaths::findExecutable(QString::fromLatin1(name)).isEmpty();
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &path, int page = 0)
{
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << path << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), args);
}

QString squeezed(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s+")));
}

int pdfPages(const QString &path)
{
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

Indicator makeIndicator(const QString &code, int ordinal, const QString &name, double target,
                        const QString &unit, IndicatorKind kind = IndicatorKind::Count)
{
    Indicator ind;
    ind.code = code;
    ind.ordinal = ordinal;
    ind.name = name;
    ind.target = target;
    ind.unit = unit;
    ind.comparator = Comparator::AtLeast;
    ind.kind = kind;
    ind.snippet = name + QString::number(target) + unit;
    return ind;
}

/// The sample plan grown to a city's size: nine areas of sections and indicators (area 9 with
/// none), the self-building part with one target and livelihood categories with projects.
ParsedPlan largePlan(int perSection = 6)
{
    ParsedPlan plan = test::samplePlan(); // main targets, area 1, livelihood
    plan.nodes.erase(plan.nodes.begin() + 3, plan.nodes.end());
    plan.indicators.erase(
        std::remove_if(plan.indicators.begin(), plan.indicators.end(),
                       [](const ParsedPlan::Item &item) { return item.node >= 3; }),
        plan.indicators.end());
    for (int area = 2; area <= 9; ++area) {
        const int areaNode = int(plan.nodes.size());
        plan.nodes.push_back(
            {-1, NodeKind::Area, area, QStringLiteral("第%1领域坚定推动高质量发展").arg(area)});
        if (area == 9)
            continue; // an area that sets no quantified target
        for (int section = 1; section <= 5; ++section) {
            const int sectionNode = int(plan.nodes.size());
            plan.nodes.push_back({areaNode, NodeKind::Section, section,
                                  QStringLiteral("加快建设第%1项重点任务").arg(section)});
            for (int i = 1; i <= perSection; ++i) {
                const QString code = QStringLiteral("A%1.%2.%3").arg(area).arg(section).arg(i);
                QString name = QStringLiteral("新建项目%1").arg(code);
                if (i == 2)
                    name = QStringLiteral("推动先进制造业和现代服务业深度融合发展的重点示范项目%1")
                               .arg(code);
                Indicator ind = makeIndicator(code, i, name, 100 * i, QStringLiteral("个"));
                ind.leadUnit = QStringLiteral("市发展改革委");
                if (i == 3)
                    ind.notes = QStringLiteral("按季度报送，年底前全部完成验收");
                plan.indicators.push_back({sectionNode, ind});
            }
        }
    }
    const int gov = int(plan.nodes.size());
    plan.nodes.push_back({-1, NodeKind::Government, 0, QStringLiteral("全面加强政府自身建设")});
    plan.nodes.push_back({gov, NodeKind::Section, 1, QStringLiteral("坚持依法行政")});
    plan.indicators.push_back(
        {gov + 1, makeIndicator(QStringLiteral("G1.1"), 1, QStringLiteral("办结行政复议案件"), 100,
                                QStringLiteral("%"), IndicatorKind::Level)});
    const int live = int(plan.nodes.size());
    plan.nodes.push_back({-1, NodeKind::Livelihood, 0, QStringLiteral("民生实事")});
    int project = 0;
    for (int category = 1; category <= 4; ++category) {
        const int categoryNode = int(plan.nodes.size());
        plan.nodes.push_back({live, NodeKind::LivelihoodCategory, category,
                              QStringLiteral("民生类别%1").arg(category)});
        for (int p = 1; p <= 3; ++p) {
            ++project;
            const int projectNode = int(plan.nodes.size());
            plan.nodes.push_back({categoryNode, NodeKind::LivelihoodProject, project,
                                  QStringLiteral("民生项目%1").arg(project)});
            plan.indicators.push_back(
                {projectNode,
                 makeIndicator(QStringLiteral("L%1.1").arg(project), 1,
                               QStringLiteral("改造老旧小区"), 50, QStringLiteral("个"))});
        }
    }
    return plan;
}

/// The codes (M1, A3.2.1, L12.1…) printed in a PDF's text.
std::set<QString> codesIn(const QString &text)
{
    const QRegularExpression code(QStringLiteral("\\b([AMGL]\\d+(?:\\.\\d+)*)\\b"));
    std::set<QString> found;
    for (auto it = code.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

/// The text from the last occurrence of marker on.
QString after(const QString &text, const QString &marker)
{
    const int at = text.lastIndexOf(marker);
    return at < 0 ? QString() : text.mid(at);
}

} // namespace

class TestPdfExport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void builderFollowsThePlan();
    void scopesSelectParts();
    void bookHoldsEveryIndicatorAndArea();
    void areaSheetHoldsOnlyItsArea();
    void emptyAreaAndMissingDataRender();
    void labelsAreChineseByDefaultAndEnglishOnRequest();
    void labelsFollowAnInstalledTranslator();
    void unwritablePathsLeaveNoFile_data();
    void unwritablePathsLeaveNoFile();
    void progressAndCancel();
    void rendersOnAnyPagedDevice();
    void commandLine();
    void builtinPlanRendersWholeBook();
    void sheetsShowReportedShareAndGaps();
    void chartListsUnreportedOnOneLine();
    void emptyColumnsAreDropped();
    void unitScopeAndRoundTexts();
    void headingsLeaveNoLoneCharacter();
    void contentsListEveryPart();
    void indicatorScopeHoldsOnlyIt();
    void behindScopeHoldsOnlyWhatIsBehind();

private:
    /// Opens a data file holding plan, with figures for some indicators.
    std::unique_ptr<PlanStore> storeWith(const ParsedPlan &plan);
    bool needPoppler();
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPdfExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

bool TestPdfExport::needPoppler()
{
    return hasTool("pdftotext") && hasTool("pdfinfo") && hasTool("pdffonts");
}

std::unique_ptr<PlanStore> TestPdfExport::storeWith(const ParsedPlan &plan)
{
    auto store = std::make_unique<PlanStore>();
    QString error;
    if (!store->open(path(QStringLiteral("plan.sqlite")), &error) ||
        !store->importPlan(plan, false, &error)) {
        qWarning() << error;
        return nullptr;
    }
    int n = 0;
    for (const Indicator &ind : store->indicators()) {
        if (ind.code == QLatin1String("M2") || n++ % 4 == 3)
            continue; // no data
        Measurement m;
        m.indicatorId = ind.id;
        m.date = QDate(2024, 5, 31);
        m.value = ind.kind == IndicatorKind::Growth ? 6.1 : ind.target * (0.2 + 0.15 * (n % 7));
        if (n % 5 == 0)
            m.note = QStringLiteral("部门报送");
        store->addMeasurement(m, &error);
    }
    return store;
}

void TestPdfExport::builderFollowsThePlan()
{
    auto store = storeWith(test::samplePlan());
    QVERIFY(store);
    QString error;
    const auto book = ReportBuilder::build(*store, AsOf, ReportScope::book(), &error);
    QVERIFY2(book, qPrintable(error));
    QCOMPARE(book->sections.size(), std::size_t(3)); // main, area 1, livelihood
    QCOMPARE(book->sections[0].part, PlanPart::Main);
    QCOMPARE(book->sections[1].part, PlanPart::Area);
    QCOMPARE(book->sections[1].number, 1);
    QCOMPARE(book->sections[2].part, PlanPart::Livelihood);
    QCOMPARE(book->total.indicators, 5);
    QCOMPARE(book->total.count(Status::NoData), 1 + 1); // M2 and the fourth indicator

    // Area 1: its section as a heading, then the section's two indicators.
    const auto &lines = book->sections[1].lines;
    QCOMPARE(lines.size(), std::size_t(3));
    QCOMPARE(lines[0].type, ReportLine::Type::Heading);
    QVERIFY(lines[0].heading.contains(QStringLiteral("多措并举激发有潜能的消费")));
    QCOMPARE(lines[1].indicator.code, QStringLiteral("A1.1.1"));
    QCOMPARE(lines[2].indicator.code, QStringLiteral("A1.1.2"));
    QVERIFY(lines[1].actual);

    // Livelihood: category heading, project heading, the project's indicator.
    const auto &live = book->sections[2].lines;
    QCOMPARE(live.size(), std::size_t(3));
    QCOMPARE(live[0].level, 0);
    QCOMPARE(live[1].level, 1);
    QCOMPARE(live[2].indicator.code, QStringLiteral("L1.1"));
}

void TestPdfExport::scopesSelectParts()
{
    auto store = storeWith(largePlan(1));
    QVERIFY(store);
    QString error;
    const auto area = ReportBuilder::build(*store, AsOf, ReportScope::forArea(3), &error);
    QVERIFY2(area, qPrintable(error));
    QCOMPARE(area->sections.size(), std::size_t(1));
    QCOMPARE(area->sections[0].number, 3);
    const auto livelihood = ReportBuilder::build(
        *store, AsOf, ReportScope::forPart(ReportScope::Kind::Livelihood), &error);
    QVERIFY(livelihood);
    QCOMPARE(livelihood->sections.size(), std::size_t(1));
    QCOMPARE(livelihood->sections[0].part, PlanPart::Livelihood);
    const auto book = ReportBuilder::build(*store, AsOf, ReportScope::book(), &error);
    QCOMPARE(book->sections.size(), std::size_t(1 + 9 + 1 + 1));

    QVERIFY(!ReportBuilder::build(*store, AsOf, ReportScope::forArea(12), &error));
    QVERIFY2(error.contains(QStringLiteral("12")), qPrintable(error));

    // The self-building part is left out of the book when it sets no targets.
    ParsedPlan plan = largePlan(1);
    plan.indicators.erase(std::remove_if(plan.indicators.begin(), plan.indicators.end(),
                                         [](const ParsedPlan::Item &item) {
                                             return item.indicator.code.startsWith(
                                                 QLatin1Char('G'));
                                         }),
                          plan.indicators.end());
    m_dir = std::make_unique<QTemporaryDir>();
    auto plain = storeWith(plan);
    // The self-building part stays in the book when it sets no targets (its sheet says so).
    const auto withoutGovernment = ReportBuilder::build(*plain, AsOf, ReportScope::book(), &error);
    QCOMPARE(withoutGovernment->sections.size(), std::size_t(1 + 9 + 1 + 1));
    QCOMPARE(withoutGovernment->sections[10].part, PlanPart::Government);
    QCOMPARE(withoutGovernment->sections[10].tally.indicators, 0);
}

void TestPdfExport::bookHoldsEveryIndicatorAndArea()
{
    if (!needPoppler())
        QSKIP("poppler-utils (pdftotext, pdfinfo, pdffonts) not installed");
    const ParsedPlan plan = largePlan(); // 8 × 5 × 6 + 5 ≈ 250 indicators
    auto store = storeWith(plan);
    QVERIFY(store);
    const QString out = path(QStringLiteral("book.pdf"));
    QElapsedTimer timer;
    timer.start();
    const auto result = PdfExporter().exportPlan(*store, AsOf, ReportScope::book(), out);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(result.ok, qPrintable(result.error));
    qInfo("whole book of %d indicators: %d pages in %lld ms", int(store->indicators().size()),
          result.pageCount, elapsed);
    QVERIFY2(elapsed < 20000, "the whole book must render in seconds");

    const QString text = pdfText(out);
    QVERIFY(!text.isEmpty());
    const QString flat = squeezed(text);
    for (const Indicator &ind : store->indicators())
        QVERIFY2(text.contains(ind.code), qPrintable(ind.code));
    for (const ParsedPlan::Node &node : plan.nodes) {
        if (node.kind == NodeKind::Area || node.kind == NodeKind::MainTargets ||
            node.kind == NodeKind::Livelihood || node.kind == NodeKind::Government)
            QVERIFY2(flat.contains(squeezed(node.title)), qPrintable(node.title));
    }
    QVERIFY(flat.contains(squeezed(plan.info.title)));

    // Page count and footer numbering agree: every page says "第 N 页 / 共 M 页" once.
    const int pages = pdfPages(out);
    QCOMPARE(pages, result.pageCount);
    QVERIFY(pages > 12);
    std::multiset<int> numbers;
    const QRegularExpression footer(
        QStringLiteral("第\\s*(\\d+)\\s*页\\s*/\\s*共\\s*(\\d+)\\s*页"));
    for (auto it = footer.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        QCOMPARE(match.captured(2).toInt(), pages);
        numbers.insert(match.captured(1).toInt());
    }
    QCOMPARE(int(numbers.size()), pages);
    for (int n = 1; n <= pages; ++n)
        QCOMPARE(int(numbers.count(n)), 1);

    // The contents point at the pages where the parts start.
    QCOMPARE(result.contents.size(), std::size_t(1 + 12));
    for (const auto &entry : result.contents) {
        QVERIFY2(squeezed(pdfText(out, entry.page)).contains(squeezed(entry.title)),
                 qPrintable(entry.title));
    }
    const QString contentsPage = squeezed(pdfText(out, 2));
    for (const auto &entry : result.contents)
        QVERIFY(contentsPage.contains(squeezed(entry.title)));

    // Fonts embedded, text drawn as text.
    const QString fonts = run(QStringLiteral("pdffonts"), {out});
    const QStringList rows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY(!rows.isEmpty());
    for (const QString &row : rows) {
        const QStringList columns = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY(columns.size() >= 5);
        QCOMPARE(columns.at(columns.size() - 5), QStringLiteral("yes")); // emb
        QCOMPARE(columns.at(columns.size() - 3), QStringLiteral("yes")); // uni: text maps back
    }
    // Searchable: 工 and 人 come out as the ideographs, not as the Kangxi radicals ⼯ and ⼈.
    QVERIFY(text.contains(QStringLiteral("政府工作报告")));
    QVERIFY(!text.contains(QChar(0x2F2F)));
    QVERIFY(text.contains(QStringLiteral("市发展改革委")));
    QVERIFY(text.contains(QStringLiteral("≥500 家")));
}

void TestPdfExport::areaSheetHoldsOnlyItsArea()
{
    if (!needPoppler())
        QSKIP("poppler-utils not installed");
    auto store = storeWith(largePlan());
    QVERIFY(store);
    const QString out = path(QStringLiteral("area3.pdf"));
    const auto result = PdfExporter().exportPlan(*store, AsOf, ReportScope::forArea(3), out);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QString text = pdfText(out);
    const QRegularExpression code(QStringLiteral("\\b([AMGL]\\d+(?:\\.\\d+)*)\\b"));
    std::set<QString> found;
    for (auto it = code.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    std::set<QString> expected;
    for (const Indicator &ind : store->indicators()) {
        if (ind.code.startsWith(QLatin1String("A3.")))
            expected.insert(ind.code);
    }
    QCOMPARE(found, expected);
    QVERIFY(squeezed(text).contains(QStringLiteral("第3领域坚定推动高质量发展")));
    QVERIFY(!text.contains(QStringLiteral("第4领域")));
    QVERIFY(!text.contains(QStringLiteral("Contents")));
    QCOMPARE(pdfPages(out), result.pageCount);
}

void TestPdfExport::emptyAreaAndMissingDataRender()
{
    if (!needPoppler())
        QSKIP("poppler-utils not installed");
    auto store = storeWith(largePlan(1));
    QVERIFY(store);
    const QString empty = path(QStringLiteral("area9.pdf"));
    auto result = PdfExporter().exportPlan(*store, AsOf, ReportScope::forArea(9), empty);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.pageCount, 1);
    QVERIFY(pdfText(empty).contains(QStringLiteral("本部分未设定量化目标")));

    // M2 has no figure: a dash and "No data", never a crash or a zero.
    const QString main = path(QStringLiteral("main.pdf"));
    result =
        PdfExporter().exportPlan(*store, AsOf, ReportScope::forPart(ReportScope::Kind::Main), main);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QString text = pdfText(main);
    QVERIFY(text.contains(QStringLiteral("M2")));
    QVERIFY(text.contains(QStringLiteral("未填报")));
    QVERIFY(text.contains(QStringLiteral("—")));
}

void TestPdfExport::sheetsShowReportedShareAndGaps()
{
    if (!needPoppler())
        QSKIP("poppler-utils not installed");
    // A fresh file with two figures only: the sample plan's five indicators, two reported.
    PlanStore store;
    QString error;
    QVERIFY(store.open(path(QStringLiteral("reported.sqlite")), &error));
    QVERIFY(store.importPlan(test::samplePlan(), false, &error));
    auto add = [&](const QString &code, const QDate &date, double value) {
        Measurement m;
        m.indicatorId = store.indicatorByCode(code)->id;
        m.date = date;
        m.value = value;
        QVERIFY(store.addMeasurement(m, nullptr));
    };
    const QDate june(2024, 6, 30);
    add(QStringLiteral("M1"), june, 5.0);                   // ≈6 % growth, one point short
    add(QStringLiteral("A1.1.1"), QDate(2024, 3, 31), 100); // ≥500 家, two figures: a pace
    add(QStringLiteral("A1.1.1"), june, 250);
    const QString out = path(QStringLiteral("reported.pdf"));
    const auto result = PdfExporter().exportPlan(store, june, ReportScope::book(), out);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QString flat = squeezed(pdfText(out));
    // Cover and sheets: 填报率 beside the mean, the mean over reported share targets only
    // (A1.1.1's 50 %; M1's rate is no share).
    QVERIFY2(flat.contains(squeezed(QStringLiteral("已填报 2/5"))), qPrintable(flat.left(300)));
    QVERIFY(flat.contains(squeezed(QStringLiteral("已填报指标平均完成率 50%"))));
    QVERIFY(flat.contains(squeezed(QStringLiteral("已填报：1/2")))); // 主要预期目标's sheet
    // The growth row shows its gap in points, never 83 % of the rate.
    QVERIFY(flat.contains(squeezed(QStringLiteral("低1个百分点"))));
    QVERIFY(!flat.contains(QStringLiteral("83%")));
    // The count row shows its completion and where its pace ends the year.
    QVERIFY(flat.contains(squeezed(QStringLiteral("年底约 "))));
}

void TestPdfExport::labelsAreChineseByDefaultAndEnglishOnRequest()
{
    // The sheets default to Chinese from the embedded translation, with no translator
    // installed; English is there when asked for.
    const ReportLabels chinese;
    QCOMPARE(chinese.text(QT_TRANSLATE_NOOP("ProgressReport", "As of %1")).arg(chinese.date(AsOf)),
             QStringLiteral("截至 2024年6月30日"));
    QCOMPARE(chinese.text(QT_TRANSLATE_NOOP("ProgressReport", "Page %1 of %2")).arg(3).arg(12),
             QStringLiteral("第 3 页 / 共 12 页"));
    const ReportLabels english(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(english.text(QT_TRANSLATE_NOOP("ProgressReport", "As of %1")).arg(english.date(AsOf)),
             QStringLiteral("As of 30 Jun 2024"));
    QCOMPARE(english.text(QT_TRANSLATE_NOOP("ProgressReport", "Page %1 of %2")).arg(3).arg(12),
             QStringLiteral("Page 3 of 12"));
    QCOMPARE(ReportLabels::percent(0.634), QStringLiteral("63%"));
    QCOMPARE(ReportLabels::defaultLanguage().language(), QLocale::Chinese);
    if (!needPoppler())
        return;
    auto store = storeWith(test::samplePlan());
    const QString out = path(QStringLiteral("main.pdf"));
    QVERIFY(PdfExporter().exportPlan(*store, AsOf, ReportScope::forArea(1), out).ok);
    QVERIFY(pdfText(out).contains(QStringLiteral("截至 2024年6月30日")));
    ReportRenderer::Options options;
    options.language = QLocale(QLocale::English, QLocale::UnitedKingdom);
    const QString englishOut = path(QStringLiteral("main-en.pdf"));
    QVERIFY(PdfExporter(options).exportPlan(*store, AsOf, ReportScope::forArea(1), englishOut).ok);
    QVERIFY(pdfText(englishOut).contains(QStringLiteral("As of 30 Jun 2024")));
}

void TestPdfExport::labelsFollowAnInstalledTranslator()
{
    // Once the app installs a zh_CN translator, the sheets print Chinese labels and dates.
    QString lrelease = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lrelease");
    if (!QFile::exists(lrelease))
        lrelease = QStandardPaths::findExecutable(QStringLiteral("lrelease"));
    if (lrelease.isEmpty() || !QFile::exists(lrelease))
        QSKIP("lrelease not installed");
    const QString ts = path(QStringLiteral("sheets_zh_CN.ts"));
    test::writeFile(ts, R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="zh_CN"><context><name>ProgressReport</name>
<message><source>Page %1 of %2</source><translation>第 %1 页 / 共 %2 页</translation></message>
<message><source>As of %1</source><translation>截至 %1</translation></message>
<message><source>d MMM yyyy</source><comment>QDate::toString format of dates on the sheets</comment><translation>yyyy年M月d日</translation></message>
</context><context><name>Status</name>
<message><source>No data</source><translation>未填报</translation></message>
</context></TS>)");
    const QString qm = path(QStringLiteral("sheets_zh_CN.qm"));
    QProcess::execute(lrelease, {QStringLiteral("-silent"), ts, QStringLiteral("-qm"), qm});
    QTranslator translator;
    QVERIFY(translator.load(qm));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const ReportLabels labels;
    const QString asOf =
        labels.text(QT_TRANSLATE_NOOP("ProgressReport", "As of %1")).arg(labels.date(AsOf));
    const QString status = labels.status(Status::NoData);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(asOf, QStringLiteral("截至 2024年6月30日"));
    QCOMPARE(status, QStringLiteral("未填报"));
    // An English sheet stays English whatever the window's language.
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const ReportLabels english(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString page = english.text(QT_TRANSLATE_NOOP("ProgressReport", "Page %1 of %2"));
    if (!needPoppler()) {
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(page, QStringLiteral("Page %1 of %2"));
        return;
    }
    auto store = storeWith(test::samplePlan());
    const QString out = path(QStringLiteral("zh.pdf"));
    const auto result = PdfExporter().exportPlan(*store, AsOf, ReportScope::forArea(1), out);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(page, QStringLiteral("Page %1 of %2"));
    QVERIFY2(result.ok, qPrintable(result.error));
    const QString text = pdfText(out);
    QVERIFY2(text.contains(QStringLiteral("截至 2024年6月30日")), qPrintable(text));
    // (pdftotext drops the narrow spaces around CJK text.)
    QVERIFY(squeezed(text).contains(QStringLiteral("第1页/共1页")));
}

void TestPdfExport::unwritablePathsLeaveNoFile_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("missing folder") << QStringLiteral("/nonexistent-dir/x.pdf");
    QTest::newRow("a folder") << QStringLiteral("folder");
}

void TestPdfExport::unwritablePathsLeaveNoFile()
{
    QFETCH(QString, target);
    auto store = storeWith(test::samplePlan());
    QVERIFY(store);
    QDir(m_dir->path()).mkdir(QStringLiteral("folder"));
    if (!target.startsWith(QLatin1Char('/')))
        target = path(target);
    const QStringList before =
        QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    const auto result = PdfExporter().exportPlan(*store, AsOf, ReportScope::book(), target);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(target)), qPrintable(result.error));
    QVERIFY(!result.error.contains(QLatin1Char('\n')));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
    QVERIFY(QDir(path(QStringLiteral("folder"))).isEmpty());
    QVERIFY(!QFile::exists(QStringLiteral("/nonexistent-dir")));
}

void TestPdfExport::progressAndCancel()
{
    auto store = storeWith(largePlan(2));
    QVERIFY(store);
    const QString out = path(QStringLiteral("book.pdf"));
    int lastDone = -1;
    int lastTotal = 0;
    bool monotonic = true;
    auto result =
        PdfExporter().exportPlan(*store, AsOf, ReportScope::book(), out, [&](int done, int total) {
            monotonic = monotonic && done >= lastDone && done <= total;
            lastDone = done;
            lastTotal = total;
            return true;
        });
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(monotonic);
    QCOMPARE(lastDone, lastTotal);
    QVERIFY(QFile::exists(out));

    // Cancelling in layout or in painting leaves the earlier file as it was, and no other.
    const QByteArray earlier = test::readFile(out);
    for (int stopAt : {1, lastTotal - 2}) {
        result = PdfExporter().exportPlan(*store, AsOf, ReportScope::book(), out,
                                          [&](int done, int) { return done < stopAt; });
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QCOMPARE(test::readFile(out), earlier);
        QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.pdf*")}, QDir::Files),
                 QStringList{QStringLiteral("book.pdf")});
    }
    const QString fresh = path(QStringLiteral("fresh.pdf"));
    result = PdfExporter().exportPlan(*store, AsOf, ReportScope::book(), fresh,
                                      [](int done, int) { return done < 3; });
    QVERIFY(result.cancelled);
    QVERIFY(!QFile::exists(fresh));
}

void TestPdfExport::rendersOnAnyPagedDevice()
{
    // The renderer only needs a QPagedPaintDevice: here a PDF writer on a buffer.
    auto store = storeWith(test::samplePlan());
    QVERIFY(store);
    QString error;
    const auto book = ReportBuilder::build(*store, AsOf, ReportScope::book(), &error);
    QVERIFY(book);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ReportRenderer::Result result;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        result = ReportRenderer().render(*book, &writer);
    }
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.pageCount, 3 + 3); // cover, contents, summary, three parts
    QVERIFY(buffer.data().startsWith("%PDF"));
}

void TestPdfExport::commandLine()
{
    const QString db = path(QStringLiteral("cli.sqlite"));
    {
        PlanStore store;
        QVERIFY(store.open(db, nullptr));
        QVERIFY(store.importPlan(test::samplePlan(), false, nullptr));
    }
    const QString out = path(QStringLiteral("cli.pdf"));
    auto run = [](QStringList args) {
        args.prepend(QStringLiteral("progress-dashboard"));
        return CommandLine().run(args);
    };
    QVERIFY(CommandLine::isCommand({QStringLiteral("x"), QStringLiteral("export-pdf")}));
    QCOMPARE(run({QStringLiteral("export-pdf"), QStringLiteral("--db"), db}), 2); // no --out
    QCOMPARE(run({QStringLiteral("export-pdf"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                  out, QStringLiteral("--area"), QStringLiteral("1"), QStringLiteral("--part"),
                  QStringLiteral("main")}),
             2);
    QCOMPARE(run({QStringLiteral("export-pdf"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                  out, QStringLiteral("--part"), QStringLiteral("other")}),
             2);
    QCOMPARE(run({QStringLiteral("export-pdf"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                  out, QStringLiteral("--as-of"), QStringLiteral("30/6/2024")}),
             2);
    QCOMPARE(run({QStringLiteral("export-pdf"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                  out, QStringLiteral("--area"), QStringLiteral("7")}),
             1);
    QVERIFY(!QFile::exists(out));
    QCOMPARE(run({QStringLiteral("export-pdf"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                  QStringLiteral("/nonexistent-dir/x.pdf")}),
             1);

    QCOMPARE(run({QStringLiteral("export-pdf"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                  out, QStringLiteral("--as-of"), QStringLiteral("2024-06-30")}),
             0);
    QVERIFY(test::readFile(out).startsWith("%PDF"));
    const QString area = path(QStringLiteral("cli-area.pdf"));
    QCOMPARE(run({QStringLiteral("export-pdf"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                  area, QStringLiteral("--area"), QStringLiteral("1")}),
             0);
    const QString live = path(QStringLiteral("cli-live.pdf"));
    QCOMPARE(run({QStringLiteral("export-pdf"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                  live, QStringLiteral("--part"), QStringLiteral("livelihood")}),
             0);
    if (needPoppler()) {
        QVERIFY(pdfText(area).contains(QStringLiteral("A1.1.1")));
        QVERIFY(!pdfText(area).contains(QStringLiteral("L1.1")));
        QVERIFY(pdfText(live).contains(QStringLiteral("L1.1")));
        QVERIFY(pdfText(out).contains(QStringLiteral("截至 2024年6月30日")));
    }
}

void TestPdfExport::builtinPlanRendersWholeBook()
{
    PlanStore store;
    QString error;
    QVERIFY(store.open(path(QStringLiteral("builtin.sqlite")), &error));
    if (!BuiltinPlan::installIfEmpty(store, &error) || store.indicators().empty())
        QSKIP(qPrintable(QStringLiteral("the built-in plan cannot be installed yet: ") + error));
    const QString out = path(QStringLiteral("builtin.pdf"));
    QElapsedTimer timer;
    timer.start();
    const auto result = PdfExporter().exportPlan(store, AsOf, ReportScope::book(), out);
    QVERIFY2(result.ok, qPrintable(result.error));
    qInfo("built-in plan: %d indicators, %d pages in %lld ms", int(store.indicators().size()),
          result.pageCount, timer.elapsed());
    if (!needPoppler())
        return;
    QCOMPARE(pdfPages(out), result.pageCount);
    const QString text = pdfText(out);
    for (const Indicator &ind : store.indicators())
        QVERIFY2(text.contains(ind.code), qPrintable(ind.code));
    const QString flat = squeezed(text);
    for (const PlanNode &node : store.nodes()) {
        if (node.kind == NodeKind::Area)
            QVERIFY2(flat.contains(squeezed(node.title)), qPrintable(node.title));
    }
}

void TestPdfExport::chartListsUnreportedOnOneLine()
{
    if (!needPoppler())
        QSKIP("poppler-utils not installed");
    // Livelihood with figures for two of twelve projects: two chart rows and one line naming
    // the other ten, not ten empty rows reading 未填报.
    PlanStore store;
    QString error;
    QVERIFY(store.open(path(QStringLiteral("live.sqlite")), &error));
    QVERIFY(store.importPlan(largePlan(1), false, &error));
    for (const QString &code : {QStringLiteral("L2.1"), QStringLiteral("L7.1")}) {
        Measurement m;
        m.indicatorId = store.indicatorByCode(code)->id;
        m.date = QDate(2024, 6, 1);
        m.value = 20;
        QVERIFY(store.addMeasurement(m, &error));
    }
    const QString out = path(QStringLiteral("live.pdf"));
    const auto result = PdfExporter().exportPlan(
        store, AsOf, ReportScope::forPart(ReportScope::Kind::Livelihood), out);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QString text = pdfText(out);
    const QString chart = after(text, QStringLiteral("各指标完成率"));
    QVERIFY2(!chart.isEmpty(), qPrintable(text));
    // The reported two have their rows: code and name.
    QVERIFY(squeezed(chart).contains(QStringLiteral("L2.1改造老旧小区")));
    QVERIFY(squeezed(chart).contains(QStringLiteral("L7.1改造老旧小区")));
    // The ten others: on one line with their count, never as a row of their own.
    const QString flat = squeezed(chart);
    QVERIFY2(flat.contains(QStringLiteral("(10)")) || flat.contains(QStringLiteral("10项")),
             qPrintable(chart));
    for (int project = 1; project <= 12; ++project) {
        if (project == 2 || project == 7)
            continue;
        const QString code = QStringLiteral("L%1.1").arg(project);
        QVERIFY2(codesIn(chart).count(code), qPrintable(code));
        QVERIFY2(!flat.contains(code + QStringLiteral("改造老旧小区")), qPrintable(code));
    }
    // 未填报: in the legend and on that line only (was once per empty row).
    QCOMPARE(chart.count(QStringLiteral("未填报")), 2);

    // With nothing reported there is no axis and no row at all, only the line.
    PlanStore empty;
    QVERIFY(empty.open(path(QStringLiteral("empty.sqlite")), &error));
    QVERIFY(empty.importPlan(largePlan(1), false, &error));
    const QString none = path(QStringLiteral("none.pdf"));
    QVERIFY(PdfExporter()
                .exportPlan(empty, AsOf, ReportScope::forPart(ReportScope::Kind::Livelihood), none)
                .ok);
    const QString noneChart = after(pdfText(none), QStringLiteral("各指标完成率"));
    QVERIFY(squeezed(noneChart).contains(QStringLiteral("(12)")) ||
            squeezed(noneChart).contains(QStringLiteral("12项")));
    QVERIFY(!noneChart.contains(QStringLiteral("50%")));
    QVERIFY(!squeezed(noneChart).contains(QStringLiteral("L1.1改造老旧小区")));
}

void TestPdfExport::emptyColumnsAreDropped()
{
    if (!needPoppler())
        QSKIP("poppler-utils not installed");
    PlanStore store;
    QString error;
    QVERIFY(store.open(path(QStringLiteral("columns.sqlite")), &error));
    QVERIFY(store.importPlan(test::samplePlan(), false, &error));
    const QString bare = path(QStringLiteral("bare.pdf"));
    QVERIFY(PdfExporter().exportPlan(store, AsOf, ReportScope::forArea(1), bare).ok);
    QString text = pdfText(bare);
    QVERIFY(text.contains(QStringLiteral("新引进首店")));
    QVERIFY(text.contains(QStringLiteral("完成率")));
    QVERIFY2(!text.contains(QStringLiteral("责任单位")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("备注")));

    // One row with a lead unit brings the column back; notes still empty, still dropped.
    const qint64 id = store.indicatorByCode(QStringLiteral("A1.1.2"))->id;
    QVERIFY(store.setIndicatorField(id, IndicatorField::LeadUnit, QStringLiteral("市政务服务办"),
                                    &error));
    const QString lead = path(QStringLiteral("lead.pdf"));
    QVERIFY(PdfExporter().exportPlan(store, AsOf, ReportScope::forArea(1), lead).ok);
    text = pdfText(lead);
    QVERIFY(text.contains(QStringLiteral("责任单位")));
    QVERIFY(text.contains(QStringLiteral("市政务服务办")));
    QVERIFY(!text.contains(QStringLiteral("备注")));

    // A figure's note fills 备注.
    Measurement m;
    m.indicatorId = id;
    m.date = QDate(2024, 6, 1);
    m.value = 92;
    m.note = QStringLiteral("系统升级中");
    QVERIFY(store.addMeasurement(m, &error));
    const QString notes = path(QStringLiteral("notes.pdf"));
    QVERIFY(PdfExporter().exportPlan(store, AsOf, ReportScope::forArea(1), notes).ok);
    text = pdfText(notes);
    QVERIFY(text.contains(QStringLiteral("备注")));
    QVERIFY(text.contains(QStringLiteral("系统升级中")));
    // The other parts' tables have neither.
    const QString main = path(QStringLiteral("main.pdf"));
    QVERIFY(PdfExporter()
                .exportPlan(store, AsOf, ReportScope::forPart(ReportScope::Kind::Main), main)
                .ok);
    QVERIFY(!pdfText(main).contains(QStringLiteral("责任单位")));
}

void TestPdfExport::unitScopeAndRoundTexts()
{
    if (!needPoppler())
        QSKIP("poppler-utils not installed");
    PlanStore store;
    QString error;
    QVERIFY(store.open(path(QStringLiteral("unit.sqlite")), &error));
    QVERIFY(store.importPlan(test::samplePlan(), false, &error));
    const qint64 shops = store.indicatorByCode(QStringLiteral("A1.1.1"))->id;
    QVERIFY(store.setIndicatorField(shops, IndicatorField::LeadUnit, QStringLiteral("市商务局"),
                                    &error));
    QVERIFY(store.setIndicatorField(store.indicatorByCode(QStringLiteral("L1.1"))->id,
                                    IndicatorField::LeadUnit, QStringLiteral("市商务局"), &error));
    Measurement m;
    m.indicatorId = shops;
    m.date = QDate(2024, 5, 31);
    m.value = 260;
    m.progress = QStringLiteral("新引进首店260家");
    m.problems = QStringLiteral("高能级首店偏少");
    m.nextSteps = QStringLiteral("举办首店经济推介会");
    QVERIFY(store.addMeasurement(m, &error));

    // The unit's book: its two indicators in their parts, nobody else's, its own tally.
    const QString book = path(QStringLiteral("unit-book.pdf"));
    QVERIFY(
        PdfExporter()
            .exportPlan(store, AsOf, ReportScope::book().forUnit(QStringLiteral("市商务局")), book)
            .ok);
    const std::set<QString> codes = codesIn(pdfText(book));
    QVERIFY2(codes.count(QStringLiteral("A1.1.1")) && codes.count(QStringLiteral("L1.1")),
             qPrintable(pdfText(book)));
    QVERIFY(!codes.count(QStringLiteral("A1.1.2")));
    QVERIFY(!codes.count(QStringLiteral("M1")));
    // The latest round's three texts, each after its label, whole.
    const QString text = squeezed(pdfText(book));
    QVERIFY2(text.contains(squeezed(QStringLiteral("本期进展"))), qPrintable(text));
    QVERIFY(text.contains(squeezed(QStringLiteral("进展情况：新引进首店260家"))));
    QVERIFY(text.contains(squeezed(QStringLiteral("存在问题：高能级首店偏少"))));
    QVERIFY(text.contains(squeezed(QStringLiteral("下步打算：举办首店经济推介会"))));

    // A unit leading nothing in the part asked for: refused with its name.
    const ReportRenderer::Result none = PdfExporter().exportPlan(
        store, AsOf,
        ReportScope::forPart(ReportScope::Kind::Main).forUnit(QStringLiteral("市商务局")),
        path(QStringLiteral("none.pdf")));
    QVERIFY(!none.ok);
    QVERIFY2(none.error.contains(QStringLiteral("市商务局")), qPrintable(none.error));
    QVERIFY(!QFile::exists(path(QStringLiteral("none.pdf"))));
}

void TestPdfExport::headingsLeaveNoLoneCharacter()
{
    QPdfWriter writer(path(QStringLiteral("probe.pdf")));
    writer.setResolution(1200);
    writer.setPageSize(QPageSize(QPageSize::A4));
    ReportCanvas canvas(&writer);
    const QFont font = canvas.font(16, true);
    const double width = canvas.body().width();
    // A title one character past a full line: set plainly it leaves that character alone.
    QString title = QStringLiteral("（一）坚定不移推动经济稳中有进，加快实现质的有效提升");
    while (canvas.wrappedLines(font, width, title).size() < 2)
        title += QStringLiteral("和量的合理增长");
    while (canvas.wrappedLines(font, width, title).constLast().size() > 1)
        title.chop(1);
    QCOMPARE(canvas.wrappedLines(font, width, title).size(), 2);
    const ReportCanvas::Fitted set = canvas.fitted(font, width, title);
    const QStringList lines = canvas.wrappedLines(set.font, width, set.text);
    QVERIFY2(lines.constLast().trimmed().size() > 1, qPrintable(lines.join(QLatin1Char('|'))));
    QCOMPARE(QString(set.text).remove(QLatin1Char('\n')), title); // nothing lost or added
    QVERIFY(set.font.pointSizeF() >= 16 * 0.88);
    // A title that fits on one line is left alone.
    const ReportCanvas::Fitted shortTitle = canvas.fitted(font, width, QStringLiteral("汇总"));
    QCOMPARE(shortTitle.text, QStringLiteral("汇总"));
    QCOMPARE(shortTitle.font.pointSizeF(), 16.0);

    if (!needPoppler())
        return;
    // On the sheet: the area's title on its page, and no line of it holding only its last
    // character (the heading's own line, and the table's heading row for its section).
    ParsedPlan plan = test::samplePlan();
    plan.nodes[1].title = title.mid(3);
    plan.nodes[2].title = title.mid(3);
    PlanStore store;
    QString error;
    QVERIFY(store.open(path(QStringLiteral("lone.sqlite")), &error));
    QVERIFY(store.importPlan(plan, false, &error));
    const QString out = path(QStringLiteral("lone.pdf"));
    QVERIFY(PdfExporter().exportPlan(store, AsOf, ReportScope::forArea(1), out).ok);
    const QString text = pdfText(out);
    QVERIFY(squeezed(text).contains(squeezed(title.mid(3))));
    const QString last = title.right(1);
    for (const QString &line : text.split(QLatin1Char('\n')))
        QVERIFY2(line.trimmed() != last, qPrintable(text));
}

void TestPdfExport::contentsListEveryPart()
{
    if (!needPoppler())
        QSKIP("poppler-utils not installed");
    // The self-building part without a single target: in the contents, saying so.
    ParsedPlan plan = largePlan(1);
    plan.indicators.erase(std::remove_if(plan.indicators.begin(), plan.indicators.end(),
                                         [](const ParsedPlan::Item &item) {
                                             return item.indicator.code.startsWith(
                                                 QLatin1Char('G'));
                                         }),
                          plan.indicators.end());
    auto store = storeWith(plan);
    QVERIFY(store);
    const QString out = path(QStringLiteral("contents.pdf"));
    const auto result = PdfExporter().exportPlan(*store, AsOf, ReportScope::book(), out);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.contents.size(), std::size_t(1 + 1 + 9 + 1 + 1));
    const auto government =
        std::find_if(result.contents.begin(), result.contents.end(), [](const auto &entry) {
            return entry.title == QStringLiteral("全面加强政府自身建设");
        });
    QVERIFY(government != result.contents.end());
    QVERIFY(government->page > 0);
    QVERIFY(!government->note.isEmpty());
    const QString contents = squeezed(pdfText(out, 2));
    QVERIFY2(contents.contains(QStringLiteral("全面加强政府自身建设")), qPrintable(contents));
    QVERIFY(contents.contains(QStringLiteral("本部分未设定量化目标")));
    QVERIFY(
        squeezed(pdfText(out, government->page)).contains(QStringLiteral("本部分未设定量化目标")));
    // Every part, each title whole: no "…" anywhere in the contents.
    for (const ParsedPlan::Node &node : plan.nodes) {
        if (node.kind == NodeKind::Area || node.kind == NodeKind::MainTargets ||
            node.kind == NodeKind::Livelihood || node.kind == NodeKind::Government)
            QVERIFY2(contents.contains(squeezed(node.title)), qPrintable(node.title));
    }
    QVERIFY(!contents.contains(QChar(0x2026)));
}

void TestPdfExport::indicatorScopeHoldsOnlyIt()
{
    if (!needPoppler())
        QSKIP("poppler-utils not installed");
    auto store = storeWith(largePlan());
    QVERIFY(store);
    QString error;
    const auto book = ReportBuilder::build(
        *store, AsOf, ReportScope::forIndicator(QStringLiteral("A3.2.2")), &error);
    QVERIFY2(book, qPrintable(error));
    QCOMPARE(book->sections.size(), std::size_t(1));
    QCOMPARE(book->sections[0].number, 3);
    QCOMPARE(book->total.indicators, 1);
    QCOMPARE(book->sections[0].shown, 1);
    const QString out = path(QStringLiteral("one.pdf"));
    const auto result = PdfExporter().exportBook(*book, out);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.pageCount, 1);
    const QString text = pdfText(out);
    // (The sample snippets end in the target: "…A3.2.2200个".)
    const std::set<QString> codes =
        codesIn(QString(text).remove(book->sections[0].lines.back().indicator.snippet));
    QStringList list(codes.begin(), codes.end());
    QVERIFY2((codes == std::set<QString>{QStringLiteral("A3.2.2")}),
             qPrintable(list.join(QLatin1Char(' '))));
    const QString flat = squeezed(text);
    QVERIFY(flat.contains(squeezed(book->sections[0].lines.back().indicator.name)));
    QVERIFY(flat.contains(QStringLiteral("第3领域坚定推动高质量发展")));
    QVERIFY(flat.contains(QStringLiteral("加快建设第2项重点任务"))); // its section's heading
    QVERIFY(!flat.contains(QStringLiteral("加快建设第1项重点任务")));
    QVERIFY(flat.contains(squeezed(book->sections[0].lines.back().indicator.snippet)));
    // Its figure, dated, in the list of figures.
    QVERIFY(flat.contains(QStringLiteral("2024年5月31日")));

    QVERIFY(!ReportBuilder::build(*store, AsOf, ReportScope::forIndicator(QStringLiteral("Z9")),
                                  &error));
    QVERIFY2(error.contains(QStringLiteral("Z9")), qPrintable(error));
}

void TestPdfExport::behindScopeHoldsOnlyWhatIsBehind()
{
    if (!needPoppler())
        QSKIP("poppler-utils not installed");
    auto store = storeWith(largePlan(2));
    QVERIFY(store);
    QString error;
    const auto all = ReportBuilder::build(*store, AsOf, ReportScope::book(), &error);
    QVERIFY(all);
    std::set<QString> behind;
    std::set<QString> unreported;
    std::set<QString> others;
    for (const ReportSection &section : all->sections) {
        for (const ReportLine &line : section.lines) {
            if (line.type != ReportLine::Type::Indicator)
                continue;
            const Status status = line.evaluation.status;
            if (status == Status::SlightlyBehind || status == Status::Behind)
                behind.insert(line.indicator.code);
            else if (status == Status::NoData)
                unreported.insert(line.indicator.code);
            else
                others.insert(line.indicator.code);
        }
    }
    QVERIFY(!behind.empty());
    QVERIFY(!unreported.empty());
    QVERIFY(!others.empty());

    const QString out = path(QStringLiteral("behind.pdf"));
    auto result = PdfExporter().exportPlan(*store, AsOf, ReportScope::book().behind(), out);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(codesIn(pdfText(out)), behind);
    QCOMPARE(pdfPages(out), result.pageCount);
    // Every part still in the contents; those with nothing behind have no sheet.
    QCOMPARE(result.contents.size(), all->sections.size() + 1);
    for (const auto &entry : result.contents) {
        if (entry.page > 0)
            QVERIFY2(squeezed(pdfText(out, entry.page)).contains(squeezed(entry.title)),
                     qPrintable(entry.title));
    }
    const auto area9 =
        std::find_if(result.contents.begin(), result.contents.end(), [](const auto &entry) {
            return entry.title.contains(QStringLiteral("第9领域"));
        });
    QVERIFY(area9 != result.contents.end());
    QCOMPARE(area9->page, 0);
    QVERIFY(squeezed(pdfText(out, 2)).contains(squeezed(area9->title)));

    // With what has not reported.
    const QString withUnreported = path(QStringLiteral("behind-unreported.pdf"));
    result =
        PdfExporter().exportPlan(*store, AsOf, ReportScope::book().behind(true), withUnreported);
    QVERIFY2(result.ok, qPrintable(result.error));
    std::set<QString> both = behind;
    both.insert(unreported.begin(), unreported.end());
    const std::set<QString> printed = codesIn(pdfText(withUnreported));
    QStringList extra, missing;
    for (const QString &c : printed)
        if (!both.count(c))
            extra << c;
    for (const QString &c : both)
        if (!printed.count(c))
            missing << c;
    QVERIFY2(printed == both, qPrintable(extra.join(QLatin1Char(' ')) + QStringLiteral(" / ") +
                                         missing.join(QLatin1Char(' '))));

    // One area, behind only.
    const QString area = path(QStringLiteral("behind-area.pdf"));
    result = PdfExporter().exportPlan(*store, AsOf, ReportScope::forArea(3).behind(), area);
    QVERIFY2(result.ok, qPrintable(result.error));
    std::set<QString> area3;
    for (const QString &code : behind) {
        if (code.startsWith(QLatin1String("A3.")))
            area3.insert(code);
    }
    QVERIFY(!area3.empty());
    QCOMPARE(codesIn(pdfText(area)), area3);
}

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
