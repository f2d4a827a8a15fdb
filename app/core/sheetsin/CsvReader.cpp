#include "sheetsin/CsvReader.h"

#include "parse/ReportTextDecoder.h"

namespace pd {
namespace {

/// How well a separator splits the first records: the most fields a record has, then how many
/// records it splits at all.
qsizetype splitScore(const QString &text, QChar separator)
{
    // Enough of the file to hold the title and the header row of a sheet.
    const std::vector<QStringList> records = CsvReader::split(text.left(16384), separator);
    qsizetype widest = 0;
    qsizetype split = 0;
    for (std::size_t i = 0; i < records.size() && i < 40; ++i) {
        widest = std::max(widest, records[i].size());
        if (records[i].size() > 1)
            ++split;
    }
    return widest * 1000 + split;
}

} // namespace

std::vector<QStringList> CsvReader::split(const QString &text, QChar separator)
{
    std::vector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
        } else if (c == separator) {
            record << field;
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            record << field;
            records.push_back(record);
            record.clear();
            field.clear();
            wasQuoted = false;
        } else {
            field += c; // a quote inside an unquoted field is taken as it is
        }
    }
    if (!field.isEmpty() || !record.isEmpty() || wasQuoted) {
        record << field;
        records.push_back(record);
    }
    return records;
}

QChar CsvReader::separatorOf(const QString &text)
{
    QChar best = QLatin1Char(',');
    qsizetype bestScore = 0;
    for (const QChar candidate : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        const qsizetype score = splitScore(text, candidate);
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

std::optional<SheetGrid> CsvReader::read(const QByteArray &bytes, const QString &name,
                                         QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    if (bytes.size() > MaxSize) {
        *error =
            tr("The file is too large for a sheet: more than %1 MB.").arg(MaxSize / (1024 * 1024));
        return std::nullopt;
    }
    QString text = ReportTextDecoder::decode(bytes, error);
    if (text.isNull())
        return std::nullopt;
    QChar separator;
    // Excel's own hint on the first line: sep=;
    if (text.startsWith(QLatin1String("sep=")) && text.size() > 4 &&
        (text.size() == 5 || text.at(5) == QLatin1Char('\n'))) {
        separator = text.at(4);
        text = text.mid(6);
    } else {
        separator = separatorOf(text);
    }
    SheetGrid grid;
    grid.name = name;
    int row = 0;
    for (const QStringList &record : split(text, separator)) {
        for (int column = 0; column < record.size(); ++column) {
            if (record.at(column).isEmpty())
                continue;
            SheetCell cell;
            cell.type = SheetCell::Type::Text;
            cell.text = record.at(column);
            grid.setCell(row, column, cell);
        }
        ++row;
    }
    if (grid.isEmpty()) {
        *error = tr("The file has no cells: there is nothing to import.");
        return std::nullopt;
    }
    return grid;
}

} // namespace pd
