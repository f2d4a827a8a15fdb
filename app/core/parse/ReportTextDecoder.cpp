#include "parse/ReportTextDecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace pd {

namespace {

QString notText()
{
    return QCoreApplication::translate("ReportParser",
                                       "The file is not a text file (it contains binary data).");
}

/// Decodes the whole input; returns a null string when the decoder reports an error.
QString decodeStrictly(QStringDecoder &decoder, QByteArrayView bytes)
{
    if (!decoder.isValid())
        return {};
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return {};
    if (text.isNull())
        text = QLatin1String(""); // empty, but not null
    return text;
}

/// True when the text is made of characters a report can hold: no NUL or other control
/// characters beyond tab, line feed, carriage return and form feed, and no replacement characters.
bool looksLikeText(const QString &text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0xFFFD)
            return false;
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f')
            return false;
        if (u >= 0x7F && u < 0xA0)
            return false;
    }
    return true;
}

/// GB18030 decodes almost any byte string; real Chinese text is mostly ASCII, CJK ideographs
/// and CJK or full-width punctuation.
bool looksLikeChineseText(const QString &text)
{
    qsizetype common = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x20 && u < 0x7F) || u == u'\n' || u == u'\r' || u == u'\t' ||
            (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3000 && u <= 0x303F) ||
            (u >= 0xFF00 && u <= 0xFFEF) || (u >= 0x2000 && u <= 0x206F) ||
            (u >= 0x2150 && u <= 0x218F) || u == 0x00B7 || u == 0x00D7)
            ++common;
    }
    return common * 10 >= text.size() * 9;
}

QString unifyLineEnds(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

} // namespace

QString ReportTextDecoder::decode(const QByteArray &bytes, QString *error)
{
    if (bytes.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("ReportParser", "The file is empty.");
        return {};
    }

    QString text;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = decodeStrictly(utf8, QByteArrayView(bytes).sliced(3));
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                          : QStringDecoder::Utf16BE,
                             QStringDecoder::Flag::Stateless);
        text = decodeStrictly(utf16, QByteArrayView(bytes).sliced(2));
    } else if (!bytes.contains('\0')) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = decodeStrictly(utf8, bytes);
        if (text.isNull()) {
            // Not UTF-8: Chinese files from Windows are GB18030 (a superset of GBK and GB2312).
            QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
            text = decodeStrictly(gb, bytes);
            if (!text.isNull() && !looksLikeChineseText(text))
                text = QString();
        }
    }

    if (text.isNull() || !looksLikeText(text)) {
        if (error)
            *error = notText();
        return {};
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return unifyLineEnds(text);
}

} // namespace pd
