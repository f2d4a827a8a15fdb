#include "TestSupport.h"

#include "PostgresServer.h"

#include "plan/Clock.h"
#include "store/PlanStore.h"

#include <QFile>
#include <QFileInfo>

#include <map>

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

ParsedPlan samplePlan()
{
    ParsedPlan plan;
    plan.info.title = QStringLiteral("示例市2024年政府工作报告");
    plan.info.government = QStringLiteral("示例市");
    plan.info.year = 2024;
    plan.info.sourceText = QStringLiteral("地区生产总值增长6%左右。新引进首店500家以上。");
    plan.nodes = {
        {-1, NodeKind::MainTargets, 0, QStringLiteral("主要预期目标")},
        {-1, NodeKind::Area, 1, QStringLiteral("坚定不移推动经济稳中有进")},
        {1, NodeKind::Section, 1, QStringLiteral("多措并举激发有潜能的消费")},
        {-1, NodeKind::Livelihood, 0, QStringLiteral("民生实事")},
        {3, NodeKind::LivelihoodCategory, 1, QStringLiteral("市容环境")},
        {4, NodeKind::LivelihoodProject, 1, QStringLiteral("城市增绿扩绿")},
    };
    auto make = [](QString code, int ordinal, QString name, double target, QString unit,
                   Comparator cmp, IndicatorKind kind, QString snippet) {
        Indicator ind;
        ind.code = std::move(code);
        ind.ordinal = ordinal;
        ind.name = std::move(name);
        ind.target = target;
        ind.unit = std::move(unit);
        ind.comparator = cmp;
        ind.kind = kind;
        ind.snippet = std::move(snippet);
        return ind;
    };
    plan.indicators.push_back(
        {0,
         make(QStringLiteral("M1"), 1, QStringLiteral("地区生产总值"), 6, QStringLiteral("%"),
              Comparator::About, IndicatorKind::Growth, QStringLiteral("地区生产总值增长6%左右"))});
    plan.indicators.push_back(
        {0, make(QStringLiteral("M2"), 2, QStringLiteral("城镇调查失业率"), 5.5,
                 QStringLiteral("%"), Comparator::AtMost, IndicatorKind::Cap,
                 QStringLiteral("城镇调查失业率控制在5.5%以内"))});
    plan.indicators.push_back(
        {2,
         make(QStringLiteral("A1.1.1"), 1, QStringLiteral("新引进首店"), 500, QStringLiteral("家"),
              Comparator::AtLeast, IndicatorKind::Count, QStringLiteral("新引进首店500家以上"))});
    Indicator level =
        make(QStringLiteral("A1.1.2"), 2, QStringLiteral("线上业务办理率"), 95, QStringLiteral("%"),
             Comparator::AtLeast, IndicatorKind::Level, QStringLiteral("线上业务办理率达95%以上"));
    level.baseline = 90;
    plan.indicators.push_back({2, level});
    plan.indicators.push_back(
        {5, make(QStringLiteral("L1.1"), 1, QStringLiteral("新建天府绿道"), 1000,
                 QStringLiteral("公里"), Comparator::Exactly, IndicatorKind::Count,
                 QStringLiteral("新建天府绿道1000公里"))});
    return plan;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}

QByteArray dataFileBytes(const QString &path)
{
    return readFile(path) + "\n-- wal --\n" + readFile(path + QStringLiteral("-wal"));
}

TempDataFile::TempDataFile(const QString &name) : m_path(m_dir.filePath(name)) {}

bool TempDataFile::importSamplePlan(QString *error) const
{
    PlanStore store;
    return openStore(store, m_path, error) && store.importPlan(samplePlan(), false, error);
}

bool onServer()
{
    return qEnvironmentVariable("PD_TEST_ENGINE") == QLatin1String("postgres");
}

QString engineUnavailable()
{
    QString reason;
    if (onServer() && !PostgresServer::shared(&reason))
        return reason;
    return {};
}

bool openStore(PlanStore &store, const QString &path, QString *error)
{
    if (!onServer())
        return store.open(path, error);
    QString localError;
    if (!error)
        error = &localError;
    QString reason;
    PostgresServer *server = PostgresServer::shared(&reason);
    if (!server) {
        *error = reason;
        return false;
    }
    // One database per path, for the life of the test process.
    static std::map<QString, QString> databases;
    const QString key = QFileInfo(path).absoluteFilePath();
    auto found = databases.find(key);
    if (found == databases.end()) {
        const QString name = PostgresServer::freshName(QStringLiteral("store"));
        if (!server->createDatabase(name, error))
            return false;
        found = databases.emplace(key, name).first;
    }
    const std::optional<ServerAddress> address =
        ServerAddress::parse(server->url(found->second), error);
    return address && store.openServer(*address, {}, error);
}

FixedToday::FixedToday(const QDate &date)
    : m_previousFixed(Clock::fixedToday()), m_previousEnvironment(qgetenv("PD_TODAY")),
      m_hadEnvironment(qEnvironmentVariableIsSet("PD_TODAY"))
{
    Clock::setFixedToday(date);
    qputenv("PD_TODAY", date.toString(Qt::ISODate).toLatin1());
}

FixedToday::~FixedToday()
{
    Clock::setFixedToday(m_previousFixed);
    if (m_hadEnvironment)
        qputenv("PD_TODAY", m_previousEnvironment);
    else
        qunsetenv("PD_TODAY");
}

} // namespace pd::test
