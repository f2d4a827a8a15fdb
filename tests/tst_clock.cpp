#include "models/PlanTreeModel.h"
#include "plan/Clock.h"
#include "report/ReportBuilder.h"
#include "store/PlanStore.h"
#include "TestSupport.h"

#include <QTest>

using namespace pd;

// Clock::today() and the fixtures that fix it: what every "today" in the app reads.
class TestClock : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void followsTheSystemDateByDefault();
    void fixedTodayFixesItAndPutsBackWhatWasThere();
    void environmentFixesItForTheRealBinary();
    void defaultsFollowTheClock();
};

void TestClock::init()
{
    qunsetenv("PD_TODAY");
    Clock::setFixedToday(QDate());
}

void TestClock::followsTheSystemDateByDefault()
{
    const QDate before = QDate::currentDate();
    const QDate today = Clock::today();
    QVERIFY(today == before || today == QDate::currentDate()); // around midnight
    QVERIFY(!Clock::fixedToday().isValid());
}

void TestClock::fixedTodayFixesItAndPutsBackWhatWasThere()
{
    {
        test::FixedToday outer(QDate(2024, 7, 1));
        QCOMPARE(Clock::today(), QDate(2024, 7, 1));
        QCOMPARE(qgetenv("PD_TODAY"), QByteArray("2024-07-01")); // for programs it starts
        {
            test::FixedToday inner(QDate(2024, 12, 31));
            QCOMPARE(Clock::today(), QDate(2024, 12, 31));
        }
        QCOMPARE(Clock::today(), QDate(2024, 7, 1));
    }
    QVERIFY(!Clock::fixedToday().isValid());
    QVERIFY(!qEnvironmentVariableIsSet("PD_TODAY"));
    QCOMPARE(Clock::today(), QDate::currentDate());
}

void TestClock::environmentFixesItForTheRealBinary()
{
    qputenv("PD_TODAY", "2024-03-15");
    QCOMPARE(Clock::environmentToday(), QDate(2024, 3, 15));
    QCOMPARE(Clock::today(), QDate(2024, 3, 15));
    Clock::setFixedToday(QDate(2024, 9, 1)); // a test's own date wins
    QCOMPARE(Clock::today(), QDate(2024, 9, 1));
    Clock::setFixedToday(QDate());
    qputenv("PD_TODAY", "2024-02-30"); // not a date: the system date
    QVERIFY(!Clock::environmentToday().isValid());
    QCOMPARE(Clock::today(), QDate::currentDate());
    qunsetenv("PD_TODAY");
}

void TestClock::defaultsFollowTheClock()
{
    const test::FixedToday today(QDate(2024, 5, 20));
    QCOMPARE(PlanTreeModel().asOf(), QDate(2024, 5, 20));

    const test::TempDataFile file;
    QVERIFY(file.isValid());
    QString error;
    QVERIFY2(file.importSamplePlan(&error), qPrintable(error));
    PlanStore store;
    QVERIFY2(store.open(file.path(), &error), qPrintable(error));
    const auto book = ReportBuilder::build(store, QDate(), ReportScope::book(), &error);
    QVERIFY2(book, qPrintable(error));
    QCOMPARE(book->asOf, QDate(2024, 5, 20));
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
