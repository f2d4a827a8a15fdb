// The sheets coming back from the responsible units (issue 17, "Sheets in"): the XLSX and CSV
// readers on hand-made files, each reason a row is refused, new / changed / unchanged, the
// same file twice, the import and its undo, import-xlsx through the real binary (--dry-run
// leaves the data file as it was, byte for byte), and the round trip: a unit's workbook
// exported, filled in, saved again by LibreOffice, imported.

#include "commands/ImportSheetsCommand.h"
#include "export/XlsxSheets.h"
#include "sheetsin/CsvReader.h"
#include "sheetsin/ImportedSheets.h"
#include "sheetsin/RefusedSheetWriter.h"
#include "sheetsin/SheetDate.h"
#include "sheetsin/SheetFileReader.h"
#include "sheetsin/SheetImportPreview.h"
#include "sheetsin/SheetLayout.h"
#include "sheetsin/XlsxReader.h"
#include "store/PlanStore.h"
#include "SheetFixtures.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace pd;

namespace {

const QString header = QStringLiteral(
    "编码,指标,目标,单位,上次数值,上次日期,本期数值,截至日期,进展情况,存在问题,下步打算");

/// A unit's sheet as CSV: the title, the header, the rows.
QByteArray csv(const QString &title, const QStringList &rows, const QString &head = header)
{
    QStringList lines;
    if (!title.isEmpty())
        lines << title;
    lines << head;
    lines << rows;
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

QString title(const QString &unit, const QString &date = QStringLiteral("2024-06-30"))
{
    return QStringLiteral("牵头单位：%1　　截至日期：%2").arg(unit, date);
}

/// Every figure of the data file with its texts, by indicator code, for "nothing else
/// changed".
QStringList allFigures(const PlanStore &store)
{
    QStringList lines;
    for (const Indicator &ind : store.indicators()) {
        for (const Measurement &m : store.measurements(ind.id))
            lines << QStringLiteral("%1 #%2 %3 %4 [%5|%6|%7] %8")
                         .arg(ind.code)
                         .arg(m.id)
                         .arg(m.date.toString(Qt::ISODate))
                         .arg(m.value, 0, 'g', 12)
                         .arg(m.progress, m.problems, m.nextSteps, m.note);
    }
    return lines;
}

const SheetImportRow *rowFor(const SheetImport &import, const QString &code, int sheetRow = 0)
{
    for (const SheetImportFile &file : import.files) {
        for (const SheetImportRow &row : file.rows) {
            if (row.code == code && (sheetRow == 0 || row.row == sheetRow))
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

} // namespace

class TestSheetsIn : public QObject
{
    Q_OBJECT
private slots:
    void init();

    // The readers.
    void sharedInlineAndRichStrings();
    void numbersBooleansFormulasErrors();
    void datesAsSerialNumbers();
    void dateFormats_data();
    void dateFormats();
    void textDates_data();
    void textDates();
    void mergedCellsAndHiddenSheets();
    void badWorkbooksRefusedWithReasons_data();
    void badWorkbooksRefusedWithReasons();
    void csvUtf8WithAndWithoutBom();
    void csvGb18030();
    void csvSeparatorsQuotesAndNewlines();

    // The sheet's layout.
    void titleParts_data();
    void titleParts();
    void headerFoundWhateverTheLayout();

    // Rows against the data file.
    void newChangedUnchanged();
    void refusalReasons_data();
    void refusalReasons();
    void blankAndEmptyRowsNotListed();
    void textsWithoutAFigure();
    void percentFormattedCells();
    void sameRowTwiceInOneImport();
    void unitFromSheetOrFileName();

    // Applying.
    void importIsOneUndoStep();
    void sameBytesTwiceNotDoubled();
    void refusedRowsWorkbookImportsAgain();

    // The command line.
    void dryRunLeavesTheFileByteForByte();
    void commandLineImportsAndReports();

    // Done when: the round trip through LibreOffice.
    void roundTripThroughLibreOffice();
    void gb18030CsvSavedByLibreOffice();

private:
    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments) const;
    SheetImport preview(const std::vector<std::pair<QString, QByteArray>> &files);
    SheetImport previewCsv(const QByteArray &bytes, const QString &name = QStringLiteral("s.csv"))
    {
        return preview({{name, bytes}});
    }
    Measurement add(const QString &code, const QDate &date, double value,
                    const QString &progress = QString());
    /// A unit's workbook as XlsxSheets exports it, as of 2024-06-30.
    QByteArray exported(const QString &unit);

    std::unique_ptr<test::TempDataFile> m_file;
    std::unique_ptr<PlanStore> m_store;
};

void TestSheetsIn::init()
{
    m_store.reset();
    m_file = std::make_unique<test::TempDataFile>();
    m_store = std::make_unique<PlanStore>();
    QString error;
    QVERIFY2(m_store->open(m_file->path(), &error), qPrintable(error));
    QVERIFY2(m_store->importPlan(test::unitPlan(), false, &error), qPrintable(error));
}

TestSheetsIn::Result TestSheetsIn::run(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_file->filePath(QStringLiteral("xdg")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_file->dirPath());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PD_BINARY), arguments);
    process.waitForFinished(60000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

SheetImport TestSheetsIn::preview(const std::vector<std::pair<QString, QByteArray>> &files)
{
    QString error;
    const std::optional<SheetImport> import =
        SheetImportPreview::buildFromBytes(*m_store, files, &error);
    if (!import)
        qWarning("preview failed: %s", qPrintable(error));
    return import.value_or(SheetImport());
}

Measurement TestSheetsIn::add(const QString &code, const QDate &date, double value,
                              const QString &progress)
{
    Measurement m;
    m.indicatorId = m_store->indicatorByCode(code)->id;
    m.date = date;
    m.value = value;
    m.progress = progress;
    QString error;
    const std::optional<qint64> id = m_store->addMeasurement(m, &error);
    if (!id)
        qWarning("add failed: %s", qPrintable(error));
    return *m_store->measurement(id.value_or(0));
}

QByteArray TestSheetsIn::exported(const QString &unit)
{
    const QString path = m_file->filePath(XlsxSheets::fileNameFor(unit));
    QString error;
    if (!XlsxSheets::writeWorkbook(*m_store, QDate(2024, 6, 30), unit, path, &error))
        qWarning("export failed: %s", qPrintable(error));
    return test::readFile(path);
}

// ---- the readers ----------------------------------------------------------------------------

void TestSheetsIn::sharedInlineAndRichStrings()
{
    const QString strings = QStringLiteral(
        "<si><t>编码</t></si>"
        "<si><r><rPr><b/></rPr><t>本期</t></r><r><t xml:space=\"preserve\">数值 </t></r></si>"
        "<si><t>东京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh></si>"
        "<si><t>第一行_x000D_\n第二行</t></si>");
    const QString data = QStringLiteral(
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
        "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>行内</t></is></c>"
        "<c r=\"B2\" t=\"inlineStr\"><is><r><t>富</t></r><r><rPr><i/></rPr><t>文本</t></r></is></c>"
        "<c t=\"inlineStr\"><is><t>无引用</t></is></c></row>");
    QString error;
    const std::vector<SheetGrid> sheets =
        XlsxReader::read(test::workbook({{QStringLiteral("表一"), data, {}}}, strings), &error);
    QCOMPARE(error, QString());
    QCOMPARE(sheets.size(), std::size_t(1));
    const SheetGrid &grid = sheets.front();
    QCOMPARE(grid.name, QStringLiteral("表一"));
    QCOMPARE(grid.cell(0, 0).text, QStringLiteral("编码"));
    QCOMPARE(grid.cell(0, 1).text, QStringLiteral("本期数值 ")); // runs joined
    QCOMPARE(grid.cell(0, 2).text, QStringLiteral("东京"));      // no phonetic run
    QCOMPARE(grid.cell(0, 3).text, QStringLiteral("第一行\r\n第二行"));
    QCOMPARE(grid.cell(1, 0).text, QStringLiteral("行内"));
    QCOMPARE(grid.cell(1, 1).text, QStringLiteral("富文本"));
    QCOMPARE(grid.cell(1, 2).text, QStringLiteral("无引用")); // follows B2
    QCOMPARE(grid.cell(1, 0).type, SheetCell::Type::Text);
}

void TestSheetsIn::numbersBooleansFormulasErrors()
{
    const QString data = QStringLiteral(
        "<row r=\"3\"><c r=\"A3\"><v>1234.5</v></c><c r=\"B3\"><v>1.5E3</v></c>"
        "<c r=\"C3\" t=\"b\"><v>1</v></c><c r=\"D3\" t=\"e\"><v>#N/A</v></c>"
        "<c r=\"E3\"><f>A3*2</f><v>2469</v></c><c r=\"F3\" t=\"str\"><f>\"a\"&amp;\"b\"</f>"
        "<v>ab</v></c><c r=\"G3\" s=\"0\"/></row>");
    QString error;
    const auto sheets = XlsxReader::read(test::workbook({{QStringLiteral("S"), data, {}}}), &error);
    QCOMPARE(error, QString());
    const SheetGrid &grid = sheets.front();
    QCOMPARE(grid.cell(2, 0).type, SheetCell::Type::Number);
    QCOMPARE(grid.cell(2, 0).number, 1234.5);
    QCOMPARE(grid.cell(2, 1).number, 1500.0);
    QCOMPARE(grid.cell(2, 2).type, SheetCell::Type::Boolean);
    QCOMPARE(grid.cell(2, 2).displayText(), QStringLiteral("TRUE"));
    QCOMPARE(grid.cell(2, 3).type, SheetCell::Type::Error);
    QCOMPARE(grid.cell(2, 3).text, QStringLiteral("#N/A"));
    QCOMPARE(grid.cell(2, 4).number, 2469.0); // the formula's cached value
    QCOMPARE(grid.cell(2, 5).text, QStringLiteral("ab"));
    QVERIFY(grid.cell(2, 6).isEmpty()); // a formatted blank
    QCOMPARE(grid.cell(2, 0).displayText(), QStringLiteral("1234.5"));
}

void TestSheetsIn::datesAsSerialNumbers()
{
    const QString styles = QStringLiteral(
        "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy&quot;年&quot;m&quot;月"
        "&quot;d&quot;日&quot;\"/><numFmt numFmtId=\"165\" formatCode=\"0.0&quot;天&quot;\"/>"
        "</numFmts><cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
        "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
        "<xf numFmtId=\"165\"/><xf numFmtId=\"10\"/></cellXfs>");
    const QString data = QStringLiteral(
        "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>45473</v></c><c r=\"B1\" s=\"2\"><v>45473.5</v></c>"
        "<c r=\"C1\" s=\"3\"><v>45473</v></c><c r=\"D1\" s=\"0\"><v>45473</v></c>"
        "<c r=\"E1\" s=\"4\"><v>0.065</v></c><c r=\"F1\" t=\"d\"><v>2024-06-30T00:00:00</v></c>"
        "</row>");
    QString error;
    auto sheets =
        XlsxReader::read(test::workbook({{QStringLiteral("S"), data, {}}}, {}, styles), &error);
    QCOMPARE(error, QString());
    const SheetGrid &grid = sheets.front();
    QCOMPARE(grid.cell(0, 0).date, QDate(2024, 6, 30)); // built-in 14
    QCOMPARE(grid.cell(0, 1).date, QDate(2024, 6, 30)); // custom 年月日, the time dropped
    QVERIFY(!grid.cell(0, 2).date.isValid());           // 0.0"天": no date
    QVERIFY(!grid.cell(0, 3).date.isValid());           // General
    QVERIFY(grid.cell(0, 4).percent);
    QCOMPARE(grid.cell(0, 4).displayText(), QStringLiteral("6.5%"));
    QCOMPARE(grid.cell(0, 5).date, QDate(2024, 6, 30)); // an ISO date cell
    QCOMPARE(grid.cell(0, 0).displayText(), QStringLiteral("2024-06-30"));

    // The 1904 system (old Mac workbooks) counts from 1904-01-01.
    sheets = XlsxReader::read(test::workbook({{QStringLiteral("S"), data, {}}}, {}, styles, true),
                              &error);
    QCOMPARE(sheets.front().cell(0, 0).date, QDate(1904, 1, 1).addDays(45473));

    QCOMPARE(SheetDate::fromSerial(1), QDate(1900, 1, 1));
    QCOMPARE(SheetDate::fromSerial(59), QDate(1900, 2, 28));
    QCOMPARE(SheetDate::fromSerial(61), QDate(1900, 3, 1));
    QCOMPARE(SheetDate::fromSerial(45473), QDate(2024, 6, 30));
    QCOMPARE(SheetDate::toSerial(QDate(2024, 6, 30)), 45473.0);
    QVERIFY(!SheetDate::fromSerial(-1).isValid());
}

void TestSheetsIn::dateFormats_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("date");
    for (int id = 14; id <= 22; ++id)
        QTest::addRow("built-in %d", id) << id << QString() << true;
    QTest::newRow("general") << 0 << QStringLiteral("General") << false;
    QTest::newRow("number") << 2 << QStringLiteral("0.00") << false;
    QTest::newRow("percent") << 10 << QStringLiteral("0.00%") << false;
    QTest::newRow("iso") << 164 << QStringLiteral("yyyy\\-mm\\-dd") << true;
    QTest::newRow("libreoffice") << 165 << QStringLiteral("YYYY-MM-DD") << true;
    QTest::newRow("chinese") << 166 << QStringLiteral("yyyy\"年\"m\"月\"d\"日\"") << true;
    QTest::newRow("locale") << 167 << QStringLiteral("[$-804]yyyy/m/d;@") << true;
    QTest::newRow("minutes") << 168 << QStringLiteral("mm:ss") << false;
    QTest::newRow("quoted d") << 169 << QStringLiteral("0\"d\"") << false;
    QTest::newRow("colour") << 170 << QStringLiteral("[Red]0.0") << false;
    QTest::newRow("zh built-in 31") << 31 << QString() << true;
}

void TestSheetsIn::dateFormats()
{
    QFETCH(int, id);
    QFETCH(QString, code);
    QFETCH(bool, date);
    QCOMPARE(SheetDate::isDateFormat(id, code), date);
}

void TestSheetsIn::textDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    const QDate d(2024, 6, 30);
    QTest::newRow("iso") << QStringLiteral("2024-06-30") << d;
    QTest::newRow("short") << QStringLiteral("2024-6-30") << d;
    QTest::newRow("slashes") << QStringLiteral("2024/6/30") << d;
    QTest::newRow("dots") << QStringLiteral("2024.6.30") << d;
    QTest::newRow("chinese") << QStringLiteral("2024年6月30日") << d;
    QTest::newRow("chinese spaced") << QStringLiteral(" 2024 年 06 月 30 日 ") << d;
    QTest::newRow("full-width") << QStringLiteral("２０２４／６／３０") << d;
    QTest::newRow("compact") << QStringLiteral("20240630") << d;
    QTest::newRow("with time") << QStringLiteral("2024/6/30 0:00:00") << d;
    QTest::newRow("mixed separators") << QStringLiteral("2024-6/30") << QDate();
    QTest::newRow("no such day") << QStringLiteral("2024-02-30") << QDate();
    QTest::newRow("month only") << QStringLiteral("2024年6月") << QDate();
    QTest::newRow("words") << QStringLiteral("六月底") << QDate();
    QTest::newRow("trailing text") << QStringLiteral("2024-06-30前") << QDate();
}

void TestSheetsIn::textDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(SheetDate::fromText(text), date);
}

void TestSheetsIn::mergedCellsAndHiddenSheets()
{
    const QString data = QStringLiteral(
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>牵头单位：市商务局</t></is></c></row>");
    QString error;
    const auto sheets = XlsxReader::read(
        test::workbook({{QStringLiteral("A"), data,
                         QStringLiteral("<mergeCells count=\"1\"><mergeCell ref=\"A1:K1\"/>"
                                        "</mergeCells>")},
                        {QStringLiteral("B"), data, {}, true}}),
        &error);
    QCOMPARE(sheets.size(), std::size_t(2));
    const SheetGrid &grid = sheets.front();
    QCOMPARE(grid.merged.size(), std::size_t(1));
    QCOMPARE(grid.merged.front().lastColumn, 10);
    QVERIFY(grid.cell(0, 5).isEmpty());
    QCOMPARE(grid.shownCell(0, 5).text, QStringLiteral("牵头单位：市商务局"));
    QVERIFY(!grid.hidden);
    QVERIFY(sheets.back().hidden);
}

void TestSheetsIn::badWorkbooksRefusedWithReasons_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("words");

    const QByteArray good = test::workbook(
        {{QStringLiteral("S"), QStringLiteral("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"), {}}});
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("a.xlsx")
                                << QStringLiteral("empty");
    QTest::newRow("not a zip") << QByteArray("hello, this is text") << QStringLiteral("a.xlsx")
                               << QStringLiteral("not an Excel workbook");
    QByteArray xls("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    xls.append(QByteArray(504, '\0'));
    QTest::newRow("xls") << xls << QStringLiteral("a.xls") << QStringLiteral("97–2003");
    QByteArray encrypted = xls;
    for (const char c : QByteArrayView("EncryptionInfo"))
        encrypted.append(c).append('\0');
    QTest::newRow("password") << encrypted << QStringLiteral("a.xlsx")
                              << QStringLiteral("password");
    QTest::newRow("cut short") << good.left(good.size() / 2) << QStringLiteral("a.xlsx")
                               << QStringLiteral("damaged");
    QByteArray corrupt = good;
    // Inside the sheet's deflated bytes, after its local header's name.
    const qsizetype sheetData = good.indexOf("xl/worksheets/sheet1.xml") + 24 + 8;
    for (qsizetype i = sheetData; i < sheetData + 6; ++i)
        corrupt[i] = char(corrupt[i] ^ 0x5A);
    QTest::newRow("corrupt") << corrupt << QStringLiteral("a.xlsx") << QStringLiteral("damaged");
    QTest::newRow("zip of other things")
        << test::zip({{QStringLiteral("readme.txt"), QByteArray("hi")}}) << QStringLiteral("a.xlsx")
        << QStringLiteral("not an Excel workbook");
    QTest::newRow("no cells") << test::workbook({{QStringLiteral("S"), QString(), {}}})
                              << QStringLiteral("a.xlsx") << QStringLiteral("no cells");
    QTest::newRow("encrypted parts") << test::zip(test::unzip(good), QByteArray("secret"))
                                     << QStringLiteral("a.xlsx") << QStringLiteral("password");
    QTest::newRow("bad xml") << test::zip([&] {
        test::ZipParts parts = test::unzip(good);
        for (auto &[name, bytes] : parts) {
            if (name == QLatin1String("xl/worksheets/sheet1.xml"))
                bytes.chop(20);
        }
        return parts;
    }()) << QStringLiteral("a.xlsx")
                             << QStringLiteral("damaged");
    QTest::newRow("binary csv") << QByteArray("\x01\x02\x03\x00\x04", 5) << QStringLiteral("a.csv")
                                << QStringLiteral("not a text file");
}

void TestSheetsIn::badWorkbooksRefusedWithReasons()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(QString, words);
    QString error;
    QVERIFY(SheetFileReader::read(bytes, name, &error).empty());
    QVERIFY2(error.contains(words, Qt::CaseInsensitive), qPrintable(error));
    // In the preview: the file with its error, nothing of it imported.
    const SheetImport import = preview({{name, bytes}});
    QCOMPARE(import.files.size(), std::size_t(1));
    QCOMPARE(import.files.front().error, error);
    QVERIFY(import.batch().isEmpty());
}

void TestSheetsIn::csvUtf8WithAndWithoutBom()
{
    const QByteArray plain = csv(title(QStringLiteral("市商务局")),
                                 {QStringLiteral("A1.1.1,新引进首店,,,,,120,2024-06-30,已引进,,")});
    for (const QByteArray &bytes : {plain, QByteArray("\xEF\xBB\xBF") + plain}) {
        QString error;
        const std::optional<SheetGrid> grid = CsvReader::read(bytes, QStringLiteral("x"), &error);
        QVERIFY2(grid, qPrintable(error));
        QCOMPARE(grid->cell(0, 0).text, title(QStringLiteral("市商务局")));
        QCOMPARE(grid->cell(1, 0).text, QStringLiteral("编码")); // no BOM left on it
        QCOMPARE(grid->cell(2, 8).text, QStringLiteral("已引进"));
        const SheetImport import = previewCsv(bytes);
        QCOMPARE(states(import), QStringLiteral("1 new, 0 changed, 0 unchanged, 0 refused"));
    }
}

void TestSheetsIn::csvGb18030()
{
    const QString text = QString::fromUtf8(
        csv(title(QStringLiteral("市商务局")),
            {QStringLiteral("A1.1.1,新引进首店,,,,,120,2024/6/30,引进首店120家，其中全国首店8家,"
                            "招商难度加大,加快签约落地")}));
    QStringEncoder gb("GB18030");
    const QByteArray bytes = gb.encode(text);
    QVERIFY(!gb.hasError());
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString asUtf8 = utf8.decode(bytes);
    QVERIFY(utf8.hasError()); // not UTF-8: read as GB18030
    const SheetImport import = previewCsv(bytes);
    QCOMPARE(states(import), QStringLiteral("1 new, 0 changed, 0 unchanged, 0 refused"));
    const SheetImportRow *row = rowFor(import, QStringLiteral("A1.1.1"));
    QVERIFY(row);
    QCOMPARE(row->after.progress, QStringLiteral("引进首店120家，其中全国首店8家"));
    QCOMPARE(row->after.problems, QStringLiteral("招商难度加大"));
    QCOMPARE(row->after.nextSteps, QStringLiteral("加快签约落地"));
    QCOMPARE(row->after.date, QDate(2024, 6, 30));
    QCOMPARE(row->unit, QStringLiteral("市商务局"));
}

void TestSheetsIn::csvSeparatorsQuotesAndNewlines()
{
    const QString body = QStringLiteral(
        "编码;本期数值;进展情况\r\nA1.1.1;120;\"第一行\r\n第二行；含\"\"引号\"\"; 和分号\"\r\n");
    QString error;
    std::optional<SheetGrid> grid = CsvReader::read(body.toUtf8(), QStringLiteral("x"), &error);
    QVERIFY2(grid, qPrintable(error));
    QCOMPARE(grid->cell(1, 2).text, QStringLiteral("第一行\n第二行；含\"引号\"; 和分号"));
    QCOMPARE(grid->rows().size(), std::size_t(2));

    grid = CsvReader::read(QStringLiteral("编码\t本期数值\nA1.1.1\t1,200\n").toUtf8(),
                           QStringLiteral("x"), &error);
    QCOMPARE(grid->cell(1, 1).text, QStringLiteral("1,200")); // tabs: the comma is no separator

    grid = CsvReader::read(QByteArray("sep=;\n编码;本期数值\nA1.1.1;1,5\n"), QStringLiteral("x"),
                           &error);
    QCOMPARE(grid->cell(0, 0).text, QStringLiteral("编码"));
    QCOMPARE(grid->cell(1, 1).text, QStringLiteral("1,5"));
}

// ---- the layout -----------------------------------------------------------------------------

void TestSheetsIn::titleParts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("round");
    QTest::addColumn<QDate>("asOf");
    QTest::newRow("export") << QStringLiteral("牵头单位：市商务局　　截至日期：2024-06-30")
                            << QStringLiteral("市商务局") << QString() << QDate(2024, 6, 30);
    QTest::newRow("with round")
        << QStringLiteral("牵头单位：市商务局　　填报轮次：2024-06　　截至日期：2024-06-30")
        << QStringLiteral("市商务局") << QStringLiteral("2024-06") << QDate(2024, 6, 30);
    QTest::newRow("other order")
        << QStringLiteral(
               "截至日期：2024年6月30日　填报轮次：2024年6月　牵头单位：市公园城市局/市林业局")
        << QStringLiteral("市公园城市局/市林业局") << QStringLiteral("2024-06")
        << QDate(2024, 6, 30);
    QTest::newRow("ascii colons") << QStringLiteral("牵头单位: 市商务局  截止日期: 2024/6/30")
                                  << QStringLiteral("市商务局") << QString() << QDate(2024, 6, 30);
    QTest::newRow("a note after it") << QStringLiteral("牵头单位：市商务局　　（请于7月5日前报送）")
                                     << QStringLiteral("市商务局") << QString() << QDate();
    QTest::newRow("none") << QStringLiteral("2024年重点指标进展表") << QString() << QString()
                          << QDate();
}

void TestSheetsIn::titleParts()
{
    QFETCH(QString, text);
    QFETCH(QString, unit);
    QFETCH(QString, round);
    QFETCH(QDate, asOf);
    const SheetLayout::Title title = SheetLayout::parseTitle(text);
    QCOMPARE(title.unit, unit);
    QCOMPARE(title.round, round);
    QCOMPARE(title.asOf, asOf);
}

void TestSheetsIn::headerFoundWhateverTheLayout()
{
    // Columns reordered, an extra one, a header on two lines, 截止 for 截至, a note in brackets,
    // empty rows before and inside, the title in two cells.
    const QByteArray bytes =
        csv(QStringLiteral("牵头单位：市商务局,,填报轮次：2024-06\r\n\r\n"),
            {QStringLiteral(""), QStringLiteral("下步打算,\"本期\n数值（家）\",备注,编码,截止日期"),
             QStringLiteral("加快,260,自加的列,A1.1.1,2024-06-30"), QStringLiteral(",,,,"),
             QStringLiteral(",96,,A1.1.2,")},
            QString());
    const SheetImport import = previewCsv(bytes);
    QCOMPARE(import.files.front().error, QString());
    QCOMPARE(import.files.front().units, QStringList{QStringLiteral("市商务局")});
    QCOMPARE(import.files.front().round, QStringLiteral("2024-06"));
    QCOMPARE(states(import), QStringLiteral("2 new, 0 changed, 0 unchanged, 0 refused"));
    const SheetImportRow *first = rowFor(import, QStringLiteral("A1.1.1"));
    QCOMPARE(first->after.value, 260.0);
    QCOMPARE(first->after.nextSteps, QStringLiteral("加快"));
    QCOMPARE(first->row, 7);
    // No date in the row: the round's end.
    QCOMPARE(rowFor(import, QStringLiteral("A1.1.2"))->after.date, QDate(2024, 6, 30));

    QString error;
    const auto grid = CsvReader::read(QByteArray("a,b\n1,2\n"), QStringLiteral("x"), &error);
    QVERIFY(!SheetLayout::find(*grid));
    const SheetImport none = previewCsv(QByteArray("a,b\n1,2\n"));
    QVERIFY(none.files.front().error.contains(QStringLiteral("header row")));
}

// ---- rows against the data file ---------------------------------------------------------------

void TestSheetsIn::newChangedUnchanged()
{
    add(QStringLiteral("A1.1.1"), QDate(2024, 6, 30), 250, QStringLiteral("已引进250家"));
    add(QStringLiteral("L1.1"), QDate(2024, 6, 30), 400, QStringLiteral("在建"));
    const SheetImport import = previewCsv(
        csv(title(QStringLiteral("市商务局")),
            {QStringLiteral("A1.1.1,,,,,,250,2024-06-30,已引进250家,,"), // the same: unchanged
             QStringLiteral("L1.1,,,,,,400,2024-06-30,,资金紧张,"),      // a new text: changed
             QStringLiteral("A1.1.2,,,,,,93,2024-06-30,,,")}));          // new
    QCOMPARE(states(import), QStringLiteral("1 new, 1 changed, 1 unchanged, 0 refused"));
    QCOMPARE(rowFor(import, QStringLiteral("A1.1.1"))->state, SheetRowState::Unchanged);
    const SheetImportRow *changed = rowFor(import, QStringLiteral("L1.1"));
    QCOMPARE(changed->state, SheetRowState::Changed);
    QCOMPARE(changed->before->problems, QString());
    QCOMPARE(changed->after.problems, QStringLiteral("资金紧张"));
    QCOMPARE(changed->after.progress, QStringLiteral("在建")); // an empty cell keeps the text
    QCOMPARE(changed->after.id, changed->before->id);
    QCOMPARE(rowFor(import, QStringLiteral("A1.1.2"))->state, SheetRowState::New);

    // Another value on the same date: changed.
    const SheetImport other = previewCsv(
        csv(title(QStringLiteral("市商务局")), {QStringLiteral("A1.1.1,,,,,,251,2024-06-30,,,")}));
    QCOMPARE(rowFor(other, QStringLiteral("A1.1.1"))->state, SheetRowState::Changed);
    QCOMPARE(rowFor(other, QStringLiteral("A1.1.1"))->after.value, 251.0);
}

void TestSheetsIn::refusalReasons_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("words");
    const QString trade = QStringLiteral("市商务局");
    QTest::newRow("no code") << trade << QStringLiteral(",新引进首店,,,,,120,2024-06-30,,,")
                             << QStringLiteral("No indicator code");
    QTest::newRow("unknown code") << trade << QStringLiteral("Z9.9,,,,,,5,2024-06-30,,,")
                                  << QStringLiteral("No indicator has the code “Z9.9”");
    QTest::newRow("not a number") << trade << QStringLiteral("A1.1.1,,,,,,约120家,2024-06-30,,,")
                                  << QStringLiteral("is not a number");
    QTest::newRow("percentage for 家")
        << trade << QStringLiteral("A1.1.1,,,,,,12%,2024-06-30,,,")
        << QStringLiteral("is a percentage, but A1.1.1 is counted in 家");
    QTest::newRow("not a date") << trade << QStringLiteral("A1.1.1,,,,,,120,六月底,,,")
                                << QStringLiteral("“六月底” in 截至日期 is not a date");
    QTest::newRow("outside the year")
        << trade << QStringLiteral("A1.1.1,,,,,,120,2023-12-31,,,")
        << QStringLiteral("2023-12-31 is outside the plan's year 2024");
    QTest::newRow("negative count")
        << trade << QStringLiteral("A1.1.1,,,,,,-3,2024-06-30,,,") << QStringLiteral("below zero");
    QTest::newRow("ten times the target")
        << trade << QStringLiteral("A1.1.1,,,,,,5001,2024-06-30,,,")
        << QStringLiteral("more than ten times the target");
    QTest::newRow("rate beyond 100 points")
        << QStringLiteral("市统计局") << QStringLiteral("M1,,,,,,150,2024-06-30,,,")
        << QStringLiteral("beyond ±100 percentage points");
    QTest::newRow("lower than before")
        << trade << QStringLiteral("A1.1.1,,,,,,100,2024-07-31,,,")
        << QStringLiteral("recorded on 2024-06-30, but this figure only grows");
    QTest::newRow("another unit's indicator")
        << trade << QStringLiteral("M1,,,,,,6.1,2024-06-30,,,")
        << QStringLiteral("M1 is led by 市统计局, not by 市商务局: a unit answering for an "
                          "indicator that is not its own.");
    QTest::newRow("a co-unit") << QStringLiteral("市统计局")
                               << QStringLiteral("M2,,,,,,5.1,2024-06-30,,,")
                               << QStringLiteral("one of its co-units");
    QTest::newRow("an unassigned indicator")
        << trade << QStringLiteral("L1.2,,,,,,10,2024-06-30,,,")
        << QStringLiteral("L1.2 has no lead unit: 市商务局 does not answer for it.");
    QTest::newRow("an assigned one on 未分配")
        << QStringLiteral("未分配") << QStringLiteral("A1.1.1,,,,,,10,2024-06-30,,,")
        << QStringLiteral("A1.1.1 is led by 市商务局");
    QTest::newRow("a unit that does not match any")
        << QStringLiteral("市外办") << QStringLiteral("A1.1.1,,,,,,130,2024-06-30,,,")
        << QStringLiteral("The sheet's unit “市外办” is no responsible unit of this plan.");
    QTest::newRow("no date anywhere")
        << QString() << QStringLiteral("A1.1.1,,,,,,130,,,,") << QStringLiteral("No date");
}

void TestSheetsIn::refusalReasons()
{
    QFETCH(QString, unit);
    QFETCH(QString, row);
    QFETCH(QString, words);
    add(QStringLiteral("A1.1.1"), QDate(2024, 6, 30), 120);
    const SheetImport import = previewCsv(csv(unit.isEmpty() ? QString() : title(unit), {row}));
    QCOMPARE(import.files.front().error, QString());
    QCOMPARE(import.files.front().rows.size(), std::size_t(1));
    const SheetImportRow &result = import.files.front().rows.front();
    QCOMPARE(result.state, SheetRowState::Refused);
    QVERIFY2(result.reason.contains(words), qPrintable(result.reason));
    QCOMPARE(result.row, unit.isEmpty() ? 2 : 3);
    QVERIFY(import.batch().isEmpty());
    QCOMPARE(import.refusedRows().size(), std::size_t(1));
}

void TestSheetsIn::blankAndEmptyRowsNotListed()
{
    const SheetImport import = previewCsv(
        csv(title(QStringLiteral("市商务局")),
            {QStringLiteral("A1.1.1,新引进首店,≥500,家,120,2024-05-31,,,,,"), // nothing filled
             QStringLiteral(",,,,,,,,,,"), QString(),                         // empty
             QStringLiteral(",填报人：张三　电话：12345,,,,,,,,,"),           // a note under it
             QStringLiteral("编码,指标,,,,,,,,,"),                            // the header again
             QStringLiteral("A1.1.2,,,,,,96,2024-06-30,,,")}));
    QCOMPARE(import.files.front().rows.size(), std::size_t(1));
    QCOMPARE(import.files.front().blankRows, 1);
    QCOMPARE(states(import), QStringLiteral("1 new, 0 changed, 0 unchanged, 0 refused"));
}

void TestSheetsIn::textsWithoutAFigure()
{
    add(QStringLiteral("A1.1.1"), QDate(2024, 6, 30), 120);
    const SheetImport import = previewCsv(
        csv(title(QStringLiteral("市商务局")),
            {QStringLiteral("A1.1.1,,,,,,,2024-06-30,新签约5家,,"), // added to the figure there
             QStringLiteral("A1.1.2,,,,,,,2024-06-30,推进中,,")})); // no figure to add them to
    const SheetImportRow *texts = rowFor(import, QStringLiteral("A1.1.1"));
    QCOMPARE(texts->state, SheetRowState::Changed);
    QCOMPARE(texts->after.value, 120.0);
    QCOMPARE(texts->after.progress, QStringLiteral("新签约5家"));
    const SheetImportRow *none = rowFor(import, QStringLiteral("A1.1.2"));
    QCOMPARE(none->state, SheetRowState::Refused);
    QVERIFY2(none->reason.contains(QStringLiteral("Texts without a figure")),
             qPrintable(none->reason));
}

void TestSheetsIn::percentFormattedCells()
{
    // 96% typed into Excel is 0.96 under a percentage format: 96 for an indicator in %.
    const QString styles =
        QStringLiteral("<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"9\"/></cellXfs>");
    auto cell = [](const QString &ref, const QString &text) {
        return QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t>%2</t></is></c>").arg(ref, text);
    };
    const QString data = QStringLiteral("<row r=\"1\">") +
                         cell(QStringLiteral("A1"), title(QStringLiteral("市商务局"))) +
                         QStringLiteral("</row><row r=\"2\">") +
                         cell(QStringLiteral("A2"), QStringLiteral("编码")) +
                         cell(QStringLiteral("B2"), QStringLiteral("本期数值")) +
                         QStringLiteral("</row><row r=\"3\">") +
                         cell(QStringLiteral("A3"), QStringLiteral("A1.1.2")) +
                         QStringLiteral("<c r=\"B3\" s=\"1\"><v>0.96</v></c></row><row r=\"4\">") +
                         cell(QStringLiteral("A4"), QStringLiteral("A1.1.1")) +
                         QStringLiteral("<c r=\"B4\" s=\"1\"><v>0.5</v></c></row>");
    const SheetImport import =
        preview({{QStringLiteral("p.xlsx"),
                  test::workbook({{QStringLiteral("市商务局"), data, {}}}, {}, styles)}});
    QCOMPARE(rowFor(import, QStringLiteral("A1.1.2"))->after.value, 96.0);
    QCOMPARE(rowFor(import, QStringLiteral("A1.1.1"))->state, SheetRowState::Refused);
    QVERIFY(
        rowFor(import, QStringLiteral("A1.1.1"))->reason.contains(QStringLiteral("percentage")));
}

void TestSheetsIn::sameRowTwiceInOneImport()
{
    const QByteArray one =
        csv(title(QStringLiteral("市商务局")), {QStringLiteral("A1.1.1,,,,,,120,2024-06-30,,,")});
    const QByteArray again = csv(title(QStringLiteral("市商务局")),
                                 {QStringLiteral("A1.1.1,,,,,,120,2024-06-30,,,"),
                                  QStringLiteral("A1.1.1,,,,,,130,2024-06-30,,,")},
                                 header + QStringLiteral(",备注"));
    const SheetImport import =
        preview({{QStringLiteral("a.csv"), one}, {QStringLiteral("b.csv"), again}});
    QCOMPARE(states(import), QStringLiteral("1 new, 0 changed, 1 unchanged, 1 refused"));
    QCOMPARE(rowFor(import, QStringLiteral("A1.1.1"), 3)->state, SheetRowState::New);
    const SheetImportRow *conflict = rowFor(import, QStringLiteral("A1.1.1"), 4);
    QCOMPARE(conflict->state, SheetRowState::Refused);
    QVERIFY2(conflict->reason.contains(QStringLiteral("Row 3 of a.csv")),
             qPrintable(conflict->reason));
    QCOMPARE(import.batch().added.size(), std::size_t(1));
}

void TestSheetsIn::unitFromSheetOrFileName()
{
    // No title: the file is named after the unit (as export-xlsx names them).
    SheetImport import = preview({{QStringLiteral("市商务局.csv"),
                                   csv(QString(), {QStringLiteral("M1,,,,,,6.1,2024-06-30,,,")})}});
    QCOMPARE(import.files.front().units, QStringList{QStringLiteral("市商务局")});
    QCOMPARE(rowFor(import, QStringLiteral("M1"))->state, SheetRowState::Refused);
    // Neither: no unit, no check, and a note says so.
    import = preview(
        {{ QStringLiteral("六月.csv"),
           csv(QString(), {QStringLiteral("M1,,,,,,6.1,2024-06-30,,,")}) }});
    QVERIFY(import.files.front().units.isEmpty());
    QCOMPARE(rowFor(import, QStringLiteral("M1"))->state, SheetRowState::New);
    QVERIFY(
        import.files.front().notes.join(QString()).contains(QStringLiteral("no responsible unit")));
    // A short name from the units' list stands for the unit.
    QString error;
    ResponsibleUnit unit;
    unit.name = QStringLiteral("市商务局");
    for (const ResponsibleUnit &u : m_store->units())
        if (u.name == unit.name)
            unit = u;
    unit.shortName = QStringLiteral("商务局");
    if (unit.id > 0)
        QVERIFY2(m_store->updateUnit(unit, &error), qPrintable(error));
    else
        QVERIFY2(m_store->addUnit(unit, &error), qPrintable(error));
    import = previewCsv(
        csv(title(QStringLiteral("商务局")), {QStringLiteral("A1.1.1,,,,,,130,2024-06-30,,,")}));
    QCOMPARE(rowFor(import, QStringLiteral("A1.1.1"))->state, SheetRowState::New);
    QCOMPARE(import.files.front().units, QStringList{QStringLiteral("市商务局")});
}

// ---- applying --------------------------------------------------------------------------------

void TestSheetsIn::importIsOneUndoStep()
{
    add(QStringLiteral("L1.1"), QDate(2024, 6, 30), 400, QStringLiteral("在建"));
    const QStringList before = allFigures(*m_store);
    const SheetImport import = previewCsv(
        csv(title(QStringLiteral("市商务局")),
            {QStringLiteral("A1.1.1,,,,,,120,2024-06-30,引进120家,选址难,加快"),
             QStringLiteral("A1.1.2,,,,,,93,2024-06-30,,,"), QStringLiteral("L1.1,,,,,,420,,,,"),
             QStringLiteral("M1,,,,,,6.1,2024-06-30,,,")}),
        QStringLiteral("市商务局.csv"));
    QCOMPARE(states(import), QStringLiteral("2 new, 1 changed, 0 unchanged, 1 refused"));

    QUndoStack stack;
    const CommandError error = std::make_shared<QString>();
    stack.push(new ImportSheetsCommand(m_store.get(), import, error));
    QCOMPARE(*error, QString());
    QCOMPARE(stack.count(), 1);
    const auto a111 = m_store->latestMeasurement(
        m_store->indicatorByCode(QStringLiteral("A1.1.1"))->id, QDate(2024, 12, 31));
    QCOMPARE(a111->value, 120.0);
    QCOMPARE(a111->progress, QStringLiteral("引进120家"));
    QCOMPARE(a111->problems, QStringLiteral("选址难"));
    QCOMPARE(a111->nextSteps, QStringLiteral("加快"));
    QCOMPARE(m_store
                 ->latestMeasurement(m_store->indicatorByCode(QStringLiteral("L1.1"))->id,
                                     QDate(2024, 12, 31))
                 ->value,
             420.0);
    // The audit rows name the file and the unit.
    int fromSheet = 0;
    for (const AuditEntry &entry : m_store->auditLog(QStringLiteral("measurement"))) {
        if (entry.source == QStringLiteral("sheet 市商务局.csv · 市商务局"))
            ++fromSheet;
    }
    QVERIFY(fromSheet >= 3);
    QCOMPARE(ImportedSheets::all(*m_store).size(), std::size_t(1));
    QCOMPARE(ImportedSheets::all(*m_store).front().rowCount, 3);

    stack.undo();
    QCOMPARE(*error, QString());
    QCOMPARE(allFigures(*m_store), before);
    QVERIFY(ImportedSheets::all(*m_store).empty());
    stack.redo();
    QCOMPARE(allFigures(*m_store).size(), before.size() + 2);
    QCOMPARE(ImportedSheets::all(*m_store).size(), std::size_t(1));
    stack.undo();
    QCOMPARE(allFigures(*m_store), before);
}

void TestSheetsIn::sameBytesTwiceNotDoubled()
{
    const QByteArray bytes =
        csv(title(QStringLiteral("市商务局")), {QStringLiteral("A1.1.1,,,,,,120,2024-06-30,,,")});
    SheetImport import = previewCsv(bytes);
    QUndoStack stack;
    stack.push(new ImportSheetsCommand(m_store.get(), import));
    const QStringList once = allFigures(*m_store);
    const int audits = int(m_store->auditLog().size());

    import = previewCsv(bytes, QStringLiteral("renamed.csv"));
    QVERIFY2(import.files.front().alreadyImported.contains(QStringLiteral("Already imported")),
             qPrintable(import.files.front().alreadyImported));
    QVERIFY(import.files.front().alreadyImported.contains(QStringLiteral("s.csv")));
    QVERIFY(import.batch().isEmpty());
    QVERIFY(import.records().empty());
    // The same bytes twice in one import: the second is left out.
    stack.undo();
    import = preview({{QStringLiteral("a.csv"), bytes}, { QStringLiteral("b.csv"), bytes }});
    QVERIFY(import.files.back().alreadyImported.contains(QStringLiteral("a.csv")));
    QCOMPARE(import.batch().added.size(), std::size_t(1));
    stack.redo();
    QCOMPARE(allFigures(*m_store), once);
    QVERIFY(int(m_store->auditLog().size()) > audits);
}

void TestSheetsIn::refusedRowsWorkbookImportsAgain()
{
    const SheetImport import =
        previewCsv(csv(title(QStringLiteral("市商务局")),
                       {QStringLiteral("A1.1.1,新引进首店,≥500,家,,,约120,2024-06-30,进展,,"),
                        QStringLiteral("A1.1.2,,,,,,93,2023-06-30,,,")}));
    QCOMPARE(import.refusedRows().size(), std::size_t(2));
    const QString out = m_file->filePath(QStringLiteral("退回.xlsx"));
    QString error;
    QVERIFY2(RefusedSheetWriter::write(import.refusedRows(), out, &error), qPrintable(error));
    const auto sheets = SheetFileReader::read(test::readFile(out), out, &error);
    QCOMPARE(sheets.size(), std::size_t(1));
    const SheetGrid &grid = sheets.front();
    QCOMPARE(grid.name, QStringLiteral("市商务局"));
    const std::optional<SheetLayout> layout = SheetLayout::find(grid);
    QVERIFY(layout);
    QCOMPARE(layout->title.unit, QStringLiteral("市商务局"));
    QCOMPARE(layout->title.asOf, QDate(2024, 6, 30));
    QCOMPARE(grid.cell(1, 11).text, RefusedSheetWriter::reasonHeader());
    QCOMPARE(grid.cell(2, 0).text, QStringLiteral("A1.1.1"));
    QCOMPARE(grid.cell(2, 6).text, QStringLiteral("约120")); // as the unit wrote it
    QCOMPARE(grid.cell(2, 8).text, QStringLiteral("进展"));
    QVERIFY(grid.cell(2, 11).text.contains(QStringLiteral("not a number")));
    QCOMPARE(grid.cell(3, 7).date, QDate(2023, 6, 30));

    // Put right by the unit, the sheet comes back and imports.
    const QByteArray fixed =
        test::fillWorkbook(test::readFile(out), {{QStringLiteral("G3"), 120.0},
                                                 {QStringLiteral("H4"), QDate(2024, 6, 30)}});
    const SheetImport again = preview({{QStringLiteral("退回.xlsx"), fixed}});
    QCOMPARE(states(again), QStringLiteral("2 new, 0 changed, 0 unchanged, 0 refused"));
}

// ---- the command line ---------------------------------------------------------------------------

void TestSheetsIn::dryRunLeavesTheFileByteForByte()
{
    add(QStringLiteral("A1.1.1"), QDate(2024, 5, 31), 100);
    m_store->close();
    m_store.reset();
    const QString sheet = m_file->filePath(QStringLiteral("市商务局.csv"));
    test::writeFile(sheet, csv(title(QStringLiteral("市商务局")),
                               {QStringLiteral("A1.1.1,,,,,,120,2024-06-30,进展,,"),
                                QStringLiteral("M1,,,,,,6,2024-06-30,,,")}));
    QVERIFY(!QFileInfo::exists(m_file->path() + QStringLiteral("-wal")));
    const QByteArray before = test::readFile(m_file->path());
    const Result result = run({QStringLiteral("import-xlsx"), sheet, QStringLiteral("--db"),
                               m_file->path(), QStringLiteral("--dry-run")});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("1 new, 0 changed, 0 unchanged, 1 refused")),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("Dry run: nothing was written")));
    QCOMPARE(test::readFile(m_file->path()), before);
    QVERIFY(!QFileInfo::exists(m_file->path() + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(m_file->path() + QStringLiteral("-shm")));

    // A data file that is not there stays not there.
    const QString missing = m_file->filePath(QStringLiteral("none.sqlite"));
    const Result nothing = run({QStringLiteral("import-xlsx"), sheet, QStringLiteral("--db"),
                                missing, QStringLiteral("--dry-run")});
    QCOMPARE(nothing.code, 0);
    QVERIFY(!QFileInfo::exists(missing));
}

void TestSheetsIn::commandLineImportsAndReports()
{
    m_store->close();
    m_store.reset();
    const QString sheet = m_file->filePath(QStringLiteral("市商务局.csv"));
    test::writeFile(sheet, csv(title(QStringLiteral("市商务局")),
                               {QStringLiteral("A1.1.1,,,,,,120,2024-06-30,进展,,"),
                                QStringLiteral("M1,,,,,,6,2024-06-30,,,")}));
    const QString bad = m_file->filePath(QStringLiteral("broken.xlsx"));
    test::writeFile(bad, QByteArray("not a workbook"));
    const QString refused = m_file->filePath(QStringLiteral("refused.xlsx"));
    Result result = run({QStringLiteral("import-xlsx"), sheet, bad, QStringLiteral("--db"),
                         m_file->path(), QStringLiteral("--refused"), refused});
    QCOMPARE(result.code, 1); // a file could not be read; the others are imported
    QVERIFY2(result.out.contains(QStringLiteral(
                 "市商务局.csv (市商务局): 1 new, 0 changed, 0 unchanged, 1 refused")),
             qPrintable(result.out));
    QVERIFY(
        result.out.contains(QStringLiteral("refused: row 4 (市商务局) M1: M1 is led by 市统计局")));
    QVERIFY(result.out.contains(QStringLiteral("broken.xlsx: The file is not an Excel workbook")));
    QVERIFY(result.out.contains(QStringLiteral("Imported 1 figure")));
    QVERIFY(QFileInfo(refused).isFile());

    PlanStore store;
    QString error;
    QVERIFY(store.open(m_file->path(), &error));
    const auto figure = store.latestMeasurement(store.indicatorByCode(QStringLiteral("A1.1.1"))->id,
                                                QDate(2024, 12, 31));
    QCOMPARE(figure->value, 120.0);
    QCOMPARE(figure->progress, QStringLiteral("进展"));
    store.close();

    // Again: recognised, nothing doubled.
    result = run({QStringLiteral("import-xlsx"), sheet, QStringLiteral("--db"), m_file->path()});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.contains(QStringLiteral("Already imported")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("Nothing to import.")));

    result = run({QStringLiteral("import-xlsx"), QStringLiteral("--db"), m_file->path()});
    QCOMPARE(result.code, 2);
}

// ---- the round trip
// -------------------------------------------------------------------------------

void TestSheetsIn::roundTripThroughLibreOffice()
{
    if (test::soffice().isEmpty())
        QSKIP("LibreOffice (soffice) is not installed: install libreoffice-calc-nogui to run the "
              "round trip through it");
    // What the data file holds before: an earlier figure of A1.1.1, and one of L1.1 on the
    // round's date that the unit corrects; another unit's figure, which nothing touches.
    add(QStringLiteral("A1.1.1"), QDate(2024, 5, 31), 200);
    add(QStringLiteral("L1.1"), QDate(2024, 6, 30), 300, QStringLiteral("已建300公里"));
    add(QStringLiteral("M1"), QDate(2024, 6, 30), 6.2);
    const QStringList before = allFigures(*m_store);
    const std::vector<Indicator> indicatorsBefore = m_store->indicators();

    // The unit's workbook (rows 3, 4, 5: A1.1.1, A1.1.2, L1.1), filled in as the unit would,
    // with rows it added under the table.
    const QByteArray sheet = exported(QStringLiteral("市商务局"));
    QVERIFY(!sheet.isEmpty());
    const QByteArray filled = test::fillWorkbook(
        sheet, {{QStringLiteral("G3"), 260.0},
                {QStringLiteral("H3"), QDate(2024, 6, 30)},
                {QStringLiteral("I3"), QStringLiteral("新引进首店260家，其中全国首店12家")},
                {QStringLiteral("J3"), QStringLiteral("优质品牌资源竞争激烈")},
                {QStringLiteral("K3"), QStringLiteral("举办首发经济活动周")},
                {QStringLiteral("G4"), QStringLiteral("九十三")},
                {QStringLiteral("H4"), QDate(2024, 6, 30)},
                {QStringLiteral("G5"), 320.0},
                {QStringLiteral("H5"), QStringLiteral("2024/6/30")},
                {QStringLiteral("I5"), QStringLiteral("已建成320公里")},
                {QStringLiteral("A6"), QStringLiteral("M1")},
                {QStringLiteral("G6"), 6.1},
                {QStringLiteral("H6"), QDate(2024, 6, 30)},
                {QStringLiteral("A7"), QStringLiteral("Z9.9")},
                {QStringLiteral("G7"), 5.0},
                {QStringLiteral("A9"), QStringLiteral("L1.2")},
                {QStringLiteral("G9"), 12.0},
                {QStringLiteral("H9"), QStringLiteral("2024-06-30")}});
    const QString filledPath = m_file->filePath(QStringLiteral("filled/市商务局.xlsx"));
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
    QCOMPARE(import->files.front().units, QStringList{QStringLiteral("市商务局")});
    QCOMPARE(states(*import), QStringLiteral("1 new, 1 changed, 0 unchanged, 4 refused"));
    QVERIFY(rowFor(*import, QStringLiteral("A1.1.2"))
                ->reason.contains(QStringLiteral("“九十三” in 本期数值 is not a number")));
    QVERIFY(
        rowFor(*import, QStringLiteral("M1"))->reason.contains(QStringLiteral("led by 市统计局")));
    QVERIFY(rowFor(*import, QStringLiteral("Z9.9"))
                ->reason.contains(QStringLiteral("No indicator has the code")));
    QVERIFY(
        rowFor(*import, QStringLiteral("L1.2"))->reason.contains(QStringLiteral("no lead unit")));

    QUndoStack stack;
    const CommandError failure = std::make_shared<QString>();
    stack.push(new ImportSheetsCommand(m_store.get(), *import, failure));
    QCOMPARE(*failure, QString());

    // The figures and texts are in the data file ...
    const qint64 shops = m_store->indicatorByCode(QStringLiteral("A1.1.1"))->id;
    const auto newFigure = m_store->latestMeasurement(shops, QDate(2024, 6, 30));
    QCOMPARE(newFigure->date, QDate(2024, 6, 30));
    QCOMPARE(newFigure->value, 260.0);
    QCOMPARE(newFigure->progress, QStringLiteral("新引进首店260家，其中全国首店12家"));
    QCOMPARE(newFigure->problems, QStringLiteral("优质品牌资源竞争激烈"));
    QCOMPARE(newFigure->nextSteps, QStringLiteral("举办首发经济活动周"));
    const auto corrected = m_store->latestMeasurement(
        m_store->indicatorByCode(QStringLiteral("L1.1"))->id, QDate(2024, 6, 30));
    QCOMPARE(corrected->value, 320.0);
    QCOMPARE(corrected->progress, QStringLiteral("已建成320公里"));
    // ... nothing else changed ...
    QStringList expected = before;
    QStringList after = allFigures(*m_store);
    after.removeIf([](const QString &line) {
        return line.startsWith(QLatin1String("A1.1.1")) &&
               line.contains(QLatin1String("2024-06-30"));
    });
    for (QString &line : expected) {
        if (line.startsWith(QLatin1String("L1.1 ")))
            line.replace(QStringLiteral(" 300 [已建300公里"),
                         QStringLiteral(" 320 [已建成320公里"));
    }
    QCOMPARE(after, expected);
    const std::vector<Indicator> indicatorsAfter = m_store->indicators();
    QCOMPARE(indicatorsAfter.size(), indicatorsBefore.size());
    for (std::size_t i = 0; i < indicatorsAfter.size(); ++i) {
        QCOMPARE(indicatorsAfter[i].name, indicatorsBefore[i].name);
        QCOMPARE(indicatorsAfter[i].leadUnit, indicatorsBefore[i].leadUnit);
        QCOMPARE(indicatorsAfter[i].target, indicatorsBefore[i].target);
    }
    // ... the bad rows go back with their reasons ...
    const QString back = m_file->filePath(QStringLiteral("退回-市商务局.xlsx"));
    QVERIFY2(RefusedSheetWriter::write(import->refusedRows(), back, &error), qPrintable(error));
    const auto returned = SheetFileReader::read(test::readFile(back), back, &error);
    QCOMPARE(returned.size(), std::size_t(1));
    QCOMPARE(returned.front().cell(2, 0).text, QStringLiteral("A1.1.2"));
    QVERIFY(returned.front().cell(2, 11).text.contains(QStringLiteral("not a number")));
    // ... and one undo removes all of it.
    QCOMPARE(stack.count(), 1);
    stack.undo();
    QCOMPARE(*failure, QString());
    QCOMPARE(allFigures(*m_store), before);
    QVERIFY(ImportedSheets::all(*m_store).empty());
}

void TestSheetsIn::gb18030CsvSavedByLibreOffice()
{
    if (test::soffice().isEmpty())
        QSKIP("LibreOffice (soffice) is not installed: install libreoffice-calc-nogui to save a "
              "CSV in GB18030 through it");
    const QByteArray sheet = exported(QStringLiteral("市商务局"));
    const QByteArray filled = test::fillWorkbook(
        sheet, {{QStringLiteral("G3"), 260.0},
                {QStringLiteral("H3"), QDate(2024, 6, 30)},
                {QStringLiteral("I3"), QStringLiteral("新引进首店260家，“首发经济”活动12场")},
                {QStringLiteral("G4"), 96.5}});
    const QString filledPath = m_file->filePath(QStringLiteral("filled/市商务局.xlsx"));
    QDir().mkpath(QFileInfo(filledPath).path());
    test::writeFile(filledPath, filled);
    QString error;
    // Comma, double quote, character set 85 (LibreOffice's RTL_TEXTENCODING_GB_18030).
    const QString saved = test::saveThroughLibreOffice(
        filledPath, QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,85"),
        m_file->filePath(QStringLiteral("csv")), &error);
    QVERIFY2(!saved.isEmpty(), qPrintable(error));
    const QByteArray bytes = test::readFile(saved);
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString asUtf8 = utf8.decode(bytes);
    QVERIFY2(utf8.hasError(), "LibreOffice wrote UTF-8, not GB18030");
    const std::optional<SheetImport> import = SheetImportPreview::build(*m_store, {saved}, &error);
    QVERIFY2(import, qPrintable(error));
    QCOMPARE(import->files.front().error, QString());
    QCOMPARE(import->files.front().units, QStringList{QStringLiteral("市商务局")});
    QCOMPARE(states(*import), QStringLiteral("2 new, 0 changed, 0 unchanged, 0 refused"));
    const SheetImportRow *row = rowFor(*import, QStringLiteral("A1.1.1"));
    QCOMPARE(row->after.value, 260.0);
    QCOMPARE(row->after.date, QDate(2024, 6, 30));
    QCOMPARE(row->after.progress, QStringLiteral("新引进首店260家，“首发经济”活动12场"));
    QCOMPARE(rowFor(*import, QStringLiteral("A1.1.2"))->after.value, 96.5);
    QCOMPARE(rowFor(*import, QStringLiteral("A1.1.2"))->after.date,
             QDate(2024, 6, 30)); // the title's
}

QTEST_GUILESS_MAIN(TestSheetsIn)
#include "tst_sheetsin.moc"
