#include "document/BuiltinPlan.h"
#include "export/OutputFile.h"
#include "plan/InputParsing.h"
#include "store/PlanStore.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <set>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace pd;

/// "Nothing lost, ever": the reliability suite. A writer killed at any moment loses no
/// acknowledged figure and leaves a whole file; two writers keep both their figures; a damaged,
/// foreign, newer or unwritable file is refused with a message and left byte for byte as it was;
/// input that is not wholly a number or a date is refused, the same in the window and on the
/// command line; an export never replaces what is not a regular file.
class TestReliability : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void numbersAccepted_data();
    void numbersAccepted();
    void numbersRefused_data();
    void numbersRefused();
    void datesAccepted_data();
    void datesAccepted();
    void datesRefused_data();
    void datesRefused();
    void recordRefusesBadInput_data();
    void recordRefusesBadInput();
    void recordReadsGroupedAndFullWidthNumbers();
    void killLoopLosesNoAcknowledgedFigure();
    void twoWritersOnANewFile();
    void twoWritersOnAnExistingFile();
    void badFilesAreRefusedAndUnchanged_data();
    void badFilesAreRefusedAndUnchanged();
    void fullDiskChangesNothing();
    void outputFileRefusesWhatIsNotAFile_data();
    void outputFileRefusesWhatIsNotAFile();
    void outputFileFollowsALinkToAFile();
    void outputFileRefusesAnotherUsersLinkInASharedFolder();

private:
    struct Result
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList &arguments) const;
    QString path(const QString &name) const { return m_dir->filePath(name); }
    /// A data file holding the sample plan, closed (no WAL left): its bytes.
    static QByteArray sampleFileBytes();

    std::unique_ptr<QTemporaryDir> m_dir;
    const test::FixedToday m_today{QDate(2024, 7, 1)};
};

TestReliability::Result TestReliability::run(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir->path());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PD_BINARY), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QByteArray TestReliability::sampleFileBytes()
{
    static QByteArray bytes;
    if (bytes.isEmpty()) {
        test::TempDataFile file;
        if (file.importSamplePlan())
            bytes = test::dataFileBytes(file.path());
    }
    return bytes;
}

void TestReliability::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// ---- Strict input: one parser for the window and the command line ----------------------------

void TestReliability::numbersAccepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<double>("value");
    QTest::newRow("plain") << QStringLiteral("1234.5") << QString() << 1234.5;
    QTest::newRow("grouped") << QStringLiteral("1,234.5") << QString() << 1234.5;
    QTest::newRow("grouped twice") << QStringLiteral("12,345,678") << QString() << 12345678.0;
    QTest::newRow("spaces around") << QStringLiteral("  42 ") << QString() << 42.0;
    QTest::newRow("full-width") << QStringLiteral("１，２３４．５") << QString() << 1234.5;
    QTest::newRow("plus") << QStringLiteral("+3") << QString() << 3.0;
    QTest::newRow("minus") << QStringLiteral("-0.4") << QString() << -0.4;
    QTest::newRow("minus sign U+2212") << QStringLiteral("\u22120.4") << QString() << -0.4;
    QTest::newRow("full-width minus") << QStringLiteral("－2") << QString() << -2.0;
    QTest::newRow("percent, unit %") << QStringLiteral("12.5%") << QStringLiteral("%") << 12.5;
    QTest::newRow("percent, unit unknown") << QStringLiteral("12.5 %") << QString() << 12.5;
    QTest::newRow("full-width percent") << QStringLiteral("６％") << QStringLiteral("%") << 6.0;
    QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("公里") << 0.0;
}

void TestReliability::numbersAccepted()
{
    QFETCH(QString, text);
    QFETCH(QString, unit);
    QFETCH(double, value);
    const std::optional<double> number = InputParsing::number(text, unit);
    QVERIFY2(number, qPrintable(text));
    QCOMPARE(*number, value);
}

void TestReliability::numbersRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("unit");
    // Each was read as some other number before: "1,2,3" as 123.
    for (const char *text :
         {"1,2,3", "1,23",  "12,3456", ",123",     "1,234,", "1,,234", "12abc",    "abc",
          "",      "   ",   "nan",     "NaN",      "inf",    "-inf",   "infinity", "1e5",
          "0x10",  "1.2.3", "1 234",   "12.",      ".",      "+",      "-",        "--1",
          "+-1",   "1%%",   "%",       "12.5 % x", "١٢٣"})
        QTest::newRow(text) << QString::fromUtf8(text) << QString();
    QTest::newRow("400 digits") << QString(400, QLatin1Char('9')) << QString();
    QTest::newRow("percent of a count") << QStringLiteral("12.5%") << QStringLiteral("公里");
}

void TestReliability::numbersRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, unit);
    const std::optional<double> number = InputParsing::number(text, unit);
    QVERIFY2(!number,
             qPrintable(QStringLiteral("%1 read as %2").arg(text).arg(number.value_or(0))));
}

void TestReliability::datesAccepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("iso") << QStringLiteral("2024-06-30") << QDate(2024, 6, 30);
    QTest::newRow("spaces around") << QStringLiteral(" 2024-06-30 ") << QDate(2024, 6, 30);
    QTest::newRow("leap day") << QStringLiteral("2024-02-29") << QDate(2024, 2, 29);
    QTest::newRow("full-width") << QStringLiteral("２０２４－０６－３０") << QDate(2024, 6, 30);
}

void TestReliability::datesAccepted()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(InputParsing::date(text), date);
}

void TestReliability::datesRefused_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text :
         {"2024-06-30xyz", "2024-06-30T12:00", "2024-06-30 12:00", "2024-02-30", "2023-02-29",
          "2024-13-01", "2024-00-10", "2024-6-30", "24-06-30", "2024/06/30", "20240630", "",
          "x2024-06-30", "2024-06-31", "+2024-06-30", "0000-01-01"})
        QTest::newRow(text) << QString::fromUtf8(text);
}

void TestReliability::datesRefused()
{
    QFETCH(QString, text);
    const QDate date = InputParsing::date(text);
    QVERIFY2(!date.isValid(), qPrintable(date.toString(Qt::ISODate)));
}

void TestReliability::recordRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString value = QStringLiteral("--value");
    const QString date = QStringLiteral("--date");
    const QString indicator = QStringLiteral("--indicator");
    const QString isNotANumber = QStringLiteral("is not a number");
    const QString isNotADate = QStringLiteral("is not a date; write it as YYYY-MM-DD");
    for (const char *bad : {"1,2,3", "12abc", "", "nan", "inf", "1e5", "1 234"})
        QTest::addRow("--value %s", bad)
            << QStringList{indicator, QStringLiteral("L1.1"), value, QString::fromUtf8(bad)}
            << isNotANumber;
    QTest::newRow("--value 12.5% for 公里")
        << QStringList{indicator, QStringLiteral("L1.1"), value, QStringLiteral("12.5%")}
        << QStringLiteral("\"12.5%\" is a percentage, but L1.1 is counted in 公里");
    for (const char *bad : {"2024-06-30xyz", "2024-06-30T12:00", "2024-02-30", "2024-6-30", ""})
        QTest::addRow("--date %s", bad)
            << QStringList{indicator, QStringLiteral("L1.1"), value, QStringLiteral("5"),
                           date,      QString::fromUtf8(bad)}
            << isNotADate;
}

void TestReliability::recordRefusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString db = path(QStringLiteral("plan.sqlite"));
    test::writeFile(db, sampleFileBytes());
    const QByteArray before = test::dataFileBytes(db);
    const Result r =
        run(QStringList{QStringLiteral("record"), QStringLiteral("--db"), db} + arguments);
    const QString err = QString::fromUtf8(r.err).trimmed();
    QVERIFY2(r.code != 0, qPrintable(QString::fromUtf8(r.out)));
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY(!err.contains(QLatin1Char('\n')));
    QCOMPARE(test::dataFileBytes(db), before);
}

void TestReliability::recordReadsGroupedAndFullWidthNumbers()
{
    const QString db = path(QStringLiteral("plan.sqlite"));
    test::writeFile(db, sampleFileBytes());
    const QStringList base{QStringLiteral("record"), QStringLiteral("--db"), db,
                           QStringLiteral("--indicator"), QStringLiteral("L1.1")};
    Result r = run(base + QStringList{QStringLiteral("--value"), QStringLiteral("1,234.5"),
                                      QStringLiteral("--date"), QStringLiteral("2024-05-31")});
    QVERIFY2(r.code == 0, r.err.constData());
    r = run(base + QStringList{QStringLiteral("--value"), QStringLiteral("１，５００"),
                               QStringLiteral("--date"), QStringLiteral("２０２４－０６－３０")});
    QVERIFY2(r.code == 0, r.err.constData());
    r = run({QStringLiteral("record"), QStringLiteral("--db"), db, QStringLiteral("--indicator"),
             QStringLiteral("M1"), QStringLiteral("--value"), QStringLiteral("6.1%"),
             QStringLiteral("--date"), QStringLiteral("2024-06-30")});
    QVERIFY2(r.code == 0, r.err.constData());
    PlanStore store;
    QVERIFY(store.open(db, nullptr));
    const auto figures = store.measurements(store.indicatorByCode(QStringLiteral("L1.1"))->id);
    QCOMPARE(figures.size(), std::size_t(2));
    QCOMPARE(figures[0].value, 1234.5);
    QCOMPARE(figures[1].value, 1500.0);
    QCOMPARE(figures[1].date, QDate(2024, 6, 30));
    QCOMPARE(store.measurements(store.indicatorByCode(QStringLiteral("M1"))->id).front().value,
             6.1);
}

// ---- Writers killed, writers together --------------------------------------------------------

namespace {

/// "ok" when SQLite finds the file whole.
QString integrityOf(const QString &path)
{
    QString answer;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("reliability-integrity"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                answer = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reliability-integrity"));
    return answer;
}

/// Every figure's value in the file, over the sample plan's indicators.
std::multiset<double> figuresIn(const QString &path, QString *error)
{
    std::multiset<double> values;
    PlanStore store;
    QString why;
    if (!store.open(path, &why)) { // (open may leave a report in why when it succeeds)
        *error = why.isEmpty() ? QStringLiteral("cannot open") : why;
        return values;
    }
    for (const char *code : {"M1", "M2", "A1.1.1", "A1.1.2", "L1.1"}) {
        const auto indicator = store.indicatorByCode(QString::fromLatin1(code));
        if (!indicator)
            continue;
        for (const Measurement &m : store.measurements(indicator->id))
            values.insert(m.value);
    }
    return values;
}

/// A child process's body: adds figures value, value + 1 … to L1.1, writing each value to ack
/// once addMeasurement has returned (the figure is then acknowledged: it must never be lost).
[[noreturn]] void writeFigures(const QString &path, int first, int count, int ack, bool createPlan)
{
    PlanStore store;
    QString error;
    if (!(createPlan ? BuiltinPlan::openWithPlan(store, path, &error) : store.open(path, &error))) {
        std::fprintf(stderr, "writer: %s\n", qPrintable(error)); // shown in the test's output
        ::_exit(3);
    }
    const auto indicator = store.indicatorByCode(QString::fromLatin1(createPlan ? "M1" : "L1.1"));
    if (!indicator)
        ::_exit(4);
    for (int i = 0; i < count; ++i) {
        Measurement m;
        m.indicatorId = indicator->id;
        m.date = QDate(2024, 1, 1).addDays(i % 366);
        m.value = first + i;
        if (!store.addMeasurement(m, &error))
            ::_exit(5);
        const qint32 value = first + i;
        if (ack >= 0 && ::write(ack, &value, sizeof value) != sizeof value)
            ::_exit(6);
    }
    ::_exit(0);
}

} // namespace

void TestReliability::killLoopLosesNoAcknowledgedFigure()
{
    // A writer (a `record` or the window) is SIGKILLed at a random moment: opening, inside a
    // transaction, between commits. Afterwards the file is whole and holds every figure whose
    // write had returned. The moments are random; the outcome must be the same every time.
    const QString db = path(QStringLiteral("plan.sqlite"));
    test::writeFile(db, sampleFileBytes());
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    std::set<qint32> acknowledged;
    int kills = 0;
    for (int round = 0; round < 100; ++round) {
        int ack[2];
        QVERIFY(::pipe(ack) == 0);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            ::close(ack[0]);
            writeFigures(db, round * 1000, 1000, ack[1], false);
        }
        ::close(ack[1]);
        // Wait for 0-4 acknowledgements, then up to 3 ms more: the kill lands anywhere.
        const int waitFor = random.bounded(5);
        int got = 0;
        qint32 value = 0;
        while (got < waitFor && ::read(ack[0], &value, sizeof value) == sizeof value) {
            acknowledged.insert(value);
            ++got;
        }
        ::usleep(random.bounded(3000));
        ::kill(child, SIGKILL);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY2(WIFSIGNALED(status) || (WIFEXITED(status) && WEXITSTATUS(status) == 0),
                 qPrintable(QStringLiteral("round %1 (seed %2): the writer failed with %3")
                                .arg(round)
                                .arg(seed)
                                .arg(WEXITSTATUS(status))));
        kills += WIFSIGNALED(status) ? 1 : 0;
        while (::read(ack[0], &value, sizeof value) == sizeof value) // sent before the kill
            acknowledged.insert(value);
        ::close(ack[0]);

        QString error;
        const std::multiset<double> present = figuresIn(db, &error);
        QVERIFY2(
            error.isEmpty(),
            qPrintable(QStringLiteral("round %1 (seed %2): %3").arg(round).arg(seed).arg(error)));
        QCOMPARE(integrityOf(db), QStringLiteral("ok"));
        for (const qint32 v : acknowledged) {
            QVERIFY2(present.count(v) == 1,
                     qPrintable(QStringLiteral("round %1 (seed %2): acknowledged figure %3 %4")
                                    .arg(round)
                                    .arg(seed)
                                    .arg(v)
                                    .arg(QLatin1String(present.count(v) ? "twice" : "lost"))));
        }
    }
    qInfo("kill loop: %d kills survived, %d acknowledged figures checked (seed %u)", kills,
          int(acknowledged.size()), seed);
}

namespace {

/// Two children write figures at once (both start when a gate opens); both must succeed.
void twoWriters(const QString &path, bool createPlan, int base)
{
    int gate[2];
    QVERIFY(::pipe(gate) == 0);
    pid_t children[2];
    for (int c = 0; c < 2; ++c) {
        children[c] = ::fork();
        QVERIFY(children[c] >= 0);
        if (children[c] == 0) {
            ::close(gate[1]);
            char byte;
            (void)::read(gate[0], &byte, 1);
            writeFigures(path, base + 1000 * c, 25, -1, createPlan);
        }
    }
    ::close(gate[0]);
    ::close(gate[1]);
    for (const pid_t child : children) {
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
    }
    QString error;
    const std::multiset<double> present = figuresIn(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(integrityOf(path), QStringLiteral("ok"));
    for (int c = 0; c < 2; ++c) {
        for (int i = 0; i < 25; ++i)
            QCOMPARE(int(present.count(base + 1000 * c + i)), 1);
    }
}

} // namespace

void TestReliability::twoWritersOnANewFile()
{
    // Two `record` commands on a file that does not exist yet, at once: one makes it, the other
    // finds it made, both figures are kept. Real processes, not forks: forked children share
    // the parent's random state, so they would pick the same temporary name, which two
    // programs never do.
    for (int round = 0; round < 5; ++round) {
        const QString db = path(QStringLiteral("new-%1.sqlite").arg(round));
        QProcess writers[2];
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir->path());
        for (int c = 0; c < 2; ++c) {
            writers[c].setProcessEnvironment(env);
            writers[c].start(QStringLiteral(PD_BINARY),
                             {QStringLiteral("record"), QStringLiteral("--db"), db,
                              QStringLiteral("--indicator"), QStringLiteral("M1"),
                              QStringLiteral("--value"), QString::number(1 + c),
                              QStringLiteral("--date"), QStringLiteral("2024-03-0%1").arg(1 + c)});
        }
        for (QProcess &writer : writers) {
            QVERIFY(writer.waitForFinished(120000));
            QVERIFY2(writer.exitStatus() == QProcess::NormalExit && writer.exitCode() == 0,
                     writer.readAllStandardError().constData());
        }
        QString error;
        const std::multiset<double> present = figuresIn(db, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(integrityOf(db), QStringLiteral("ok"));
        QCOMPARE(int(present.count(1)), 1);
        QCOMPARE(int(present.count(2)), 1);
    }
}

void TestReliability::twoWritersOnAnExistingFile()
{
    const QString db = path(QStringLiteral("plan.sqlite"));
    test::writeFile(db, sampleFileBytes());
    for (int round = 0; round < 5; ++round) {
        twoWriters(db, false, 10000 * (round + 1));
        if (QTest::currentTestFailed())
            return;
        QString error;
        QCOMPARE(int(figuresIn(db, &error).size()), 50 * (round + 1));
    }
}

// ---- Bad files: refused, with a message, and not a byte changed --------------------------------

namespace {

/// page (1-based) of bytes, of 4096-byte pages, set to zero.
QByteArray zeroPages(QByteArray bytes, int first, int last)
{
    for (int page = first; page <= last && page * 4096 <= bytes.size(); ++page)
        std::fill(bytes.begin() + (page - 1) * 4096, bytes.begin() + page * 4096, '\0');
    return bytes;
}

/// Runs sql on the SQLite file at path, then leaves it (WAL mode with autocheckpoint off
/// keeps the change in "-wal" when wal is true: the file is copied while the connection is open).
bool changeFile(const QString &from, const QString &to, const QStringList &sql, bool inWal)
{
    bool ok = true;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reliability"));
        db.setDatabaseName(from);
        ok = db.open();
        QSqlQuery q(db);
        if (inWal) {
            ok = ok && q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) &&
                 q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
        }
        for (const QString &statement : sql)
            ok = ok && q.exec(statement);
        q.finish();
        if (inWal) { // a copy of the file and its log while the log still holds the change
            QFile::remove(to);
            QFile::remove(to + QStringLiteral("-wal"));
            ok = ok && QFile::copy(from, to) &&
                 QFile::copy(from + QStringLiteral("-wal"), to + QStringLiteral("-wal"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reliability"));
    if (!inWal) {
        QFile::remove(to);
        ok = ok && QFile::copy(from, to);
    }
    return ok;
}

/// A small tmpfs mounted for a test (root only), unmounted with the object.
class Tmpfs
{
public:
    Tmpfs() = default;
    Tmpfs(const Tmpfs &) = delete;
    Tmpfs &operator=(const Tmpfs &) = delete;
    ~Tmpfs()
    {
        if (!m_point.isEmpty())
            ::umount2(m_point.constData(), MNT_DETACH);
    }
    bool mount(const QString &point, const char *options)
    {
        const QByteArray name = QFile::encodeName(point);
        if (::geteuid() != 0 || ::mount("tmpfs", name.constData(), "tmpfs", 0, options) != 0)
            return false;
        m_point = name;
        return true;
    }
    bool remountReadOnly()
    {
        return ::mount("tmpfs", m_point.constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0;
    }

private:
    QByteArray m_point;
};

/// The folder's entries but SQLite's shared-memory index and an empty log: side files a reader
/// may leave, which hold no data (the bytes of a log that holds some are compared).
QStringList dataEntries(const QString &folder)
{
    QStringList entries;
    const QDir dir(folder);
    for (const QFileInfo &info :
         dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString name = info.fileName();
        if (name.endsWith(QLatin1String("-shm")) ||
            (name.endsWith(QLatin1String("-wal")) && info.size() == 0))
            continue;
        entries << name;
    }
    return entries;
}

} // namespace

void TestReliability::badFilesAreRefusedAndUnchanged_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message"); // a pattern the one line on stderr matches
    QTest::addColumn<bool>("readable");   // export-json may still read it (or refuse it)
    QTest::addColumn<QString>("defect");  // why the row fails today (QEXPECT_FAIL), or empty
    QTest::newRow("random bytes") << QStringLiteral("random")
                                  << QStringLiteral("not a Progress Dashboard data file|damaged")
                                  << false << QString();
    QTest::newRow("truncated") << QStringLiteral("truncated")
                               << QStringLiteral("damaged|malformed|truncated") << false
                               << QString();
    QTest::newRow("zeroed pages") << QStringLiteral("zeroed") << QStringLiteral("damaged|malformed")
                                  << false << QString();
    QTest::newRow("newer version in the file")
        << QStringLiteral("newer") << QStringLiteral("newer version") << false << QString();
    QTest::newRow("newer version in the WAL")
        << QStringLiteral("newer-wal") << QStringLiteral("newer version") << false << QString();
    QTest::newRow("foreign SQLite file")
        << QStringLiteral("foreign") << QStringLiteral("not a Progress Dashboard|another program")
        << false << QString();
    QTest::newRow("read-only") << QStringLiteral("read-only")
                               << QStringLiteral("read-only|cannot be written|not writable") << true
                               << QString();
    QTest::newRow("a folder") << QStringLiteral("folder") << QStringLiteral("folder") << false
                              << QString();
}

void TestReliability::badFilesAreRefusedAndUnchanged()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QFETCH(bool, readable);
    QFETCH(QString, defect);
    QString db = path(QStringLiteral("plan.sqlite"));
    QString folder = m_dir->path();
    Tmpfs readOnly;
    const QByteArray sample = sampleFileBytes();
    QVERIFY(!sample.isEmpty());
    if (kind == QLatin1String("random")) {
        QByteArray bytes(64 * 1024, '\0');
        QRandomGenerator random(14);
        for (char &c : bytes)
            c = char(random.bounded(256));
        test::writeFile(db, bytes);
    } else if (kind == QLatin1String("truncated")) {
        test::writeFile(db, sample.left(sample.size() / 2));
    } else if (kind == QLatin1String("zeroed")) {
        test::writeFile(db, zeroPages(sample, 2, 6));
    } else if (kind == QLatin1String("newer") || kind == QLatin1String("newer-wal")) {
        const QString scratch = path(QStringLiteral("scratch.sqlite"));
        test::writeFile(scratch, sample);
        QVERIFY(changeFile(
            scratch, db,
            {QStringLiteral("PRAGMA user_version = %1").arg(PlanStore::SchemaVersion + 1)},
            kind == QLatin1String("newer-wal")));
        QFile::remove(scratch);
        QFile::remove(scratch + QStringLiteral("-wal"));
        QFile::remove(scratch + QStringLiteral("-shm"));
        if (kind == QLatin1String("newer-wal"))
            QVERIFY(QFileInfo(db + QStringLiteral("-wal")).size() > 0);
    } else if (kind == QLatin1String("foreign")) {
        const QString scratch = path(QStringLiteral("scratch.sqlite"));
        QVERIFY(
            changeFile(scratch, db,
                       {QStringLiteral("CREATE TABLE photo (id INTEGER PRIMARY KEY, name TEXT)"),
                        QStringLiteral("INSERT INTO photo (name) VALUES ('holiday.jpg')"),
                        QStringLiteral("PRAGMA user_version = 3")},
                       false));
        QFile::remove(scratch);
    } else if (kind == QLatin1String("read-only") && ::geteuid() == 0) {
        // Root writes files whatever their mode: for root, a file system mounted read-only.
        const QString point = path(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(point));
        if (!readOnly.mount(point, "size=1m"))
            QSKIP("root writes read-only files, and mount -t tmpfs is not allowed here");
        db = point + QStringLiteral("/plan.sqlite");
        folder = point;
        test::writeFile(db, sample);
        QVERIFY(readOnly.remountReadOnly());
    } else if (kind == QLatin1String("read-only")) {
        test::writeFile(db, sample);
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup));
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(db));
    }
    const QByteArray before = test::dataFileBytes(db);
    const QStringList entries = dataEntries(folder);
    const QRegularExpression pattern(message, QRegularExpression::CaseInsensitiveOption);

    const Result record =
        run({QStringLiteral("record"), QStringLiteral("--db"), db, QStringLiteral("--indicator"),
             QStringLiteral("L1.1"), QStringLiteral("--value"), QStringLiteral("5"),
             QStringLiteral("--date"), QStringLiteral("2024-06-30")});
    const Result json = run({QStringLiteral("export-json"), QStringLiteral("--db"), db,
                             QStringLiteral("--out"), path(QStringLiteral("out.json"))});
    QFile::remove(path(QStringLiteral("out.json")));
    const QString recordError = QString::fromUtf8(record.err).trimmed();
    const QString jsonError = QString::fromUtf8(json.err).trimmed();
    const QString said = QStringLiteral("record: %1 (exit %2); export-json: %3 (exit %4)")
                             .arg(recordError)
                             .arg(record.code)
                             .arg(jsonError)
                             .arg(json.code);
    if (!defect.isEmpty())
        QEXPECT_FAIL("", qPrintable(defect), Abort);
    QVERIFY2(record.code != 0 && pattern.match(recordError).hasMatch() &&
                 !recordError.contains(QLatin1Char('\n')),
             qPrintable(said));
    // export-json reads a file it may not write (or says why not); it refuses a bad one.
    QVERIFY2((readable && json.code == 0) ||
                 (json.code != 0 && pattern.match(jsonError).hasMatch() &&
                  !jsonError.contains(QLatin1Char('\n'))),
             qPrintable(said));
    QVERIFY2(test::dataFileBytes(db) == before, qPrintable(said));
    QCOMPARE(dataEntries(folder), entries); // no file made beside it
    qInfo("%s", qPrintable(said));
}

void TestReliability::fullDiskChangesNothing()
{
    // A full disk is only made for real: a small tmpfs, which takes root.
    if (::geteuid() != 0)
        QSKIP("a full disk needs root (mount -t tmpfs)");
    const QString mountPoint = path(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(mountPoint));
    Tmpfs small;
    if (!small.mount(mountPoint, "size=1m"))
        QSKIP("mount -t tmpfs is not allowed here");

    const QString db = mountPoint + QStringLiteral("/plan.sqlite");
    const QString pdf = mountPoint + QStringLiteral("/sheets.pdf");
    test::writeFile(db, sampleFileBytes());
    test::writeFile(pdf, QByteArrayLiteral("%PDF-1.4 an older export\n"));
    { // fill what is left
        QFile filler(mountPoint + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
    }
    const QByteArray dbBefore = test::dataFileBytes(db);
    const QByteArray pdfBefore = test::readFile(pdf);
    const QStringList entries = dataEntries(mountPoint);

    const Result record =
        run({QStringLiteral("record"), QStringLiteral("--db"), db, QStringLiteral("--indicator"),
             QStringLiteral("L1.1"), QStringLiteral("--value"), QStringLiteral("5"),
             QStringLiteral("--date"), QStringLiteral("2024-06-30")});
    QVERIFY(record.code != 0);
    QVERIFY2(QString::fromUtf8(record.err)
                 .contains(QRegularExpression(QStringLiteral("full|space"),
                                              QRegularExpression::CaseInsensitiveOption)),
             record.err.constData());
    QCOMPARE(test::dataFileBytes(db), dbBefore);

    const Result export_ =
        run({QStringLiteral("export-pdf"), QStringLiteral("--db"),
             path(QStringLiteral("elsewhere.sqlite")), QStringLiteral("--out"), pdf});
    QVERIFY(export_.code != 0);
    QVERIFY2(QString::fromUtf8(export_.err).contains(QStringLiteral("space")),
             export_.err.constData());
    QCOMPARE(test::readFile(pdf), pdfBefore);
    QCOMPARE(dataEntries(mountPoint), entries);
    qInfo("full disk: record: %s; export-pdf: %s", record.err.trimmed().constData(),
          export_.err.trimmed().constData());
}

// ---- Output paths: only a regular file or a new name is replaced -------------------------------

void TestReliability::outputFileRefusesWhatIsNotAFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("a folder") << QStringLiteral("folder") << QStringLiteral("it is a folder");
    QTest::newRow("a pipe") << QStringLiteral("fifo") << QStringLiteral("it is not a regular file");
    QTest::newRow("a device") << QStringLiteral("device") << QStringLiteral("it is a device");
    QTest::newRow("a link to a device")
        << QStringLiteral("link-to-device") << QStringLiteral("it is a device");
    QTest::newRow("a dangling link")
        << QStringLiteral("dangling") << QStringLiteral("which does not exist");
    QTest::newRow("a missing folder")
        << QStringLiteral("missing-folder") << QStringLiteral("the folder");
    QTest::newRow("no name") << QStringLiteral("empty") << QStringLiteral("No file name given");
}

void TestReliability::outputFileRefusesWhatIsNotAFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    // A device made in the test's own folder when root may (mknod), so that a defect replaces
    // that node, never the system's /dev/null; otherwise /dev/null, which only root could replace.
    QString device = path(QStringLiteral("null"));
    if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 3)) != 0)
        device = QStringLiteral("/dev/null");
    QString target = path(QStringLiteral("out"));
    if (kind == QLatin1String("folder"))
        QVERIFY(QDir().mkpath(target));
    else if (kind == QLatin1String("fifo"))
        QCOMPARE(::mkfifo(QFile::encodeName(target).constData(), 0644), 0);
    else if (kind == QLatin1String("device"))
        target = device;
    else if (kind == QLatin1String("link-to-device"))
        QVERIFY(QFile::link(device, target));
    else if (kind == QLatin1String("dangling"))
        QVERIFY(QFile::link(path(QStringLiteral("nowhere")), target));
    else if (kind == QLatin1String("missing-folder"))
        target = path(QStringLiteral("no/such/folder/out"));
    else if (kind == QLatin1String("empty"))
        target.clear();
    struct stat before = {};
    ::lstat(QFile::encodeName(target).constData(), &before);
    const QStringList entries =
        QDir(m_dir->path())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System);

    QString error;
    QVERIFY(!OutputFile::write(target, QByteArrayLiteral("{}\n"), &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    // The same refusal from each export command, before any work.
    const QString db = path(QStringLiteral("plan.sqlite"));
    test::writeFile(db, sampleFileBytes());
    const QByteArray dbBefore = test::dataFileBytes(db);
    for (const QString &command : {QStringLiteral("export-json"), QStringLiteral("export-pdf"),
                                   QStringLiteral("export-minutes")}) {
        const Result r =
            run({command, QStringLiteral("--db"), db, QStringLiteral("--out"), target});
        const QString err = QString::fromUtf8(r.err).trimmed();
        QVERIFY2(r.code != 0, qPrintable(command));
        QVERIFY2(err.contains(message) ||
                     (kind == QLatin1String("empty") && err.contains(QStringLiteral("usage:"))),
                 qPrintable(command + QStringLiteral(": ") + err));
        QVERIFY(!err.contains(QLatin1Char('\n')));
    }
    QCOMPARE(test::dataFileBytes(db), dbBefore);
    struct stat after = {};
    ::lstat(QFile::encodeName(target).constData(), &after);
    QCOMPARE(after.st_mode, before.st_mode); // still a folder, pipe, device or link
    QCOMPARE(after.st_ino, before.st_ino);
    QStringList now =
        QDir(m_dir->path())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System);
    now.removeOne(QStringLiteral("plan.sqlite"));
    QCOMPARE(now, entries); // no temporary file left
}

void TestReliability::outputFileFollowsALinkToAFile()
{
    // The link stays a link; its target is replaced whole, through a file beside the target.
    QVERIFY(QDir().mkpath(path(QStringLiteral("shared"))));
    const QString target = path(QStringLiteral("shared/report.json"));
    test::writeFile(target, QByteArrayLiteral("old"));
    const QString link = path(QStringLiteral("latest.json"));
    QVERIFY(QFile::link(target, link));
    QString error;
    QVERIFY2(OutputFile::write(link, QByteArrayLiteral("new"), &error), qPrintable(error));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(test::readFile(target), QByteArrayLiteral("new"));
    QCOMPARE(QDir(path(QStringLiteral("shared"))).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("report.json")});
    // A regular file and a new name are written as ever.
    QVERIFY2(OutputFile::write(target, QByteArrayLiteral("newer"), &error), qPrintable(error));
    QCOMPARE(test::readFile(target), QByteArrayLiteral("newer"));
    const QString fresh = path(QStringLiteral("shared/fresh.json"));
    QVERIFY2(OutputFile::write(fresh, QByteArrayLiteral("{}"), &error), qPrintable(error));
    QCOMPARE(test::readFile(fresh), QByteArrayLiteral("{}"));
}

void TestReliability::outputFileRefusesAnotherUsersLinkInASharedFolder()
{
    // /tmp/report.pdf → /etc/passwd left by another user: root exporting there must not follow
    // it (a rename-based save is not covered by the kernel's protected_symlinks).
    const QString shared = path(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(shared));
    QCOMPARE(::chmod(QFile::encodeName(shared).constData(), 01777), 0);
    const QString victim = path(QStringLiteral("victim"));
    test::writeFile(victim, QByteArrayLiteral("precious"));
    const QString link = shared + QStringLiteral("/report.json");
    QVERIFY(QFile::link(victim, link));
    const uid_t other = ::geteuid() == 0 ? 65534 : ::geteuid() + 1;
    if (::lchown(QFile::encodeName(link).constData(), other, gid_t(-1)) != 0)
        QSKIP("making a link owned by another user needs root");
    QString error;
    QVERIFY(!OutputFile::write(link, QByteArrayLiteral("{}"), &error));
    QVERIFY2(error.contains(QStringLiteral("made by another user")), qPrintable(error));
    QCOMPARE(test::readFile(victim), QByteArrayLiteral("precious"));
    QVERIFY(QFileInfo(link).isSymLink());
}

QTEST_GUILESS_MAIN(TestReliability)
#include "tst_reliability.moc"
