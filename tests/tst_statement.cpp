#include "store/Statement.h"
#include "store/Transaction.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestStatement : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void prepareErrorIsKept();
    void bindPositionalAndNamed();
    void typedReads();
    void rowsAndFirst();
    void failingExecSaysWhy_data();
    void failingExecSaysWhy();
    void transactionCommitsOrRollsBack();
    void transactionThatCannotBeginIsRefused();

private:
    void exec(const char *sql);
    std::unique_ptr<QTemporaryDir> m_dir;
    QSqlDatabase m_db;
};

void TestStatement::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("statement"));
    m_db.setDatabaseName(m_dir->filePath(QStringLiteral("test.sqlite")));
    QVERIFY(m_db.open());
    exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, amount REAL, "
         "day TEXT NOT NULL DEFAULT '', flag INTEGER NOT NULL DEFAULT 0)");
}

void TestStatement::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("statement"));
}

void TestStatement::exec(const char *sql)
{
    Statement q(m_db, QString::fromLatin1(sql));
    QVERIFY2(q.exec(), qPrintable(q.error()));
}

void TestStatement::prepareErrorIsKept()
{
    Statement q(m_db, QStringLiteral("SELECT id FROM missing WHERE id = ?"));
    QVERIFY(!q.ok());
    QVERIFY(q.driverText().contains(QStringLiteral("no such table: missing")));
    QVERIFY(q.error().startsWith(QStringLiteral("The data file could not be read: ")));
    QVERIFY(q.error().contains(q.driverText()));
    QVERIFY(!q.error().contains(QLatin1Char('\n')));
    // Nothing runs after a failed prepare, and its error stands.
    QVERIFY(!q.exec({1}));
    QVERIFY(!q.next());
    QVERIFY(q.driverText().contains(QStringLiteral("no such table: missing")));

    Statement bad(m_db, QStringLiteral("INSERT INTO t (nope) VALUES (?)"));
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().startsWith(QStringLiteral("The data file could not be updated: ")));
    QVERIFY(bad.error().contains(QStringLiteral("nope")));

    Statement good(m_db, QStringLiteral("SELECT 1"));
    QVERIFY(good.ok());
    QVERIFY(good.error().isEmpty());
}

void TestStatement::bindPositionalAndNamed()
{
    // One prepared statement, run several times: the positional values are bound afresh.
    Statement insert(m_db, QStringLiteral("INSERT INTO t (name, amount) VALUES (?, ?)"));
    QVERIFY(insert.exec({QStringLiteral("a"), 1.5}));
    QCOMPARE(insert.lastInsertId(), 1);
    QVERIFY(insert.bind(QStringLiteral("b")).bind(2.5).exec());
    QCOMPARE(insert.lastInsertId(), 2);
    QCOMPARE(insert.rowsAffected(), 1);

    Statement named(m_db, QStringLiteral("INSERT INTO t (name, amount) VALUES (:name, :amount)"));
    QVERIFY(named.bind(QStringLiteral(":amount"), 3.5)
                .bind(QStringLiteral(":name"), QStringLiteral("c"))
                .exec());

    Statement update(m_db, QStringLiteral("UPDATE t SET amount = amount * 2 WHERE amount > ?"));
    QVERIFY(update.exec({2.0}));
    QCOMPARE(update.rowsAffected(), 2);

    Statement sum(m_db, QStringLiteral("SELECT count(*), sum(amount) FROM t WHERE name <> :skip"));
    QVERIFY(sum.bind(QStringLiteral(":skip"), QStringLiteral("a")).exec());
    QVERIFY(sum.next());
    QCOMPARE(sum.toInt(0), 2);
    QCOMPARE(sum.toDouble(1), 12.0);
    QVERIFY(!sum.next());
    QVERIFY(sum.ok());
}

void TestStatement::typedReads()
{
    Statement insert(m_db, QStringLiteral("INSERT INTO t (id, name, amount, day, flag) VALUES (?, "
                                          "?, ?, ?, ?)"));
    QVERIFY(insert.exec({qint64(5000000000LL), QStringLiteral("指标"),
                         QVariant(QMetaType(QMetaType::Double)), QStringLiteral("2024-06-30"), 1}));
    Statement q(m_db, QStringLiteral("SELECT id, name, amount, day, flag, '2024-07-01T09:30:00' "
                                     "FROM t"));
    QVERIFY(q.exec());
    QVERIFY(q.next());
    QCOMPARE(q.toLongLong(0), 5000000000LL);
    QCOMPARE(q.value<qint64>(0), 5000000000LL);
    QCOMPARE(q.toString(1), QStringLiteral("指标"));
    QVERIFY(q.isNull(2));
    QVERIFY(!q.isNull(1));
    QCOMPARE(q.toDate(3), QDate(2024, 6, 30));
    QVERIFY(q.toBool(4));
    QCOMPARE(q.toInt(4), 1);
    QCOMPARE(q.toDateTime(5), QDateTime(QDate(2024, 7, 1), QTime(9, 30)));
    QCOMPARE(q.value(1).toString(), QStringLiteral("指标"));

    qint64 id = 0;
    QString name;
    QDate day;
    bool flag = false;
    q.columns(0, id, name);
    q.columns(3, day, flag);
    QCOMPARE(id, 5000000000LL);
    QCOMPARE(name, QStringLiteral("指标"));
    QCOMPARE(day, QDate(2024, 6, 30));
    QVERIFY(flag);
    QVERIFY(!q.next());
    QVERIFY(q.ok());

    // An empty text is no date.
    Statement empty(m_db, QStringLiteral("SELECT ''"));
    QVERIFY(empty.exec() && empty.next());
    QVERIFY(!empty.toDate(0).isValid());
}

void TestStatement::rowsAndFirst()
{
    Statement insert(m_db, QStringLiteral("INSERT INTO t (name, amount) VALUES (?, ?)"));
    for (int i = 1; i <= 3; ++i)
        QVERIFY(insert.exec({QStringLiteral("n%1").arg(i), i * 10.0}));
    auto amount = [](const Statement &row) { return row.toDouble(0); };
    Statement all(m_db, QStringLiteral("SELECT amount FROM t WHERE amount >= ? ORDER BY id"));
    QCOMPARE(all.rows(amount, {20.0}), (std::vector<double>{20.0, 30.0}));
    QVERIFY(all.ok());
    // Run again with other values.
    QCOMPARE(all.rows(amount, {5.0}).size(), std::size_t(3));

    Statement one(m_db, QStringLiteral("SELECT amount FROM t WHERE name = ?"));
    QCOMPARE(one.first(amount, {QStringLiteral("n2")}), std::optional<double>(20.0));
    QCOMPARE(one.first(amount, {QStringLiteral("none")}), std::nullopt);
    QVERIFY(one.ok()); // no row is not an error

    Statement broken(m_db, QStringLiteral("SELECT amount FROM gone"));
    QVERIFY(broken.rows(amount).empty());
    QVERIFY(!broken.ok());
    QVERIFY(!broken.first(amount));
}

void TestStatement::failingExecSaysWhy_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("values");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("reason");
    const QString update = QStringLiteral("The data file could not be updated: ");
    QTest::newRow("unique") << QStringLiteral("INSERT INTO t (name) VALUES (?)")
                            << QVariantList{QStringLiteral("x")} << update
                            << QStringLiteral("UNIQUE constraint failed: t.name");
    QTest::newRow("not null") << QStringLiteral("INSERT INTO t (name) VALUES (?)")
                              << QVariantList{QVariant(QMetaType(QMetaType::QString))} << update
                              << QStringLiteral("NOT NULL constraint failed: t.name");
    QTest::newRow("table dropped after prepare")
        << QStringLiteral("SELECT name FROM t2") << QVariantList{}
        << QStringLiteral("The data file could not be read: ") << QStringLiteral("no such table");
}

void TestStatement::failingExecSaysWhy()
{
    QFETCH(QString, sql);
    QFETCH(QVariantList, values);
    QFETCH(QString, prefix);
    QFETCH(QString, reason);
    exec("INSERT INTO t (name) VALUES ('x')");
    exec("CREATE TABLE t2 (name TEXT)");
    Statement q(m_db, sql);
    QVERIFY2(q.ok(), qPrintable(q.error()));
    exec("DROP TABLE t2");
    QVERIFY(!q.exec(values));
    QVERIFY(!q.ok());
    QVERIFY2(q.error().startsWith(prefix), qPrintable(q.error()));
    QVERIFY2(q.error().contains(reason), qPrintable(q.error()));
    QVERIFY(!q.error().contains(QLatin1Char('\n')));
}

void TestStatement::transactionCommitsOrRollsBack()
{
    {
        Transaction tx(m_db);
        QString error;
        QVERIFY(tx.began(&error));
        QVERIFY(error.isEmpty());
        exec("INSERT INTO t (name) VALUES ('kept')");
        QVERIFY(tx.commit(&error));
        QVERIFY(!tx.isActive());
    }
    {
        Transaction tx(m_db);
        QVERIFY(tx.isActive());
        exec("INSERT INTO t (name) VALUES ('dropped')");
        // Leaves without commit: rolled back.
    }
    Statement names(m_db, QStringLiteral("SELECT name FROM t ORDER BY id"));
    QCOMPARE(names.rows([](const Statement &row) { return row.toString(0); }),
             (std::vector<QString>{QStringLiteral("kept")}));
}

void TestStatement::transactionThatCannotBeginIsRefused()
{
    Transaction outer(m_db);
    QVERIFY(outer.isActive());
    Transaction inner(m_db); // SQLite has no nested BEGIN
    QString error;
    QVERIFY(!inner.began(&error));
    QVERIFY(!inner.isActive());
    QVERIFY2(error.startsWith(QStringLiteral("The data file could not be updated: ")),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("within a transaction")), qPrintable(error));
    QCOMPARE(inner.error(), error);
    QVERIFY(!inner.commit(&error));
    QVERIFY(outer.commit());
}

QTEST_GUILESS_MAIN(TestStatement)
#include "tst_statement.moc"
