#include "store/PlanStore.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace pd;

/// A measurement entered is on disk the moment the call returns: a process killed with
/// SIGKILL right after the edit loses nothing.
class TestDurability : public QObject
{
    Q_OBJECT
private slots:
    void editSurvivesKillRightAfter();
};

void TestDurability::editSurvivesKillRightAfter()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.sqlite"));
    {
        PlanStore store;
        QVERIFY(store.open(path, nullptr));
        QVERIFY(store.importPlan(test::samplePlan(), false, nullptr));
    }
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        // The child edits, then dies at once: no destructors, no close, no checkpoint.
        PlanStore store;
        if (!store.open(path, nullptr))
            ::_exit(3);
        Measurement m;
        m.indicatorId = store.indicatorByCode(QStringLiteral("L1.1"))->id;
        m.date = QDate(2024, 6, 30);
        m.value = 777;
        if (!store.addMeasurement(m, nullptr))
            ::_exit(4);
        ::kill(::getpid(), SIGKILL);
        ::_exit(5);
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFSIGNALED(status));
    QCOMPARE(WTERMSIG(status), SIGKILL);

    PlanStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    const auto list = store.measurements(store.indicatorByCode(QStringLiteral("L1.1"))->id);
    QCOMPARE(list.size(), std::size_t(1));
    QCOMPARE(list.front().value, 777.0);
}

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
