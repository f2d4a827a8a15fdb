#include "export/XlsxSheets.h"

#include "export/OutputFile.h"
#include "plan/PlanIndex.h"
#include "plan/PlanText.h"
#include "store/PlanStore.h"
#include "store/RoundSettings.h"
#include "store/TaskStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <map>

namespace pd {
namespace {

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

/// A figure as the report writes it, whatever the locale: 1000, 5.5.
QString plainNumber(double value)
{
    return QLocale::c().toString(value, 'g', 12);
}

lxw_datetime toDatetime(const QDate &date)
{
    lxw_datetime datetime{};
    datetime.year = date.year();
    datetime.month = date.month();
    datetime.day = date.day();
    return datetime;
}

/// The libxlsxwriter workbook, written to a private temporary folder and copied to its target
/// through OutputFile when complete.
class Workbook
{
public:
    Workbook()
    {
        m_tmp = utf8(m_dir.path());
        lxw_workbook_options options{};
        options.tmpdir = m_tmp.data();
        m_workbook = workbook_new_opt(
            utf8(m_dir.filePath(QStringLiteral("sheets.xlsx"))).constData(), &options);
        if (!m_workbook)
            return; // isValid() says so
        m_title = format();
        format_set_bold(m_title);
        format_set_font_size(m_title, 14);
        format_set_align(m_title, LXW_ALIGN_LEFT);
        format_set_align(m_title, LXW_ALIGN_VERTICAL_CENTER);
        m_header = format();
        format_set_bold(m_header);
        format_set_bg_color(m_header, 0xD9D9D9);
        format_set_border(m_header, LXW_BORDER_THIN);
        format_set_align(m_header, LXW_ALIGN_CENTER);
        format_set_align(m_header, LXW_ALIGN_VERTICAL_CENTER);
        format_set_text_wrap(m_header);
        m_fixedText = cell(true, nullptr);
        format_set_text_wrap(m_fixedText);
        m_fixedNumber = cell(true, nullptr);
        m_fixedDate = cell(true, "yyyy-mm-dd");
        m_inputText = cell(false, nullptr);
        format_set_text_wrap(m_inputText);
        m_inputNumber = cell(false, nullptr);
        m_inputDate = cell(false, "yyyy-mm-dd");
    }
    ~Workbook()
    {
        if (m_workbook)
            workbook_close(m_workbook); // written into the temporary folder, which goes
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    bool isValid() const { return m_workbook && m_dir.isValid(); }

    /// A sheet named wanted, then suffix (kept whole when the name is cut or numbered).
    lxw_worksheet *addSheet(const QString &wanted, const QString &suffix = QString())
    {
        // Excel's rules: at most 31 characters, none of []:*?/\, not quoted, unique
        // whatever the case.
        QString name = wanted;
        for (QChar &c : name) {
            if (QStringLiteral("[]:*?/\\").contains(c) || c.category() == QChar::Other_Control)
                c = QLatin1Char('_');
        }
        while (name.startsWith(QLatin1Char('\'')))
            name.remove(0, 1);
        while (name.endsWith(QLatin1Char('\'')))
            name.chop(1);
        name = name.trimmed();
        if (name.isEmpty())
            name = XlsxSheets::unassignedName();
        const qsizetype room = 31 - suffix.size();
        QString unique = name.left(room) + suffix;
        for (int n = 2; m_sheetNames.contains(unique.toCaseFolded()); ++n) {
            const QString number = QStringLiteral("(%1)").arg(n);
            unique = name.left(room - number.size()) + number + suffix;
        }
        m_sheetNames.insert(unique.toCaseFolded());
        return workbook_add_worksheet(m_workbook, utf8(unique).constData());
    }

    /// Closes the workbook and moves it to path.
    bool finish(const QString &path, QString *error)
    {
        const lxw_error result = workbook_close(m_workbook);
        m_workbook = nullptr;
        if (result != LXW_NO_ERROR) {
            *error = XlsxSheets::tr("The workbook could not be made: %1")
                         .arg(QString::fromUtf8(lxw_strerror(result)));
            return false;
        }
        QFile made(m_dir.filePath(QStringLiteral("sheets.xlsx")));
        if (!made.open(QIODevice::ReadOnly)) {
            *error = XlsxSheets::tr("The workbook could not be made: %1").arg(made.errorString());
            return false;
        }
        return OutputFile::write(path, made.readAll(), error);
    }

    lxw_format *title() const { return m_title; }
    lxw_format *header() const { return m_header; }
    lxw_format *fixedText() const { return m_fixedText; }
    lxw_format *fixedNumber() const { return m_fixedNumber; }
    lxw_format *fixedDate() const { return m_fixedDate; }
    lxw_format *inputText() const { return m_inputText; }
    lxw_format *inputNumber() const { return m_inputNumber; }
    lxw_format *inputDate() const { return m_inputDate; }

private:
    lxw_format *format() { return workbook_add_format(m_workbook); }
    /// A bordered cell: fixed ones shaded and locked, input ones unlocked.
    lxw_format *cell(bool fixed, const char *numberFormat)
    {
        lxw_format *f = format();
        format_set_border(f, LXW_BORDER_THIN);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        if (fixed)
            format_set_bg_color(f, 0xEDEDED);
        else
            format_set_unlocked(f);
        if (numberFormat)
            format_set_num_format(f, numberFormat);
        return f;
    }

    QTemporaryDir m_dir;
    QByteArray m_tmp;
    lxw_workbook *m_workbook = nullptr;
    QSet<QString> m_sheetNames;
    lxw_format *m_title = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_fixedText = nullptr;
    lxw_format *m_fixedNumber = nullptr;
    lxw_format *m_fixedDate = nullptr;
    lxw_format *m_inputText = nullptr;
    lxw_format *m_inputNumber = nullptr;
    lxw_format *m_inputDate = nullptr;
};

void writeText(lxw_worksheet *sheet, int row, int column, const QString &text, lxw_format *format)
{
    if (text.isEmpty())
        worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(column), format);
    else
        worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), utf8(text).constData(),
                               format);
}

void writeDate(lxw_worksheet *sheet, int row, int column, const QDate &date, lxw_format *format)
{
    lxw_datetime datetime = toDatetime(date);
    worksheet_write_datetime(sheet, lxw_row_t(row), lxw_col_t(column), &datetime, format);
}

/// A4 landscape, as wide as the page, rows 0…lastRepeated on every page, page numbers.
void setUpPrint(lxw_worksheet *sheet, int lastRepeated)
{
    worksheet_set_paper(sheet, 9); // A4
    worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, 0, lxw_row_t(lastRepeated));
    worksheet_set_margins(sheet, 0.4, 0.4, 0.6, 0.6);
    worksheet_center_horizontally(sheet);
    worksheet_set_footer(sheet, "&C&P / &N");
}

struct Column
{
    const char *header;
    double width;
};

// The unit's sheet: the fixed columns, then the ones the unit fills in.
constexpr Column unitColumns[] = {
    {"编码", 10},     {"指标", 40},     {"目标", 12},     {"单位", 9},
    {"上次数值", 11}, {"上次日期", 12}, {"本期数值", 11}, {"截至日期", 12},
    {"进展情况", 32}, {"存在问题", 28}, {"下步打算", 28},
};
constexpr int fixedColumns = 6;
constexpr int titleRow = 0;
constexpr int headerRow = 1;
constexpr int firstDataRow = 2;

QString targetText(const Indicator &indicator)
{
    return comparatorSymbol(indicator.comparator) + plainNumber(indicator.target);
}

void writeUnitSheet(Workbook &book, const XlsxSheets::Group &group, const ReportingRound &round,
                    const QDate &asOf, int year, const std::map<qint64, Measurement> &latest)
{
    lxw_worksheet *sheet = book.addSheet(group.unit);
    const int lastColumn = int(std::size(unitColumns)) - 1;
    for (int c = 0; c <= lastColumn; ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), unitColumns[c].width, nullptr);

    worksheet_set_row(sheet, titleRow, 24, nullptr);
    const QString title = XlsxSheets::titleFor(group.unit, round, asOf);
    worksheet_merge_range(sheet, titleRow, 0, titleRow, lxw_col_t(lastColumn),
                          utf8(title).constData(), book.title());
    worksheet_set_row(sheet, headerRow, 20, nullptr);
    for (int c = 0; c <= lastColumn; ++c)
        worksheet_write_string(sheet, headerRow, lxw_col_t(c), unitColumns[c].header,
                               book.header());

    int row = firstDataRow;
    for (const Indicator &ind : group.indicators) {
        worksheet_set_row(sheet, lxw_row_t(row), 30, nullptr);
        writeText(sheet, row, 0, ind.code, book.fixedText());
        writeText(sheet, row, 1, ind.name, book.fixedText());
        writeText(sheet, row, 2, targetText(ind), book.fixedText());
        writeText(sheet, row, 3, ind.unit, book.fixedText());
        const auto found = latest.find(ind.id);
        if (found != latest.end()) {
            worksheet_write_number(sheet, lxw_row_t(row), 4, found->second.value,
                                   book.fixedNumber());
            writeDate(sheet, row, 5, found->second.date, book.fixedDate());
        } else {
            worksheet_write_blank(sheet, lxw_row_t(row), 4, book.fixedNumber());
            worksheet_write_blank(sheet, lxw_row_t(row), 5, book.fixedDate());
        }
        worksheet_write_blank(sheet, lxw_row_t(row), 6, book.inputNumber());
        worksheet_write_blank(sheet, lxw_row_t(row), 7, book.inputDate());
        for (int c = 8; c <= lastColumn; ++c)
            worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(c), book.inputText());
        ++row;
    }
    const int lastRow = std::max(firstDataRow, row - 1);

    // The figure: any decimal number; the date: a day of the plan's year.
    QByteArray numberTitle = utf8(QStringLiteral("本期数值"));
    QByteArray numberMessage = utf8(QStringLiteral("请填写数字（不带单位）。"));
    lxw_data_validation number{};
    number.validate = LXW_VALIDATION_TYPE_DECIMAL;
    number.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    number.minimum_number = -1e15;
    number.maximum_number = 1e15;
    number.error_title = numberTitle.data();
    number.error_message = numberMessage.data();
    worksheet_data_validation_range(sheet, firstDataRow, 6, lxw_row_t(lastRow), 6, &number);

    QByteArray dateTitle = utf8(QStringLiteral("截至日期"));
    QByteArray dateMessage = utf8(QStringLiteral("请填写 %1 年内的日期，如 %1-06-30。").arg(year));
    lxw_data_validation date{};
    date.validate = LXW_VALIDATION_TYPE_DATE;
    date.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    date.minimum_datetime = toDatetime(QDate(year, 1, 1));
    date.maximum_datetime = toDatetime(QDate(year, 12, 31));
    date.error_title = dateTitle.data();
    date.error_message = dateMessage.data();
    worksheet_data_validation_range(sheet, firstDataRow, 7, lxw_row_t(lastRow), 7, &date);

    worksheet_freeze_panes(sheet, firstDataRow, 2);
    setUpPrint(sheet, headerRow);
    // Locked cells stay as they are; columns and rows may still be resized.
    lxw_protection protection{};
    protection.format_columns = LXW_TRUE;
    protection.format_rows = LXW_TRUE;
    worksheet_protect(sheet, nullptr, &protection);
}

// The unit's task sheet: the fixed columns, then the ones the unit fills in.
constexpr Column taskColumns[] = {
    {"编码", 11},     {"工作任务", 60}, {"完成时限", 11}, {"上次状态", 9},  {"上次进展情况", 36},
    {"上次日期", 11}, {"本期状态", 10}, {"截至日期", 12}, {"进展情况", 44},
};

/// Rows tall enough for a wrapped text: a CJK character takes about two units of a column's
/// width (Excel grows no row by itself once written).
double rowHeightFor(const std::initializer_list<std::pair<QString, double>> &texts)
{
    int lines = 1;
    for (const auto &[text, width] : texts) {
        const int perLine = std::max(1, int(width / 2.1));
        lines = std::max(lines, int((text.size() + perLine - 1) / perLine));
    }
    return std::max(30.0, 15.0 * lines + 4);
}

void writeTaskSheet(Workbook &book, const XlsxSheets::Group &group, const ReportingRound &round,
                    const QDate &asOf, int year, const std::map<qint64, TaskProgress> &latest)
{
    lxw_worksheet *sheet = book.addSheet(group.unit, XlsxSheets::taskSheetSuffix());
    const int lastColumn = int(std::size(taskColumns)) - 1;
    for (int c = 0; c <= lastColumn; ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), taskColumns[c].width, nullptr);

    worksheet_set_row(sheet, titleRow, 24, nullptr);
    const QString title = XlsxSheets::titleFor(group.unit, round, asOf);
    worksheet_merge_range(sheet, titleRow, 0, titleRow, lxw_col_t(lastColumn),
                          utf8(title).constData(), book.title());
    worksheet_set_row(sheet, headerRow, 20, nullptr);
    for (int c = 0; c <= lastColumn; ++c)
        worksheet_write_string(sheet, headerRow, lxw_col_t(c), taskColumns[c].header,
                               book.header());

    int row = firstDataRow;
    for (const TaskRecord &task : group.tasks) {
        const auto found = latest.find(task.id);
        const TaskProgress *last = found != latest.end() ? &found->second : nullptr;
        worksheet_set_row(sheet, lxw_row_t(row),
                          rowHeightFor({{task.text, taskColumns[1].width},
                                        {last ? last->text : QString(), taskColumns[4].width}}),
                          nullptr);
        writeText(sheet, row, 0, task.code, book.fixedText());
        writeText(sheet, row, 1, task.text, book.fixedText());
        if (task.deadline.isValid())
            writeDate(sheet, row, 2, task.deadline, book.fixedDate());
        else
            worksheet_write_blank(sheet, lxw_row_t(row), 2, book.fixedDate());
        // The status of the latest round; a task nobody has written about shows its own.
        writeText(sheet, row, 3, XlsxSheets::taskStatusText(last ? last->status : task.status),
                  book.fixedText());
        if (last) {
            writeText(sheet, row, 4, last->text, book.fixedText());
            writeDate(sheet, row, 5, last->date, book.fixedDate());
        } else {
            worksheet_write_blank(sheet, lxw_row_t(row), 4, book.fixedText());
            worksheet_write_blank(sheet, lxw_row_t(row), 5, book.fixedDate());
        }
        worksheet_write_blank(sheet, lxw_row_t(row), 6, book.inputText());
        worksheet_write_blank(sheet, lxw_row_t(row), 7, book.inputDate());
        worksheet_write_blank(sheet, lxw_row_t(row), 8, book.inputText());
        ++row;
    }
    const int lastRow = std::max(firstDataRow, row - 1);

    // The status: one of the four a unit reports (未填报 is the office's, for no answer).
    QByteArray statusTexts[4];
    char *statusList[5] = {};
    const TaskStatus reported[] = {TaskStatus::NotStarted, TaskStatus::InProgress, TaskStatus::Done,
                                   TaskStatus::Behind};
    for (int i = 0; i < 4; ++i) {
        statusTexts[i] = utf8(XlsxSheets::taskStatusText(reported[i]));
        statusList[i] = statusTexts[i].data();
    }
    QByteArray statusTitle = utf8(QStringLiteral("本期状态"));
    QByteArray statusMessage =
        utf8(QStringLiteral("请从列表中选择：未启动、推进中、已完成、滞后。"));
    lxw_data_validation status{};
    status.validate = LXW_VALIDATION_TYPE_LIST;
    status.value_list = statusList;
    status.error_title = statusTitle.data();
    status.error_message = statusMessage.data();
    worksheet_data_validation_range(sheet, firstDataRow, 6, lxw_row_t(lastRow), 6, &status);

    QByteArray dateTitle = utf8(QStringLiteral("截至日期"));
    QByteArray dateMessage = utf8(QStringLiteral("请填写 %1 年内的日期，如 %1-06-30。").arg(year));
    lxw_data_validation date{};
    date.validate = LXW_VALIDATION_TYPE_DATE;
    date.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    date.minimum_datetime = toDatetime(QDate(year, 1, 1));
    date.maximum_datetime = toDatetime(QDate(year, 12, 31));
    date.error_title = dateTitle.data();
    date.error_message = dateMessage.data();
    worksheet_data_validation_range(sheet, firstDataRow, 7, lxw_row_t(lastRow), 7, &date);

    worksheet_freeze_panes(sheet, firstDataRow, 2);
    setUpPrint(sheet, headerRow);
    lxw_protection protection{};
    protection.format_columns = LXW_TRUE;
    protection.format_rows = LXW_TRUE;
    worksheet_protect(sheet, nullptr, &protection);
}

/// A node's label cut at its first clause: area titles run to whole sentences, too long for
/// a ledger column ("（一）坚定不移推动经济高质量发展，…" → "（一）坚定不移推动经济高质量发展").
QString shortLabel(const PlanNode &node)
{
    const QString label = PlanText::nodeLabel(node);
    const qsizetype cut = label.indexOf(QRegularExpression(QStringLiteral("[，。；：,;]")));
    return cut > 0 ? label.left(cut) : label;
}

/// The 台账's task sheet: every task with its unit, deadline, status (逾期 when past its
/// deadline at the as-of date) and latest 进展情况.
void writeLedgerTasks(Workbook &book, const PlanStore &store, const PlanInfo &info,
                      const QDate &asOf)
{
    const TaskStore *taskStore = TaskStore::of(&store);
    const std::vector<TaskRecord> tasks = taskStore->tasks();
    if (tasks.empty())
        return;
    const auto latest = taskStore->latestProgress(asOf);
    lxw_worksheet *sheet = book.addSheet(QStringLiteral("台账"), XlsxSheets::taskSheetSuffix());
    const Column columns[] = {{"编码", 11},     {"工作任务", 56}, {"牵头单位", 16},
                              {"配合单位", 16}, {"完成时限", 11}, {"状态", 10},
                              {"进展情况", 44}, {"日期", 11}};
    const int lastColumn = int(std::size(columns)) - 1;
    for (int c = 0; c <= lastColumn; ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), columns[c].width, nullptr);
    worksheet_set_row(sheet, titleRow, 24, nullptr);
    const QString title = QStringLiteral("%1 重点工作任务台账　　截至日期：%2")
                              .arg(info.title, asOf.toString(Qt::ISODate));
    worksheet_merge_range(sheet, titleRow, 0, titleRow, lxw_col_t(lastColumn),
                          utf8(title).constData(), book.title());
    for (int c = 0; c <= lastColumn; ++c)
        worksheet_write_string(sheet, headerRow, lxw_col_t(c), columns[c].header, book.header());
    int row = firstDataRow;
    for (const TaskRecord &task : tasks) {
        const auto found = latest.find(task.id);
        const TaskProgress *last = found != latest.end() ? &found->second : nullptr;
        worksheet_set_row(sheet, lxw_row_t(row),
                          rowHeightFor({{task.text, columns[1].width},
                                        {last ? last->text : QString(), columns[6].width}}),
                          nullptr);
        writeText(sheet, row, 0, task.code, book.fixedText());
        writeText(sheet, row, 1, task.text, book.fixedText());
        writeText(sheet, row, 2, task.leadUnit.trimmed(), book.fixedText());
        writeText(sheet, row, 3, task.coUnits.trimmed(), book.fixedText());
        if (task.deadline.isValid())
            writeDate(sheet, row, 4, task.deadline, book.fixedDate());
        else
            worksheet_write_blank(sheet, lxw_row_t(row), 4, book.fixedDate());
        QString status = XlsxSheets::taskStatusText(task.status);
        if (task.isOverdue(asOf))
            status += QStringLiteral("（逾期）");
        writeText(sheet, row, 5, status, book.fixedText());
        writeText(sheet, row, 6, last ? last->text : QString(), book.fixedText());
        if (last)
            writeDate(sheet, row, 7, last->date, book.fixedDate());
        else
            worksheet_write_blank(sheet, lxw_row_t(row), 7, book.fixedDate());
        ++row;
    }
    worksheet_freeze_panes(sheet, firstDataRow, 2);
    setUpPrint(sheet, headerRow);
}

bool writeGroups(const PlanStore &store, const ReportingRound &round, const QDate &asOf,
                 const std::vector<XlsxSheets::Group> &groups, const QString &path, QString *error)
{
    Workbook book;
    if (!book.isValid()) {
        *error = XlsxSheets::tr("The workbook could not be made in a temporary folder.");
        return false;
    }
    const int year = store.planInfo().year;
    const auto latest = store.latestMeasurements(asOf);
    bool anyTasks = false;
    for (const XlsxSheets::Group &group : groups)
        anyTasks = anyTasks || !group.tasks.empty();
    const auto latestTasks =
        anyTasks ? TaskStore::of(&store)->latestProgress(asOf) : std::map<qint64, TaskProgress>();
    for (const XlsxSheets::Group &group : groups) {
        // A unit that leads tasks only has no indicator sheet to fill in.
        if (!group.indicators.empty() || group.tasks.empty())
            writeUnitSheet(book, group, round, asOf, year, latest);
        if (!group.tasks.empty())
            writeTaskSheet(book, group, round, asOf, year, latestTasks);
    }
    return book.finish(path, error);
}

std::vector<XlsxSheets::Group> storeGroups(const PlanStore &store, const QString &onlyUnit)
{
    return XlsxSheets::groups(store.indicators(), TaskStore::of(&store)->tasks(), onlyUnit);
}

bool noneFor(const QString &onlyUnit, QString *error)
{
    *error =
        onlyUnit.isEmpty()
            ? XlsxSheets::tr("The plan has no indicators.")
            : XlsxSheets::tr("No indicator or task has \"%1\" as its lead unit.").arg(onlyUnit);
    return false;
}

} // namespace

QString XlsxSheets::unassignedName()
{
    return QStringLiteral("未分配");
}

std::vector<XlsxSheets::Group> XlsxSheets::groups(const std::vector<Indicator> &indicators,
                                                  const QString &onlyUnit)
{
    return groups(indicators, {}, onlyUnit);
}

std::vector<XlsxSheets::Group> XlsxSheets::groups(const std::vector<Indicator> &indicators,
                                                  const std::vector<TaskRecord> &tasks,
                                                  const QString &onlyUnit)
{
    std::vector<Group> result;
    std::map<QString, std::size_t> byUnit;
    Group unassigned{unassignedName(), {}, {}};
    auto groupOf = [&](const QString &leadUnit) -> Group * {
        const QString unit = leadUnit.trimmed();
        const QString shown = unit.isEmpty() ? unassignedName() : unit;
        if (!onlyUnit.isEmpty() && shown != onlyUnit.trimmed())
            return nullptr;
        if (unit.isEmpty())
            return &unassigned;
        const auto found = byUnit.find(unit);
        if (found != byUnit.end())
            return &result[found->second];
        byUnit.emplace(unit, result.size());
        result.push_back(Group{unit, {}, {}});
        return &result.back();
    };
    for (const Indicator &ind : indicators) {
        if (Group *group = groupOf(ind.leadUnit))
            group->indicators.push_back(ind);
    }
    for (const TaskRecord &task : tasks) {
        if (Group *group = groupOf(task.leadUnit))
            group->tasks.push_back(task);
    }
    if (!unassigned.indicators.empty() || !unassigned.tasks.empty())
        result.push_back(std::move(unassigned));
    return result;
}

QString XlsxSheets::taskSheetSuffix()
{
    return QStringLiteral("·工作任务");
}

QString XlsxSheets::taskSheetName(const QString &unit)
{
    const QString name = unit.trimmed().isEmpty() ? unassignedName() : unit.trimmed();
    return name.left(31 - taskSheetSuffix().size()) + taskSheetSuffix();
}

QString XlsxSheets::taskStatusText(TaskStatus status)
{
    switch (status) {
    case TaskStatus::NotStarted:
        return QStringLiteral("未启动");
    case TaskStatus::InProgress:
        return QStringLiteral("推进中");
    case TaskStatus::Done:
        return QStringLiteral("已完成");
    case TaskStatus::Behind:
        return QStringLiteral("滞后");
    case TaskStatus::NotReported:
        break;
    }
    return QStringLiteral("未填报");
}

QString XlsxSheets::fileNameFor(const QString &unit)
{
    QString name = unit.trimmed();
    for (QChar &c : name) {
        if (QStringLiteral("/\\:*?\"<>|").contains(c) || c.category() == QChar::Other_Control)
            c = QLatin1Char('_');
    }
    while (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    name = name.trimmed().left(80);
    if (name.isEmpty())
        name = unassignedName();
    return name + QStringLiteral(".xlsx");
}

QString XlsxSheets::titleFor(const QString &unit, const ReportingRound &round, const QDate &asOf)
{
    return QStringLiteral("牵头单位：%1　　填报轮次：%2　　截至日期：%3")
        .arg(unit, round.key(), asOf.toString(Qt::ISODate));
}

bool XlsxSheets::writeWorkbook(const PlanStore &store, const QDate &asOf, const QString &onlyUnit,
                               const QString &path, QString *error)
{
    return writeWorkbook(store, ReportingRound::containing(asOf, RoundSettings::schedule(store)),
                         asOf, onlyUnit, path, error);
}

bool XlsxSheets::writeWorkbook(const PlanStore &store, const ReportingRound &round,
                               const QDate &asOf, const QString &onlyUnit, const QString &path,
                               QString *error)
{
    const std::vector<Group> all = storeGroups(store, onlyUnit);
    if (all.empty())
        return noneFor(onlyUnit, error);
    return writeGroups(store, round, asOf, all, path, error);
}

bool XlsxSheets::writeFolder(const PlanStore &store, const QDate &asOf, const QString &onlyUnit,
                             const QString &dir, QStringList *written, QString *error)
{
    return writeFolder(store, ReportingRound::containing(asOf, RoundSettings::schedule(store)),
                       asOf, onlyUnit, dir, written, error);
}

bool XlsxSheets::writeFolder(const PlanStore &store, const ReportingRound &round, const QDate &asOf,
                             const QString &onlyUnit, const QString &dir, QStringList *written,
                             QString *error)
{
    const std::vector<Group> all = storeGroups(store, onlyUnit);
    if (all.empty())
        return noneFor(onlyUnit, error);
    if (!QDir().mkpath(dir)) {
        *error = tr("The folder %1 cannot be made.").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    QSet<QString> used;
    for (const Group &group : all) {
        // Two units whose safe names meet get a number.
        const QString base = fileNameFor(group.unit);
        QString name = base;
        for (int n = 2; used.contains(name.toCaseFolded()); ++n)
            name = base.chopped(5) + QStringLiteral("(%1).xlsx").arg(n);
        used.insert(name.toCaseFolded());
        const QString path = QDir(dir).filePath(name);
        if (!writeGroups(store, round, asOf, {group}, path, error))
            return false;
        if (written)
            written->append(path);
    }
    return true;
}

bool XlsxSheets::writeLedger(const PlanStore &store, const QDate &asOf, const QString &path,
                             QString *error)
{
    Workbook book;
    if (!book.isValid()) {
        *error = tr("The workbook could not be made in a temporary folder.");
        return false;
    }
    const PlanInfo info = store.planInfo();
    const PlanIndex index(store.nodes());
    const std::vector<Indicator> indicators = store.indicators();
    // Each month's latest figure: the latest at its end (or at the as-of date) that falls in it.
    std::vector<std::map<qint64, Measurement>> months(12);
    for (int m = 1; m <= 12; ++m) {
        const QDate start(info.year, m, 1);
        if (!start.isValid() || start > asOf)
            break;
        months[std::size_t(m - 1)] =
            store.latestMeasurements(std::min(start.addMonths(1).addDays(-1), asOf));
    }

    lxw_worksheet *sheet = book.addSheet(QStringLiteral("台账"));
    const Column columns[] = {{"编码", 9},  {"方面", 22}, {"部分", 22},     {"指标", 30},
                              {"目标", 10}, {"单位", 8},  {"牵头单位", 16}, {"配合单位", 16}};
    const int fixed = int(std::size(columns));
    const int lastColumn = fixed + 11;
    for (int c = 0; c < fixed; ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), columns[c].width, nullptr);
    worksheet_set_column(sheet, lxw_col_t(fixed), lxw_col_t(lastColumn), 8, nullptr);
    worksheet_set_row(sheet, titleRow, 24, nullptr);
    const QString title =
        QStringLiteral("%1 台账　　截至日期：%2").arg(info.title, asOf.toString(Qt::ISODate));
    worksheet_merge_range(sheet, titleRow, 0, titleRow, lxw_col_t(lastColumn),
                          utf8(title).constData(), book.title());
    for (int c = 0; c < fixed; ++c)
        worksheet_write_string(sheet, headerRow, lxw_col_t(c), columns[c].header, book.header());
    for (int m = 1; m <= 12; ++m)
        writeText(sheet, headerRow, fixed + m - 1, QStringLiteral("%1月").arg(m), book.header());

    int row = firstDataRow;
    for (const Indicator &ind : indicators) {
        worksheet_set_row(sheet, lxw_row_t(row), 32, nullptr); // a long title in two lines
        const PlanNode *top = index.topOf(ind.nodeId);
        const PlanNode *node = index.node(ind.nodeId);
        writeText(sheet, row, 0, ind.code, book.fixedText());
        writeText(sheet, row, 1, top ? shortLabel(*top) : QString(), book.fixedText());
        writeText(sheet, row, 2, node && node != top ? shortLabel(*node) : QString(),
                  book.fixedText());
        writeText(sheet, row, 3, ind.name, book.fixedText());
        writeText(sheet, row, 4, targetText(ind), book.fixedText());
        writeText(sheet, row, 5, ind.unit, book.fixedText());
        writeText(sheet, row, 6, ind.leadUnit.trimmed(), book.fixedText());
        writeText(sheet, row, 7, ind.coUnits.trimmed(), book.fixedText());
        for (int m = 1; m <= 12; ++m) {
            const auto &month = months[std::size_t(m - 1)];
            const auto found = month.find(ind.id);
            const int column = fixed + m - 1;
            if (found != month.end() && found->second.date.month() == m &&
                found->second.date.year() == info.year)
                worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column),
                                       found->second.value, book.fixedNumber());
            else
                worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(column), book.fixedNumber());
        }
        ++row;
    }
    worksheet_freeze_panes(sheet, firstDataRow, 4);
    setUpPrint(sheet, headerRow);
    writeLedgerTasks(book, store, info, asOf);
    return book.finish(path, error);
}

} // namespace pd
