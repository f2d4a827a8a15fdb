#include "export/ReminderWorkbook.h"

#include "export/OutputFile.h"
#include "plan/PlanText.h"
#include "report/UnreportedList.h"

#include <QFile>
#include <QLocale>
#include <QSet>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace pd {
namespace {

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

/// Excel's rules for a sheet name: at most 31 characters, none of []:*?/\, not quoted, unique
/// whatever the case (as XlsxSheets names the units' sheets).
QString sheetName(const QString &wanted, QSet<QString> *used)
{
    QString name = wanted;
    for (QChar &c : name) {
        if (QStringLiteral("[]:*?/\\").contains(c) || c.category() == QChar::Other_Control)
            c = QLatin1Char('_');
    }
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('\'')))
        name.chop(1);
    name = name.trimmed().left(31);
    if (name.isEmpty())
        name = QStringLiteral("_");
    QString unique = name;
    for (int n = 2; used->contains(unique.toCaseFolded()); ++n) {
        const QString suffix = QStringLiteral("(%1)").arg(n);
        unique = name.left(31 - suffix.size()) + suffix;
    }
    used->insert(unique.toCaseFolded());
    return unique;
}

void text(lxw_worksheet *sheet, int row, int column, const QString &value, lxw_format *format)
{
    if (value.isEmpty())
        worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(column), format);
    else
        worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), utf8(value).constData(),
                               format);
}

/// A line across columns first…last.
void line(lxw_worksheet *sheet, int row, int last, const QString &value, lxw_format *format)
{
    worksheet_merge_range(sheet, lxw_row_t(row), 0, lxw_row_t(row), lxw_col_t(last),
                          utf8(value).constData(), format);
}

void setUpPrint(lxw_worksheet *sheet, int headerRow)
{
    worksheet_set_paper(sheet, 9); // A4
    worksheet_set_portrait(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, lxw_row_t(headerRow), lxw_row_t(headerRow));
    worksheet_set_margins(sheet, 0.5, 0.5, 0.6, 0.6);
    worksheet_center_horizontally(sheet);
    worksheet_set_footer(sheet, "&C&P / &N");
}

struct Formats
{
    lxw_format *title = nullptr;
    lxw_format *plain = nullptr;
    lxw_format *late = nullptr;
    lxw_format *header = nullptr;
    lxw_format *cell = nullptr;
    lxw_format *number = nullptr;
    lxw_format *right = nullptr;
};

Formats makeFormats(lxw_workbook *book)
{
    Formats f;
    f.title = workbook_add_format(book);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    format_set_align(f.title, LXW_ALIGN_VERTICAL_CENTER);
    f.plain = workbook_add_format(book);
    format_set_align(f.plain, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(f.plain);
    f.late = workbook_add_format(book);
    format_set_bold(f.late);
    format_set_font_color(f.late, 0xB71C1C);
    f.header = workbook_add_format(book);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xD9D9D9);
    format_set_border(f.header, LXW_BORDER_THIN);
    format_set_align(f.header, LXW_ALIGN_CENTER);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(f.header);
    f.cell = workbook_add_format(book);
    format_set_border(f.cell, LXW_BORDER_THIN);
    format_set_align(f.cell, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(f.cell);
    f.number = workbook_add_format(book);
    format_set_border(f.number, LXW_BORDER_THIN);
    format_set_align(f.number, LXW_ALIGN_VERTICAL_CENTER);
    f.right = workbook_add_format(book);
    format_set_align(f.right, LXW_ALIGN_RIGHT);
    return f;
}

QString lateText(const UnreportedList &list, const UnreportedList::Unit &unit)
{
    if (unit.daysLate > 0)
        return QStringLiteral("已逾期 %1 天").arg(unit.daysLate);
    const int left = int(list.today().daysTo(list.round().due()));
    return left > 0 ? QStringLiteral("尚未到期（还有 %1 天）").arg(left)
                    : QStringLiteral("今日到期");
}

void writeSummary(lxw_worksheet *sheet, const UnreportedList &list, const Formats &f)
{
    const ReportingRound &round = list.round();
    constexpr int last = 5;
    const double widths[] = {6, 28, 30, 12, 12, 14};
    for (int c = 0; c <= last; ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
    worksheet_set_row(sheet, 0, 24, nullptr);
    line(sheet, 0, last,
         QStringLiteral("催报汇总　　填报轮次：%1　　报送截止日期：%2")
             .arg(round.key(), round.due().toString(Qt::ISODate)),
         f.title);
    line(sheet, 1, last,
         QStringLiteral("截至%1，%2 个单位的 %3 项指标尚未报送（共 %4 个单位、%5 项指标）。")
             .arg(ReminderSheet::chineseDate(list.today()))
             .arg(list.units().size())
             .arg(list.missingCount())
             .arg(list.unitCount())
             .arg(list.indicatorCount()),
         f.plain);
    const char *headers[] = {"序号", "牵头单位", "联系人", "未报指标数", "牵头指标数", "逾期天数"};
    constexpr int headerRow = 2;
    for (int c = 0; c <= last; ++c)
        worksheet_write_string(sheet, headerRow, lxw_col_t(c), headers[c], f.header);
    int row = headerRow + 1;
    for (const UnreportedList::Unit &unit : list.units()) {
        worksheet_write_number(sheet, lxw_row_t(row), 0, row - headerRow, f.number);
        text(sheet, row, 1, unit.name, f.cell);
        text(sheet, row, 2, unit.contact, f.cell);
        worksheet_write_number(sheet, lxw_row_t(row), 3, double(unit.missing.size()), f.number);
        worksheet_write_number(sheet, lxw_row_t(row), 4, unit.indicatorCount, f.number);
        worksheet_write_number(sheet, lxw_row_t(row), 5, unit.daysLate, f.number);
        ++row;
    }
    worksheet_freeze_panes(sheet, headerRow + 1, 0);
    setUpPrint(sheet, headerRow);
}

void writeUnit(lxw_worksheet *sheet, const UnreportedList &list, const UnreportedList::Unit &unit,
               const Formats &f, const QString &office, const QDate &issued, const QDate &reportBy)
{
    const ReportingRound &round = list.round();
    constexpr int last = 5;
    const double widths[] = {6, 10, 40, 14, 14, 12};
    for (int c = 0; c <= last; ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
    worksheet_set_row(sheet, 0, 24, nullptr);
    line(sheet, 0, last, QStringLiteral("催报单　　牵头单位：%1").arg(unit.name), f.title);
    int row = 1;
    if (!unit.contact.isEmpty())
        line(sheet, row++, last, QStringLiteral("联系人：%1").arg(unit.contact), f.plain);
    line(sheet, row++, last,
         QStringLiteral("填报轮次：%1（数据截至%2）　　报送截止日期：%3")
             .arg(round.key(), ReminderSheet::chineseDate(round.asOf()),
                  ReminderSheet::chineseDate(round.due())),
         f.plain);
    line(sheet, row++, last, lateText(list, unit), unit.daysLate > 0 ? f.late : f.plain);
    const int headerRow = row++;
    const char *headers[] = {"序号", "编码", "指标", "目标", "上次数值", "上次日期"};
    for (int c = 0; c <= last; ++c)
        worksheet_write_string(sheet, lxw_row_t(headerRow), lxw_col_t(c), headers[c], f.header);
    int number = 0;
    for (const UnreportedList::Item &item : unit.missing) {
        const Indicator &ind = item.indicator;
        worksheet_write_number(sheet, lxw_row_t(row), 0, ++number, f.number);
        text(sheet, row, 1, ind.code, f.cell);
        text(sheet, row, 2, ind.name, f.cell);
        text(sheet, row, 3, PlanText::target(ind), f.cell);
        if (item.last) {
            worksheet_write_number(sheet, lxw_row_t(row), 4, item.last->value, f.number);
            text(sheet, row, 5, item.last->date.toString(Qt::ISODate), f.cell);
        } else {
            worksheet_write_blank(sheet, lxw_row_t(row), 4, f.number);
            text(sheet, row, 5, QStringLiteral("未报送"), f.cell);
        }
        ++row;
    }
    ++row;
    worksheet_set_row(sheet, lxw_row_t(row), 32, nullptr);
    line(sheet, row++, last,
         QStringLiteral("请于%1前，将上述指标的本期数值、截至日期及进展情况、存在问题、"
                        "下步打算报送%2。")
             .arg(ReminderSheet::chineseDate(reportBy), office),
         f.plain);
    ++row;
    text(sheet, row++, last, office, f.right);
    text(sheet, row, last, ReminderSheet::chineseDate(issued), f.right);
    worksheet_freeze_panes(sheet, lxw_row_t(headerRow + 1), 0);
    setUpPrint(sheet, headerRow);
}

} // namespace

QString ReminderWorkbook::summaryName()
{
    return QStringLiteral("汇总");
}

bool ReminderWorkbook::write(const UnreportedList &list, const PlanInfo &plan, const QString &path,
                             QString *error, const ReminderSheet::Options &options)
{
    if (list.units().empty()) {
        *error = ReminderSheet::nothingToRemind(list);
        return false;
    }
    const QString problem = OutputFile::problem(path);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = tr("The workbook could not be made in a temporary folder.");
        return false;
    }
    const QByteArray tmp = utf8(dir.path());
    const QString made = dir.filePath(QStringLiteral("reminders.xlsx"));
    lxw_workbook_options bookOptions{};
    bookOptions.tmpdir = const_cast<char *>(tmp.constData());
    lxw_workbook *book = workbook_new_opt(utf8(made).constData(), &bookOptions);
    if (!book) {
        *error = tr("The workbook could not be made in a temporary folder.");
        return false;
    }
    const QDate issued = options.issued.isValid() ? options.issued : list.today();
    const QDate reportBy =
        options.reportBy.isValid() ? options.reportBy : ReminderSheet::reportByDate(list, issued);
    const QString office = options.office.trimmed().isEmpty() ? ReminderSheet::officeFor(plan)
                                                              : options.office.trimmed();
    const Formats formats = makeFormats(book);
    QSet<QString> used;
    writeSummary(workbook_add_worksheet(book, utf8(sheetName(summaryName(), &used)).constData()),
                 list, formats);
    for (const UnreportedList::Unit &unit : list.units()) {
        lxw_worksheet *sheet =
            workbook_add_worksheet(book, utf8(sheetName(unit.name, &used)).constData());
        writeUnit(sheet, list, unit, formats, office, issued, reportBy);
    }
    const lxw_error closed = workbook_close(book);
    if (closed != LXW_NO_ERROR) {
        *error =
            tr("The workbook could not be made: %1").arg(QString::fromUtf8(lxw_strerror(closed)));
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
