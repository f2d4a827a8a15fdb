#include "parse/ImportPreview.h"
#include "parse/ReportParser.h"
#include "TestSupport.h"

#include <QtTest>

using namespace pd;

namespace {

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

ParsedPlan parsed(const QString &text)
{
    ParsedPlan plan;
    QString error;
    if (!ReportParser().parse(text, &plan, &error))
        qWarning("%s", qPrintable(error));
    return plan;
}

ParsedPlan parsedFile(const QString &name)
{
    return parsed(QString::fromUtf8(test::readFile(test::dataPath(name))));
}

bool hasWarning(const ImportPreview &preview, ImportPreview::WarningKind kind)
{
    for (const ImportPreview::Warning &w : preview.warnings()) {
        if (w.kind == kind)
            return true;
    }
    return false;
}

} // namespace

class TestImportPreview : public QObject
{
    Q_OBJECT

private slots:
    void countsPerPart();
    void warnsOfWhatToCheck();
    void leftOutIndicatorsAreNotCreated();
    void builtInReportWarnsOfItsUnquantifiedMainTargetsOnly();
};

void TestImportPreview::countsPerPart()
{
    const ImportPreview preview(parsedFile(QStringLiteral("jiangxi-2025.txt")));
    const ImportPreview::Counts c = preview.counts();
    QCOMPARE(c.mainTargets, 8);
    QCOMPARE(c.areas, 9);
    QCOMPARE(c.governmentIndicators, 1);
    QCOMPARE(c.livelihoodProjects, 10);
    QCOMPARE(c.livelihoodIndicators, 0);
    QCOMPARE(c.indicators, int(preview.plan().indicators.size()));
    QCOMPARE(c.mainTargets + c.areaIndicators + c.governmentIndicators + c.livelihoodIndicators,
             c.indicators);
    const QStringList lines = preview.countLines();
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines[0], QStringLiteral("Main targets: 8"));
    QVERIFY2(lines[1].startsWith(QStringLiteral("Work areas: 9, with ")), qPrintable(lines[1]));
    QCOMPARE(lines[3], QStringLiteral("Livelihood projects: 10, with 0 indicator(s)"));
}

void TestImportPreview::warnsOfWhatToCheck()
{
    // 西藏: areas with no quantified target, and 民生实事 counted but not listed.
    const ImportPreview xizang(parsedFile(QStringLiteral("xizang-2025.txt")));
    QVERIFY(!hasWarning(xizang, ImportPreview::WarningKind::NoMainTargets));
    QVERIFY(hasWarning(xizang, ImportPreview::WarningKind::AreaWithoutTargets));
    QVERIFY(hasWarning(xizang, ImportPreview::WarningKind::NoLivelihoodList));
    int emptyAreas = 0;
    for (const ImportPreview::Warning &w : xizang.warnings()) {
        if (w.kind != ImportPreview::WarningKind::AreaWithoutTargets)
            continue;
        ++emptyAreas;
        QCOMPARE(xizang.plan().nodes[w.node].kind, NodeKind::Area);
        QVERIFY(w.text.contains(xizang.plan().nodes[w.node].title));
    }
    QCOMPARE(emptyAreas, 3); // (一) 维护稳定, (二) 稳预期, (九) 边境地区: no figure at all
    QCOMPARE(xizang.warningLines().size(), int(xizang.warnings().size()));

    // No main targets, a forecast and a past figure.
    const ImportPreview other(parsed(
        u8("2025年工作安排\n（一）稳就业。预计今年城镇新增就业超过1170万人，新增就业5万人。已建成"
           "5G基站3万个。\n（二）促消费。社会消费品零售总额增长5%以上。\n")));
    QVERIFY(hasWarning(other, ImportPreview::WarningKind::NoMainTargets));
    QVERIFY(hasWarning(other, ImportPreview::WarningKind::Forecast));
    QVERIFY(hasWarning(other, ImportPreview::WarningKind::PastFigure));
    QVERIFY(other.warningLines().join(u'\n').contains(u8("超过1170万人")));
}

void TestImportPreview::leftOutIndicatorsAreNotCreated()
{
    ImportPreview preview(parsedFile(QStringLiteral("xizang-2025.txt")));
    const int all = int(preview.plan().indicators.size());
    QCOMPARE(preview.plan().indicators[0].indicator.code, QStringLiteral("M1"));
    preview.setIncluded(0, false);
    preview.setIncluded(all - 1, false);
    preview.setIncluded(all + 5, false); // out of range: ignored
    QVERIFY(!preview.isIncluded(0));
    QVERIFY(preview.isIncluded(1));
    QCOMPARE(preview.counts().mainTargets, 7);
    QCOMPARE(preview.counts().indicators, all - 2);
    const ParsedPlan result = preview.result();
    QCOMPARE(int(result.indicators.size()), all - 2);
    QCOMPARE(result.nodes.size(), preview.plan().nodes.size());          // the tree stays whole
    QCOMPARE(result.indicators[0].indicator.code, QStringLiteral("M2")); // codes as shown
    preview.setIncluded(0, true);
    QCOMPARE(preview.result().indicators[0].indicator.code, QStringLiteral("M1"));

    // Leaving out every main target warns as having found none.
    for (int i = 0; i < all; ++i) {
        if (preview.plan().indicators[i].indicator.code.startsWith(u'M'))
            preview.setIncluded(i, false);
    }
    QVERIFY(hasWarning(preview, ImportPreview::WarningKind::NoMainTargets));
}

void TestImportPreview::builtInReportWarnsOfItsUnquantifiedMainTargetsOnly()
{
    const ImportPreview preview(parsed(test::builtinReportText()));
    QCOMPARE(preview.counts().mainTargets, 12);
    QCOMPARE(preview.counts().areas, 9);
    QCOMPARE(preview.counts().livelihoodProjects, 36);
    const std::vector<ImportPreview::Warning> warnings = preview.warnings();
    QCOMPARE(int(warnings.size()), 2);
    for (const ImportPreview::Warning &w : warnings)
        QCOMPARE(w.kind, ImportPreview::WarningKind::Unquantified);
    QVERIFY(warnings[0].text.endsWith(u8("居民收入稳步增长、城乡收入差距进一步缩小")));
    QVERIFY(warnings[1].text.endsWith(u8("做好第五次全国经济普查")));
}

QTEST_GUILESS_MAIN(TestImportPreview)
#include "tst_importpreview.moc"
