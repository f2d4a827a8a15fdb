#include "sheetsin/RefusedSheetWriter.h"

#include "export/OutputFile.h"
#include "export/XlsxSheets.h"
#include "plan/InputParsing.h"
#include "sheetsin/SheetDate.h"
#include "sheetsin/SheetLayout.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <map>

namespace pd {
namespace {

// As wide as the sheets going out (XlsxSheets' unit sheet).
constexpr double widths[SheetLayout::ColumnCount] = {10, 40, 12, 9, 11, 12, 11, 12, 32, 28, 28};
// And as the task sheets going out.
constexpr double taskWidths[SheetLayout::TaskColumnCount] = {11, 60, 11, 9, 36, 11, 10, 12, 44};
constexpr int fixedColumns = 6; // 编码 … 上次日期, on both kinds

QString sheetName(const QString &wanted, QSet<QString> *used, const QString &suffix = QString())
{
    // Excel's rules: at most 31 characters, none of []:*?/\, unique whatever the case.
    QString name = wanted;
    for (QChar &c : name) {
        if (QStringLiteral("[]:*?/\\'").contains(c) || c.category() == QChar::Other_Control)
            c = QLatin1Char('_');
    }
    name = name.trimmed();
    if (name.isEmpty())
        name = QStringLiteral("退回");
    const qsizetype room = 31 - suffix.size();
    QString unique = name.left(room) + suffix;
    for (int n = 2; used->contains(unique.toCaseFolded()); ++n) {
        const QString number = QStringLiteral("(%1)").arg(n);
        unique = name.left(room - number.size()) + number + suffix;
    }
    used->insert(unique.toCaseFolded());
    return unique;
}

} // namespace

QString RefusedSheetWriter::reasonHeader()
{
    return QStringLiteral("退回原因");
}

bool RefusedSheetWriter::write(const std::vector<SheetImportRow> &rows, const QString &path,
                               QString *error)
{
    if (rows.empty()) {
        *error = tr("No row was refused: there is nothing to send back.");
        return false;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = tr("The workbook could not be made in a temporary folder.");
        return false;
    }
    const QByteArray tmp = dir.path().toUtf8();
    const QString made = dir.filePath(QStringLiteral("refused.xlsx"));
    lxw_workbook_options options{};
    options.tmpdir = const_cast<char *>(tmp.constData());
    lxw_workbook *book = workbook_new_opt(made.toUtf8().constData(), &options);
    if (!book) {
        *error = tr("The workbook could not be made in a temporary folder.");
        return false;
    }
    auto cellFormat = [&](bool fixed, const char *numberFormat) {
        lxw_format *f = workbook_add_format(book);
        format_set_border(f, LXW_BORDER_THIN);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        format_set_text_wrap(f);
        if (fixed)
            format_set_bg_color(f, 0xEDEDED);
        else
            format_set_unlocked(f);
        if (numberFormat)
            format_set_num_format(f, numberFormat);
        return f;
    };
    lxw_format *title = workbook_add_format(book);
    format_set_bold(title);
    format_set_font_size(title, 14);
    format_set_align(title, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bg_color(header, 0xD9D9D9);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format *fixedText = cellFormat(true, nullptr);
    lxw_format *inputText = cellFormat(false, nullptr);
    lxw_format *inputDate = cellFormat(false, "yyyy-mm-dd");
    lxw_format *reason = cellFormat(true, nullptr);
    format_set_font_color(reason, 0xC00000);
    format_set_bg_color(reason, 0xFCE4E4);

    // One sheet per unit, in the order the rows name them, and one of its tasks.
    std::vector<std::pair<QString, bool>> sheets;
    std::map<std::pair<QString, bool>, std::vector<const SheetImportRow *>> bySheet;
    for (const SheetImportRow &row : rows) {
        const auto key = std::make_pair(row.unit, row.isTask);
        if (bySheet.find(key) == bySheet.end())
            sheets.push_back(key);
        bySheet[key].push_back(&row);
    }
    QSet<QString> used;
    for (const auto &key : sheets) {
        const QString &unit = key.first;
        const bool tasks = key.second;
        const std::vector<const SheetImportRow *> &group = bySheet[key];
        const int columns = tasks ? SheetLayout::TaskColumnCount : int(SheetLayout::ColumnCount);
        const int reasonColumn = columns;
        const int dateColumn = tasks ? int(SheetLayout::TaskColumn::Date) : int(SheetLayout::Date);
        lxw_worksheet *sheet = workbook_add_worksheet(
            book, sheetName(unit, &used, tasks ? XlsxSheets::taskSheetSuffix() : QString())
                      .toUtf8()
                      .constData());
        for (int c = 0; c < columns; ++c)
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c),
                                 tasks ? taskWidths[c] : widths[c], nullptr);
        worksheet_set_column(sheet, lxw_col_t(reasonColumn), lxw_col_t(reasonColumn), 44, nullptr);

        // The title as the sheets going out write it, so the sheet imports again as it is.
        QStringList parts;
        if (!unit.isEmpty())
            parts << QStringLiteral("牵头单位：%1").arg(unit);
        QDate date = group.front()->titleDate;
        for (const SheetImportRow *row : group) {
            if (row->titleDate != date)
                date = QDate();
        }
        if (date.isValid())
            parts << QStringLiteral("截至日期：%1").arg(date.toString(Qt::ISODate));
        parts << QStringLiteral("退回修改：请按“退回原因”改正后重新报送");
        worksheet_set_row(sheet, 0, 24, nullptr);
        worksheet_merge_range(sheet, 0, 0, 0, lxw_col_t(reasonColumn),
                              parts.join(QStringLiteral("　　")).toUtf8().constData(), title);
        worksheet_set_row(sheet, 1, 20, nullptr);
        for (int c = 0; c < columns; ++c) {
            const QString text = tasks ? SheetLayout::header(SheetLayout::TaskColumn(c))
                                       : SheetLayout::header(SheetLayout::Column(c));
            worksheet_write_string(sheet, 1, lxw_col_t(c), text.toUtf8().constData(), header);
        }
        worksheet_write_string(sheet, 1, lxw_col_t(reasonColumn),
                               reasonHeader().toUtf8().constData(), header);

        lxw_row_t r = 2;
        for (const SheetImportRow *row : group) {
            worksheet_set_row(sheet, r, 30, nullptr);
            for (int c = 0; c < columns; ++c) {
                const QString text = c < row->cells.size() ? row->cells.at(c) : QString();
                lxw_format *format = c < fixedColumns ? fixedText : inputText;
                const QDate day = c == dateColumn ? SheetDate::fromText(text) : QDate();
                const std::optional<double> number =
                    !tasks && c == SheetLayout::Value ? InputParsing::number(text) : std::nullopt;
                if (text.isEmpty()) {
                    worksheet_write_blank(sheet, r, lxw_col_t(c),
                                          c == dateColumn ? inputDate : format);
                } else if (day.isValid()) {
                    lxw_datetime when{};
                    when.year = day.year();
                    when.month = day.month();
                    when.day = day.day();
                    worksheet_write_datetime(sheet, r, lxw_col_t(c), &when, inputDate);
                } else if (number && !text.endsWith(QLatin1Char('%'))) {
                    worksheet_write_number(sheet, r, lxw_col_t(c), *number, format);
                } else {
                    worksheet_write_string(sheet, r, lxw_col_t(c), text.toUtf8().constData(),
                                           format);
                }
            }
            worksheet_write_string(sheet, r, lxw_col_t(reasonColumn),
                                   row->reason.toUtf8().constData(), reason);
            ++r;
        }
        worksheet_freeze_panes(sheet, 2, 2);
        worksheet_set_paper(sheet, 9); // A4
        worksheet_set_landscape(sheet);
        worksheet_fit_to_pages(sheet, 1, 0);
        worksheet_repeat_rows(sheet, 0, 1);
        lxw_protection protection{};
        protection.format_columns = LXW_TRUE;
        protection.format_rows = LXW_TRUE;
        worksheet_protect(sheet, nullptr, &protection);
    }
    const lxw_error result = workbook_close(book);
    if (result != LXW_NO_ERROR) {
        *error =
            tr("The workbook could not be made: %1").arg(QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    QFile file(made);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The workbook could not be made: %1").arg(file.errorString());
        return false;
    }
    return OutputFile::write(path, file.readAll(), error);
}

} // namespace pd
