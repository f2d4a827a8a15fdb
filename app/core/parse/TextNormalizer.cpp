#include "parse/TextNormalizer.h"

namespace pd {

QString TextNormalizer::normalize(const QString &text)
{
    QString out = text;
    QChar *data = out.data();
    const qsizetype size = out.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = data[i].unicode();
        if (c >= 0xFF01 && c <= 0xFF5E)
            data[i] = QChar(char16_t(c - 0xFEE0));
        else if (c == 0x3000 || c == 0x00A0 || c == 0x2002 || c == 0x2003 || c == 0x2009)
            data[i] = QLatin1Char(' ');
        else if (c == u'\r')
            data[i] = (i + 1 < size && data[i + 1] == QLatin1Char('\n')) ? QLatin1Char(' ')
                                                                         : QLatin1Char('\n');
        else if (c == 0xFE6A) // small percent sign
            data[i] = QLatin1Char('%');
        else if (c == 0x2236) // ratio colon
            data[i] = QLatin1Char(':');
        else if (c == 0xFF61) // half-width ideographic full stop
            data[i] = QChar(char16_t(0x3002));
        else if (c == 0xFF64) // half-width ideographic comma
            data[i] = QChar(char16_t(0x3001));
    }
    return out;
}

} // namespace pd
