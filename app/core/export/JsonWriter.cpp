#include "export/JsonWriter.h"

#include <QLocale>

#include <cmath>
#include <utility>

namespace pd {

void JsonWriter::prefix(const char *key)
{
    if (!m_first.empty()) {
        if (!m_first.back())
            m_out += ',';
        m_first.back() = false;
        m_out += '\n';
        m_out.append(qsizetype(m_first.size()) * 4, ' ');
    }
    if (key) {
        m_out += '"';
        m_out += key; // our own ASCII names, never input
        m_out += "\": ";
    }
}

void JsonWriter::open(const char *key, char bracket)
{
    prefix(key);
    m_out += bracket;
    m_first.push_back(true);
}

void JsonWriter::close(char bracket)
{
    const bool empty = m_first.back();
    m_first.pop_back();
    if (!empty) {
        m_out += '\n';
        m_out.append(qsizetype(m_first.size()) * 4, ' ');
    }
    m_out += bracket;
}

void JsonWriter::beginObject(const char *key)
{
    open(key, '{');
}

void JsonWriter::endObject()
{
    close('}');
}

void JsonWriter::beginArray(const char *key)
{
    open(key, '[');
}

void JsonWriter::endArray()
{
    close(']');
}

void JsonWriter::string(const QString &text)
{
    // RFC 8259: quote, backslash and control characters escaped; the rest as UTF-8.
    m_out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        case '\b':
            m_out += "\\b";
            break;
        case '\f':
            m_out += "\\f";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                m_out += "\\u00";
                m_out += hex[(c >> 4) & 0xf];
                m_out += hex[c & 0xf];
            } else {
                m_out += c;
            }
        }
    }
    m_out += '"';
}

void JsonWriter::value(const char *key, const QString &text)
{
    prefix(key);
    string(text);
}

void JsonWriter::value(const char *key, double number)
{
    prefix(key);
    if (!std::isfinite(number)) {
        m_out += "null"; // JSON has no NaN or infinity
        return;
    }
    m_out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
}

void JsonWriter::value(const char *key, qint64 number)
{
    prefix(key);
    m_out += QByteArray::number(number);
}

void JsonWriter::value(const char *key, const std::optional<double> &number)
{
    if (number)
        value(key, *number);
    else
        null(key);
}

void JsonWriter::null(const char *key)
{
    prefix(key);
    m_out += "null";
}

void JsonWriter::boolean(const char *key, bool flag)
{
    prefix(key);
    m_out += flag ? "true" : "false";
}

QByteArray JsonWriter::take()
{
    m_out += '\n';
    m_first.clear();
    return std::exchange(m_out, QByteArray());
}

} // namespace pd
