#include "commands/MeasurementCommands.h"
#include "document/PlanDocument.h"
#include "store/Backups.h"
#include "store/PlanStore.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {
const QFile::Permissions OwnerGroupOther = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                           QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                           QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
} // namespace

/// Automatic backups: taken as whole copies, listed with date, size and figures, pruned to
/// the newest 20 and one a day for 30 days, restored with the state before kept; and the
/// document's backup at open and at most once an hour while edits are made.
class TestBackups : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void takeMakesAPrivateWholeCopy();
    void listsNewestFirstWithSizeAndFigures();
    void pruneKeepsTwentyAndOnePerDay();
    void restoreKeepsTheStateBeforeAndUndoes();
    void restoreRefusesWhatIsNoDataFile();
    void restoreOverADamagedFileKeepsItsBytes();
    void latestOfNamesTheNewest();
    void sameNameElsewhereIsAnotherFolder();
    void documentBacksUpAtOpenAndHourly();

private:
    bool addFigure(PlanStore &store, const QString &code, const QDate &date, double value)
    {
        Measurement m;
        m.indicatorId = store.indicatorByCode(code)->id;
        m.date = date;
        m.value = value;
        return bool(store.addMeasurement(m, nullptr));
    }
    Backups backups() const
    {
        return Backups(m_file->path(), m_root->path(), [this] { return m_now; });
    }

    std::unique_ptr<test::TempDataFile> m_file;
    std::unique_ptr<QTemporaryDir> m_root;
    QDateTime m_now;
};

void TestBackups::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestBackups::init()
{
    m_file = std::make_unique<test::TempDataFile>();
    QVERIFY(m_file->importSamplePlan());
    m_root = std::make_unique<QTemporaryDir>();
    m_now = QDateTime(QDate(2024, 7, 1), QTime(10, 0));
    Backups::setClock([this] { return m_now; });
}

void TestBackups::cleanup()
{
    Backups::setClock({});
    QDir(Backups(m_file->path()).folder()).removeRecursively();
}

void TestBackups::takeMakesAPrivateWholeCopy()
{
    PlanStore store;
    QString error;
    QVERIFY(store.open(m_file->path(), &error));
    QVERIFY(addFigure(store, QStringLiteral("M1"), QDate(2024, 6, 30), 5.8));
    Backups set = backups();
    const std::optional<BackupInfo> taken = set.take(store, BackupReason::Open, &error);
    QVERIFY2(taken, qPrintable(error));
    QVERIFY(taken->path.startsWith(set.folder() + QLatin1Char('/')));
    QVERIFY(QFileInfo(set.folder()).fileName().startsWith(QStringLiteral("plan.sqlite-")));
    QCOMPARE(taken->takenAt, m_now);
    QCOMPARE(taken->reason, BackupReason::Open);
    QCOMPARE(taken->figures, 1);
    QCOMPARE(taken->size, QFileInfo(taken->path).size());
    // Only the owner may read the plan's copies.
    const auto mode = [](const QString &path) {
        return QFileInfo(path).permissions() & OwnerGroupOther; // not the "user" bits
    };
    QCOMPARE(mode(taken->path), QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(mode(set.folder()), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(mode(m_root->path()), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // A whole data file on its own, with the figure that was only in the log.
    PlanStore copy;
    QVERIFY2(copy.open(taken->path, &error), qPrintable(error));
    QCOMPARE(copy.indicators().size(), std::size_t(5));
    QCOMPARE(copy.measurements(copy.indicatorByCode(QStringLiteral("M1"))->id).size(),
             std::size_t(1));
}

void TestBackups::listsNewestFirstWithSizeAndFigures()
{
    PlanStore store;
    QVERIFY(store.open(m_file->path(), nullptr));
    Backups set = backups();
    QVERIFY(set.list().empty());
    QVERIFY(!set.latest());
    QVERIFY(set.take(store, BackupReason::Open, nullptr));
    m_now = m_now.addSecs(3600);
    QVERIFY(addFigure(store, QStringLiteral("M1"), QDate(2024, 6, 30), 5.8));
    QVERIFY(addFigure(store, QStringLiteral("M2"), QDate(2024, 6, 30), 5.1));
    QVERIFY(set.take(store, BackupReason::Hourly, nullptr));
    // Two in the same millisecond are both kept.
    QVERIFY(set.take(store, BackupReason::BeforeBulkChange, nullptr));

    const std::vector<BackupInfo> listed = set.list();
    QCOMPARE(listed.size(), std::size_t(3));
    QCOMPARE(listed[0].reason, BackupReason::BeforeBulkChange);
    QCOMPARE(listed[1].reason, BackupReason::Hourly);
    QCOMPARE(listed[1].takenAt, QDateTime(QDate(2024, 7, 1), QTime(11, 0)));
    QCOMPARE(listed[1].figures, 2);
    QCOMPARE(listed[2].reason, BackupReason::Open);
    QCOMPARE(listed[2].figures, 0);
    QVERIFY(listed[2].size > 0);
    QCOMPARE(set.latest()->path, listed[0].path);
    // Counting figures writes nothing beside the backups.
    QCOMPARE(QDir(set.folder()).entryList(QDir::Files).size(), 3);
    QVERIFY(!Backups::reasonText(BackupReason::BeforeRestore).isEmpty());
}

void TestBackups::pruneKeepsTwentyAndOnePerDay()
{
    PlanStore store;
    QVERIFY(store.open(m_file->path(), nullptr));
    Backups set = backups();
    // Four a day, at 9, 11, 13 and 15 o'clock, for 40 days: 160 backups taken.
    const QDate first(2024, 5, 1);
    for (int day = 0; day < 40; ++day) {
        for (int hour : {9, 11, 13, 15}) {
            m_now = QDateTime(first.addDays(day), QTime(hour, 0));
            QVERIFY(set.take(store, BackupReason::Hourly, nullptr));
        }
    }
    const QDate last = first.addDays(39);
    const std::vector<BackupInfo> kept = set.list();
    // The newest 20 (the last five days), and the 15:00 of each of the 25 days before that
    // are within the last 30 days; older days are gone.
    QCOMPARE(kept.size(), std::size_t(20 + 25));
    for (std::size_t i = 0; i < 20; ++i)
        QVERIFY(kept[i].takenAt.date().daysTo(last) < 5);
    for (std::size_t i = 20; i < kept.size(); ++i) {
        QCOMPARE(kept[i].takenAt.time(), QTime(15, 0));
        QVERIFY(kept[i].takenAt.date().daysTo(last) < Backups::KeepDays);
    }
    QCOMPARE(kept.back().takenAt.date(), last.addDays(-29));
    QCOMPARE(QDir(set.folder()).entryList(QDir::Files).size(), int(kept.size()));

    // Twenty days later, one new backup: the 20 newest stay (it and the last five days'),
    // plus one a day for the five days before those still inside the 30.
    m_now = QDateTime(last.addDays(20), QTime(12, 0));
    QVERIFY(set.take(store, BackupReason::Hourly, nullptr));
    const std::vector<BackupInfo> later = set.list();
    QCOMPARE(later.size(), std::size_t(20 + 5));
    QCOMPARE(later.front().takenAt, m_now);
    QCOMPARE(later.back().takenAt.date(), m_now.date().addDays(-29));
}

void TestBackups::restoreKeepsTheStateBeforeAndUndoes()
{
    PlanStore store;
    QString error;
    QVERIFY(store.open(m_file->path(), &error));
    Backups set = backups();
    const std::optional<BackupInfo> empty = set.take(store, BackupReason::Open, &error);
    QVERIFY(empty);
    m_now = m_now.addSecs(60);
    QVERIFY(addFigure(store, QStringLiteral("M1"), QDate(2024, 6, 30), 5.8));
    QVERIFY(addFigure(store, QStringLiteral("M2"), QDate(2024, 6, 30), 5.1));

    std::optional<BackupInfo> before;
    QVERIFY2(set.restore(empty->path, store, &error, &before), qPrintable(error));
    QVERIFY(!store.isOpen()); // the caller opens the restored file
    QVERIFY(before);
    QCOMPARE(before->reason, BackupReason::BeforeRestore);
    QCOMPARE(before->figures, 2);
    QCOMPARE(set.list().front().path, before->path); // shown first
    QVERIFY(!QFileInfo::exists(m_file->path() + QStringLiteral("-wal")));
    QVERIFY(QDir(m_file->dirPath()).entryList(QDir::Hidden | QDir::Files).size() == 1);
    QVERIFY(store.open(m_file->path(), &error));
    QCOMPARE(store.measurements(store.indicatorByCode(QStringLiteral("M1"))->id).size(),
             std::size_t(0));
    // The backup restored from is left as it was.
    QCOMPARE(Backups::figureCount(empty->path), 0);
    // The file now is what that backup holds: reopening needs no new one.
    QVERIFY(set.isUnchangedSinceLatest());

    // Undo: restoring the copy made just before brings both figures back.
    m_now = m_now.addSecs(60);
    QVERIFY2(set.restore(before->path, store, &error), qPrintable(error));
    QVERIFY(store.open(m_file->path(), &error));
    QCOMPARE(store.measurements(store.indicatorByCode(QStringLiteral("M1"))->id).size(),
             std::size_t(1));
    QCOMPARE(store.measurements(store.indicatorByCode(QStringLiteral("M2"))->id).size(),
             std::size_t(1));
}

void TestBackups::restoreRefusesWhatIsNoDataFile()
{
    PlanStore store;
    QString error;
    QVERIFY(store.open(m_file->path(), &error));
    QVERIFY(addFigure(store, QStringLiteral("M1"), QDate(2024, 6, 30), 5.8));
    Backups set = backups();
    QVERIFY(set.take(store, BackupReason::Open, &error));
    const std::size_t count = set.list().size();
    const QString junk = m_root->filePath(QStringLiteral("junk.sqlite"));
    test::writeFile(junk, "this is not a data file at all, not even close to one");
    std::optional<BackupInfo> before;
    QVERIFY(!set.restore(junk, store, &error, &before));
    QVERIFY(!error.isEmpty());
    QVERIFY(!before);
    // The file and its store as they were; no copy kept, nothing left beside the file.
    QVERIFY(store.isOpen());
    QCOMPARE(store.measurements(store.indicatorByCode(QStringLiteral("M1"))->id).size(),
             std::size_t(1));
    QCOMPARE(set.list().size(), count);
    QVERIFY(!set.restore(m_root->filePath(QStringLiteral("gone.sqlite")), store, &error));
    for (const QString &name : QDir(m_file->dirPath()).entryList(QDir::Hidden | QDir::Files))
        QVERIFY2(name.startsWith(QStringLiteral("plan.sqlite")), qPrintable(name));
}

void TestBackups::restoreOverADamagedFileKeepsItsBytes()
{
    Backups set = backups();
    {
        PlanStore store;
        QVERIFY(store.open(m_file->path(), nullptr));
        QVERIFY(set.take(store, BackupReason::Open, nullptr));
    }
    const QString good = set.latest()->path;
    QByteArray bytes = test::readFile(m_file->path());
    bytes.replace(100, 3000, QByteArray(3000, '\x55'));
    test::writeFile(m_file->path(), bytes);
    m_now = m_now.addSecs(60);
    PlanStore closed; // the damaged file would not open
    std::optional<BackupInfo> before;
    QString error;
    QVERIFY2(set.restore(good, closed, &error, &before), qPrintable(error));
    QVERIFY(before);
    QCOMPARE(test::readFile(before->path), bytes);
    PlanStore store;
    QVERIFY2(store.open(m_file->path(), &error), qPrintable(error));
    QCOMPARE(store.indicators().size(), std::size_t(5));
}

void TestBackups::latestOfNamesTheNewest()
{
    // Under the application data, found by the data file's path alone.
    QVERIFY(!Backups::latestOf(m_file->path()));
    Backups set(m_file->path());
    QVERIFY(
        set.folder().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                QStringLiteral("/backups/")));
    PlanStore store;
    QVERIFY(store.open(m_file->path(), nullptr));
    QVERIFY(set.take(store, BackupReason::Open, nullptr));
    m_now = m_now.addDays(1);
    const std::optional<BackupInfo> newer = set.take(store, BackupReason::Hourly, nullptr);
    QVERIFY(newer);
    QCOMPARE(Backups::latestOf(m_file->path())->path, newer->path);
    QCOMPARE(Backups::latestOf(m_file->path())->takenAt, m_now);
}

void TestBackups::sameNameElsewhereIsAnotherFolder()
{
    test::TempDataFile other; // also plan.sqlite
    QVERIFY(Backups(other.path(), m_root->path()).folder() != backups().folder());
    QCOMPARE(Backups(m_file->path(), m_root->path()).folder(), backups().folder());
}

void TestBackups::documentBacksUpAtOpenAndHourly()
{
    QString error;
    std::unique_ptr<PlanDocument> document = PlanDocument::open(m_file->path(), &error);
    QVERIFY2(document, qPrintable(error));
    QVERIFY(document->backups());
    QCOMPARE(document->backups()->list().size(), std::size_t(1));
    QCOMPARE(document->backups()->latest()->reason, BackupReason::Open);
    const qint64 m1 = document->store()->indicatorByCode(QStringLiteral("M1"))->id;

    // Edits within the hour: no new backup; the first edit after it: one.
    auto edit = [&](int day) {
        Measurement m;
        m.indicatorId = m1;
        m.date = QDate(2024, 6, day);
        m.value = 5.0 + day / 10.0;
        document->undoStack()->push(new AddMeasurementCommand(document->store(), m));
    };
    m_now = m_now.addSecs(20 * 60);
    edit(1);
    m_now = m_now.addSecs(39 * 60);
    edit(2);
    QCOMPARE(document->backups()->list().size(), std::size_t(1));
    m_now = m_now.addSecs(2 * 60);
    edit(3);
    std::vector<BackupInfo> listed = document->backups()->list();
    QCOMPARE(listed.size(), std::size_t(2));
    QCOMPARE(listed.front().reason, BackupReason::Hourly);
    QCOMPARE(listed.front().figures, 3);
    m_now = m_now.addSecs(30 * 60);
    document->undoStack()->undo();
    QCOMPARE(document->backups()->list().size(), std::size_t(2));
    QVERIFY(document->backupError().isEmpty());

    // The undo came after the last backup: the next open keeps it.
    document.reset();
    m_now = m_now.addSecs(60);
    document = PlanDocument::open(m_file->path(), &error);
    QVERIFY(document);
    QCOMPARE(document->backups()->list().size(), std::size_t(3));
    // Opened again unchanged: the newest backup already holds it.
    document.reset();
    m_now = m_now.addSecs(60);
    document = PlanDocument::open(m_file->path(), &error);
    QVERIFY(document);
    QCOMPARE(document->backups()->list().size(), std::size_t(3));
    m_now = m_now.addSecs(60 * 60);
    edit(4); // an hour after the last backup
    QCOMPARE(document->backups()->list().size(), std::size_t(4));
    document.reset();
    // Changed by another program meanwhile: the next open takes one.
    QTest::qWait(20); // a later modification time than the backup's
    {
        PlanStore other;
        QVERIFY(other.open(m_file->path(), nullptr));
        QVERIFY(addFigure(other, QStringLiteral("M2"), QDate(2024, 6, 30), 5.1));
    }
    m_now = m_now.addSecs(60);
    document = PlanDocument::open(m_file->path(), &error);
    QVERIFY(document);
    listed = document->backups()->list();
    QCOMPARE(listed.size(), std::size_t(5));
    QCOMPARE(listed.front().reason, BackupReason::Open);
    QCOMPARE(listed.front().figures, 4);
}

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
