#include "SheetFixtures.h"

#include "sheetsin/SheetDate.h"
#include "TestSupport.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <unzip.h>
#include <zip.h>
#include <zlib.h>

#include <map>

namespace pd::test {

ParsedPlan unitPlan()
{
    ParsedPlan plan = samplePlan();
    for (auto &item : plan.indicators) {
        Indicator &ind = item.indicator;
        if (ind.code == QLatin1String("M1")) {
            ind.leadUnit = QStringLiteral("市统计局");
        } else if (ind.code == QLatin1String("M2")) {
            ind.leadUnit = QStringLiteral("市人社局");
            ind.coUnits = QStringLiteral("市统计局");
        } else if (ind.code.startsWith(QLatin1String("A1.1")) ||
                   ind.code == QLatin1String("L1.1")) {
            ind.leadUnit = QStringLiteral("市商务局");
        }
    }
    // One more project, led by no unit yet (未分配).
    Indicator parks = plan.indicators.back().indicator;
    parks.code = QStringLiteral("L1.2");
    parks.ordinal = 2;
    parks.name = QStringLiteral("新建口袋公园");
    parks.target = 100;
    parks.unit = QStringLiteral("个");
    parks.leadUnit.clear();
    parks.snippet = QStringLiteral("新建口袋公园100个");
    plan.indicators.push_back({plan.indicators.back().node, parks});
    return plan;
}

QByteArray zip(const ZipParts &parts, const QByteArray &password)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("made.zip"));
    zipFile out = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!out)
        return {};
    for (const auto &[name, bytes] : parts) {
        zip_fileinfo info{};
        const uLong crc =
            crc32(0, reinterpret_cast<const Bytef *>(bytes.constData()), uInt(bytes.size()));
        zipOpenNewFileInZip3_64(out, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0,
                                nullptr, Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0, -MAX_WBITS,
                                DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY,
                                password.isEmpty() ? nullptr : password.constData(), crc, 0);
        zipWriteInFileInZip(out, bytes.constData(), unsigned(bytes.size()));
        zipCloseFileInZip(out);
    }
    zipClose(out, nullptr);
    return readFile(path);
}

ZipParts unzip(const QByteArray &bytes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("read.zip"));
    writeFile(path, bytes);
    ZipParts parts;
    unzFile in = unzOpen64(QFile::encodeName(path).constData());
    if (!in)
        return parts;
    for (int status = unzGoToFirstFile(in); status == UNZ_OK; status = unzGoToNextFile(in)) {
        char name[512];
        unz_file_info64 info{};
        unzGetCurrentFileInfo64(in, &info, name, sizeof name, nullptr, 0, nullptr, 0);
        QByteArray data;
        if (unzOpenCurrentFile(in) == UNZ_OK) {
            char chunk[65536];
            int n = 0;
            while ((n = unzReadCurrentFile(in, chunk, sizeof chunk)) > 0)
                data.append(chunk, n);
            unzCloseCurrentFile(in);
        }
        parts.emplace_back(QString::fromUtf8(name), data);
    }
    unzClose(in);
    return parts;
}

QByteArray workbook(const std::vector<SheetXml> &sheets, const QString &sharedStrings,
                    const QString &styles, bool date1904)
{
    const QString main =
        QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
    const QString rel =
        QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
    ZipParts parts;
    QString types = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats."
        "org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/"
        "xml\"/><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
        "package.relationships+xml\"/></Types>");
    parts.emplace_back(QStringLiteral("[Content_Types].xml"), types.toUtf8());
    parts.emplace_back(
        QStringLiteral("_rels/.rels"),
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://"
                       "schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
                       "Id=\"rId1\" Type=\"%1/officeDocument\" Target=\"xl/workbook.xml\"/>"
                       "</Relationships>")
            .arg(rel)
            .toUtf8());
    QString book = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook "
                                  "xmlns=\"%1\" xmlns:r=\"%2\">")
                       .arg(main, rel);
    if (date1904)
        book += QStringLiteral("<workbookPr date1904=\"1\"/>");
    book += QStringLiteral("<sheets>");
    QString rels = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                                  "xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                                  "relationships\">");
    for (std::size_t i = 0; i < sheets.size(); ++i) {
        const int n = int(i) + 1;
        book += QStringLiteral("<sheet name=\"%1\" sheetId=\"%2\" r:id=\"rId%2\"%3/>")
                    .arg(sheets[i].name.toHtmlEscaped())
                    .arg(n)
                    .arg(sheets[i].hidden ? QStringLiteral(" state=\"hidden\"") : QString());
        rels += QStringLiteral("<Relationship Id=\"rId%1\" Type=\"%2/worksheet\" "
                               "Target=\"worksheets/sheet%1.xml\"/>")
                    .arg(n)
                    .arg(rel);
        parts.emplace_back(QStringLiteral("xl/worksheets/sheet%1.xml").arg(n),
                           QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                                          "xmlns=\"%1\" xmlns:r=\"%2\"><sheetData>%3</sheetData>"
                                          "%4</worksheet>")
                               .arg(main, rel, sheets[i].sheetData, sheets[i].afterData)
                               .toUtf8());
    }
    book += QStringLiteral("</sheets></workbook>");
    if (!sharedStrings.isEmpty()) {
        rels += QStringLiteral("<Relationship Id=\"rS\" Type=\"%1/sharedStrings\" "
                               "Target=\"sharedStrings.xml\"/>")
                    .arg(rel);
        parts.emplace_back(QStringLiteral("xl/sharedStrings.xml"),
                           QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst "
                                          "xmlns=\"%1\">%2</sst>")
                               .arg(main, sharedStrings)
                               .toUtf8());
    }
    if (!styles.isEmpty()) {
        rels += QStringLiteral("<Relationship Id=\"rT\" Type=\"%1/styles\" Target=\"styles.xml\"/>")
                    .arg(rel);
        parts.emplace_back(QStringLiteral("xl/styles.xml"),
                           QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet "
                                          "xmlns=\"%1\">%2</styleSheet>")
                               .arg(main, styles)
                               .toUtf8());
    }
    rels += QStringLiteral("</Relationships>");
    parts.emplace_back(QStringLiteral("xl/workbook.xml"), book.toUtf8());
    parts.emplace_back(QStringLiteral("xl/_rels/workbook.xml.rels"), rels.toUtf8());
    return zip(parts);
}

namespace {

int rowOf(const QString &ref)
{
    static const QRegularExpression digits(QStringLiteral("[0-9]+$"));
    return digits.match(ref).captured(0).toInt();
}

const QString sheetNamespace =
    QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");

/// Writes a filled cell in place of an exported blank (keeping its style s). In the sheet's
/// namespace: the writer copies the rest under a prefix of its own (n1:c), and a cell in no
/// namespace is no cell to Excel or LibreOffice.
void writeCell(QXmlStreamWriter &out, const Fill &fill, const QString &style)
{
    out.writeStartElement(sheetNamespace, QStringLiteral("c"));
    out.writeAttribute(QStringLiteral("r"), fill.ref);
    if (!style.isEmpty())
        out.writeAttribute(QStringLiteral("s"), style);
    if (fill.value.typeId() == QMetaType::QString) {
        out.writeAttribute(QStringLiteral("t"), QStringLiteral("inlineStr"));
        out.writeStartElement(sheetNamespace, QStringLiteral("is"));
        out.writeTextElement(sheetNamespace, QStringLiteral("t"), fill.value.toString());
        out.writeEndElement();
    } else {
        const double number = fill.value.typeId() == QMetaType::QDate
                                  ? SheetDate::toSerial(fill.value.toDate())
                                  : fill.value.toDouble();
        out.writeTextElement(sheetNamespace, QStringLiteral("v"),
                             QLocale::c().toString(number, 'g', 15));
    }
    out.writeEndElement();
}

} // namespace

QByteArray fillWorkbook(const QByteArray &xlsx, const std::vector<Fill> &cells, int sheet)
{
    std::map<QString, Fill> byRef;
    std::map<int, std::vector<Fill>> extraRows;
    for (const Fill &fill : cells)
        byRef.emplace(fill.ref, fill);
    ZipParts parts = unzip(xlsx);
    for (auto &[name, bytes] : parts) {
        if (name != QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet))
            continue;
        QXmlStreamReader in(bytes);
        QByteArray written;
        QXmlStreamWriter out(&written);
        int lastRow = 0;
        QString lastStyle[16];
        while (!in.atEnd()) {
            in.readNext();
            if (in.isStartElement() && in.name() == QLatin1String("row"))
                lastRow = in.attributes().value(QLatin1String("r")).toInt();
            if (in.isStartElement() && in.name() == QLatin1String("c")) {
                const QString ref = in.attributes().value(QLatin1String("r")).toString();
                const QString style = in.attributes().value(QLatin1String("s")).toString();
                const int column = ref.at(0).unicode() - 'A';
                if (column >= 0 && column < 16)
                    lastStyle[column] = style;
                const auto found = byRef.find(ref);
                if (found != byRef.end()) {
                    writeCell(out, found->second, style);
                    byRef.erase(found);
                    in.skipCurrentElement();
                    continue;
                }
            }
            if (in.isEndElement() && in.name() == QLatin1String("sheetData")) {
                // Rows the unit added under the table, styled as the last row's cells.
                for (const auto &[ref, fill] : byRef) {
                    if (rowOf(ref) > lastRow)
                        extraRows[rowOf(ref)].push_back(fill);
                }
                for (const auto &[row, fills] : extraRows) {
                    out.writeStartElement(sheetNamespace, QStringLiteral("row"));
                    out.writeAttribute(QStringLiteral("r"), QString::number(row));
                    for (const Fill &fill : fills) {
                        const int column = fill.ref.at(0).unicode() - 'A';
                        writeCell(out, fill,
                                  column >= 0 && column < 16 ? lastStyle[column] : QString());
                    }
                    out.writeEndElement();
                }
            }
            out.writeCurrentToken(in);
        }
        bytes = written;
    }
    return zip(parts);
}

QString soffice()
{
    return QStandardPaths::findExecutable(QStringLiteral("soffice"));
}

QString saveThroughLibreOffice(const QString &file, const QString &filter, const QString &outDir,
                               QString *error)
{
    const QString program = soffice();
    if (program.isEmpty()) {
        *error = QStringLiteral("soffice is not installed");
        return {};
    }
    QTemporaryDir profile;
    QDir().mkpath(outDir);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), profile.path());
    process.setProcessEnvironment(env);
    process.start(program,
                  {QStringLiteral("-env:UserInstallation=") +
                       QUrl::fromLocalFile(profile.filePath(QStringLiteral("lo"))).toString(),
                   QStringLiteral("--headless"), QStringLiteral("--convert-to"), filter,
                   QStringLiteral("--outdir"), outDir, file});
    if (!process.waitForFinished(180000) || process.exitCode() != 0) {
        *error = QStringLiteral("soffice failed: ") +
                 QString::fromLocal8Bit(process.readAllStandardError());
        return {};
    }
    const QString suffix = filter.section(QLatin1Char(':'), 0, 0);
    const QString made =
        QDir(outDir).filePath(QFileInfo(file).completeBaseName() + QLatin1Char('.') + suffix);
    if (!QFileInfo::exists(made)) {
        *error = QStringLiteral("soffice wrote nothing: ") +
                 QString::fromLocal8Bit(process.readAllStandardOutput() +
                                        process.readAllStandardError());
        return {};
    }
    return made;
}

} // namespace pd::test
