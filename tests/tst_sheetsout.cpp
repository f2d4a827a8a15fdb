// The sheets going out to the responsible units (export-xlsx, its --ledger) and the CSV
// (export-csv), read back from the files the real binary writes: the XLSX's own XML through
// unzip, and its cells through LibreOffice where it is installed.

#include "export/CsvExporter.h"
#include "export/XlsxSheets.h"
#include "store/PlanStore.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestSheetsOut : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void groupsByLeadUnit();
    void safeFileNames();
    void csvField_data();
    void csvField();
    void workbookHasASheetPerUnit();
    void fixedColumnsLockedInputsValidated();
    void printSetUp();
    void cellsReadBackThroughLibreOffice();
    void folderHasAWorkbookPerUnit();
    void oneUnitOnly();
    void roundNamedInTheTitle();
    void ledgerHasAColumnPerMonth();
    void csvBytes();
    void refusedOutputsMakeNothing();
    void helpForTheNewCommands();

private:
    struct Result
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Result run(QStringList arguments) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    /// One part of an XLSX (a zip) as text: xl/workbook.xml, xl/worksheets/sheet1.xml…
    static QString entry(const QString &xlsx, const QString &name);
    /// Every sheet of xlsx as CSV rows (LibreOffice), by sheet name; empty without soffice.
    QMap<QString, QList<QStringList>> cells(const QString &xlsx) const;

    QTemporaryDir m_dir;
    QString m_db;
    QString m_workbook;
};

namespace {

/// The sample plan with lead units: two on one unit, one on a unit whose name holds a slash,
/// one with none (未分配).
ParsedPlan plan()
{
    ParsedPlan plan = test::samplePlan();
    for (auto &item : plan.indicators) {
        if (item.indicator.code == QLatin1String("M1") ||
            item.indicator.code == QLatin1String("A1.1.1"))
            item.indicator.leadUnit = QStringLiteral("市统计局");
        else if (item.indicator.code == QLatin1String("M2"))
            item.indicator.leadUnit = QStringLiteral("市人社局");
        else if (item.indicator.code == QLatin1String("L1.1"))
            item.indicator.leadUnit = QStringLiteral("市公园城市局/市林业局");
    }
    return plan;
}

QStringList parseCsvLine(const QString &line)
{
    // Enough for LibreOffice's output: quoted fields, doubled quotes, no line breaks inside.
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"'))
                field += c, ++i;
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

/// The xf (cell format) index of cell ref in a sheet's XML, or -1.
int styleOf(const QString &sheetXml, const QString &ref)
{
    const QRegularExpression re(QStringLiteral("<c r=\"%1\" s=\"(\\d+)\"").arg(ref));
    const auto match = re.match(sheetXml);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

/// The cellXfs entries of styles.xml, each as its XML text.
QStringList cellFormats(const QString &stylesXml)
{
    const qsizetype start = stylesXml.indexOf(QLatin1String("<cellXfs"));
    const qsizetype end = stylesXml.indexOf(QLatin1String("</cellXfs>"));
    const QString part = stylesXml.mid(start, end - start);
    QStringList xfs;
    const QRegularExpression re(QStringLiteral("<xf [^>]*?(/>|>.*?</xf>)"),
                                QRegularExpression::DotMatchesEverythingOption);
    for (auto it = re.globalMatch(part); it.hasNext();)
        xfs << it.next().captured(0);
    return xfs;
}

} // namespace

void TestSheetsOut::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = path(QStringLiteral("plan.sqlite"));
    PlanStore store;
    QString error;
    QVERIFY2(store.open(m_db, &error), qPrintable(error));
    QVERIFY2(store.importPlan(plan(), false, &error), qPrintable(error));
    auto add = [&](const QString &code, const QDate &date, double value, const QString &note) {
        const auto ind = store.indicatorByCode(code);
        QVERIFY(ind);
        Measurement m;
        m.indicatorId = ind->id;
        m.date = date;
        m.value = value;
        m.note = note;
        QVERIFY2(store.addMeasurement(m, &error), qPrintable(error));
    };
    add(QStringLiteral("A1.1.1"), QDate(2024, 3, 31), 120, QStringLiteral("一季度"));
    add(QStringLiteral("A1.1.1"), QDate(2024, 5, 31), 260,
        QStringLiteral("含\"首店\"，另有1,2家在谈"));
    add(QStringLiteral("A1.1.1"), QDate(2024, 8, 31), 400, QString()); // after the as-of date
    add(QStringLiteral("M1"), QDate(2024, 6, 30), 6.2, QString());
    m_workbook = path(QStringLiteral("sheets.xlsx"));
    const Result result =
        run({QStringLiteral("export-xlsx"), QStringLiteral("--db"), m_db, QStringLiteral("--out"),
             m_workbook, QStringLiteral("--as-of"), QStringLiteral("2024-06-30")});
    QVERIFY2(result.code == 0, result.err.constData());
    QVERIFY(QFileInfo(m_workbook).isFile());
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QSKIP("unzip is not installed: the XLSX cannot be read back");
}

TestSheetsOut::Result TestSheetsOut::run(QStringList arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PD_BINARY), arguments);
    process.waitForFinished(60000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QString TestSheetsOut::entry(const QString &xlsx, const QString &name)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, name});
    unzip.waitForFinished(30000);
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

QMap<QString, QList<QStringList>> TestSheetsOut::cells(const QString &xlsx) const
{
    QMap<QString, QList<QStringList>> sheets;
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        return sheets;
    QTemporaryDir out;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), out.path()); // a profile of its own
    process.setProcessEnvironment(env);
    // UTF-8 (76), every sheet to a file of its own (-1): NAME-SHEET.csv.
    process.start(soffice, {QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                            QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,"
                                           "true,false,false,false,-1"),
                            QStringLiteral("--outdir"), out.path(), xlsx});
    process.waitForFinished(120000);
    const QString base = QFileInfo(xlsx).completeBaseName() + QLatin1Char('-');
    for (const QFileInfo &file : QDir(out.path()).entryInfoList({QStringLiteral("*.csv")})) {
        QString sheet = file.completeBaseName();
        if (sheet.startsWith(base))
            sheet = sheet.mid(base.size());
        QList<QStringList> rows;
        const QString text = QString::fromUtf8(test::readFile(file.filePath()));
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            rows << parseCsvLine(QString(line).remove(QLatin1Char('\r')));
        sheets.insert(sheet, rows);
    }
    return sheets;
}

void TestSheetsOut::groupsByLeadUnit()
{
    std::vector<Indicator> indicators;
    for (const auto &item : plan().indicators)
        indicators.push_back(item.indicator);
    const auto groups = XlsxSheets::groups(indicators);
    QCOMPARE(groups.size(), std::size_t(4));
    QCOMPARE(groups[0].unit, QStringLiteral("市统计局")); // first named, in report order
    QCOMPARE(groups[0].indicators.size(), std::size_t(2));
    QCOMPARE(groups[0].indicators[1].code, QStringLiteral("A1.1.1"));
    QCOMPARE(groups[1].unit, QStringLiteral("市人社局"));
    QCOMPARE(groups[3].unit, QStringLiteral("未分配")); // last
    QCOMPARE(groups[3].indicators.front().code, QStringLiteral("A1.1.2"));
    const auto one = XlsxSheets::groups(indicators, QStringLiteral("未分配"));
    QCOMPARE(one.size(), std::size_t(1));
    QCOMPARE(one[0].indicators.size(), std::size_t(1));
    QVERIFY(XlsxSheets::groups(indicators, QStringLiteral("市教育局")).empty());
}

void TestSheetsOut::safeFileNames()
{
    QCOMPARE(XlsxSheets::fileNameFor(QStringLiteral("市统计局")), QStringLiteral("市统计局.xlsx"));
    QCOMPARE(XlsxSheets::fileNameFor(QStringLiteral("市公园城市局/市林业局")),
             QStringLiteral("市公园城市局_市林业局.xlsx"));
    QCOMPARE(XlsxSheets::fileNameFor(QStringLiteral("../a:b*c?\"<>|")),
             QStringLiteral("_a_b_c_____.xlsx"));
    QCOMPARE(XlsxSheets::fileNameFor(QStringLiteral("  ")), QStringLiteral("未分配.xlsx"));
}

void TestSheetsOut::csvField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << QStringLiteral("新引进首店") << QStringLiteral("新引进首店");
    QTest::newRow("comma") << QStringLiteral("1,2") << QStringLiteral("\"1,2\"");
    QTest::newRow("quote") << QStringLiteral("含\"首店\"") << QStringLiteral("\"含\"\"首店\"\"\"");
    QTest::newRow("line") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
    QTest::newRow("empty") << QString() << QString();
}

void TestSheetsOut::csvField()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QCOMPARE(CsvExporter::field(text), written);
}

void TestSheetsOut::workbookHasASheetPerUnit()
{
    const QString workbook = entry(m_workbook, QStringLiteral("xl/workbook.xml"));
    QStringList names;
    const QRegularExpression sheet(QStringLiteral("<sheet name=\"([^\"]+)\""));
    for (auto it = sheet.globalMatch(workbook); it.hasNext();)
        names << it.next().captured(1);
    QCOMPARE(names,
             (QStringList{QStringLiteral("市统计局"), QStringLiteral("市人社局"),
                          QStringLiteral("市公园城市局_市林业局"), QStringLiteral("未分配")}));
    const QString strings = entry(m_workbook, QStringLiteral("xl/sharedStrings.xml"));
    for (const char *header : {"编码", "指标", "目标", "单位", "上次数值", "上次日期", "本期数值",
                               "截至日期", "进展情况", "存在问题", "下步打算"})
        QVERIFY2(strings.contains(QStringLiteral("<t>%1</t>").arg(QString::fromUtf8(header))),
                 header);
    QVERIFY(strings.contains(
        QStringLiteral("牵头单位：市统计局　　填报轮次：2024-06　　截至日期：2024-06-30")));
    QVERIFY(strings.contains(QStringLiteral("<t>A1.1.1</t>")));
    QVERIFY(strings.contains(QStringLiteral("<t>≥500</t>")));
    QVERIFY(strings.contains(QStringLiteral("<t>≈6</t>")));
    QVERIFY(strings.contains(QStringLiteral("<t>新建天府绿道</t>")));
    // The latest figure at the as-of date (260 of 2024-05-31, not the August one), as a number
    // and the date as a date (serial 45443).
    const QString first = entry(m_workbook, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY2(first.contains(QRegularExpression(QStringLiteral("<c r=\"E4\"[^>]*><v>260</v>"))),
             qPrintable(first.left(3000)));
    QVERIFY(first.contains(QRegularExpression(QStringLiteral("<c r=\"F4\"[^>]*><v>45443</v>"))));
    QVERIFY(first.contains(QRegularExpression(QStringLiteral("<c r=\"E3\"[^>]*><v>6.2</v>"))));
    QVERIFY(!first.contains(QLatin1String("<v>400</v>")));
}

void TestSheetsOut::fixedColumnsLockedInputsValidated()
{
    const QString sheet = entry(m_workbook, QStringLiteral("xl/worksheets/sheet1.xml"));
    const QStringList xfs = cellFormats(entry(m_workbook, QStringLiteral("xl/styles.xml")));
    QVERIFY(xfs.size() > 3);
    QVERIFY(sheet.contains(QLatin1String("<sheetProtection")));
    // Fixed columns A–F locked (no locked="0") and shaded; input columns G–K unlocked.
    for (const char *column : {"A", "B", "C", "D", "E", "F"}) {
        const int s = styleOf(sheet, QStringLiteral("%1%2").arg(QLatin1String(column)).arg(4));
        QVERIFY2(s > 0 && s < xfs.size(), column);
        QVERIFY2(!xfs.at(s).contains(QLatin1String("locked=\"0\"")), column);
        QVERIFY2(xfs.at(s).contains(QLatin1String("fillId=\"")) &&
                     !xfs.at(s).contains(QLatin1String("fillId=\"0\"")),
                 column);
    }
    for (const char *column : {"G", "H", "I", "J", "K"}) {
        const int s = styleOf(sheet, QStringLiteral("%1%2").arg(QLatin1String(column)).arg(4));
        QVERIFY2(s > 0 && s < xfs.size(), column);
        QVERIFY2(xfs.at(s).contains(QLatin1String("locked=\"0\"")), column);
    }
    // A decimal for the figure and a date of 2024 (serials 45292…45657) for the date.
    QVERIFY2(sheet.contains(QRegularExpression(
                 QStringLiteral("<dataValidation type=\"decimal\"[^>]*sqref=\"G3:G4\""))),
             qPrintable(sheet));
    const QRegularExpression date(
        QStringLiteral("<dataValidation type=\"date\"[^>]*sqref=\"H3:H4\">"
                       "<formula1>45292</formula1><formula2>45657</formula2>"));
    QVERIFY(sheet.contains(date));
    QVERIFY(sheet.contains(QLatin1String("<pane xSplit=\"2\" ySplit=\"2\"")));
    QVERIFY(sheet.contains(QLatin1String("<mergeCell ref=\"A1:K1\"")));
}

void TestSheetsOut::printSetUp()
{
    const QString sheet = entry(m_workbook, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(sheet.contains(QLatin1String("<pageSetUpPr fitToPage=\"1\"")));
    const QString setup =
        QRegularExpression(QStringLiteral("<pageSetup [^>]*>")).match(sheet).captured(0);
    QVERIFY2(setup.contains(QLatin1String("paperSize=\"9\"")), qPrintable(setup)); // A4
    QVERIFY(setup.contains(QLatin1String("orientation=\"landscape\"")));
    QVERIFY(setup.contains(QLatin1String("fitToHeight=\"0\""))); // one page wide, any tall
    const QString workbook = entry(m_workbook, QStringLiteral("xl/workbook.xml"));
    // Title and header row on every page of every sheet.
    QVERIFY(workbook.contains(QStringLiteral("<definedName name=\"_xlnm.Print_Titles\" "
                                             "localSheetId=\"0\">'市统计局'!$1:$2</definedName>")));
    QCOMPARE(workbook.count(QLatin1String("_xlnm.Print_Titles")), 4);
    const QRegularExpression widths(QStringLiteral("<col min=\"2\" max=\"2\" width=\"([0-9.]+)\""));
    QVERIFY(widths.match(sheet).captured(1).toDouble() > 30);
}

void TestSheetsOut::cellsReadBackThroughLibreOffice()
{
    const auto sheets = cells(m_workbook);
    if (sheets.isEmpty())
        QSKIP("LibreOffice (soffice) is not installed: install libreoffice-calc-nogui to read "
              "the cells back");
    QCOMPARE(sheets.size(), 4);
    const QList<QStringList> unit = sheets.value(QStringLiteral("市统计局"));
    QCOMPARE(unit.size(), 4);
    QCOMPARE(unit[0].value(0),
             QStringLiteral("牵头单位：市统计局　　填报轮次：2024-06　　截至日期：2024-06-30"));
    QCOMPARE(unit[1],
             (QStringList{QStringLiteral("编码"), QStringLiteral("指标"), QStringLiteral("目标"),
                          QStringLiteral("单位"), QStringLiteral("上次数值"),
                          QStringLiteral("上次日期"), QStringLiteral("本期数值"),
                          QStringLiteral("截至日期"), QStringLiteral("进展情况"),
                          QStringLiteral("存在问题"), QStringLiteral("下步打算")}));
    QCOMPARE(unit[2].mid(0, 6), (QStringList{QStringLiteral("M1"), QStringLiteral("地区生产总值"),
                                             QStringLiteral("≈6"), QStringLiteral("%"),
                                             QStringLiteral("6.2"), QStringLiteral("2024-06-30")}));
    QCOMPARE(unit[3].mid(0, 6), (QStringList{QStringLiteral("A1.1.1"), QStringLiteral("新引进首店"),
                                             QStringLiteral("≥500"), QStringLiteral("家"),
                                             QStringLiteral("260"), QStringLiteral("2024-05-31")}));
    const QList<QStringList> none = sheets.value(QStringLiteral("未分配"));
    QCOMPARE(none.size(), 3);
    QCOMPARE(none[2].value(0), QStringLiteral("A1.1.2"));
    QCOMPARE(none[2].value(4), QString()); // no figure yet
}

void TestSheetsOut::folderHasAWorkbookPerUnit()
{
    const QString folder = path(QStringLiteral("units")); // made by the export
    const Result result =
        run({QStringLiteral("export-xlsx"), QStringLiteral("--db"), m_db, QStringLiteral("--out"),
             folder, QStringLiteral("--as-of"), QStringLiteral("2024-06-30")});
    QVERIFY2(result.code == 0, result.err.constData());
    QStringList files = QDir(folder).entryList(QDir::Files);
    files.sort();
    QStringList expected{QStringLiteral("市人社局.xlsx"),
                         QStringLiteral("市公园城市局_市林业局.xlsx"),
                         QStringLiteral("市统计局.xlsx"), QStringLiteral("未分配.xlsx")};
    expected.sort();
    QCOMPARE(files, expected);
    QCOMPARE(QString::fromUtf8(result.out).count(QLatin1String("Wrote ")), 4);
    const QString workbook = entry(QDir(folder).filePath(QStringLiteral("未分配.xlsx")),
                                   QStringLiteral("xl/workbook.xml"));
    QVERIFY(workbook.contains(QStringLiteral("<sheet name=\"未分配\"")));
    QCOMPARE(workbook.count(QLatin1String("<sheet ")), 1);
    const QString sheet = entry(QDir(folder).filePath(QStringLiteral("市统计局.xlsx")),
                                QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(sheet.contains(QLatin1String("<sheetProtection")));
}

void TestSheetsOut::oneUnitOnly()
{
    const QString out = path(QStringLiteral("one.xlsx"));
    Result result =
        run({QStringLiteral("export-xlsx"), QStringLiteral("--db"), m_db, QStringLiteral("--out"),
             out, QStringLiteral("--unit"), QStringLiteral("市人社局")});
    QVERIFY2(result.code == 0, result.err.constData());
    const QString workbook = entry(out, QStringLiteral("xl/workbook.xml"));
    QCOMPARE(workbook.count(QLatin1String("<sheet ")), 1);
    QVERIFY(workbook.contains(QStringLiteral("<sheet name=\"市人社局\"")));
    QVERIFY(entry(out, QStringLiteral("xl/sharedStrings.xml"))
                .contains(QStringLiteral("城镇调查失业率")));

    const QString missing = path(QStringLiteral("missing.xlsx"));
    result =
        run({QStringLiteral("export-xlsx"), QStringLiteral("--db"), m_db, QStringLiteral("--out"),
             missing, QStringLiteral("--unit"), QStringLiteral("市教育局")});
    QCOMPARE(result.code, 1);
    QVERIFY(QString::fromUtf8(result.err).contains(QStringLiteral("市教育局")));
    QVERIFY(!QFileInfo::exists(missing));
}

void TestSheetsOut::roundNamedInTheTitle()
{
    test::FixedToday today(QDate(2024, 7, 15)); // for the binary too (PD_TODAY)
    // Without --round: the current round (June's: July's is not over), as of its end.
    const QString current = path(QStringLiteral("current.xlsx"));
    Result result = run({QStringLiteral("export-xlsx"), QStringLiteral("--db"), m_db,
                         QStringLiteral("--out"), current});
    QVERIFY2(result.code == 0, result.err.constData());
    QVERIFY(entry(current, QStringLiteral("xl/sharedStrings.xml"))
                .contains(QStringLiteral(
                    "牵头单位：市人社局　　填报轮次：2024-06　　截至日期：2024-06-30")));
    // --round: its end is the as-of date, so the last figure is March's (120), not May's.
    const QString march = path(QStringLiteral("march.xlsx"));
    result =
        run({QStringLiteral("export-xlsx"), QStringLiteral("--db"), m_db, QStringLiteral("--out"),
             march, QStringLiteral("--round"), QStringLiteral("2024-03")});
    QVERIFY2(result.code == 0, result.err.constData());
    QVERIFY(entry(march, QStringLiteral("xl/sharedStrings.xml"))
                .contains(QStringLiteral(
                    "牵头单位：市统计局　　填报轮次：2024-03　　截至日期：2024-03-31")));
    const QString first = entry(march, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY2(first.contains(QRegularExpression(QStringLiteral("<c r=\"E4\"[^>]*><v>120</v>"))),
             qPrintable(first.left(3000)));
    QVERIFY(!first.contains(QLatin1String("<v>260</v>")));
    QVERIFY(!first.contains(QLatin1String("<v>6.2</v>"))); // M1's is June's
    // Refused, writing nothing: no round, a round of another year, a round with --as-of.
    const QString refused = path(QStringLiteral("refused.xlsx"));
    for (const QStringList &extra :
         {QStringList{QStringLiteral("--round"), QStringLiteral("2024-13")},
          QStringList{QStringLiteral("--round"), QStringLiteral("2025-01")},
          QStringList{QStringLiteral("--round"), QStringLiteral("2024-03"),
                      QStringLiteral("--as-of"), QStringLiteral("2024-03-31")}}) {
        result = run(QStringList{QStringLiteral("export-xlsx"), QStringLiteral("--db"), m_db,
                                 QStringLiteral("--out"), refused} +
                     extra);
        QCOMPARE(result.code, 2);
        QVERIFY2(result.err.contains("round"), result.err.constData());
        QVERIFY(!QFileInfo::exists(refused));
    }
}

void TestSheetsOut::ledgerHasAColumnPerMonth()
{
    const QString out = path(QStringLiteral("ledger.xlsx"));
    const Result result = run({QStringLiteral("export-xlsx"), QStringLiteral("--db"), m_db,
                               QStringLiteral("--out"), out, QStringLiteral("--ledger"),
                               QStringLiteral("--as-of"), QStringLiteral("2024-06-30")});
    QVERIFY2(result.code == 0, result.err.constData());
    const QString workbook = entry(out, QStringLiteral("xl/workbook.xml"));
    QVERIFY(workbook.contains(QStringLiteral("<sheet name=\"台账\"")));
    QVERIFY(workbook.contains(QLatin1String("_xlnm.Print_Titles")));
    const QString strings = entry(out, QStringLiteral("xl/sharedStrings.xml"));
    for (int m = 1; m <= 12; ++m)
        QVERIFY(strings.contains(QStringLiteral("<t>%1月</t>").arg(m)));
    QVERIFY(strings.contains(QStringLiteral("（一）坚定不移推动经济稳中有进")));
    QVERIFY(strings.contains(QStringLiteral("<t>市公园城市局/市林业局</t>")));
    // A1.1.1 is the third indicator (row 5): March in K (120), May in M (260), not August.
    const QString sheet = entry(out, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(sheet.contains(QRegularExpression(QStringLiteral("<c r=\"I5\"[^>]*/>")))); // January
    QVERIFY2(sheet.contains(QRegularExpression(QStringLiteral("<c r=\"K5\"[^>]*><v>120</v>"))),
             qPrintable(sheet.left(4000)));
    QVERIFY(sheet.contains(QRegularExpression(QStringLiteral("<c r=\"M5\"[^>]*><v>260</v>"))));
    QVERIFY(!sheet.contains(QLatin1String("<v>400</v>")));
    QVERIFY(sheet.contains(QLatin1String("orientation=\"landscape\"")));

    const auto sheets = cells(out);
    if (sheets.isEmpty())
        return;
    const QList<QStringList> rows = sheets.value(QStringLiteral("台账"));
    QCOMPARE(rows.size(), 7);
    QCOMPARE(rows[4].value(0), QStringLiteral("A1.1.1"));
    QCOMPARE(rows[4].value(2), QStringLiteral("1. 多措并举激发有潜能的消费"));
    QCOMPARE(rows[4].value(6), QStringLiteral("市统计局"));
    QCOMPARE(rows[4].value(10), QStringLiteral("120"));
    QCOMPARE(rows[4].value(12), QStringLiteral("260"));
}

void TestSheetsOut::csvBytes()
{
    const QString out = path(QStringLiteral("indicators.csv"));
    Result result =
        run({QStringLiteral("export-csv"), QStringLiteral("--db"), m_db, QStringLiteral("--out"),
             out, QStringLiteral("--as-of"), QStringLiteral("2024-06-30")});
    QVERIFY2(result.code == 0, result.err.constData());
    const QByteArray bytes = test::readFile(out);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.endsWith("\r\n"));
    QCOMPARE(bytes.count("\r\n"), 6);                 // header and five indicators
    QCOMPARE(bytes.count('\n'), bytes.count("\r\n")); // no bare LF
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    QCOMPARE(lines[0],
             QStringLiteral("编码,指标,方面,部分,目标,比较,单位,牵头单位,最新数值,数值日期,"
                            "状态,备注"));
    QCOMPARE(lines[1], QStringLiteral("M1,地区生产总值,主要预期目标,,6,≈,%,市统计局,6.2,2024-06-30,"
                                      "正常推进,"));
    QVERIFY2(lines[3] ==
                 QStringLiteral("A1.1.1,新引进首店,（一）坚定不移推动经济稳中有进,"
                                "1. 多措并举激发有潜能的消费,500,≥,家,市统计局,260,2024-05-31,"
                                "正常推进,\"含\"\"首店\"\"，另有1,2家在谈\""),
             qPrintable(lines[3]));
    QVERIFY(lines[4].endsWith(QStringLiteral(",,,未填报,")));
    QVERIFY(lines[5].contains(QStringLiteral(",=,公里,\"市公园城市局/市林业局\"")) ||
            lines[5].contains(QStringLiteral(",=,公里,市公园城市局/市林业局,")));

    // "-" is standard output, the same bytes.
    result =
        run({QStringLiteral("export-csv"), QStringLiteral("--db"), m_db, QStringLiteral("--out"),
             QStringLiteral("-"), QStringLiteral("--as-of"), QStringLiteral("2024-06-30")});
    QCOMPARE(result.code, 0);
    QCOMPARE(result.out, bytes);
}

void TestSheetsOut::refusedOutputsMakeNothing()
{
    // No --out; --ledger into a folder; a folder named like a workbook.
    QCOMPARE(run({QStringLiteral("export-xlsx"), QStringLiteral("--db"), m_db}).code, 2);
    QCOMPARE(run({QStringLiteral("export-csv"), QStringLiteral("--db"), m_db}).code, 2);
    QCOMPARE(
        run({QStringLiteral("export-xlsx"), QStringLiteral("--db"), m_db, QStringLiteral("--out"),
             path(QStringLiteral("ledgerdir")), QStringLiteral("--ledger")})
            .code,
        2);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("ledgerdir"))));
    const QString folder = path(QStringLiteral("folder.xlsx"));
    QVERIFY(QDir().mkpath(folder));
    const Result result = run({QStringLiteral("export-xlsx"), QStringLiteral("--db"), m_db,
                               QStringLiteral("--out"), folder});
    QCOMPARE(result.code, 1);
    QVERIFY(QFileInfo(folder).isDir());
    QVERIFY(QDir(folder).isEmpty());
    // A file where the folder should be.
    const QString file = path(QStringLiteral("plain-file"));
    test::writeFile(file, "x");
    QCOMPARE(run({QStringLiteral("export-xlsx"), QStringLiteral("--db"), m_db,
                  QStringLiteral("--out"), file})
                 .code,
             2);
    QCOMPARE(test::readFile(file), QByteArray("x"));
}

void TestSheetsOut::helpForTheNewCommands()
{
    const Result top = run({QStringLiteral("--help")});
    QCOMPARE(top.code, 0);
    QVERIFY(top.out.contains("export-xlsx"));
    QVERIFY(top.out.contains("export-csv"));
    Result help = run({QStringLiteral("export-xlsx"), QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY2(help.out.contains("usage: progress-dashboard export-xlsx --db FILE --out "
                               "DIR|FILE.xlsx"),
             help.out.constData());
    QVERIFY(help.out.contains("--unit"));
    QVERIFY(help.out.contains("--ledger"));
    QVERIFY(help.out.contains("--as-of"));
    help = run({QStringLiteral("export-csv"), QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains("usage: progress-dashboard export-csv --db FILE --out FILE|-"));
}

QTEST_GUILESS_MAIN(TestSheetsOut)
#include "tst_sheetsout.moc"
