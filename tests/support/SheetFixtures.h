#pragma once

// Fixtures of the sheets-in tests (tst_sheetsin, tst_sheetimportdialog): a plan whose
// indicators have lead units, workbooks made part by part, a unit's exported workbook filled in
// as a unit would, and LibreOffice saving a file again.

#include "plan/PlanTypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <utility>
#include <vector>

namespace pd::test {

/// The sample plan (samplePlan()) with lead units: M1 市统计局; M2 市人社局 (co-unit 市统计局);
/// A1.1.1, A1.1.2 and L1.1 市商务局; and one more project, L1.2 新建口袋公园 (count, 100 个),
/// led by none (未分配).
ParsedPlan unitPlan();

using ZipParts = std::vector<std::pair<QString, QByteArray>>;
/// A zip holding parts, deflated; with a password, each part encrypted.
QByteArray zip(const ZipParts &parts, const QByteArray &password = QByteArray());
/// A zip's parts in its order.
ZipParts unzip(const QByteArray &zip);

/// One sheet of a hand-made workbook: its name and the XML inside <sheetData> (and after it,
/// for <mergeCells>).
struct SheetXml
{
    QString name;
    QString sheetData;
    QString afterData;
    bool hidden = false;
};
/// A workbook made part by part (workbook, its relationships, shared strings when given,
/// styles when given, the sheets).
QByteArray workbook(const std::vector<SheetXml> &sheets, const QString &sharedStrings = QString(),
                    const QString &styles = QString(), bool date1904 = false);

/// A cell to fill in an exported sheet: a number (double), a date (QDate, as a serial number
/// under the sheet's date style) or a text (QString, an inline string).
struct Fill
{
    QString ref; ///< "G3"
    QVariant value;
};
/// An exported workbook with the cells of its first sheet (or of sheet number sheet, from 1)
/// filled in (its styles kept) and extra rows after the last one (each a list of cells by
/// reference).
QByteArray fillWorkbook(const QByteArray &xlsx, const std::vector<Fill> &cells, int sheet = 1);

/// The path of soffice, or empty when LibreOffice is not installed.
QString soffice();
/// Saves file again through LibreOffice headless (a private profile) with the filter
/// ("xlsx", "csv:Text - txt - csv (StarCalc):44,34,57"…) into outDir; the new file's path, or
/// empty with *error.
QString saveThroughLibreOffice(const QString &file, const QString &filter, const QString &outDir,
                               QString *error);

} // namespace pd::test
