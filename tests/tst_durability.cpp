#include "document/BuiltinPlan.h"
#include "store/PlanStore.h"
#include "TestSupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
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
    void twoWritersOnANewFileBothKeepTheirFigure();
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

void TestDurability::twoWritersOnANewFileBothKeepTheirFigure()
{
    // Two programs (two `record` commands, say) open a file that does not exist yet at the
    // same moment: one makes it, the other finds it made; neither removes the other's work.
    QTemporaryDir dir;
    for (int round = 0; round < 10; ++round) {
        const QString path = dir.filePath(QStringLiteral("new-%1.sqlite").arg(round));
        int gate[2];
        QVERIFY(::pipe(gate) == 0);
        pid_t children[2];
        for (int c = 0; c < 2; ++c) {
            children[c] = ::fork();
            QVERIFY(children[c] >= 0);
            if (children[c] == 0) {
                ::close(gate[1]);
                char byte;
                (void)::read(gate[0], &byte, 1); // both start when the gate closes
                PlanStore store;
                QString error;
                if (!BuiltinPlan::openWithPlan(store, path, &error)) {
                    std::fprintf(stderr, "writer %d: %s\n", c, qPrintable(error));
                    ::_exit(3);
                }
                Measurement m;
                const auto indicator = store.indicatorByCode(QStringLiteral("M1"));
                if (!indicator)
                    ::_exit(4);
                m.indicatorId = indicator->id;
                m.date = QDate(2024, 3, 1 + c);
                m.value = 1 + c;
                ::_exit(store.addMeasurement(m, &error) ? 0 : 5);
            }
        }
        ::close(gate[0]);
        ::close(gate[1]);
        for (pid_t child : children) {
            int status = 0;
            QCOMPARE(::waitpid(child, &status, 0), child);
            QVERIFY(WIFEXITED(status));
            QCOMPARE(WEXITSTATUS(status), 0);
        }
        PlanStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        const auto list = store.measurements(store.indicatorByCode(QStringLiteral("M1"))->id);
        QCOMPARE(list.size(), std::size_t(2));
        QCOMPARE(
            QDir(dir.path()).entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden),
            QStringList());
    }
}

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
