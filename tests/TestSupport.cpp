#include "TestSupport.h"

#include <QFile>

namespace pd::test {

QString builtinReportText()
{
    QFile file(QStringLiteral(":/report/chengdu-2024-government-work-report.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString dataPath(const QString &name)
{
    return QStringLiteral(PD_TEST_DATA_DIR "/") + name;
}

} // namespace pd::test
