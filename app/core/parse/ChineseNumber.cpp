#include "parse/ChineseNumber.h"

#include <QString>

namespace pd {

namespace {

int digitValue(QChar c)
{
    switch (c.unicode()) {
    case u'零':
    case u'〇':
        return 0;
    case u'一':
        return 1;
    case u'二':
    case u'两':
        return 2;
    case u'三':
        return 3;
    case u'四':
        return 4;
    case u'五':
        return 5;
    case u'六':
        return 6;
    case u'七':
        return 7;
    case u'八':
        return 8;
    case u'九':
        return 9;
    default:
        return -1;
    }
}

int unitValue(QChar c)
{
    switch (c.unicode()) {
    case u'十':
        return 10;
    case u'百':
        return 100;
    case u'千':
        return 1000;
    default:
        return -1;
    }
}

} // namespace

bool ChineseNumber::isNumeralText(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (digitValue(c) < 0 && unitValue(c) < 0)
            return false;
    }
    return true;
}

int ChineseNumber::parse(QStringView text)
{
    if (text.isEmpty() || text.size() > 9)
        return -1;
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.isDigit() && c.unicode() < 128;
    if (ascii)
        return text.toInt();
    if (!isNumeralText(text))
        return -1;
    int total = 0;
    int pending = -1; // a digit waiting for its unit
    for (QChar c : text) {
        const int d = digitValue(c);
        if (d >= 0) {
            if (pending > 0) // two digits in a row (一二) is not a number here; 零 may be
                return -1;
            pending = d;
            continue;
        }
        const int unit = unitValue(c);
        total += (pending < 0 ? 1 : pending) * unit;
        pending = -1;
    }
    if (pending >= 0)
        total += pending;
    return total;
}

} // namespace pd
