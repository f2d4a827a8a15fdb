#pragma once

#include <QByteArray>
#include <QDate>

namespace pd {

class PlanStore;

/// The indicators with their latest figures at a date, as CSV for Excel and WPS (export-csv):
/// UTF-8 with a byte-order mark (so Excel reads the Chinese as Chinese), CRLF line ends,
/// fields quoted as RFC 4180 says. Columns: 编码, 指标, 方面, 部分, 目标, 比较, 单位, 牵头单位,
/// 最新数值, 数值日期, 状态 (in Chinese, as the app labels it), 备注 (the figure's note).
class CsvExporter
{
public:
    static QByteArray exportIndicators(const PlanStore &store, const QDate &asOf);
    /// One field as RFC 4180 writes it: quoted when it holds a comma, a quote, CR or LF (the
    /// quotes doubled), as it is otherwise.
    static QString field(const QString &text);
};

} // namespace pd
