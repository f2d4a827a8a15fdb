#pragma once

#include <QByteArray>
#include <QString>

namespace pd {

/// Turns a report file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, or
/// GB18030/GBK, detected. Line ends become "\n". Bytes that are not text give a null string.
class ReportTextDecoder
{
public:
    static QString decode(const QByteArray &bytes, QString *error = nullptr);
};

} // namespace pd
