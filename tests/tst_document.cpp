#include "document/BuiltinPlan.h"
#include "document/DataFile.h"
#include "document/PlanDocument.h"
#include "meeting/MeetingStore.h"
#include "models/PlanFilterModel.h"
#include "models/PlanTreeModel.h"
#include "store/PlanStore.h"
#include "TestSupport.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <QUndoCommand>
#include <QUndoStack>

using namespace pd;

/// The document (one open data file with its store, meetings, undo stack and models) and
/// DataFile, through which every new data file is made.
class TestDocument : public QObject
{
    Q_OBJECT
private slots:
    void openMakesMissingFileWithBuiltinPlan();
    void openRefusesMissingFolderAndMakesNothing();
    void openLeavesRefusedFileAsItWas();
    void documentHoldsOneFilesStoreModelsAndUndo();
    void reloadClearsUndoAndRereads();
    void startDateStaysInsideThePlanYear();
    void createReplacesFileAndItsStaleLog();
    void failedCreateLeavesTargetAndNoPartialFile();
    void keepLeavesAFileMadeMeanwhile();

private:
    /// Files in the folder that are not the data file or its SQLite side files.
    static QStringList strayFiles(const QString &dir, const QString &dataFile)
    {
        QStringList stray;
        const QString name = QFileInfo(dataFile).fileName();
        for (const QString &entry :
             QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)) {
            if (entry != name && entry != name + QStringLiteral("-wal") &&
                entry != name + QStringLiteral("-shm"))
                stray << entry;
        }
        return stray;
    }
};

void TestDocument::openMakesMissingFileWithBuiltinPlan()
{
    test::TempDataFile file;
    QString error;
    std::unique_ptr<PlanDocument> document = PlanDocument::open(file.path(), &error);
    QVERIFY2(document, qPrintable(error));
    QVERIFY(document->isOpen());
    QCOMPARE(document->path(), file.path());
    QVERIFY(QFileInfo::exists(file.path()));
    QCOMPARE(document->treeModel()->planInfo().title, QStringLiteral("成都市2024年政府工作报告"));
    QVERIFY(document->treeModel()->indicatorsUnder({}).size() > 50);
    QCOMPARE(document->treeModel()->planYear(), 2024);
    // The file was made beside its path and moved in: nothing else is left in the folder.
    QCOMPARE(strayFiles(file.dirPath(), file.path()), QStringList());
}

void TestDocument::openRefusesMissingFolderAndMakesNothing()
{
    test::TempDataFile file;
    const QString path = file.filePath(QStringLiteral("no/such/folder/plan.sqlite"));
    QString error;
    QVERIFY(!PlanDocument::open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    QCOMPARE(QDir(file.dirPath()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

void TestDocument::openLeavesRefusedFileAsItWas()
{
    test::TempDataFile file;
    const QByteArray notOurs("This is a text file, not a data file.\n");
    test::writeFile(file.path(), notOurs);
    QString error;
    QVERIFY(!PlanDocument::open(file.path(), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(test::readFile(file.path()), notOurs);
    QCOMPARE(strayFiles(file.dirPath(), file.path()), QStringList());
}

void TestDocument::documentHoldsOneFilesStoreModelsAndUndo()
{
    test::TempDataFile file;
    QVERIFY(file.importSamplePlan());
    QString error;
    std::unique_ptr<PlanDocument> document = PlanDocument::open(file.path(), &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->store()->path(), file.path());
    QCOMPARE(document->meetings()->planStore(), document->store());
    QCOMPARE(document->treeModel()->store(), document->store());
    QCOMPARE(document->filterModel()->sourceModel(),
             static_cast<QAbstractItemModel *>(document->treeModel()));
    QCOMPARE(document->treeModel()->indicatorsUnder({}).size(), std::size_t(5));
    // An empty document (the window before its first file) has the same parts, no file.
    PlanDocument empty;
    QVERIFY(!empty.isOpen());
    QCOMPARE(empty.treeModel()->rowCount(), 0);
    QVERIFY(empty.meetings());
    QVERIFY(empty.undoStack());
}

void TestDocument::reloadClearsUndoAndRereads()
{
    test::TempDataFile file;
    QVERIFY(file.importSamplePlan());
    std::unique_ptr<PlanDocument> document = PlanDocument::open(file.path(), nullptr);
    QVERIFY(document);
    document->undoStack()->push(new QUndoCommand(QStringLiteral("an edit")));
    QCOMPARE(document->undoStack()->count(), 1);

    // Another program records a figure; the reload shows it and forgets our undo history.
    {
        PlanStore other;
        QVERIFY(other.open(file.path(), nullptr));
        Measurement m;
        m.indicatorId = other.indicatorByCode(QStringLiteral("A1.1.1"))->id;
        m.date = QDate(2024, 6, 30);
        m.value = 400;
        QVERIFY(other.addMeasurement(m, nullptr));
    }
    QSignalSpy reset(document->treeModel(), &QAbstractItemModel::modelReset);
    document->reload();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(document->undoStack()->count(), 0);
    const qint64 id = document->store()->indicatorByCode(QStringLiteral("A1.1.1"))->id;
    const QModelIndex index =
        document->treeModel()->indexForIndicator(id, PlanTreeModel::ActualColumn);
    QVERIFY2(index.data().toString().contains(QStringLiteral("400")),
             qPrintable(index.data().toString()));
}

void TestDocument::startDateStaysInsideThePlanYear()
{
    QCOMPARE(PlanDocument::startDate(2024, QDate(2024, 5, 6)), QDate(2024, 5, 6));
    QCOMPARE(PlanDocument::startDate(2024, QDate(2026, 12, 4)), QDate(2024, 12, 31));
    QCOMPARE(PlanDocument::startDate(2027, QDate(2026, 12, 4)), QDate(2027, 1, 1));
    QCOMPARE(PlanDocument::startDate(0, QDate(2026, 12, 4)), QDate(2026, 12, 4));
}

void TestDocument::createReplacesFileAndItsStaleLog()
{
    test::TempDataFile file;
    QString error;
    {
        // An earlier file at the path, with figures, and a log left behind by a crash.
        PlanStore old;
        QVERIFY(old.open(file.path(), nullptr));
        QVERIFY(BuiltinPlan::installIfEmpty(old, &error));
    }
    const QByteArray staleLog = QByteArray("stale write-ahead log of another file").repeated(100);
    test::writeFile(file.path() + QStringLiteral("-wal"), staleLog);

    std::unique_ptr<PlanDocument> document =
        PlanDocument::createFromPlan(file.path(), test::samplePlan(), &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->treeModel()->indicatorsUnder({}).size(), std::size_t(5));
    QVERIFY(document->store()->indicatorByCode(QStringLiteral("L1.1")));
    QVERIFY(test::readFile(file.path() + QStringLiteral("-wal")) != staleLog);
    document.reset();
    // Read again from scratch: the new plan, whole.
    PlanStore again;
    QVERIFY(again.open(file.path(), &error));
    QCOMPARE(again.indicators().size(), std::size_t(5));
    QCOMPARE(again.planInfo().title, test::samplePlan().info.title);
    again.close();
    QCOMPARE(strayFiles(file.dirPath(), file.path()), QStringList());
}

void TestDocument::failedCreateLeavesTargetAndNoPartialFile()
{
    test::TempDataFile file;
    QVERIFY(file.importSamplePlan());
    const QByteArray before = file.bytes();
    QVERIFY(!before.isEmpty());

    // Two indicators with one code: the store refuses the plan half-way through writing it.
    ParsedPlan broken = test::samplePlan();
    broken.indicators.push_back(broken.indicators.front());
    QString error;
    QVERIFY(!PlanDocument::createFromPlan(file.path(), broken, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(file.bytes(), before);
    QCOMPARE(strayFiles(file.dirPath(), file.path()), QStringList());

    // Nor is anything made at a new path.
    const QString fresh = file.filePath(QStringLiteral("new.sqlite"));
    QVERIFY(!DataFile::create(fresh, broken, DataFile::IfExists::Keep, &error));
    QVERIFY(!QFileInfo::exists(fresh));
    QCOMPARE(strayFiles(file.dirPath(), file.path()), QStringList());
}

void TestDocument::keepLeavesAFileMadeMeanwhile()
{
    test::TempDataFile file;
    QVERIFY(file.importSamplePlan());
    const QByteArray before = file.bytes();
    ParsedPlan other = test::samplePlan();
    other.info.title = QStringLiteral("另一个计划");
    bool created = true;
    QString error;
    QVERIFY2(DataFile::create(file.path(), other, DataFile::IfExists::Keep, &error, &created),
             qPrintable(error));
    QVERIFY(!created);
    QCOMPARE(file.bytes(), before);
    QCOMPARE(strayFiles(file.dirPath(), file.path()), QStringList());

    const QString fresh = file.filePath(QStringLiteral("fresh.sqlite"));
    QVERIFY(DataFile::create(fresh, other, DataFile::IfExists::Keep, &error, &created));
    QVERIFY(created);
    PlanStore store;
    QVERIFY(store.open(fresh, &error));
    QCOMPARE(store.planInfo().title, other.info.title);
}

QTEST_MAIN(TestDocument)
#include "tst_document.moc"
