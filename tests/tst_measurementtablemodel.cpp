#include "commands/MeasurementCommands.h"
#include "models/MeasurementTableModel.h"
#include "store/PlanStore.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace pd;

/// The figures table follows the store row by row: an added figure is one inserted row, a
/// removed one a removed row, an edit a changed (or moved) row; never a reset, which would
/// drop the view's selection, editor and scroll position. Run under QAbstractItemModelTester.
class TestMeasurementTableModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void addIsOneInsertedRow();
    void editIsOneChangedRow();
    void removeIsOneRemovedRow();
    void undoAndRedoRestoreTheRows();
    void movedDateMovesTheRow();
    void otherIndicatorResets();

private:
    /// The rows as "date value note", top to bottom.
    QStringList rows() const;
    /// Clears the spies, so each step counts its own signals.
    void clearSpies();
    void add(const QString &date, const QString &value, const QString &note = {});
    int resets() const { return int(m_reset->count()); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PlanStore> m_store;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<MeasurementTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QSignalSpy> m_inserted, m_removed, m_changed, m_moved, m_reset;
    qint64 m_indicator = 0;
};

void TestMeasurementTableModel::init()
{
    QString error;
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<PlanStore>();
    QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("plan.sqlite")), &error),
             qPrintable(error));
    QVERIFY2(m_store->importPlan(test::samplePlan(), false, &error), qPrintable(error));
    m_indicator = m_store->indicatorByCode(QStringLiteral("A1.1.1"))->id; // count ≥500 家
    m_undo = std::make_unique<QUndoStack>();
    m_model = std::make_unique<MeasurementTableModel>(m_store.get(), m_undo.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setIndicator(m_indicator, 2024);
    connect(m_model.get(), &MeasurementTableModel::inputRefused, this,
            [](const QString &message) { QFAIL(qPrintable(message)); });
    m_inserted = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_removed = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_changed = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::dataChanged);
    m_moved = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::rowsMoved);
    m_reset = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::modelReset);
}

void TestMeasurementTableModel::cleanup()
{
    m_inserted.reset();
    m_removed.reset();
    m_changed.reset();
    m_moved.reset();
    m_reset.reset();
    m_tester.reset();
    m_model.reset();
    m_undo.reset();
    m_store.reset();
    m_dir.reset();
}

QStringList TestMeasurementTableModel::rows() const
{
    QStringList result;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        auto cell = [&](int column) {
            return m_model->index(r, column).data(Qt::EditRole).toString();
        };
        result << m_model->index(r, MeasurementTableModel::DateColumn)
                          .data(Qt::EditRole)
                          .toDate()
                          .toString(Qt::ISODate) +
                      QLatin1Char(' ') + cell(MeasurementTableModel::ValueColumn) +
                      QLatin1Char(' ') + cell(MeasurementTableModel::NoteColumn);
    }
    return result;
}

void TestMeasurementTableModel::clearSpies()
{
    m_inserted->clear();
    m_removed->clear();
    m_changed->clear();
    m_moved->clear();
    m_reset->clear();
}

void TestMeasurementTableModel::add(const QString &date, const QString &value, const QString &note)
{
    QVERIFY(m_model->addMeasurement(QDate::fromString(date, Qt::ISODate), value, note));
}

void TestMeasurementTableModel::addIsOneInsertedRow()
{
    add(QStringLiteral("2024-03-31"), QStringLiteral("100"));
    QCOMPARE(m_inserted->count(), 1);
    QCOMPARE(m_inserted->at(0).at(1).toInt(), 0);
    QCOMPARE(m_inserted->at(0).at(2).toInt(), 0);
    add(QStringLiteral("2024-09-30"), QStringLiteral("300"), QStringLiteral("Q3"));
    clearSpies();

    // Between the two: one row inserted at 1, nothing else touched.
    add(QStringLiteral("2024-06-30"), QStringLiteral("200"), QStringLiteral("half year"));
    QCOMPARE(m_inserted->count(), 1);
    QCOMPARE(m_inserted->at(0).at(1).toInt(), 1);
    QCOMPARE(m_inserted->at(0).at(2).toInt(), 1);
    QCOMPARE(m_removed->count(), 0);
    QCOMPARE(m_changed->count(), 0);
    QCOMPARE(resets(), 0);
    QCOMPARE(rows(), QStringList({QStringLiteral("2024-03-31 100 "),
                                  QStringLiteral("2024-06-30 200 half year"),
                                  QStringLiteral("2024-09-30 300 Q3")}));
}

void TestMeasurementTableModel::editIsOneChangedRow()
{
    add(QStringLiteral("2024-03-31"), QStringLiteral("100"));
    add(QStringLiteral("2024-06-30"), QStringLiteral("200"));
    add(QStringLiteral("2024-09-30"), QStringLiteral("300"));
    clearSpies();

    QVERIFY(m_model->setData(m_model->index(1, MeasurementTableModel::ValueColumn),
                             QStringLiteral("250")));
    QCOMPARE(m_changed->count(), 1);
    QCOMPARE(m_changed->at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(m_changed->at(0).at(1).toModelIndex().row(), 1);
    QCOMPARE(m_inserted->count(), 0);
    QCOMPARE(m_removed->count(), 0);
    QCOMPARE(resets(), 0);
    clearSpies();

    QVERIFY(m_model->setData(m_model->index(2, MeasurementTableModel::NoteColumn),
                             QStringLiteral("from the statistics bureau")));
    QCOMPARE(m_changed->count(), 1);
    QCOMPARE(m_changed->at(0).at(0).toModelIndex().row(), 2);
    QCOMPARE(resets(), 0);
    QCOMPARE(rows(),
             QStringList({QStringLiteral("2024-03-31 100 "), QStringLiteral("2024-06-30 250 "),
                          QStringLiteral("2024-09-30 300 from the statistics bureau")}));
}

void TestMeasurementTableModel::removeIsOneRemovedRow()
{
    add(QStringLiteral("2024-03-31"), QStringLiteral("100"));
    add(QStringLiteral("2024-06-30"), QStringLiteral("200"));
    add(QStringLiteral("2024-09-30"), QStringLiteral("300"));
    clearSpies();

    QVERIFY(m_model->removeMeasurementRows({1}));
    QCOMPARE(m_removed->count(), 1);
    QCOMPARE(m_removed->at(0).at(1).toInt(), 1);
    QCOMPARE(m_removed->at(0).at(2).toInt(), 1);
    QCOMPARE(m_inserted->count(), 0);
    QCOMPARE(m_changed->count(), 0);
    QCOMPARE(resets(), 0);
    QCOMPARE(rows(),
             QStringList({QStringLiteral("2024-03-31 100 "), QStringLiteral("2024-09-30 300 ")}));

    // Two rows in one undo step: a removal each, still no reset.
    clearSpies();
    QVERIFY(m_model->removeMeasurementRows({0, 1}));
    QCOMPARE(m_removed->count(), 2);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(resets(), 0);
}

void TestMeasurementTableModel::undoAndRedoRestoreTheRows()
{
    add(QStringLiteral("2024-03-31"), QStringLiteral("100"), QStringLiteral("first"));
    add(QStringLiteral("2024-06-30"), QStringLiteral("200"), QStringLiteral("second"));
    const QStringList two = rows();
    const std::vector<Measurement> before = m_model->measurements();
    QVERIFY(m_model->setData(m_model->index(0, MeasurementTableModel::ValueColumn),
                             QStringLiteral("120")));
    QVERIFY(m_model->removeMeasurementRows({1}));
    add(QStringLiteral("2024-09-30"), QStringLiteral("300"), QStringLiteral("third"));
    const QStringList after = rows();
    QCOMPARE(after, QStringList({QStringLiteral("2024-03-31 120 first"),
                                 QStringLiteral("2024-09-30 300 third")}));
    clearSpies();

    m_undo->undo(); // the add: a row removed
    QCOMPARE(m_removed->count(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    m_undo->undo(); // the remove: the row back where it was
    QCOMPARE(m_inserted->count(), 1);
    QCOMPARE(m_inserted->at(0).at(1).toInt(), 1);
    m_undo->undo(); // the edit: the value back
    QCOMPARE(m_changed->count(), 1);
    QCOMPARE(m_changed->at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(resets(), 0);
    QCOMPARE(rows(), two);
    // The same figures as before: ids, who and when included.
    const std::vector<Measurement> restored = m_model->measurements();
    QCOMPARE(restored.size(), before.size());
    for (std::size_t i = 0; i < before.size(); ++i) {
        QCOMPARE(restored[i].id, before[i].id);
        QCOMPARE(restored[i].date, before[i].date);
        QCOMPARE(restored[i].value, before[i].value);
        QCOMPARE(restored[i].note, before[i].note);
        QCOMPARE(restored[i].enteredBy, before[i].enteredBy);
    }
    clearSpies();

    m_undo->redo();
    m_undo->redo();
    m_undo->redo();
    QCOMPARE(m_changed->count(), 1);
    QCOMPARE(m_removed->count(), 1);
    QCOMPARE(m_inserted->count(), 1);
    QCOMPARE(resets(), 0);
    QCOMPARE(rows(), after);
}

void TestMeasurementTableModel::movedDateMovesTheRow()
{
    add(QStringLiteral("2024-03-31"), QStringLiteral("100"));
    add(QStringLiteral("2024-06-30"), QStringLiteral("200"));
    add(QStringLiteral("2024-09-30"), QStringLiteral("300"));
    clearSpies();

    // The last figure redated to the start of the year: the row moves to the top and changes.
    Measurement moved = m_model->measurements().back();
    Measurement redated = moved;
    redated.date = QDate(2024, 1, 31);
    auto error = std::make_shared<QString>();
    m_undo->push(new EditMeasurementCommand(m_store.get(), moved, redated, error));
    QVERIFY2(error->isEmpty(), qPrintable(*error));
    QCOMPARE(m_moved->count(), 1);
    QCOMPARE(m_moved->at(0).at(1).toInt(), 2); // from row 2
    QCOMPARE(m_moved->at(0).at(4).toInt(), 0); // to row 0
    QCOMPARE(m_changed->count(), 1);
    QCOMPARE(m_inserted->count(), 0);
    QCOMPARE(m_removed->count(), 0);
    QCOMPARE(resets(), 0);
    QCOMPARE(m_model->measurements().front().id, moved.id);
    QCOMPARE(rows(),
             QStringList({QStringLiteral("2024-01-31 300 "), QStringLiteral("2024-03-31 100 "),
                          QStringLiteral("2024-06-30 200 ")}));
    clearSpies();

    m_undo->undo();
    QCOMPARE(m_moved->count(), 1);
    QCOMPARE(resets(), 0);
    QCOMPARE(rows(),
             QStringList({QStringLiteral("2024-03-31 100 "), QStringLiteral("2024-06-30 200 "),
                          QStringLiteral("2024-09-30 300 ")}));
}

void TestMeasurementTableModel::otherIndicatorResets()
{
    add(QStringLiteral("2024-03-31"), QStringLiteral("100"));
    clearSpies();
    // The same indicator again (the pane re-shown): no reset.
    m_model->setIndicator(m_indicator, 2024);
    QCOMPARE(resets(), 0);
    QCOMPARE(m_model->rowCount(), 1);
    // Another indicator: one reset, its own (empty) figures.
    m_model->setIndicator(m_store->indicatorByCode(QStringLiteral("L1.1"))->id, 2024);
    QCOMPARE(resets(), 1);
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestMeasurementTableModel)
#include "tst_measurementtablemodel.moc"
