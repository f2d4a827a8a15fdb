#pragma once

#include <QByteArray>
#include <QString>

namespace pd {

/// The typeface of the printed sheets: one with Simplified Chinese glyphs, embedded in the PDF.
///
/// Why not just the installed Noto Sans CJK: its cmap maps the Kangxi radicals (⼯ U+2F2F) to
/// the same glyphs as the ideographs (工 U+5DE5), and Qt's PDF writer names each glyph after
/// the lowest code point that maps to it, so a PDF's text would read "政府⼯作" and a search
/// for 工作 would miss. The sheets therefore print with a private copy of the font, registered
/// as an application font, whose cmap leaves the radicals out. When no such font file is found
/// the first installed CJK family is used as it is.
class ReportFont
{
public:
    /// The family for all text on the sheets (regular and bold).
    static QString family();

    /// A font file (OpenType, or one face of a collection chosen by family name) rebuilt with
    /// the CJK radical code points left out of its cmap and renamed to newFamily. Empty when
    /// the data is not a font this understands.
    static QByteArray withoutRadicals(const QByteArray &fontFile, const QString &faceFamily,
                                      const QString &newFamily);
};

} // namespace pd
