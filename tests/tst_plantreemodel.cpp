#include "models/PlanFilterModel.h"
#include "store/PlanStore.h"
#include "models/PlanTreeModel.h"
#include "plan/PlanText.h"
#include "plan/StatusStyle.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestPlanTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void structureFollowsTheReport();
    void passesModelTester();
    void measurementUpdatesOnlyItsRowAndRollups();
    void asOfDateChangesStatuses();
    void targetText();
    void searchAndStatusFilter();
    void partFilter();
    void filterFollowsEditsAndTheDate();
    void filterKeepsPersistentIndexesOnTheirItems();
    void rollupsShowWhatIsUnreported();
    void boundTargetsShowTheirGapNotACompletion();

private:
    Measurement measurement(const QString &code, QDate date, double value) const
    {
        Measurement m;
        m.indicatorId = m_store->indicatorByCode(code)->id;
        m.date = date;
        m.value = value;
        return m;
    }
    QString statusOf(const QString &code) const
    {
        const QModelIndex index = m_model->indexForIndicator(m_store->indicatorByCode(code)->id);
        return statusKey(Status(index.data(StatusRole).toInt()));
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PlanStore> m_store;
    std::unique_ptr<PlanTreeModel> m_model;
};

void TestPlanTreeModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<PlanStore>();
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("plan.sqlite")), nullptr));
    QVERIFY(m_store->importPlan(test::samplePlan(), false, nullptr));
    m_model = std::make_unique<PlanTreeModel>();
    m_model->setAsOf(QDate(2024, 7, 1));
    m_model->setStore(m_store.get());
}

void TestPlanTreeModel::cleanup()
{
    m_model.reset();
    m_store.reset();
    m_dir.reset();
}

void TestPlanTreeModel::structureFollowsTheReport()
{
    QCOMPARE(m_model->rowCount(), 3); // 主要预期目标, the area, 民生实事
    const QModelIndex main = m_model->index(0, 0);
    QCOMPARE(main.data().toString(), QStringLiteral("主要预期目标"));
    QCOMPARE(m_model->rowCount(main), 2);
    QCOMPARE(m_model->index(0, 0, main).data(CodeRole).toString(), QStringLiteral("M1"));
    const QModelIndex area = m_model->index(1, 0);
    QCOMPARE(area.data().toString(), QStringLiteral("（一）坚定不移推动经济稳中有进"));
    const QModelIndex section = m_model->index(0, 0, area);
    QCOMPARE(m_model->rowCount(section), 2);
    const QModelIndex first = m_model->index(0, 0, section);
    QCOMPARE(first.data().toString(), QStringLiteral("A1.1.1 新引进首店"));
    QCOMPARE(first.data(Qt::ToolTipRole).toString(), QStringLiteral("新引进首店500家以上"));
    QCOMPARE(m_model->index(0, PlanTreeModel::TargetColumn, section).data().toString(),
             QStringLiteral("≥500 家"));
    const QModelIndex project = m_model->index(0, 0, m_model->index(0, 0, m_model->index(2, 0)));
    QCOMPARE(project.data().toString(), QStringLiteral("1. 城市增绿扩绿"));
    QCOMPARE(m_model->indicatorsUnder({}).size(), std::size_t(5));
    QCOMPARE(m_model->indicatorsUnder(area).size(), std::size_t(2));
}

void TestPlanTreeModel::passesModelTester()
{
    QAbstractItemModelTester tester(m_model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_store->addMeasurement(measurement(QStringLiteral("A1.1.1"), QDate(2024, 6, 1), 300),
                                    nullptr));
    m_model->setAsOf(QDate(2024, 3, 1));
    m_model->reload();
    PlanFilterModel filter;
    filter.setSourceModel(m_model.get());
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSearchText(QStringLiteral("绿道"));
    filter.setStatusFilter(Status::NoData);
    filter.setSearchText({});
}

void TestPlanTreeModel::measurementUpdatesOnlyItsRowAndRollups()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const QModelIndex row =
        m_model->indexForIndicator(m_store->indicatorByCode(QStringLiteral("A1.1.1"))->id);
    QCOMPARE(statusOf(QStringLiteral("A1.1.1")), QStringLiteral("no_data"));

    QVERIFY(m_store->addMeasurement(measurement(QStringLiteral("A1.1.1"), QDate(2024, 6, 30), 260),
                                    nullptr));
    QCOMPARE(reset.count(), 0);
    // the row itself, then the section, the area (no root row)
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed.first().at(0).toModelIndex().internalId(), row.internalId());
    QCOMPARE(statusOf(QStringLiteral("A1.1.1")), QStringLiteral("on_track")); // 52 % ≥ 50 %
    QCOMPARE(row.data(ProgressRole).toDouble(), 0.52);
    QCOMPARE(m_model->index(0, PlanTreeModel::ProgressColumn, row.parent()).data().toString(),
             QStringLiteral("52%"));

    const QModelIndex area = m_model->index(1, 0);
    QVariantList counts = area.data(StatusCountsRole).toList();
    QCOMPARE(counts.value(1).toInt(), 1); // on track
    QCOMPARE(counts.value(4).toInt(), 1); // no data
    QCOMPARE(area.data(ProgressRole).toDouble(), 0.52);

    QVERIFY(m_store->addMeasurement(measurement(QStringLiteral("A1.1.2"), QDate(2024, 6, 30), 95),
                                    nullptr));
    counts = area.data(StatusCountsRole).toList();
    QCOMPARE(counts.value(0).toInt(), 1); // done
    QCOMPARE(counts.value(1).toInt(), 1);
    QCOMPARE(area.data(ProgressRole).toDouble(), (0.52 + 1.0) / 2);
}

void TestPlanTreeModel::asOfDateChangesStatuses()
{
    QVERIFY(m_store->addMeasurement(measurement(QStringLiteral("L1.1"), QDate(2024, 3, 31), 300),
                                    nullptr));
    m_model->setAsOf(QDate(2024, 3, 31)); // 序时进度 91/366 ≈ 25 %: 30 % is on track
    QCOMPARE(statusOf(QStringLiteral("L1.1")), QStringLiteral("on_track"));
    m_model->setAsOf(QDate(2024, 6, 30)); // ≈ 50 %: 30 % is more than 10 points behind
    QCOMPARE(statusOf(QStringLiteral("L1.1")), QStringLiteral("behind"));
    m_model->setAsOf(QDate(2024, 5, 1)); // ≈ 33 %: within 10 points
    QCOMPARE(statusOf(QStringLiteral("L1.1")), QStringLiteral("slightly_behind"));
    m_model->setAsOf(QDate(2024, 3, 30)); // before the measurement
    QCOMPARE(statusOf(QStringLiteral("L1.1")), QStringLiteral("no_data"));
}

void TestPlanTreeModel::targetText()
{
    Indicator ind;
    ind.target = 6;
    ind.unit = QStringLiteral("%");
    ind.comparator = Comparator::About;
    QCOMPARE(PlanText::target(ind), QStringLiteral("≈6%"));
    ind.target = 5.5;
    ind.comparator = Comparator::AtMost;
    QCOMPARE(PlanText::target(ind), QStringLiteral("≤5.5%"));
    ind.target = 1000;
    ind.unit = QStringLiteral("公里");
    ind.comparator = Comparator::Exactly;
    QCOMPARE(PlanText::target(ind), QStringLiteral("1000 公里"));
}

void TestPlanTreeModel::searchAndStatusFilter()
{
    PlanFilterModel filter;
    filter.setSourceModel(m_model.get());
    auto visibleCodes = [&filter] {
        QStringList codes;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < filter.rowCount(parent); ++r) {
                const QModelIndex i = filter.index(r, 0, parent);
                if (!i.data(CodeRole).toString().isEmpty())
                    codes << i.data(CodeRole).toString();
                walk(i);
            }
        };
        walk({});
        return codes;
    };
    QCOMPARE(visibleCodes().size(), 5);
    filter.setSearchText(QStringLiteral("首店"));
    QCOMPARE(visibleCodes(), QStringList{QStringLiteral("A1.1.1")});
    filter.setSearchText(QStringLiteral("m2")); // codes, any case
    QCOMPARE(visibleCodes(), QStringList{QStringLiteral("M2")});
    filter.setSearchText(QStringLiteral("控制在")); // snippets
    QCOMPARE(visibleCodes(), QStringList{QStringLiteral("M2")});
    filter.setSearchText(QStringLiteral("有潜能")); // a section's title shows all it holds
    QCOMPARE(visibleCodes(), (QStringList{QStringLiteral("A1.1.1"), QStringLiteral("A1.1.2")}));
    filter.setSearchText({});

    QVERIFY(m_store->addMeasurement(measurement(QStringLiteral("L1.1"), QDate(2024, 6, 30), 100),
                                    nullptr));
    filter.setStatusFilter(Status::Behind);
    QCOMPARE(visibleCodes(), QStringList{QStringLiteral("L1.1")});
    filter.setStatusFilter(Status::NoData);
    QCOMPARE(visibleCodes().size(), 4);
    filter.setSearchText(QStringLiteral("首店"));
    QCOMPARE(visibleCodes(), QStringList{QStringLiteral("A1.1.1")});
    filter.setStatusFilter(std::nullopt);
    filter.setSearchText({});
    QCOMPARE(visibleCodes().size(), 5);

    // Several statuses at once ("all behind" and no data); groups count what matches.
    filter.setStatusFilter(std::vector<Status>{Status::SlightlyBehind, Status::Behind});
    QCOMPARE(visibleCodes(), QStringList{QStringLiteral("L1.1")});
    filter.setStatusFilter(std::vector<Status>{Status::Behind, Status::NoData});
    QCOMPARE(visibleCodes().size(), 5);
    QCOMPARE(filter.statusFilter().size(), std::size_t(2));
    filter.setSearchText(QStringLiteral("首店"));
    const QModelIndex area = filter.index(0, 0);
    QCOMPARE(filter.matchingIndicators(area), 1);
    QVERIFY2(area.data().toString().endsWith(QStringLiteral("(1/2)")),
             qPrintable(area.data().toString()));
    filter.setStatusFilter(std::vector<Status>());
    filter.setSearchText({});
    QVERIFY(!filter.isFiltering());
    QVERIFY(!filter.index(1, 0).data().toString().contains(QLatin1Char('/')));
}

void TestPlanTreeModel::partFilter()
{
    PlanFilterModel filter;
    filter.setSourceModel(m_model.get());
    filter.setPartFilter(PlanPart::Main);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.rowCount(filter.index(0, 0)), 2);
    filter.setPartFilter(PlanPart::Livelihood);
    QCOMPARE(filter.rowCount(), 1);
    // Under a filter a group's name says how many of its indicators are shown.
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("民生实事 (1/1)"));
}

void TestPlanTreeModel::filterFollowsEditsAndTheDate()
{
    PlanFilterModel filter;
    filter.setSourceModel(m_model.get());
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setStatusFilter(Status::NoData);
    auto shown = [&](const QString &code) {
        const QModelIndex source = m_model->indexForIndicator(m_store->indicatorByCode(code)->id);
        return filter.mapFromSource(source).isValid();
    };
    QVERIFY(shown(QStringLiteral("L1.1")));
    QCOMPARE(filter.matchingIndicators({}), 5);

    // A figure takes L1.1 out of 未填报 at once, and nothing else moves.
    QVERIFY(m_store->addMeasurement(measurement(QStringLiteral("L1.1"), QDate(2024, 6, 30), 100),
                                    nullptr));
    QVERIFY(!shown(QStringLiteral("L1.1")));
    QVERIFY(shown(QStringLiteral("A1.1.1")));
    QCOMPARE(filter.matchingIndicators({}), 4);

    // Back before that figure's date L1.1 has no figure again: one layout change, no row
    // signals per parent.
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setAsOf(QDate(2024, 6, 1));
    QCOMPARE(layout.count(), 1);
    QCOMPARE(changed.count(), 0);
    QVERIFY(shown(QStringLiteral("L1.1")));
    QCOMPARE(filter.matchingIndicators({}), 5);

    // A renamed indicator is found by its new name at once.
    filter.setStatusFilter(std::nullopt);
    filter.setSearchText(QStringLiteral("品牌门店"));
    QVERIFY(!shown(QStringLiteral("A1.1.1")));
    QCOMPARE(filter.rowCount(), 0);
    QVERIFY(m_store->setIndicatorField(m_store->indicatorByCode(QStringLiteral("A1.1.1"))->id,
                                       IndicatorField::Name, QStringLiteral("新引进品牌门店"),
                                       nullptr));
    QVERIFY(shown(QStringLiteral("A1.1.1")));
    filter.setSearchText(QStringLiteral("no such words"));
    QCOMPARE(filter.rowCount(), 0);
    // With no rows the header still names the columns.
    QCOMPARE(filter.headerData(PlanTreeModel::StatusColumn, Qt::Horizontal).toString(),
             m_model->headerData(PlanTreeModel::StatusColumn, Qt::Horizontal).toString());
}

void TestPlanTreeModel::filterKeepsPersistentIndexesOnTheirItems()
{
    PlanFilterModel filter;
    filter.setSourceModel(m_model.get());
    const qint64 id = m_store->indicatorByCode(QStringLiteral("A1.1.2"))->id;
    const QPersistentModelIndex kept(filter.mapFromSource(m_model->indexForIndicator(id)));
    const QPersistentModelIndex area(filter.index(1, 0));
    QVERIFY(kept.isValid());
    filter.setSearchText(QStringLiteral("a1.1.2")); // only it, its section and its area
    QVERIFY(kept.isValid());
    QCOMPARE(kept.row(), 0); // A1.1.1 before it is hidden
    QCOMPARE(kept.data(IndicatorIdRole).toLongLong(), id);
    QCOMPARE(area.row(), 0); // the only area shown
    QVERIFY(area.data().toString().endsWith(QStringLiteral("(1/2)")));
    filter.setSearchText(QStringLiteral("民生"));
    QVERIFY(!kept.isValid()); // hidden: gone, as a view expects
    QVERIFY(!area.isValid());
    filter.setSearchText({});
    QCOMPARE(filter.rowCount(), 3);
    QVERIFY(!filter.index(1, 0).data().toString().contains(QLatin1Char('/')));
}

void TestPlanTreeModel::rollupsShowWhatIsUnreported()
{
    // One figure among five: the mean is over that one, and the group says 1 of its 2 reported.
    QVERIFY(m_store->addMeasurement(measurement(QStringLiteral("A1.1.1"), QDate(2024, 6, 30), 450),
                                    nullptr));
    const StatusCounts plan = m_model->rollup();
    QCOMPARE(plan.indicators, 5);
    QCOMPARE(plan.reported(), 1);
    QCOMPARE(plan.count(Status::NoData), 4);
    QCOMPARE(plan.completion().value_or(-1), 0.9);
    QCOMPARE(plan.reportingRate().value_or(-1), 0.2);

    const QModelIndex area = m_model->index(1, 0);
    QCOMPARE(area.data(IndicatorCountRole).toInt(), 2);
    QCOMPARE(area.data(ReportedRole).toInt(), 1);
    QCOMPARE(area.siblingAtColumn(PlanTreeModel::ProgressColumn).data().toString(),
             QStringLiteral("90% · 1/2"));
    QVERIFY(area.siblingAtColumn(PlanTreeModel::ProgressColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("reported 1/2")));
    // A group with nothing reported shows its 填报率 and no mean, no bar.
    const QModelIndex livelihood = m_model->index(2, 0);
    QCOMPARE(livelihood.siblingAtColumn(PlanTreeModel::ProgressColumn).data().toString(),
             QStringLiteral("0/1"));
    QVERIFY(!livelihood.data(BarRole).isValid());
    QCOMPARE(Status(livelihood.data(BarStatusRole).toInt()), Status::NoData);
    // A bound target's figure counts as reported but not in the mean.
    QVERIFY(m_store->addMeasurement(measurement(QStringLiteral("M1"), QDate(2024, 6, 30), 5.0),
                                    nullptr));
    QCOMPARE(m_model->rollup().reported(), 2);
    QCOMPARE(m_model->rollup().completion().value_or(-1), 0.9);
    QCOMPARE(m_model->index(0, PlanTreeModel::ProgressColumn).data().toString(),
             QStringLiteral("1/2"));
}

void TestPlanTreeModel::boundTargetsShowTheirGapNotACompletion()
{
    // M1 ≈6 % growth at 5.0 %: one point short, 0.5 past the ≈ tolerance.
    QVERIFY(m_store->addMeasurement(measurement(QStringLiteral("M1"), QDate(2024, 6, 30), 5.0),
                                    nullptr));
    const QModelIndex m1 =
        m_model->indexForIndicator(m_store->indicatorByCode(QStringLiteral("M1"))->id);
    QCOMPARE(statusOf(QStringLiteral("M1")), QStringLiteral("slightly_behind"));
    QVERIFY(!m1.data(ProgressRole).isValid());
    QVERIFY(!m1.data(BarMarkRole).isValid()); // no 序时进度 tick
    const QModelIndex completion = m1.siblingAtColumn(PlanTreeModel::ProgressColumn);
    QCOMPARE(completion.data().toString(), QStringLiteral("1 pp below"));
    QCOMPARE(completion.data(Qt::ToolTipRole).toString(),
             QStringLiteral("5%, 1 percentage points below the target"));
    // M2 ≤5.5 % within the cap.
    QVERIFY(m_store->addMeasurement(measurement(QStringLiteral("M2"), QDate(2024, 6, 30), 5.3),
                                    nullptr));
    const QModelIndex m2 =
        m_model->indexForIndicator(m_store->indicatorByCode(QStringLiteral("M2"))->id);
    QCOMPARE(m2.siblingAtColumn(PlanTreeModel::ProgressColumn).data().toString(),
             QStringLiteral("within cap"));
    QCOMPARE(m2.data(GapRole).toString(), QStringLiteral("5.3%, within the 5.5% cap"));
    // A count keeps its completion and its tick.
    QVERIFY(m_store->addMeasurement(measurement(QStringLiteral("A1.1.1"), QDate(2024, 6, 30), 250),
                                    nullptr));
    const QModelIndex count =
        m_model->indexForIndicator(m_store->indicatorByCode(QStringLiteral("A1.1.1"))->id);
    QCOMPARE(count.siblingAtColumn(PlanTreeModel::ProgressColumn).data().toString(),
             QStringLiteral("50%"));
    QVERIFY(count.data(BarMarkRole).isValid());
}

QTEST_GUILESS_MAIN(TestPlanTreeModel)
#include "tst_plantreemodel.moc"
