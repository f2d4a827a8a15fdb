#include "document/BuiltinPlan.h"

#include "document/DataFile.h"
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

bool BuiltinPlan::parse(ParsedPlan *plan, QString *error)
{
    if (!ReportParser().parse(reportText(), plan, error))
        return false;
    if (plan->info.title.isEmpty())
        plan->info.title = QStringLiteral("成都市2024年政府工作报告");
    return true;
}

bool BuiltinPlan::installIfEmpty(PlanStore &store, QString *error)
{
    if (store.hasPlan())
        return true;
    ParsedPlan plan;
    return parse(&plan, error) && store.importPlan(plan, false, error);
}

bool BuiltinPlan::openWithPlan(PlanStore &store, const QString &path, QString *error)
{
    if (!QFileInfo::exists(path)) {
        // A new file is made whole beside its path and moved in; one another process makes
        // at the same moment wins, and both open it.
        ParsedPlan plan;
        if (!parse(&plan, error) || !DataFile::create(path, plan, DataFile::IfExists::Keep, error))
            return false;
    }
    if (!store.open(path, error))
        return false;
    // A file without a plan (made empty by hand): filled in place, in one transaction.
    if (!installIfEmpty(store, error)) {
        store.close();
        return false;
    }
    return true;
}

} // namespace pd
