// Data-file integrity: nothing is written to a file before it is known to be ours and not
// newer, damage is caught at open and named, the file alone holds every committed edit, the
// change log outlives a replaced plan, and the files made are private.

#include "document/BuiltinPlan.h"
#include "document/DataFile.h"
#include "store/PlanStore.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace pd;

namespace {

const QFile::Permissions ownerOnly =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;

/// Runs statements on a connection of its own, as another program would; the -wal is copied
/// beside copyTo (when given) before the connection closes, as a crash would leave it.
bool runRaw(const QString &file, const QStringList &statements, const QString &copyTo = {})
{
    bool ok = true;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(file);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &sql : statements)
            ok = ok && q.exec(sql);
        q.finish();
        if (!copyTo.isEmpty()) {
            ok = ok && QFile::copy(file, copyTo) &&
                 QFile::copy(file + QStringLiteral("-wal"), copyTo + QStringLiteral("-wal"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

/// Overwrites page (1-based) of a file with zeros.
void zeroPage(const QString &file, int page, int pageSize = 4096)
{
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(qint64(page - 1) * pageSize));
    QCOMPARE(f.write(QByteArray(pageSize, '\0')), qint64(pageSize));
}

/// Whether the copy of a data file (opened on its own) holds a figure with this value.
bool holdsFigure(const QString &file, double value)
{
    bool found = false;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM measurement WHERE value = ?"));
            q.addBindValue(value);
            found = q.exec() && q.next() && q.value(0).toInt() == 1;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("copy"));
    return found;
}

} // namespace

class TestIntegrity : public QObject
{
    Q_OBJECT
private slots:
    void newerVersionInTheWalIsRefusedUntouched();
    void foreignFileWithAPlanTableIsLeftAsItWas();
    void damagedPagesAreCaughtAtOpen_data();
    void damagedPagesAreCaughtAtOpen();
    void truncatedFileIsCalledDamaged();
    void goodFilePassesEveryCheck();
    void replacingThePlanKeepsTheChangeLog();
    void fileAloneHoldsEveryCommittedEdit();
    void filesAreCreatedPrivate();
    void fullDiskSaysSoAndLeavesNoFile();
};

void TestIntegrity::newerVersionInTheWalIsRefusedUntouched()
{
    test::TempDataFile data;
    QString error;
    QVERIFY2(data.importSamplePlan(&error), qPrintable(error));
    // A newer build raised user_version and had not yet checkpointed: the header still says
    // our version, the -wal says 99.
    const QString newer = data.filePath(QStringLiteral("newer.sqlite"));
    QVERIFY(runRaw(data.path(),
                   {QStringLiteral("PRAGMA wal_autocheckpoint = 0"),
                    QStringLiteral("PRAGMA user_version = 99")},
                   newer));
    const QByteArray before = test::dataFileBytes(newer);
    PlanStore store;
    QVERIFY(!store.open(newer, &error));
    QCOMPARE(store.openProblem(), DataFileProblem::Newer);
    QVERIFY2(error.contains(QLatin1String("newer version")), qPrintable(error));
    QCOMPARE(test::dataFileBytes(newer), before);
}

void TestIntegrity::foreignFileWithAPlanTableIsLeftAsItWas()
{
    test::TempDataFile data(QStringLiteral("other.sqlite"));
    QVERIFY(runRaw(data.path(), {QStringLiteral("CREATE TABLE plan (what TEXT, due TEXT)"),
                                 QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY)"),
                                 QStringLiteral("INSERT INTO plan VALUES ('x', 'y')")}));
    const QByteArray before = test::readFile(data.path());
    PlanStore store;
    QString error;
    QVERIFY(!store.open(data.path(), &error));
    QCOMPARE(store.openProblem(), DataFileProblem::NotOurs);
    QVERIFY2(error.contains(QLatin1String("not a Progress Dashboard data file")),
             qPrintable(error));
    QCOMPARE(test::readFile(data.path()), before); // still in rollback mode: header unchanged
    QVERIFY(!QFile::exists(data.path() + QStringLiteral("-wal")));
}

void TestIntegrity::damagedPagesAreCaughtAtOpen_data()
{
    QTest::addColumn<int>("page");
    QTest::newRow("page 5") << 5;
    QTest::newRow("page 20") << 20;
}

void TestIntegrity::damagedPagesAreCaughtAtOpen()
{
    QFETCH(int, page);
    test::TempDataFile data;
    QString error;
    {
        PlanStore store;
        QVERIFY2(BuiltinPlan::openWithPlan(store, data.path(), &error), qPrintable(error));
    }
    QVERIFY(QFileInfo(data.path()).size() > 20 * 4096);
    zeroPage(data.path(), page);
    const QByteArray before = test::dataFileBytes(data.path());

    PlanStore store;
    QVERIFY(!store.open(data.path(), &error));
    QCOMPARE(store.openProblem(), DataFileProblem::Damaged);
    QVERIFY2(error.contains(QLatin1String("is damaged")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("backup")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    QCOMPARE(test::dataFileBytes(data.path()), before);

    QString report;
    QVERIFY(!PlanStore::checkFile(data.path(), PlanStore::IntegrityCheck::Full, &report));
    QVERIFY2(report.startsWith(QLatin1String("The data file")), qPrintable(report));
    QVERIFY2(report.contains(QLatin1Char('\n')), qPrintable(report)); // the engine's findings
    QCOMPARE(test::dataFileBytes(data.path()), before);
}

void TestIntegrity::truncatedFileIsCalledDamaged()
{
    test::TempDataFile data;
    QString error;
    {
        PlanStore store;
        QVERIFY2(BuiltinPlan::openWithPlan(store, data.path(), &error), qPrintable(error));
    }
    const QByteArray whole = test::readFile(data.path());
    const QByteArray half = whole.left(whole.size() / 2);
    test::writeFile(data.path(), half);
    PlanStore store;
    QVERIFY(!store.open(data.path(), &error));
    QCOMPARE(store.openProblem(), DataFileProblem::Damaged);
    QVERIFY2(error.contains(
                 QStringLiteral("cut short: %1 of %2 bytes").arg(half.size()).arg(whole.size())),
             qPrintable(error));
    QCOMPARE(test::readFile(data.path()), half);

    // Only the start of a header: damaged too, not "another kind of file".
    test::writeFile(data.path(), whole.left(40));
    QVERIFY(!store.open(data.path(), &error));
    QCOMPARE(store.openProblem(), DataFileProblem::Damaged);
}

void TestIntegrity::goodFilePassesEveryCheck()
{
    test::TempDataFile data;
    QString error;
    QVERIFY2(data.importSamplePlan(&error), qPrintable(error));
    QString report;
    for (auto check : {PlanStore::IntegrityCheck::AtOpen, PlanStore::IntegrityCheck::Quick,
                       PlanStore::IntegrityCheck::Full}) {
        QVERIFY2(PlanStore::checkFile(data.path(), check, &report), qPrintable(report));
        QCOMPARE(report, QStringLiteral("ok"));
    }
    PlanStore store;
    QVERIFY2(store.open(data.path(), &error), qPrintable(error));
    QCOMPARE(store.openProblem(), DataFileProblem::None);
    QVERIFY2(store.checkIntegrity(true, &report), qPrintable(report));
    QVERIFY2(store.checkIntegrity(false, &report), qPrintable(report));
    QCOMPARE(report, QStringLiteral("ok"));
}

void TestIntegrity::replacingThePlanKeepsTheChangeLog()
{
    test::TempDataFile data;
    QString error;
    QVERIFY2(data.importSamplePlan(&error), qPrintable(error));
    PlanStore store;
    QVERIFY2(store.open(data.path(), &error), qPrintable(error));
    const std::optional<Indicator> m1 = store.indicatorByCode(QStringLiteral("M1"));
    QVERIFY(m1);
    Measurement figure;
    figure.indicatorId = m1->id;
    figure.date = QDate(2024, 3, 31);
    figure.value = 5.8;
    const std::optional<qint64> figureId = store.addMeasurement(figure, &error);
    QVERIFY2(figureId, qPrintable(error));
    QVERIFY2(store.setIndicatorField(m1->id, IndicatorField::Notes, QStringLiteral("核对"), &error),
             qPrintable(error));
    const std::vector<AuditEntry> before = store.auditLog();
    QCOMPARE(before.size(), std::size_t(2));

    ParsedPlan next = test::samplePlan();
    next.info.title = QStringLiteral("新计划");
    QVERIFY2(store.importPlan(next, true, &error), qPrintable(error));
    const std::vector<AuditEntry> after = store.auditLog();
    QCOMPARE(after.size(), std::size_t(3));
    QCOMPARE(after[0].id, before[0].id);
    QCOMPARE(after[1].newValue, QStringLiteral("核对"));
    QCOMPARE(after[2].entity, QStringLiteral("plan"));
    QCOMPARE(after[2].field, QStringLiteral("replaced"));
    QCOMPARE(after[2].newValue, QStringLiteral("新计划"));
    // The new plan's M1 may reuse the old one's id: its history starts empty.
    const std::optional<Indicator> newM1 = store.indicatorByCode(QStringLiteral("M1"));
    QVERIFY(newM1);
    QVERIFY(store.auditLog(QStringLiteral("indicator"), newM1->id).empty());
    QVERIFY(store.auditLog(QStringLiteral("measurement"), *figureId).empty());
}

void TestIntegrity::fileAloneHoldsEveryCommittedEdit()
{
    test::TempDataFile data;
    QString error;
    PlanStore store; // open throughout, as the window is
    QVERIFY2(store.open(data.path(), &error), qPrintable(error));
    QVERIFY2(store.importPlan(test::samplePlan(), false, &error), qPrintable(error));
    const std::optional<Indicator> l1 = store.indicatorByCode(QStringLiteral("L1.1"));
    QVERIFY(l1);
    Measurement figure;
    figure.indicatorId = l1->id;
    figure.date = QDate(2024, 5, 31);
    figure.value = 321;
    QVERIFY2(store.addMeasurement(figure, &error), qPrintable(error));

    // The checkpoint is due, and what it does when the app goes idle makes a copy of the file
    // alone (a file manager's, for a meeting) complete.
    QVERIFY(store.checkpointPending());
    QVERIFY2(store.checkpoint(&error), qPrintable(error));
    QVERIFY(!store.checkpointPending());
    const QString copy = data.filePath(QStringLiteral("meeting-copy.sqlite"));
    QVERIFY(QFile::copy(data.path(), copy));
    QVERIFY(holdsFigure(copy, 321));

    // The record command beside the open window: its figure is in the file when it exits,
    // though the window's connection keeps the -wal.
    {
        PlanStore record;
        QVERIFY2(record.open(data.path(), &error), qPrintable(error));
        figure.value = 654;
        QVERIFY2(record.addMeasurement(figure, &error), qPrintable(error));
    }
    const QString second = data.filePath(QStringLiteral("second-copy.sqlite"));
    QVERIFY(QFile::copy(data.path(), second));
    QVERIFY(holdsFigure(second, 654));
}

void TestIntegrity::filesAreCreatedPrivate()
{
    const mode_t previous = ::umask(022); // the usual umask: new files readable by all
    test::TempDataFile data;
    QString error;
    {
        PlanStore store;
        QVERIFY2(store.open(data.path(), &error), qPrintable(error));
        QVERIFY2(store.importPlan(test::samplePlan(), false, &error), qPrintable(error));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QVERIFY2(QFile::exists(data.path() + suffix), qPrintable(suffix));
            QCOMPARE(QFile::permissions(data.path() + suffix), ownerOnly);
        }
        const QString copy = data.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY2(store.saveCopy(copy, &error), qPrintable(error));
        QCOMPARE(QFile::permissions(copy), ownerOnly);
    }
    const QString made = data.filePath(QStringLiteral("made.sqlite"));
    QVERIFY2(DataFile::create(made, test::samplePlan(), DataFile::IfExists::Keep, &error),
             qPrintable(error));
    QCOMPARE(QFile::permissions(made), ownerOnly);
    ::umask(previous);
}

void TestIntegrity::fullDiskSaysSoAndLeavesNoFile()
{
    // A small file system of its own, filled to the last byte.
    test::TempDataFile data;
    const QString disk = data.filePath(QStringLiteral("disk"));
    QVERIFY(QDir().mkpath(disk));
    // Room for the schema and the sample plan with its -wal, then filled to the last byte.
    if (::mount("tmpfs", QFile::encodeName(disk).constData(), "tmpfs", 0, "size=1m") != 0)
        QSKIP("cannot mount a small file system here (needs root)");
    struct Unmount
    {
        QByteArray at;
        ~Unmount() { ::umount2(at.constData(), MNT_DETACH); }
    } unmount{QFile::encodeName(disk)};

    const QString file = disk + QStringLiteral("/plan.sqlite");
    QString error;
    {
        PlanStore store;
        QVERIFY2(store.open(file, &error), qPrintable(error));
        QVERIFY2(store.importPlan(test::samplePlan(), false, &error), qPrintable(error));
    }
    const QString filler = disk + QStringLiteral("/filler");
    {
        QFile fill(filler);
        QVERIFY(fill.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (fill.write(block) == block.size() && fill.flush()) {
        }
    }
    const QByteArray before = test::dataFileBytes(file);

    // At open: a full disk, not "not a data file", and the file as it was.
    PlanStore store;
    QVERIFY(!store.open(file, &error));
    QCOMPARE(store.openProblem(), DataFileProblem::DiskFull);
    QVERIFY2(error.contains(QLatin1String("is full")), qPrintable(error));
    QCOMPARE(test::dataFileBytes(file), before);

    // A new file on the full disk: refused in plain words, and nothing left behind.
    const QString fresh = disk + QStringLiteral("/fresh.sqlite");
    QVERIFY(!DataFile::create(fresh, test::samplePlan(), DataFile::IfExists::Keep, &error));
    QVERIFY2(error.contains(QLatin1String("is full")), qPrintable(error));
    PlanStore other;
    QVERIFY(!other.open(fresh, &error));
    QCOMPARE(other.openProblem(), DataFileProblem::DiskFull);
    const QStringList left = QDir(disk).entryList(QDir::Files | QDir::Hidden);
    QVERIFY2(left.filter(QStringLiteral("fresh")).isEmpty(), qPrintable(left.join(u' ')));
}

QTEST_GUILESS_MAIN(TestIntegrity)
#include "tst_integrity.moc"
