#include "sheetsin/SheetFileReader.h"

#include "sheetsin/CsvReader.h"
#include "sheetsin/XlsxReader.h"

#include <QFile>
#include <QFileInfo>

namespace pd {

std::vector<SheetGrid> SheetFileReader::read(const QByteArray &bytes, const QString &fileName,
                                             QString *error)
{
    if (XlsxReader::isZip(bytes) || XlsxReader::isCompoundFile(bytes))
        return XlsxReader::read(bytes, error);
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm")) {
        // Named a workbook, and no zip: cut short in a download, or another file renamed.
        *error = bytes.isEmpty() ? XlsxReader::tr("The file is empty.")
                                 : XlsxReader::tr("The file is not an Excel workbook (.xlsx).");
        return {};
    }
    std::optional<SheetGrid> sheet =
        CsvReader::read(bytes, QFileInfo(fileName).completeBaseName(), error);
    if (!sheet)
        return {};
    std::vector<SheetGrid> sheets;
    sheets.push_back(std::move(*sheet));
    return sheets;
}

std::optional<QByteArray> SheetFileReader::readBytes(const QString &path, QString *error)
{
    if (QFileInfo(path).isDir()) {
        *error = tr("%1 is a folder, not a sheet file.").arg(QFileInfo(path).fileName());
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The file cannot be read: %1").arg(file.errorString());
        return std::nullopt;
    }
    if (file.size() > MaxFileSize) {
        *error = tr("The file is too large for a sheet: more than %1 MB.")
                     .arg(MaxFileSize / (1024 * 1024));
        return std::nullopt;
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = tr("The file cannot be read: %1").arg(file.errorString());
        return std::nullopt;
    }
    return bytes;
}

} // namespace pd
