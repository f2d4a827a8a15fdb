#include "document/BuiltinPlan.h"

#include "store/PlanStore.h"
#include "parse/ReportParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace pd {

QString BuiltinPlan::reportText()
{
    QFile file(QStringLiteral(":/report/chengdu-2024-government-work-report.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return ReportParser::decode(file.readAll());
}

bool BuiltinPlan::installIfEmpty(PlanStore &store, QString *error)
{
    if (store.hasPlan())
        return true;
    ParsedPlan plan;
    if (!ReportParser().parse(reportText(), &plan, error))
        return false;
    if (plan.info.title.isEmpty())
        plan.info.title = QStringLiteral("成都市2024年政府工作报告");
    return store.importPlan(plan, false, error);
}

bool BuiltinPlan::openWithPlan(PlanStore &store, const QString &path, QString *error)
{
    const bool existed = QFileInfo::exists(path);
    if (!store.open(path, error))
        return false;
    if (!installIfEmpty(store, error)) {
        store.close();
        if (!existed)
            PlanStore::removeFiles(path);
        return false;
    }
    return true;
}

} // namespace pd
