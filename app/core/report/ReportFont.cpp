#include "report/ReportFont.h"

#include <QFile>
#include <QFontDatabase>
#include <QStringList>
#include <QtEndian>

#include <algorithm>
#include <map>
#include <vector>

namespace pd {
namespace {

// CJK Radicals Supplement and Kangxi Radicals: the code points that share glyphs with the
// unified ideographs and sort before them.
constexpr quint32 RadicalsFirst = 0x2E80;
constexpr quint32 RadicalsLast = 0x2FDF;

constexpr char PrivateFamily[] = "Progress Dashboard Sans";

quint16 u16(const QByteArray &data, qint64 at)
{
    if (at < 0 || at + 2 > data.size())
        return 0;
    return qFromBigEndian<quint16>(data.constData() + at);
}

quint32 u32(const QByteArray &data, qint64 at)
{
    if (at < 0 || at + 4 > data.size())
        return 0;
    return qFromBigEndian<quint32>(data.constData() + at);
}

void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToBigEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

struct Table
{
    quint32 tag = 0;
    QByteArray data;
};

constexpr quint32 tag(const char (&name)[5])
{
    return quint32(quint8(name[0])) << 24 | quint32(quint8(name[1])) << 16 |
           quint32(quint8(name[2])) << 8 | quint32(quint8(name[3]));
}

/// The tables of the face starting at offset (an sfnt offset table).
std::map<quint32, QByteArray> readFace(const QByteArray &file, qint64 offset)
{
    std::map<quint32, QByteArray> tables;
    const int count = u16(file, offset + 4);
    for (int i = 0; i < count; ++i) {
        const qint64 record = offset + 12 + 16 * i;
        const quint32 at = u32(file, record + 8);
        const quint32 length = u32(file, record + 12);
        if (qint64(at) + length > file.size())
            return {};
        tables[u32(file, record)] = file.mid(at, length);
    }
    return tables;
}

/// The family names (ID 1 and 16) a name table gives in Windows Unicode records.
QStringList familyNames(const QByteArray &name)
{
    QStringList names;
    const int count = u16(name, 2);
    const int strings = u16(name, 4);
    for (int i = 0; i < count; ++i) {
        const qint64 record = 6 + 12 * i;
        const quint16 platform = u16(name, record);
        const quint16 id = u16(name, record + 6);
        if (platform != 3 || (id != 1 && id != 16))
            continue;
        const int length = u16(name, record + 8);
        const int at = strings + u16(name, record + 10);
        QString text;
        for (int c = 0; c + 1 < length; c += 2)
            text.append(QChar(u16(name, at + c)));
        names << text;
    }
    return names;
}

struct Group
{
    quint32 first;
    quint32 last;
    quint32 glyph;
};

/// The Unicode mapping of a cmap table from its format 12 subtable, else its format 4 one.
std::vector<Group> readMapping(const QByteArray &cmap)
{
    std::vector<Group> groups;
    const int count = u16(cmap, 2);
    qint64 format4 = -1;
    for (int i = 0; i < count; ++i) {
        const quint16 platform = u16(cmap, 4 + 8 * i);
        const quint16 encoding = u16(cmap, 4 + 8 * i + 2);
        const qint64 at = u32(cmap, 4 + 8 * i + 4);
        const quint16 format = u16(cmap, at);
        const bool unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
        if (!unicode)
            continue;
        if (format == 12) {
            const quint32 n = u32(cmap, at + 12);
            for (quint32 g = 0; g < n; ++g) {
                const qint64 entry = at + 16 + 12 * qint64(g);
                groups.push_back({u32(cmap, entry), u32(cmap, entry + 4), u32(cmap, entry + 8)});
            }
            return groups;
        }
        if (format == 4 && format4 < 0)
            format4 = at;
    }
    if (format4 < 0)
        return groups;
    const int segments = u16(cmap, format4 + 6) / 2;
    const qint64 ends = format4 + 14;
    const qint64 starts = ends + 2 * segments + 2;
    const qint64 deltas = starts + 2 * segments;
    const qint64 offsets = deltas + 2 * segments;
    for (int s = 0; s < segments; ++s) {
        const quint32 first = u16(cmap, starts + 2 * s);
        const quint32 last = u16(cmap, ends + 2 * s);
        const quint16 delta = u16(cmap, deltas + 2 * s);
        const quint16 rangeOffset = u16(cmap, offsets + 2 * s);
        for (quint32 c = first; c <= last && c != 0xFFFF; ++c) {
            quint32 glyph = 0;
            if (rangeOffset == 0) {
                glyph = quint16(c + delta);
            } else {
                const qint64 at = offsets + 2 * s + rangeOffset + 2 * (c - first);
                glyph = u16(cmap, at);
                if (glyph)
                    glyph = quint16(glyph + delta);
            }
            if (!glyph)
                continue;
            if (!groups.empty() && groups.back().last + 1 == c &&
                groups.back().glyph + (c - groups.back().first) == glyph)
                groups.back().last = c;
            else
                groups.push_back({c, c, glyph});
        }
    }
    return groups;
}

/// A cmap with one format 12 subtable for the groups, listed as Unicode full repertoire for
/// both the Unicode and the Windows platform. (FreeType synthesises a Latin-only Unicode map
/// for a CFF font that lists no (0, *) or (3, 1) subtable, and Qt would pick that one.)
QByteArray writeCmap(const std::vector<Group> &groups)
{
    QByteArray out;
    put16(out, 0); // version
    put16(out, 2); // encoding records, both pointing at the one subtable
    put16(out, 0);
    put16(out, 4);
    put32(out, 20);
    put16(out, 3);
    put16(out, 10);
    put32(out, 20);
    put16(out, 12); // format
    put16(out, 0);
    put32(out, quint32(16 + 12 * groups.size()));
    put32(out, 0); // language
    put32(out, quint32(groups.size()));
    for (const Group &g : groups) {
        put32(out, g.first);
        put32(out, g.last);
        put32(out, g.glyph);
    }
    return out;
}

QByteArray writeName(const QString &family, const QString &style)
{
    const QString full = family + QLatin1Char(' ') + style;
    QString postScript = full;
    postScript.remove(QLatin1Char(' '));
    const std::vector<std::pair<quint16, QString>> records{
        {1, family}, {2, style}, {3, postScript}, {4, full}, {6, postScript}};
    QByteArray strings;
    QByteArray out;
    put16(out, 0);
    put16(out, quint16(records.size()));
    put16(out, quint16(6 + 12 * records.size()));
    for (const auto &[id, text] : records) {
        put16(out, 3);
        put16(out, 1);
        put16(out, 0x409);
        put16(out, id);
        put16(out, quint16(text.size() * 2));
        put16(out, quint16(strings.size()));
        for (QChar c : text)
            put16(strings, c.unicode());
    }
    return out + strings;
}

/// The style a face's name table gives (ID 2), "Regular" when none.
QString styleName(const QByteArray &name)
{
    const int count = u16(name, 2);
    const int strings = u16(name, 4);
    for (int i = 0; i < count; ++i) {
        const qint64 record = 6 + 12 * i;
        if (u16(name, record) != 3 || u16(name, record + 6) != 2)
            continue;
        const int length = u16(name, record + 8);
        const int at = strings + u16(name, record + 10);
        QString text;
        for (int c = 0; c + 1 < length; c += 2)
            text.append(QChar(u16(name, at + c)));
        return text;
    }
    return QStringLiteral("Regular");
}

quint32 checksum(const QByteArray &data)
{
    quint32 sum = 0;
    QByteArray padded = data;
    while (padded.size() % 4)
        padded.append('\0');
    for (qint64 i = 0; i < padded.size(); i += 4)
        sum += u32(padded, i);
    return sum;
}

QByteArray writeFont(quint32 version, const std::map<quint32, QByteArray> &tables)
{
    const quint16 count = quint16(tables.size());
    quint16 power = 1;
    quint16 log2 = 0;
    while (power * 2 <= count) {
        power *= 2;
        ++log2;
    }
    QByteArray out;
    put32(out, version);
    put16(out, count);
    put16(out, quint16(power * 16));
    put16(out, log2);
    put16(out, quint16(count * 16 - power * 16));
    quint32 offset = 12 + 16 * count;
    for (const auto &[name, data] : tables) {
        put32(out, name);
        put32(out, checksum(data));
        put32(out, offset);
        put32(out, quint32(data.size()));
        offset += quint32((data.size() + 3) & ~3);
    }
    for (const auto &[name, data] : tables) {
        out.append(data);
        while (out.size() % 4)
            out.append('\0');
    }
    return out;
}

/// Installed font files of Noto Sans CJK (a collection or the SC face alone), regular and bold.
QStringList notoFiles()
{
    const QStringList dirs{
        QStringLiteral("/usr/share/fonts/opentype/noto"),
        QStringLiteral("/usr/share/fonts/noto-cjk"),
        QStringLiteral("/usr/share/fonts/google-noto-cjk"),
        QStringLiteral("/usr/share/fonts/OTF"),
        QStringLiteral("/usr/share/fonts/opentype/noto-cjk"),
        QStringLiteral("/usr/local/share/fonts"),
        QStringLiteral("/Library/Fonts"),
    };
    const QStringList names{QStringLiteral("NotoSansCJK-%1.ttc"),
                            QStringLiteral("NotoSansCJKsc-%1.otf"),
                            QStringLiteral("NotoSansSC-%1.otf")};
    QStringList found;
    for (const QString &weight : {QStringLiteral("Regular"), QStringLiteral("Bold")}) {
        bool done = false;
        for (const QString &dir : dirs) {
            for (const QString &name : names) {
                const QString path = dir + QLatin1Char('/') + name.arg(weight);
                if (!done && QFile::exists(path)) {
                    found << path;
                    done = true;
                }
            }
        }
    }
    return found;
}

QString installedFamily()
{
    const QStringList preferred{
        QStringLiteral("Noto Sans CJK SC"),   QStringLiteral("Noto Sans SC"),
        QStringLiteral("Source Han Sans SC"), QStringLiteral("Source Han Sans CN"),
        QStringLiteral("WenQuanYi Zen Hei"),  QStringLiteral("WenQuanYi Micro Hei"),
        QStringLiteral("Microsoft YaHei"),    QStringLiteral("PingFang SC"),
        QStringLiteral("Noto Serif CJK SC"),  QStringLiteral("SimSun"),
    };
    const QStringList installed = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (const QString &family : preferred) {
        if (installed.contains(family, Qt::CaseInsensitive))
            return family;
    }
    return installed.isEmpty() ? QFontDatabase::systemFont(QFontDatabase::GeneralFont).family()
                               : installed.constFirst();
}

} // namespace

QByteArray ReportFont::withoutRadicals(const QByteArray &fontFile, const QString &faceFamily,
                                       const QString &newFamily)
{
    std::vector<qint64> faces;
    if (fontFile.startsWith("ttcf")) {
        const quint32 count = u32(fontFile, 8);
        for (quint32 i = 0; i < count && i < 64; ++i)
            faces.push_back(u32(fontFile, 12 + 4 * qint64(i)));
    } else {
        faces.push_back(0);
    }
    for (qint64 face : faces) {
        std::map<quint32, QByteArray> tables = readFace(fontFile, face);
        if (tables.empty() || !tables.count(tag("cmap")) || !tables.count(tag("name")))
            continue;
        if (faces.size() > 1 &&
            !familyNames(tables[tag("name")]).contains(faceFamily, Qt::CaseInsensitive))
            continue;
        std::vector<Group> groups;
        for (const Group &g : readMapping(tables[tag("cmap")])) {
            if (g.last < RadicalsFirst || g.first > RadicalsLast) {
                groups.push_back(g);
                continue;
            }
            if (g.first < RadicalsFirst)
                groups.push_back({g.first, RadicalsFirst - 1, g.glyph});
            if (g.last > RadicalsLast)
                groups.push_back(
                    {RadicalsLast + 1, g.last, g.glyph + (RadicalsLast + 1 - g.first)});
        }
        if (groups.empty())
            return {};
        const QString style = styleName(tables[tag("name")]);
        tables[tag("cmap")] = writeCmap(groups);
        tables[tag("name")] = writeName(newFamily, style);
        tables.erase(tag("DSIG")); // the signature no longer holds
        return writeFont(u32(fontFile, face), tables);
    }
    return {};
}

QString ReportFont::family()
{
    static const QString chosen = [] {
        const QString privateFamily = QString::fromLatin1(PrivateFamily);
        bool loaded = false;
        for (const QString &path : notoFiles()) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray font =
                withoutRadicals(file.readAll(), QStringLiteral("Noto Sans CJK SC"), privateFamily);
            if (!font.isEmpty() && QFontDatabase::addApplicationFontFromData(font) >= 0)
                loaded = true;
        }
        return loaded && QFontDatabase::families().contains(privateFamily) ? privateFamily
                                                                           : installedFamily();
    }();
    return chosen;
}

} // namespace pd
