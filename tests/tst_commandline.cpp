#include "store/PlanStore.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace pd;

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void exportJsonCreatesBuiltinPlan();
    void exportJsonToFileWithActuals();
    void recordAddsMeasurement();
    void recordWithoutDateRecordsToday();
    void recordErrorsWriteNothing_data();
    void recordErrorsWriteNothing();
    void importReportAndReplace();
    void importReportPrintsCountsAndWarnings();
    void importReportRejectsJunkWithoutLeavingAFile();
    void importReportReplaceTakesABackupFirst();
    void unknownCommandOptionIsUsageError();
    void worksWithoutDisplay();
    void recordRefusesDoubtfulFiguresUnlessForced();
    void exportJsonRollsUpWhatIsReported();
    void helpListsEveryCommand();
    void commandHelpShowsUsageAndOptions_data();
    void commandHelpShowsUsageAndOptions();
    void unknownWordsNameTheNearest_data();
    void unknownWordsNameTheNearest();
    void damagedFileIsRefusedAndCheckSaysWhat();
    void newerVersionInTheWalIsRefusedByRecord();
    void defaultFilesArePrivate();
    void exportPdfOneIndicatorOrWhatIsBehind();
    void exportsWriteToStandardOutputWithDash();
    void exportOutNeverReplacesADevice();

private:
    struct Result
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    /// Runs the binary; withoutDisplay removes every display variable, as over SSH.
    Result run(const QStringList &arguments, bool withoutDisplay = false) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (withoutDisplay) {
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        } else {
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        }
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir->path()); // else Qt warns on stderr
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PD_BINARY), arguments);
        process.waitForFinished(60000);
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
    // "Today" for the binary too (PD_TODAY): record and the exports default to it.
    const test::FixedToday m_today{QDate(2024, 7, 1)};
};

void TestCommandLine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestCommandLine::exportJsonCreatesBuiltinPlan()
{
    const Result r = run({QStringLiteral("export-json"), QStringLiteral("--db"),
                          path(QStringLiteral("new.sqlite")), QStringLiteral("--as-of"),
                          QStringLiteral("2024-06-30")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(
        root.value(QStringLiteral("plan")).toObject().value(QStringLiteral("title")).toString(),
        QStringLiteral("成都市2024年政府工作报告"));
    QCOMPARE(root.value(QStringLiteral("plan")).toObject().value(QStringLiteral("year")).toInt(),
             2024);
    QCOMPARE(root.value(QStringLiteral("asOf")).toString(), QStringLiteral("2024-06-30"));
    const QJsonArray nodes = root.value(QStringLiteral("nodes")).toArray();
    int areas = 0;
    for (const QJsonValue &n : nodes) {
        if (n.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("area"))
            ++areas;
        QVERIFY(n.toObject().contains(QStringLiteral("parentId")));
    }
    QCOMPARE(areas, 9);
    const QJsonArray indicators = root.value(QStringLiteral("indicators")).toArray();
    QVERIFY(indicators.size() > 100);
    const QStringList keys{
        QStringLiteral("id"),       QStringLiteral("code"),       QStringLiteral("nodeId"),
        QStringLiteral("part"),     QStringLiteral("partNumber"), QStringLiteral("name"),
        QStringLiteral("target"),   QStringLiteral("unit"),       QStringLiteral("comparator"),
        QStringLiteral("kind"),     QStringLiteral("snippet"),    QStringLiteral("baseline"),
        QStringLiteral("owner"),    QStringLiteral("actual"),     QStringLiteral("actualDate"),
        QStringLiteral("progress"), QStringLiteral("status")};
    for (const QJsonValue &v : indicators) {
        const QJsonObject o = v.toObject();
        for (const QString &key : keys)
            QVERIFY2(o.contains(key), qPrintable(key));
        QVERIFY(o.value(QStringLiteral("target")).isDouble());
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("no_data"));
        QVERIFY(o.value(QStringLiteral("actual")).isNull());
        const QString part = o.value(QStringLiteral("part")).toString();
        QVERIFY(QStringList({QStringLiteral("main"), QStringLiteral("area"),
                             QStringLiteral("government"), QStringLiteral("livelihood")})
                    .contains(part));
        const int number = o.value(QStringLiteral("partNumber")).toInt();
        if (part == QLatin1String("area"))
            QVERIFY(number >= 1 && number <= 9);
        else if (part == QLatin1String("livelihood"))
            QVERIFY(number >= 1 && number <= 36);
        else
            QCOMPARE(number, 0);
        QVERIFY(QStringList({QStringLiteral(">="), QStringLiteral("~"), QStringLiteral("<="),
                             QStringLiteral("=")})
                    .contains(o.value(QStringLiteral("comparator")).toString()));
    }
    QVERIFY(QFile::exists(path(QStringLiteral("new.sqlite"))));
}

void TestCommandLine::exportJsonToFileWithActuals()
{
    const QString db = path(QStringLiteral("plan.sqlite"));
    {
        PlanStore store;
        QVERIFY(store.open(db, nullptr));
        QVERIFY(store.importPlan(test::samplePlan(), false, nullptr));
        Measurement m;
        m.indicatorId = store.indicatorByCode(QStringLiteral("A1.1.1"))->id;
        m.date = QDate(2024, 6, 30);
        m.value = 260;
        QVERIFY(store.addMeasurement(m, nullptr));
    }
    const QString out = path(QStringLiteral("out.json"));
    const Result r =
        run({QStringLiteral("export-json"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
             QStringLiteral("2024-07-01"), QStringLiteral("--out"), out});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.isEmpty());
    const QJsonObject root = QJsonDocument::fromJson(test::readFile(out)).object();
    const QJsonArray indicators = root.value(QStringLiteral("indicators")).toArray();
    QCOMPARE(indicators.size(), 5);
    QJsonObject a;
    for (const QJsonValue &v : indicators) {
        if (v.toObject().value(QStringLiteral("code")).toString() == QLatin1String("A1.1.1"))
            a = v.toObject();
    }
    QCOMPARE(a.value(QStringLiteral("actual")).toDouble(), 260.0);
    QCOMPARE(a.value(QStringLiteral("actualDate")).toString(), QStringLiteral("2024-06-30"));
    QCOMPARE(a.value(QStringLiteral("progress")).toDouble(), 0.52);
    QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("on_track"));
    QCOMPARE(a.value(QStringLiteral("part")).toString(), QStringLiteral("area"));
    QCOMPARE(a.value(QStringLiteral("partNumber")).toInt(), 1);
    QCOMPARE(a.value(QStringLiteral("comparator")).toString(), QStringLiteral(">="));
    QCOMPARE(a.value(QStringLiteral("kind")).toString(), QStringLiteral("count"));
}

void TestCommandLine::recordAddsMeasurement()
{
    const QString db = path(QStringLiteral("plan.sqlite"));
    {
        PlanStore store;
        QVERIFY(store.open(db, nullptr));
        QVERIFY(store.importPlan(test::samplePlan(), false, nullptr));
    }
    const Result r =
        run({QStringLiteral("record"), QStringLiteral("--db"), db, QStringLiteral("--indicator"),
             QStringLiteral("L1.1"), QStringLiteral("--value"), QStringLiteral("420.5"),
             QStringLiteral("--date"), QStringLiteral("2024-06-30"), QStringLiteral("--note"),
             QStringLiteral("半年报")});
    QVERIFY2(r.code == 0, r.err.constData());
    PlanStore store;
    QVERIFY(store.open(db, nullptr));
    const auto list = store.measurements(store.indicatorByCode(QStringLiteral("L1.1"))->id);
    QCOMPARE(list.size(), std::size_t(1));
    QCOMPARE(list[0].value, 420.5);
    QCOMPARE(list[0].date, QDate(2024, 6, 30));
    QCOMPARE(list[0].note, QStringLiteral("半年报"));
    QCOMPARE(store.auditLog(QStringLiteral("measurement")).size(), std::size_t(1));
}

void TestCommandLine::recordWithoutDateRecordsToday()
{
    const QString db = path(QStringLiteral("plan.sqlite"));
    {
        PlanStore store;
        QVERIFY(store.open(db, nullptr));
        QVERIFY(store.importPlan(test::samplePlan(), false, nullptr));
    }
    const Result r =
        run({QStringLiteral("record"), QStringLiteral("--db"), db, QStringLiteral("--indicator"),
             QStringLiteral("L1.1"), QStringLiteral("--value"), QStringLiteral("300")});
    QVERIFY2(r.code == 0, r.err.constData());
    PlanStore store;
    QVERIFY(store.open(db, nullptr));
    const auto list = store.measurements(store.indicatorByCode(QStringLiteral("L1.1"))->id);
    QCOMPARE(list.size(), std::size_t(1));
    QCOMPARE(list[0].date, QDate(2024, 7, 1)); // PD_TODAY, set by test::FixedToday
}

void TestCommandLine::recordErrorsWriteNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString ind = QStringLiteral("--indicator");
    const QString val = QStringLiteral("--value");
    const QString date = QStringLiteral("--date");
    QTest::newRow("unknown code") << QStringList{ind, QStringLiteral("Z9.9"), val,
                                                 QStringLiteral("1")}
                                  << QStringLiteral("no indicator with the code \"Z9.9\"");
    QTest::newRow("bad number") << QStringList{ind, QStringLiteral("L1.1"), val,
                                               QStringLiteral("12abc")}
                                << QStringLiteral("\"12abc\" is not a number");
    QTest::newRow("bad date") << QStringList{ind,  QStringLiteral("L1.1"),
                                             val,  QStringLiteral("1"),
                                             date, QStringLiteral("2024-02-30")}
                              << QStringLiteral("\"2024-02-30\" is not a date");
    QTest::newRow("outside the year")
        << QStringList{ind,  QStringLiteral("L1.1"),      val, QStringLiteral("1"),
                       date, QStringLiteral("2023-12-31")}
        << QStringLiteral("outside the plan's year 2024");
    QTest::newRow("missing value")
        << QStringList{ind, QStringLiteral("L1.1")} << QStringLiteral("usage:");
}

void TestCommandLine::recordErrorsWriteNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString db = path(QStringLiteral("plan.sqlite"));
    {
        PlanStore store;
        QVERIFY(store.open(db, nullptr));
        QVERIFY(store.importPlan(test::samplePlan(), false, nullptr));
    }
    const QByteArray before = test::dataFileBytes(db);
    const Result r =
        run(QStringList{QStringLiteral("record"), QStringLiteral("--db"), db} + arguments);
    QVERIFY(r.code != 0);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(message), qPrintable(err));
    QCOMPARE(err.trimmed().count(QLatin1Char('\n')), 0); // one line
    QCOMPARE(test::dataFileBytes(db), before);           // not a byte written
    PlanStore store;
    QVERIFY(store.open(db, nullptr));
    QCOMPARE(store.auditLog().size(), std::size_t(0));
}

void TestCommandLine::importReportAndReplace()
{
    const QString report = path(QStringLiteral("report.txt"));
    test::writeFile(report, test::builtinReportText().toUtf8());
    const QString db = path(QStringLiteral("imported.sqlite"));
    Result r = run({QStringLiteral("import-report"), report, QStringLiteral("--db"), db,
                    QStringLiteral("--title"), QStringLiteral("测试标题")});
    QVERIFY2(r.code == 0, r.err.constData());
    {
        PlanStore store;
        QVERIFY(store.open(db, nullptr));
        QCOMPARE(store.planInfo().title, QStringLiteral("测试标题"));
        QVERIFY(store.indicators().size() > 100);
    }
    r = run({QStringLiteral("import-report"), report, QStringLiteral("--db"), db});
    QCOMPARE(r.code, 1);
    QVERIFY(QString::fromUtf8(r.err).contains(QStringLiteral("--replace")));
    r = run({QStringLiteral("import-report"), report, QStringLiteral("--db"), db,
             QStringLiteral("--replace")});
    QVERIFY2(r.code == 0, r.err.constData());
    PlanStore store;
    QVERIFY(store.open(db, nullptr));
    QCOMPARE(store.planInfo().title, QStringLiteral("成都市2024年政府工作报告"));
}

void TestCommandLine::importReportPrintsCountsAndWarnings()
{
    // The counts and warnings of the window's import preview, after the imported line.
    const QString db = path(QStringLiteral("jiangxi.sqlite"));
    Result r =
        run({QStringLiteral("import-report"), test::dataPath(QStringLiteral("jiangxi-2025.txt")),
             QStringLiteral("--db"), db});
    QVERIFY2(r.code == 0, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("\n  Main targets: 8\n")), r.out.constData());
    QVERIFY(out.contains(QStringLiteral("\n  Work areas: 9, with ")));
    QVERIFY(out.contains(QStringLiteral("\n  Livelihood projects: 10, with 0 indicator(s)\n")));
    QVERIFY2(out.contains(QStringLiteral("\n  Tasks: 464 in the work areas, 47 in government "
                                         "self-building\n")),
             r.out.constData());
    QVERIFY(out.contains(QStringLiteral("warning: "))); // area (四) states no figure

    r = run({QStringLiteral("import-report"), test::dataPath(QStringLiteral("xizang-2025.txt")),
             QStringLiteral("--db"), path(QStringLiteral("xizang.sqlite"))});
    QVERIFY2(r.code == 0, r.err.constData());
    const QStringList warnings =
        QString::fromUtf8(r.out).split(QLatin1Char('\n')).filter(QStringLiteral("warning: "));
    QCOMPARE(warnings.size(), 4); // three areas without a target, 民生实事 not listed
    QVERIFY(warnings.join(QLatin1Char('\n')).contains(QString::fromUtf8("坚决维护社会和谐稳定")));

    // The 力争 figure is kept and exported beside the target.
    r = run({QStringLiteral("export-json"), QStringLiteral("--db"),
             path(QStringLiteral("xizang.sqlite"))});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonArray indicators =
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("indicators")).toArray();
    QVERIFY(!indicators.isEmpty());
    const QJsonObject m1 = indicators.first().toObject();
    QCOMPARE(m1.value(QStringLiteral("code")).toString(), QStringLiteral("M1"));
    QCOMPARE(m1.value(QStringLiteral("target")).toDouble(), 7.0);
    QCOMPARE(m1.value(QStringLiteral("stretchTarget")).toDouble(), 8.0);
    QVERIFY(indicators.last().toObject().value(QStringLiteral("stretchTarget")).isNull());
}

void TestCommandLine::importReportRejectsJunkWithoutLeavingAFile()
{
    const QString junk = path(QStringLiteral("junk.txt"));
    QByteArray bytes;
    for (int i = 0; i < 4096; ++i)
        bytes.append(char(i * 7 % 256));
    test::writeFile(junk, bytes);
    const QString empty = path(QStringLiteral("empty.txt"));
    test::writeFile(empty, {});
    const QString noAreas = path(QStringLiteral("noareas.txt"));
    test::writeFile(noAreas,
                    QStringLiteral("政府工作报告\n\n各位代表：今年我们要继续努力。\n").toUtf8());
    for (const QString &input : {junk, empty, noAreas}) {
        const QString db = path(QStringLiteral("out.sqlite"));
        const Result r = run({QStringLiteral("import-report"), input, QStringLiteral("--db"), db});
        QVERIFY(r.code != 0);
        QVERIFY(!r.err.trimmed().isEmpty());
        QVERIFY2(!QFile::exists(db), qPrintable(input));
    }
    const Result missing = run({QStringLiteral("import-report"), path(QStringLiteral("nope.txt")),
                                QStringLiteral("--db"), path(QStringLiteral("x.sqlite"))});
    QCOMPARE(missing.code, 1);
    QVERIFY(!QFile::exists(path(QStringLiteral("x.sqlite"))));
}

void TestCommandLine::importReportReplaceTakesABackupFirst()
{
    const QString report = path(QStringLiteral("report.txt"));
    test::writeFile(report, test::builtinReportText().toUtf8());
    const QString db = path(QStringLiteral("figures.sqlite"));
    Result r = run({QStringLiteral("import-report"), report, QStringLiteral("--db"), db});
    QVERIFY2(r.code == 0, r.err.constData());
    r = run({QStringLiteral("backups"), QStringLiteral("--db"), db});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith("No backups"), r.out.constData());
    r = run({QStringLiteral("record"), QStringLiteral("--db"), db, QStringLiteral("--indicator"),
             QStringLiteral("M1"), QStringLiteral("--value"), QStringLiteral("5.9"),
             QStringLiteral("--date"), QStringLiteral("2024-06-30")});
    QVERIFY2(r.code == 0, r.err.constData());

    r = run({QStringLiteral("import-report"), report, QStringLiteral("--db"), db,
             QStringLiteral("--replace")});
    QVERIFY2(r.code == 0, r.err.constData());
    // One backup, listed by the backups command: taken before the change, with the figure.
    r = run({QStringLiteral("backups"), QStringLiteral("--db"), db});
    QCOMPARE(r.code, 0);
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    const QStringList fields = lines.first().split(QLatin1Char('\t'));
    QCOMPARE(fields.size(), 5);
    QCOMPARE(fields[1], QStringLiteral("Before a bulk change"));
    QCOMPARE(fields[3], QStringLiteral("1"));
    const QString backup = fields[4];
    QVERIFY2(backup.startsWith(path(QStringLiteral("xdg"))), qPrintable(backup));
    QCOMPARE(QFileInfo(backup).size(), fields[2].toLongLong());
    PlanStore copy;
    QVERIFY(copy.open(backup, nullptr));
    QCOMPARE(copy.measurements(copy.indicatorByCode(QStringLiteral("M1"))->id).size(),
             std::size_t(1));
    // A refused import (no --replace) takes none.
    r = run({QStringLiteral("import-report"), report, QStringLiteral("--db"), db});
    QCOMPARE(r.code, 1);
    QCOMPARE(run({QStringLiteral("backups"), QStringLiteral("--db"), db}).out.count('\n'), 1);
    // The command is listed and has its usage.
    QVERIFY(run({QStringLiteral("--help")}).out.contains("\n  backups "));
    r = run({QStringLiteral("backups"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith("usage: progress-dashboard backups --db FILE"));
    QCOMPARE(run({QStringLiteral("backups")}).code, 2);
}

void TestCommandLine::unknownCommandOptionIsUsageError()
{
    const Result r = run({QStringLiteral("export-json"), QStringLiteral("--bogus")});
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.isEmpty());
}

void TestCommandLine::recordRefusesDoubtfulFiguresUnlessForced()
{
    // The built-in plan's 电子信息产业规模 1.3 万亿元 (A4.2.3), typed in 亿元 by mistake.
    const QString db = path(QStringLiteral("builtin.sqlite"));
    auto record = [&](const QStringList &extra) {
        QStringList args{
            QStringLiteral("record"),      QStringLiteral("--db"),   db,
            QStringLiteral("--indicator"), QStringLiteral("A4.2.3"), QStringLiteral("--date"),
            QStringLiteral("2024-06-30")};
        return run(args + extra);
    };
    QCOMPARE(run({QStringLiteral("export-json"), QStringLiteral("--db"), db}).code, 0);
    const QByteArray before = test::dataFileBytes(db);
    const Result refused = record({QStringLiteral("--value"), QStringLiteral("11000")});
    QCOMPARE(refused.code, 1);
    QCOMPARE(refused.err.count('\n'), 1);
    QVERIFY2(refused.err.contains("1.3 万亿元") && refused.err.contains("--force"),
             refused.err.constData());
    QCOMPARE(test::dataFileBytes(db), before); // nothing written

    const Result forced =
        record({QStringLiteral("--value"), QStringLiteral("11000"), QStringLiteral("--force")});
    QVERIFY2(forced.code == 0, forced.err.constData());
    {
        PlanStore store;
        QVERIFY(store.open(db, nullptr));
        const auto figures =
            store.measurements(store.indicatorByCode(QStringLiteral("A4.2.3"))->id);
        QCOMPARE(figures.size(), std::size_t(1));
        QCOMPARE(figures.front().value, 11000.0);
    }

    // A second figure on the same date: refused, or replacing the first with --replace.
    const QByteArray once = test::readFile(db);
    const Result twice = record({QStringLiteral("--value"), QStringLiteral("1.1")});
    QCOMPARE(twice.code, 1);
    QVERIFY2(twice.err.contains("--replace"), twice.err.constData());
    QCOMPARE(test::readFile(db), once);
    const Result replaced =
        record({QStringLiteral("--value"), QStringLiteral("1.1"), QStringLiteral("--replace")});
    QVERIFY2(replaced.code == 0, replaced.err.constData());
    PlanStore store;
    QVERIFY(store.open(db, nullptr));
    const auto figures = store.measurements(store.indicatorByCode(QStringLiteral("A4.2.3"))->id);
    QCOMPARE(figures.size(), std::size_t(1));
    QCOMPARE(figures.front().value, 1.1);
    store.close();

    // A rate beyond ±100 points, and a cumulative count that goes down.
    QCOMPARE(run({QStringLiteral("record"), QStringLiteral("--db"), db,
                  QStringLiteral("--indicator"), QStringLiteral("M6"), QStringLiteral("--value"),
                  QStringLiteral("160"), QStringLiteral("--date"), QStringLiteral("2024-06-30")})
                 .code,
             1);
    auto greenway = [&](const QString &value, const QString &date) {
        return run({QStringLiteral("record"), QStringLiteral("--db"), db,
                    QStringLiteral("--indicator"), QStringLiteral("A6.1.4"),
                    QStringLiteral("--value"), value, QStringLiteral("--date"), date});
    };
    QCOMPARE(greenway(QStringLiteral("420"), QStringLiteral("2024-06-30")).code, 0);
    const Result down = greenway(QStringLiteral("400"), QStringLiteral("2024-07-31"));
    QCOMPARE(down.code, 1);
    QVERIFY2(down.err.contains("lower than 420"), down.err.constData());
}

void TestCommandLine::exportJsonRollsUpWhatIsReported()
{
    const QString db = path(QStringLiteral("builtin.sqlite"));
    const Result recorded =
        run({QStringLiteral("record"), QStringLiteral("--db"), db, QStringLiteral("--indicator"),
             QStringLiteral("A6.1.4"), QStringLiteral("--value"), QStringLiteral("420"),
             QStringLiteral("--date"), QStringLiteral("2024-06-30")});
    QVERIFY2(recorded.code == 0, recorded.err.constData());
    const Result r = run({QStringLiteral("export-json"), QStringLiteral("--db"), db,
                          QStringLiteral("--as-of"), QStringLiteral("2024-06-30")});
    QCOMPARE(r.code, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    const QJsonObject plan = root.value(QStringLiteral("plan")).toObject();
    const int total = int(root.value(QStringLiteral("indicators")).toArray().size());
    QVERIFY(total > 250);
    QCOMPARE(plan.value(QStringLiteral("indicators")).toInt(), total);
    QCOMPARE(plan.value(QStringLiteral("reported")).toInt(), 1); // 填报率 1/302
    const QJsonObject counts = plan.value(QStringLiteral("statusCounts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("no_data")).toInt(), total - 1);
    QCOMPARE(counts.value(QStringLiteral("slightly_behind")).toInt(), 1); // 42 % against 50 %
    QVERIFY(qAbs(plan.value(QStringLiteral("meanProgress")).toDouble() - 0.42) < 1e-9);
    // Every node carries the same four figures; its area has the one figure.
    int withFigure = 0;
    for (const QJsonValue &v : root.value(QStringLiteral("nodes")).toArray()) {
        const QJsonObject node = v.toObject();
        QVERIFY(node.contains(QStringLiteral("indicators")));
        QVERIFY(node.contains(QStringLiteral("statusCounts")));
        QVERIFY(node.contains(QStringLiteral("meanProgress")));
        if (node.value(QStringLiteral("reported")).toInt() == 1)
            ++withFigure;
        else
            QVERIFY(node.value(QStringLiteral("meanProgress")).isNull());
    }
    QCOMPARE(withFigure, 2); // the area （六） and its section
    // Bound targets say so, with their gap and no completion.
    for (const QJsonValue &v : root.value(QStringLiteral("indicators")).toArray()) {
        const QJsonObject ind = v.toObject();
        if (ind.value(QStringLiteral("code")).toString() == QLatin1String("M8")) {
            QCOMPARE(ind.value(QStringLiteral("measure")).toString(), QStringLiteral("bound"));
            QVERIFY(ind.value(QStringLiteral("expected")).isNull());
        }
        if (ind.value(QStringLiteral("code")).toString() == QLatin1String("A6.1.4")) {
            QCOMPARE(ind.value(QStringLiteral("measure")).toString(), QStringLiteral("share"));
            QCOMPARE(ind.value(QStringLiteral("progress")).toDouble(), 0.42);
        }
    }
}

void TestCommandLine::worksWithoutDisplay()
{
    const QString db = path(QStringLiteral("plain.sqlite"));
    const Result help = run({QStringLiteral("--help")}, true);
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains("export-json"));
    QVERIFY2(!help.err.contains("could not connect"), help.err.constData());

    const Result version = run({QStringLiteral("--version")}, true);
    QCOMPARE(version.code, 0);
    QVERIFY(version.out.startsWith("progress-dashboard " PD_VERSION_TEXT));

    const Result recorded =
        run({QStringLiteral("record"), QStringLiteral("--db"), db, QStringLiteral("--indicator"),
             QStringLiteral("M1"), QStringLiteral("--value"), QStringLiteral("5.5"),
             QStringLiteral("--date"), QStringLiteral("2024-03-31")},
            true);
    QVERIFY2(recorded.code == 0, recorded.err.constData());
    const Result pdf =
        run({QStringLiteral("export-pdf"), QStringLiteral("--db"), db, QStringLiteral("--area"),
             QStringLiteral("1"), QStringLiteral("--out"), path(QStringLiteral("area1.pdf"))},
            true);
    QVERIFY2(pdf.code == 0, pdf.err.constData());
    QFile written(path(QStringLiteral("area1.pdf")));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(5) == "%PDF-");
    const Result json = run({QStringLiteral("export-json"), QStringLiteral("--db"), db,
                             QStringLiteral("--as-of"), QStringLiteral("2024-04-01")},
                            true);
    QCOMPARE(json.code, 0);
    QVERIFY(json.out.contains("\"actual\": 5.5"));

    // The window alone needs a display; without one it says so in one line, no abort.
    const QByteArray before = test::dataFileBytes(db);
    const Result window = run({QStringLiteral("--db"), db}, true);
    QCOMPARE(window.code, 1);
    QVERIFY2(window.err.contains("no display"), window.err.constData());
    QCOMPARE(window.err.count('\n'), 1);
    QCOMPARE(test::dataFileBytes(db), before);
}

void TestCommandLine::helpListsEveryCommand()
{
    const Result r = run({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    for (const char *command :
         {"import-report", "export-json", "record", "export-pdf", "export-minutes"}) {
        // One line each: the name, then what it does.
        const QRegularExpression line(
            QStringLiteral("\\n  %1 +\\S.*\\n").arg(QLatin1String(command)));
        QVERIFY2(line.match(QString::fromUtf8(r.out)).hasMatch(), command);
    }
    QVERIFY(r.out.contains("--db"));
    QVERIFY(r.out.contains("--as-of"));
    QCOMPARE(run({QStringLiteral("help")}).out, r.out);
}

void TestCommandLine::commandHelpShowsUsageAndOptions_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("import-report") << QStringLiteral("import-report")
                                   << QStringList{QStringLiteral("--db"), QStringLiteral("--title"),
                                                  QStringLiteral("--replace")};
    QTest::newRow("export-json") << QStringLiteral("export-json")
                                 << QStringList{QStringLiteral("--as-of"), QStringLiteral("--out")};
    QTest::newRow("record") << QStringLiteral("record")
                            << QStringList{QStringLiteral("--indicator"), QStringLiteral("--value"),
                                           QStringLiteral("--date"), QStringLiteral("--note")};
    QTest::newRow("export-pdf") << QStringLiteral("export-pdf")
                                << QStringList{QStringLiteral("--area"), QStringLiteral("--part")};
    QTest::newRow("export-minutes")
        << QStringLiteral("export-minutes")
        << QStringList{QStringLiteral("--out"), QStringLiteral("--meeting")};
}

void TestCommandLine::commandHelpShowsUsageAndOptions()
{
    QFETCH(QString, command);
    QFETCH(QStringList, options);
    for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const Result r = run({command, flag}, true);
        QCOMPARE(r.code, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.startsWith(QStringLiteral("usage: progress-dashboard ") + command), r.out);
        for (const QString &option : options)
            QVERIFY2(out.contains(option), qPrintable(option));
        QVERIFY(r.err.isEmpty());
    }
    // Help never touches a data file.
    QVERIFY(!QFile::exists(path(QStringLiteral("xdg"))));
}

void TestCommandLine::unknownWordsNameTheNearest_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("suggestion");
    QTest::newRow("command") << QStringList{QStringLiteral("exprt-json")}
                             << QStringLiteral("\"export-json\"");
    QTest::newRow("command prefix")
        << QStringList{QStringLiteral("export-minute")} << QStringLiteral("\"export-minutes\"");
    QTest::newRow("option") << QStringList{QStringLiteral("record"), QStringLiteral("--indicatr"),
                                           QStringLiteral("M1")}
                            << QStringLiteral("\"--indicator\"");
    QTest::newRow("window option")
        << QStringList{QStringLiteral("--as-off"), QStringLiteral("2024-06-30")}
        << QStringLiteral("\"--as-of\"");
}

void TestCommandLine::unknownWordsNameTheNearest()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, suggestion);
    const Result r = run(arguments, true);
    QCOMPARE(r.code, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("did you mean ") + suggestion),
             r.err.constData());
    QVERIFY(!QFile::exists(path(QStringLiteral("xdg"))));
}

void TestCommandLine::exportsWriteToStandardOutputWithDash()
{
    // "--out -" is standard output, for a pipe; nothing else is printed there (no "Wrote …").
    const QString db = path(QStringLiteral("plan.sqlite"));
    {
        PlanStore store;
        QVERIFY(store.open(db, nullptr));
        QVERIFY(store.importPlan(test::samplePlan(), false, nullptr));
    }
    const Result json = run({QStringLiteral("export-json"), QStringLiteral("--db"), db,
                             QStringLiteral("--out"), QStringLiteral("-")});
    QVERIFY2(json.code == 0, json.err.constData());
    QCOMPARE(QJsonDocument::fromJson(json.out)
                 .object()
                 .value(QStringLiteral("indicators"))
                 .toArray()
                 .size(),
             5);
    const Result pdf =
        run({QStringLiteral("export-pdf"), QStringLiteral("--db"), db, QStringLiteral("--area"),
             QStringLiteral("1"), QStringLiteral("--out"), QStringLiteral("-")});
    QVERIFY2(pdf.code == 0, pdf.err.constData());
    QVERIFY(pdf.out.startsWith("%PDF-"));
    QVERIFY(pdf.out.trimmed().endsWith("%%EOF"));
    QVERIFY(!QFile::exists(path(QStringLiteral("-"))));
}

void TestCommandLine::exportOutNeverReplacesADevice()
{
    // Root could rename over /dev/null or /dev/full; the export is refused and the device stays.
    const QString db = path(QStringLiteral("plan.sqlite"));
    {
        PlanStore store;
        QVERIFY(store.open(db, nullptr));
        QVERIFY(store.importPlan(test::samplePlan(), false, nullptr));
    }
    // A device node of the test's own when root may make one, so a defect replaces only that.
    QString device = path(QStringLiteral("full"));
    if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 7)) != 0)
        device = QStringLiteral("/dev/full");
    for (const QString &command : {QStringLiteral("export-json"), QStringLiteral("export-pdf")}) {
        const Result r =
            run({command, QStringLiteral("--db"), db, QStringLiteral("--out"), device});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("it is a device, not a file"), r.err.constData());
        struct stat st = {};
        QCOMPARE(::lstat(QFile::encodeName(device).constData(), &st), 0);
        QVERIFY(S_ISCHR(st.st_mode));
    }
}

void TestCommandLine::damagedFileIsRefusedAndCheckSaysWhat()
{
    const QString db = path(QStringLiteral("plan.sqlite"));
    QCOMPARE(run({QStringLiteral("export-json"), QStringLiteral("--db"), db}).code, 0);
    Result r = run({QStringLiteral("check"), QStringLiteral("--db"), db});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QByteArray("ok\n"));
    r = run({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--quick")});
    QCOMPARE(r.code, 0);

    // Page 5 zeroed (of the built-in plan's file: an index of the indicators).
    QByteArray bytes = test::readFile(db);
    bytes.replace(4 * 4096, 4096, QByteArray(4096, '\0'));
    test::writeFile(db, bytes);
    const QByteArray before = test::dataFileBytes(db);
    r = run({QStringLiteral("check"), QStringLiteral("--db"), db});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.startsWith("The data file ") && r.out.contains("is damaged"), r.out.constData());
    r = run({QStringLiteral("export-json"), QStringLiteral("--db"), db});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("is damaged") && r.err.contains("backup"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    r = run({QStringLiteral("record"), QStringLiteral("--db"), db, QStringLiteral("--indicator"),
             QStringLiteral("M1"), QStringLiteral("--value"), QStringLiteral("5.9"),
             QStringLiteral("--date"), QStringLiteral("2024-06-30")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("is damaged"), r.err.constData());
    QCOMPARE(test::dataFileBytes(db), before);
}

void TestCommandLine::newerVersionInTheWalIsRefusedByRecord()
{
    const QString db = path(QStringLiteral("plan.sqlite"));
    QCOMPARE(run({QStringLiteral("export-json"), QStringLiteral("--db"), db}).code, 0);
    // A newer version raised user_version and stopped before its checkpoint.
    const QString newer = path(QStringLiteral("newer.sqlite"));
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        QVERIFY(QFile::copy(db, newer));
        QVERIFY(QFile::copy(db + QStringLiteral("-wal"), newer + QStringLiteral("-wal")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QByteArray before = test::dataFileBytes(newer);
    const Result r =
        run({QStringLiteral("record"), QStringLiteral("--db"), newer, QStringLiteral("--indicator"),
             QStringLiteral("M1"), QStringLiteral("--value"), QStringLiteral("5.9"),
             QStringLiteral("--date"), QStringLiteral("2024-06-30")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("newer version"), r.err.constData());
    QCOMPARE(test::dataFileBytes(newer), before);
}

void TestCommandLine::defaultFilesArePrivate()
{
    // Under the usual umask, the app-data folder it makes is 0700 and the data file 0600.
    const mode_t previous = ::umask(022);
    const Result r = run({QStringLiteral("export-json")});
    ::umask(previous);
    QVERIFY2(r.code == 0, r.err.constData());
    const QString folder = path(QStringLiteral("xdg/ProgressDashboard/progress-dashboard"));
    const QFile::Permissions owner =
        QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
    const QFile::Permissions folderOwner = owner | QFile::ExeOwner | QFile::ExeUser;
    QCOMPARE(QFile::permissions(folder), folderOwner);
    QCOMPARE(QFile::permissions(path(QStringLiteral("xdg/ProgressDashboard"))), folderOwner);
    QCOMPARE(QFile::permissions(folder + QStringLiteral("/plan.sqlite")), owner);
}

void TestCommandLine::exportPdfOneIndicatorOrWhatIsBehind()
{
    // The built-in plan with two figures: A6.1.4 slightly behind (42 % against 50 %), A1.2.1
    // on track (60 %); everything else unreported.
    const QString db = path(QStringLiteral("pdf.sqlite"));
    auto record = [&](const QString &code, const QString &value) {
        const Result r = run({QStringLiteral("record"), QStringLiteral("--db"), db,
                              QStringLiteral("--indicator"), code, QStringLiteral("--value"), value,
                              QStringLiteral("--date"), QStringLiteral("2024-06-30")});
        QVERIFY2(r.code == 0, r.err.constData());
    };
    record(QStringLiteral("A6.1.4"), QStringLiteral("420"));
    record(QStringLiteral("A1.2.1"), QStringLiteral("300"));
    auto exportPdf = [&](const QString &name, QStringList options) {
        options = QStringList{QStringLiteral("export-pdf"), QStringLiteral("--db"), db,
                              QStringLiteral("--out"), path(name)} +
                  options;
        options << QStringLiteral("--as-of") << QStringLiteral("2024-06-30");
        return run(options);
    };
    const bool poppler = !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
    auto text = [&](const QString &name) {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {path(name), QStringLiteral("-")});
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput());
    };
    auto codes = [](const QString &pdfText) {
        QStringList found;
        const QRegularExpression code(QStringLiteral("\\b([AMGL]\\d+(?:\\.\\d+)*)\\b"));
        for (auto it = code.globalMatch(pdfText); it.hasNext();)
            found << it.next().captured(1);
        found.removeDuplicates();
        found.sort();
        return found;
    };

    // One indicator: its own single sheet.
    Result r = exportPdf(QStringLiteral("one.pdf"),
                         {QStringLiteral("--indicator"), QStringLiteral("A6.1.4")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("(1 page"), r.out.constData());
    if (poppler) {
        const QString one = text(QStringLiteral("one.pdf"));
        QCOMPARE(codes(one), QStringList{QStringLiteral("A6.1.4")});
        QVERIFY(one.contains(QStringLiteral("新建天府绿道")));
    }
    // Only what is behind: A6.1.4 alone; with --unreported the unreported too, never A1.2.1.
    r = exportPdf(QStringLiteral("behind.pdf"), {QStringLiteral("--behind")});
    QVERIFY2(r.code == 0, r.err.constData());
    r = exportPdf(QStringLiteral("behind-unreported.pdf"),
                  {QStringLiteral("--behind"), QStringLiteral("--unreported")});
    QVERIFY2(r.code == 0, r.err.constData());
    r = exportPdf(QStringLiteral("area-behind.pdf"),
                  {QStringLiteral("--area"), QStringLiteral("1"), QStringLiteral("--behind")});
    QVERIFY2(r.code == 0, r.err.constData());
    if (poppler) {
        QCOMPARE(codes(text(QStringLiteral("behind.pdf"))), QStringList{QStringLiteral("A6.1.4")});
        const QStringList both = codes(text(QStringLiteral("behind-unreported.pdf")));
        QVERIFY(both.contains(QStringLiteral("A6.1.4")));
        QVERIFY(both.contains(QStringLiteral("A1.1.1")));
        QVERIFY(both.contains(QStringLiteral("L1.1")));
        QVERIFY(!both.contains(QStringLiteral("A1.2.1")));
        QVERIFY(codes(text(QStringLiteral("area-behind.pdf"))).isEmpty()); // nothing behind
    }

    // Refusals: an unknown code (1), and options that do not go together (2); no file.
    r = exportPdf(QStringLiteral("bad.pdf"), {QStringLiteral("--indicator"), QStringLiteral("Z9")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("Z9"), r.err.constData());
    const QList<QStringList> usageErrors{
        {QStringLiteral("--indicator"), QStringLiteral("A6.1.4"), QStringLiteral("--area"),
         QStringLiteral("6")},
        {QStringLiteral("--indicator"), QStringLiteral("A6.1.4"), QStringLiteral("--part"),
         QStringLiteral("main")},
        {QStringLiteral("--indicator"), QStringLiteral("A6.1.4"), QStringLiteral("--behind")},
        {QStringLiteral("--unreported")},
    };
    for (const QStringList &options : usageErrors) {
        r = exportPdf(QStringLiteral("bad.pdf"), options);
        QVERIFY2(r.code == 2, qPrintable(options.join(QLatin1Char(' '))));
        QVERIFY(!r.err.isEmpty());
    }
    QVERIFY(!QFile::exists(path(QStringLiteral("bad.pdf"))));

    // The help names the new options.
    r = run({QStringLiteral("export-pdf"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("--indicator"));
    QVERIFY(r.out.contains("--behind"));
    QVERIFY(r.out.contains("--unreported"));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
