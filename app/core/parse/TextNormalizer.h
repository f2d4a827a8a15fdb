#pragma once

#include <QString>

namespace pd {

/// Maps a report's text to a canonical form one UTF-16 unit for one UTF-16 unit, so an offset in
/// the normalised text is the same offset in the original: full-width ASCII (（，：％．０-９)
/// becomes ASCII, ideographic and no-break spaces become spaces, a CR before LF becomes a space and
/// a lone CR a line feed. Everything else (、。“” — Chinese numerals) is kept as it is.
class TextNormalizer
{
public:
    static QString normalize(const QString &text);
};

} // namespace pd
