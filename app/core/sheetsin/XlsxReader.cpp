#include "sheetsin/XlsxReader.h"

#include "sheetsin/SheetDate.h"

#include <QHash>
#include <QLocale>
#include <QXmlStreamReader>

#include <unzip.h>

#include <algorithm>
#include <cstring>
#include <optional>

namespace pd {
namespace {

QString damaged(const QString &what)
{
    return XlsxReader::tr("The workbook is damaged and cannot be read (%1). Open it in Excel or "
                          "WPS, save it again and import the new file.")
        .arg(what);
}

/// One relationship of a part: its type's last word ("worksheet", "sharedStrings") and the
/// part it points to, as a path inside the zip.
struct Relationship
{
    QString type;
    QString target;
};

/// A path inside the zip for a relationship's target, relative to the folder of the part
/// that names it ("worksheets/sheet1.xml" from xl/workbook.xml), or absolute ("/xl/…").
QString resolve(const QString &fromPart, const QString &target)
{
    QString path;
    if (target.startsWith(QLatin1Char('/'))) {
        path = target.mid(1);
    } else {
        const qsizetype slash = fromPart.lastIndexOf(QLatin1Char('/'));
        path = (slash < 0 ? QString() : fromPart.left(slash + 1)) + target;
    }
    // Clean "a/../b" by hand: QDir::cleanPath would also touch a leading "..".
    QStringList parts;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("..")) {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (part != QLatin1String(".")) {
            parts << part;
        }
    }
    return parts.join(QLatin1Char('/'));
}

/// The relationships file of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels.
QString relsOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) +
           QStringLiteral(".rels");
}

/// OOXML writes characters XML cannot hold as _xHHHH_ (_x000D_ for a carriage return).
QString unescaped(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('_') && i + 6 < text.size() &&
            text.at(i + 1) == QLatin1Char('x') && text.at(i + 6) == QLatin1Char('_')) {
            bool ok = false;
            const ushort code = text.mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                result += QChar(code);
                i += 6;
                continue;
            }
        }
        result += text.at(i);
    }
    return result;
}

/// "AB12" → row 11, column 27 (0-based); false for anything else.
bool parseReference(QStringView ref, int *row, int *column)
{
    int c = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref.at(i).isLetter(); ++i) {
        const char16_t u = ref.at(i).toUpper().unicode();
        if (u < u'A' || u > u'Z')
            return false;
        c = c * 26 + (u - u'A' + 1);
        if (c > 16384)
            return false;
    }
    if (i == 0 || i == ref.size())
        return false;
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (!ok || r < 1 || r > 1048576)
        return false;
    *row = r - 1;
    *column = c - 1;
    return true;
}

bool parseRange(QStringView ref, SheetRange *range)
{
    const qsizetype colon = ref.indexOf(QLatin1Char(':'));
    if (colon < 0) {
        if (!parseReference(ref, &range->firstRow, &range->firstColumn))
            return false;
        range->lastRow = range->firstRow;
        range->lastColumn = range->firstColumn;
        return true;
    }
    return parseReference(ref.left(colon), &range->firstRow, &range->firstColumn) &&
           parseReference(ref.mid(colon + 1), &range->lastRow, &range->lastColumn) &&
           range->lastRow >= range->firstRow && range->lastColumn >= range->firstColumn;
}

/// The text of a string item (<si>, <is>): its <t>, or its rich text runs' <t> joined; the
/// phonetic runs (<rPh>, furigana) are no part of what the cell shows.
QString stringItem(QXmlStreamReader &xml)
{
    QString text;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("t")) {
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.name() == QLatin1String("r")) {
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("t"))
                    text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                else
                    xml.skipCurrentElement(); // the run's font
            }
        } else {
            xml.skipCurrentElement(); // rPh, phoneticPr
        }
    }
    return unescaped(text);
}

/// The workbook's bytes as minizip's file: read from memory, never written.
struct MemoryFile
{
    const QByteArray *bytes = nullptr;
    qint64 position = 0;
};

voidpf ZCALLBACK memoryOpen(voidpf opaque, const void *, int mode)
{
    if ((mode & ZLIB_FILEFUNC_MODE_READWRITEFILTER) != ZLIB_FILEFUNC_MODE_READ)
        return nullptr;
    static_cast<MemoryFile *>(opaque)->position = 0;
    return opaque;
}

uLong ZCALLBACK memoryRead(voidpf, voidpf stream, void *buffer, uLong size)
{
    auto *file = static_cast<MemoryFile *>(stream);
    const qint64 left = file->bytes->size() - file->position;
    const qint64 n = std::min<qint64>(qint64(size), std::max<qint64>(left, 0));
    std::memcpy(buffer, file->bytes->constData() + file->position, std::size_t(n));
    file->position += n;
    return uLong(n);
}

uLong ZCALLBACK memoryWrite(voidpf, voidpf, const void *, uLong)
{
    return 0;
}

ZPOS64_T ZCALLBACK memoryTell(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<MemoryFile *>(stream)->position);
}

long ZCALLBACK memorySeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *file = static_cast<MemoryFile *>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = file->position;
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = file->bytes->size();
    else if (origin != ZLIB_FILEFUNC_SEEK_SET)
        return -1;
    if (offset > ZPOS64_T(file->bytes->size()))
        return -1;
    const qint64 to = base + qint64(offset);
    if (to < 0 || to > file->bytes->size())
        return -1;
    file->position = to;
    return 0;
}

int ZCALLBACK memoryClose(voidpf, voidpf)
{
    return 0;
}

int ZCALLBACK memoryError(voidpf, voidpf)
{
    return 0;
}

/// The zip (through minizip, which libxlsxwriter links too) and its entries, found whatever
/// the case of their names.
class Package
{
public:
    explicit Package(const QByteArray &bytes)
    {
        m_file.bytes = &bytes;
        m_functions.zopen64_file = memoryOpen;
        m_functions.zread_file = memoryRead;
        m_functions.zwrite_file = memoryWrite;
        m_functions.ztell64_file = memoryTell;
        m_functions.zseek64_file = memorySeek;
        m_functions.zclose_file = memoryClose;
        m_functions.zerror_file = memoryError;
        m_functions.opaque = &m_file;
    }
    ~Package()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    Package(const Package &) = delete;
    Package &operator=(const Package &) = delete;

    bool open(QString *error)
    {
        m_zip = unzOpen2_64("workbook", &m_functions);
        if (!m_zip) {
            *error = damaged(XlsxReader::tr("the zip archive cannot be opened"));
            return false;
        }
        for (int status = unzGoToFirstFile(m_zip); status == UNZ_OK;
             status = unzGoToNextFile(m_zip)) {
            char name[1024];
            unz_file_info64 info{};
            if (unzGetCurrentFileInfo64(m_zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) !=
                UNZ_OK) {
                *error = damaged(XlsxReader::tr("the zip archive's list of parts cannot be read"));
                return false;
            }
            unz64_file_pos position{};
            unzGetFilePos64(m_zip, &position);
            m_entries.insert(QString::fromUtf8(name).toLower(), position);
        }
        if (m_entries.isEmpty()) {
            *error = damaged(XlsxReader::tr("the zip archive holds nothing"));
            return false;
        }
        return true;
    }

    bool has(const QString &name) const { return m_entries.contains(name.toLower()); }

    /// A part's bytes; nullopt with *error when it is missing (unless optional: then empty),
    /// encrypted, too large or damaged.
    std::optional<QByteArray> part(const QString &name, QString *error, bool optional = false)
    {
        auto found = m_entries.find(name.toLower());
        if (found == m_entries.end()) {
            if (optional)
                return QByteArray();
            *error = damaged(XlsxReader::tr("%1 is missing").arg(name));
            return std::nullopt;
        }
        unz_file_info64 info{};
        if (unzGoToFilePos64(m_zip, &*found) != UNZ_OK ||
            unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK) {
            *error = damaged(XlsxReader::tr("%1 cannot be read").arg(name));
            return std::nullopt;
        }
        if (info.flag & 1) {
            *error = XlsxReader::tr("The workbook is encrypted with a password. Save it again "
                                    "without a password in Excel or WPS and import that file.");
            return std::nullopt;
        }
        if (qint64(info.uncompressed_size) > XlsxReader::MaxPartSize)
            return tooLarge(error);
        if (unzOpenCurrentFile(m_zip) != UNZ_OK) {
            *error = damaged(XlsxReader::tr("%1 cannot be unpacked").arg(name));
            return std::nullopt;
        }
        // The size the zip states may lie; what is unpacked is counted.
        QByteArray bytes;
        char chunk[65536];
        for (;;) {
            const int n = unzReadCurrentFile(m_zip, chunk, sizeof chunk);
            if (n < 0) {
                unzCloseCurrentFile(m_zip);
                *error = damaged(XlsxReader::tr("%1 cannot be unpacked").arg(name));
                return std::nullopt;
            }
            if (n == 0)
                break;
            if (bytes.size() + n > XlsxReader::MaxPartSize) {
                unzCloseCurrentFile(m_zip);
                return tooLarge(error);
            }
            bytes.append(chunk, n);
        }
        if (unzCloseCurrentFile(m_zip) != UNZ_OK) { // UNZ_CRCERROR: not what was packed
            *error = damaged(XlsxReader::tr("%1 is corrupt").arg(name));
            return std::nullopt;
        }
        return bytes;
    }

private:
    static std::optional<QByteArray> tooLarge(QString *error)
    {
        *error = XlsxReader::tr("The workbook is too large to read: a part of it unpacks to "
                                "more than %1 MB.")
                     .arg(XlsxReader::MaxPartSize / (1024 * 1024));
        return std::nullopt;
    }

    MemoryFile m_file;
    zlib_filefunc64_def m_functions{};
    unzFile m_zip = nullptr;
    QHash<QString, unz64_file_pos> m_entries;
};

bool xmlFailed(const QXmlStreamReader &xml, const QString &part, QString *error)
{
    if (!xml.hasError())
        return false;
    *error = damaged(
        XlsxReader::tr("%1, line %2: %3").arg(part).arg(xml.lineNumber()).arg(xml.errorString()));
    return true;
}

std::optional<std::vector<std::pair<QString, Relationship>>>
relationships(Package &zip, const QString &ofPart, QString *error)
{
    const QString name = relsOf(ofPart);
    const std::optional<QByteArray> bytes = zip.part(name, error, true);
    if (!bytes)
        return std::nullopt;
    std::vector<std::pair<QString, Relationship>> result;
    if (bytes->isEmpty())
        return result; // none: the parts are where they always are
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement ||
            xml.name() != QLatin1String("Relationship"))
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (a.value(QLatin1String("TargetMode")) == QLatin1String("External"))
            continue;
        const QString type = a.value(QLatin1String("Type")).toString();
        result.emplace_back(
            a.value(QLatin1String("Id")).toString(),
            Relationship{type.section(QLatin1Char('/'), -1),
                         resolve(ofPart, a.value(QLatin1String("Target")).toString())});
    }
    if (xmlFailed(xml, name, error))
        return std::nullopt;
    return result;
}

std::optional<QStringList> sharedStrings(Package &zip, const QString &part, QString *error)
{
    QStringList strings;
    if (part.isEmpty())
        return strings;
    const std::optional<QByteArray> bytes = zip.part(part, error, true);
    if (!bytes)
        return std::nullopt;
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
            strings << stringItem(xml);
    }
    if (xmlFailed(xml, part, error))
        return std::nullopt;
    return strings;
}

/// What the number format of each cell format (cellXfs, by the cells' s index) shows.
struct CellFormat
{
    bool date = false;
    bool percent = false;
};

std::optional<std::vector<CellFormat>> cellFormats(Package &zip, const QString &part,
                                                   QString *error)
{
    std::vector<CellFormat> formats;
    if (part.isEmpty())
        return formats;
    const std::optional<QByteArray> bytes = zip.part(part, error, true);
    if (!bytes)
        return std::nullopt;
    QHash<int, QString> codes;
    QXmlStreamReader xml(*bytes);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == QLatin1String("numFmt")) {
            codes.insert(a.value(QLatin1String("numFmtId")).toInt(),
                         a.value(QLatin1String("formatCode")).toString());
        } else if (xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
            // numFmts come before cellXfs in styles.xml, so every code is known here.
            const int id = a.value(QLatin1String("numFmtId")).toInt();
            const QString code = codes.value(id);
            formats.push_back(
                {SheetDate::isDateFormat(id, code), SheetDate::isPercentFormat(id, code)});
        }
    }
    if (xmlFailed(xml, part, error))
        return std::nullopt;
    return formats;
}

struct SheetEntry
{
    QString name;
    QString part;
    bool hidden = false;
};

bool readSheet(Package &zip, const SheetEntry &entry, const QStringList &strings,
               const std::vector<CellFormat> &formats, std::size_t *cells, SheetGrid *grid,
               QString *error)
{
    const std::optional<QByteArray> bytes = zip.part(entry.part, error);
    if (!bytes)
        return false;
    QXmlStreamReader xml(*bytes);
    int row = -1;
    int column = -1;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == QLatin1String("row")) {
            // Rows and cells may leave out their r: they follow the one before.
            const QStringView r = a.value(QLatin1String("r"));
            bool ok = false;
            const int n = r.toInt(&ok);
            row = ok && n >= 1 && n <= 1048576 ? n - 1 : row + 1;
            column = -1;
        } else if (xml.name() == QLatin1String("c")) {
            const QStringView ref = a.value(QLatin1String("r"));
            int r = row < 0 ? 0 : row;
            int c = column + 1;
            if (!ref.isEmpty() && !parseReference(ref, &r, &c)) {
                *error = damaged(XlsxReader::tr("%1: the cell reference \"%2\"")
                                     .arg(entry.part, ref.toString()));
                return false;
            }
            row = r;
            column = c;
            const QString type = a.value(QLatin1String("t")).toString();
            const int style = a.value(QLatin1String("s")).toInt();
            QString value;
            QString inlineText;
            bool hasValue = false;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("v")) {
                    value = xml.readElementText();
                    hasValue = true;
                } else if (xml.name() == QLatin1String("is")) {
                    inlineText = stringItem(xml);
                    hasValue = true;
                } else {
                    xml.skipCurrentElement(); // the formula itself: its cached value is <v>
                }
            }
            if (!hasValue)
                continue; // a formatted blank
            SheetCell cell;
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= strings.size()) {
                    *error = damaged(
                        XlsxReader::tr("%1: a cell names a shared string that does not exist")
                            .arg(entry.part));
                    return false;
                }
                cell.type = SheetCell::Type::Text;
                cell.text = strings.at(index);
            } else if (type == QLatin1String("inlineStr")) {
                cell.type = SheetCell::Type::Text;
                cell.text = inlineText;
            } else if (type == QLatin1String("str")) {
                cell.type = SheetCell::Type::Text;
                cell.text = unescaped(value);
            } else if (type == QLatin1String("b")) {
                cell.type = SheetCell::Type::Boolean;
                cell.number = value.trimmed() == QLatin1String("1") ? 1 : 0;
            } else if (type == QLatin1String("e")) {
                cell.type = SheetCell::Type::Error;
                cell.text = value;
            } else if (type == QLatin1String("d")) {
                // An ISO 8601 date (strict OOXML, some writers).
                const QDate date = QDate::fromString(value.left(10), Qt::ISODate);
                if (!date.isValid())
                    continue;
                cell.type = SheetCell::Type::Number;
                cell.number = SheetDate::toSerial(date);
                cell.date = date;
            } else {
                if (value.trimmed().isEmpty())
                    continue;
                bool ok = false;
                cell.number = QLocale::c().toDouble(value.trimmed(), &ok);
                if (!ok) {
                    *error = damaged(
                        XlsxReader::tr("%1: the number \"%2\"").arg(entry.part, value.left(40)));
                    return false;
                }
                cell.type = SheetCell::Type::Number;
                if (style >= 0 && std::size_t(style) < formats.size()) {
                    if (formats[std::size_t(style)].date)
                        cell.date = SheetDate::fromSerial(cell.number, grid->date1904);
                    cell.percent = formats[std::size_t(style)].percent;
                }
            }
            if (++*cells > XlsxReader::MaxCells) {
                *error = XlsxReader::tr("The workbook is too large to read: it has more than "
                                        "%1 cells.")
                             .arg(XlsxReader::MaxCells);
                return false;
            }
            grid->setCell(row, column, cell);
        } else if (xml.name() == QLatin1String("mergeCell")) {
            SheetRange range;
            if (parseRange(a.value(QLatin1String("ref")), &range))
                grid->merged.push_back(range);
        }
    }
    return !xmlFailed(xml, entry.part, error);
}

} // namespace

bool XlsxReader::isZip(const QByteArray &bytes)
{
    return bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06");
}

bool XlsxReader::isCompoundFile(const QByteArray &bytes)
{
    return bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

std::vector<SheetGrid> XlsxReader::read(const QByteArray &bytes, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    if (isCompoundFile(bytes)) {
        // A workbook saved with a password is an OLE file holding the encrypted package.
        QByteArray encryption; // the stream's name, UTF-16LE as compound files write names
        for (const char c : QByteArrayView("EncryptionInfo"))
            encryption.append(c).append('\0');
        *error = bytes.contains(encryption)
                     ? tr("The workbook is protected with a password. Save it again without "
                          "a password in Excel or WPS and import that file.")
                     : tr("This is an Excel 97–2003 workbook (.xls). Save it in Excel or WPS "
                          "as an Excel workbook (.xlsx) and import that file.");
        return {};
    }
    if (bytes.isEmpty()) {
        *error = tr("The file is empty.");
        return {};
    }
    if (!isZip(bytes)) {
        *error = tr("The file is not an Excel workbook (.xlsx).");
        return {};
    }
    Package zip(bytes);
    if (!zip.open(error))
        return {};

    // The workbook part: where the package's relationships say, else where it always is.
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    const auto root = relationships(zip, QString(), error);
    if (!root)
        return {};
    for (const auto &[id, rel] : *root) {
        if (rel.type == QLatin1String("officeDocument") && zip.has(rel.target))
            workbookPart = rel.target;
    }
    const std::optional<QByteArray> workbook = zip.part(workbookPart, error);
    if (!workbook) {
        if (!zip.has(workbookPart) && !zip.has(QStringLiteral("[Content_Types].xml")))
            *error = tr("The file is a zip archive, not an Excel workbook (.xlsx).");
        return {};
    }
    const auto rels = relationships(zip, workbookPart, error);
    if (!rels)
        return {};
    QHash<QString, QString> worksheets;
    QString stringsPart;
    QString stylesPart;
    for (const auto &[id, rel] : *rels) {
        if (rel.type == QLatin1String("worksheet"))
            worksheets.insert(id, rel.target);
        else if (rel.type == QLatin1String("sharedStrings"))
            stringsPart = rel.target;
        else if (rel.type == QLatin1String("styles"))
            stylesPart = rel.target;
    }

    bool date1904 = false;
    std::vector<SheetEntry> entries;
    QXmlStreamReader xml(*workbook);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == QLatin1String("workbookPr")) {
            const QStringView value = a.value(QLatin1String("date1904"));
            date1904 = value == QLatin1String("1") || value == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            // r:id, in the transitional or the strict namespace alike.
            QString id;
            for (const QXmlStreamAttribute &attribute : a) {
                if (attribute.name() == QLatin1String("id") &&
                    attribute.namespaceUri().contains(QLatin1String("relationships")))
                    id = attribute.value().toString();
            }
            const auto part = worksheets.constFind(id);
            if (part == worksheets.constEnd())
                continue; // a chart sheet or a dialog sheet: no cells
            const QStringView state = a.value(QLatin1String("state"));
            entries.push_back(
                {a.value(QLatin1String("name")).toString(), *part,
                 state == QLatin1String("hidden") || state == QLatin1String("veryHidden")});
        }
    }
    if (xmlFailed(xml, workbookPart, error))
        return {};

    const std::optional<QStringList> strings = sharedStrings(zip, stringsPart, error);
    if (!strings)
        return {};
    const std::optional<std::vector<CellFormat>> formats = cellFormats(zip, stylesPart, error);
    if (!formats)
        return {};

    std::vector<SheetGrid> sheets;
    std::size_t cells = 0;
    bool anyCell = false;
    for (const SheetEntry &entry : entries) {
        SheetGrid grid;
        grid.name = entry.name;
        grid.hidden = entry.hidden;
        grid.date1904 = date1904;
        if (!readSheet(zip, entry, *strings, *formats, &cells, &grid, error))
            return {};
        anyCell = anyCell || !grid.isEmpty();
        sheets.push_back(std::move(grid));
    }
    if (!anyCell) {
        *error = tr("The workbook has no cells: there is nothing to import.");
        return {};
    }
    return sheets;
}

} // namespace pd
