#pragma once

#include <QStringView>

namespace pd {

/// Reads the small whole numbers a report numbers its parts with: Chinese numerals (一 … 十,
/// 十一, 二十三, 一百零五, 两) or ASCII digits.
class ChineseNumber
{
public:
    /// The value, or -1 when the text is not such a number.
    static int parse(QStringView text);
    /// True when every character is a Chinese numeral character (一…十, 百, 千, 零, 〇, 两).
    static bool isNumeralText(QStringView text);
};

} // namespace pd
