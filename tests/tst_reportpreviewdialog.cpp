#include "main/ReportPreviewDialog.h"
#include "parse/ReportParser.h"
#include "TestSupport.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace pd;

class TestReportPreviewDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTreeCountsSnippetsAndWarnings();
    void untickedIndicatorsAreLeftOut();
    void escapeCancels();

private:
    QTreeWidgetItem *item(const QString &startsWith) const;
    QString counts() const
    {
        return m_dialog->findChild<QLabel *>(QStringLiteral("previewCounts"))->text();
    }
    QListWidget *warnings() const
    {
        return m_dialog->findChild<QListWidget *>(QStringLiteral("previewWarnings"));
    }

    std::unique_ptr<ReportPreviewDialog> m_dialog;
    QTreeWidget *m_tree = nullptr;
};

void TestReportPreviewDialog::init()
{
    ParsedPlan plan;
    QString error;
    QVERIFY2(
        ReportParser().parseFile(test::dataPath(QStringLiteral("xizang-2025.txt")), &plan, &error),
        qPrintable(error));
    m_dialog = std::make_unique<ReportPreviewDialog>(plan, QStringLiteral("/tmp/xizang-2025.txt"));
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_tree = m_dialog->findChild<QTreeWidget *>(QStringLiteral("previewTree"));
    QVERIFY(m_tree);
}

void TestReportPreviewDialog::cleanup()
{
    m_dialog.reset();
}

QTreeWidgetItem *TestReportPreviewDialog::item(const QString &startsWith) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->text(0).startsWith(startsWith))
            return *it;
    }
    return nullptr;
}

void TestReportPreviewDialog::showsTreeCountsSnippetsAndWarnings()
{
    QVERIFY(m_dialog->windowTitle().contains(QStringLiteral("xizang-2025.txt")));
    QCOMPARE(m_dialog->findChild<QLabel *>(QStringLiteral("previewHeading"))->text(),
             QString::fromUtf8("西藏自治区2025年政府工作报告"));
    QVERIFY2(counts().contains(QStringLiteral("Main targets: 8")), qPrintable(counts()));
    QVERIFY(counts().contains(QStringLiteral("Work areas: 9")));
    // The tree to be created: the main targets, the nine areas and their sections.
    QCOMPARE(m_tree->topLevelItemCount(), 10);
    QTreeWidgetItem *m1 = item(QStringLiteral("M1 "));
    QVERIFY(m1);
    QCOMPARE(m1->parent(), m_tree->topLevelItem(0));
    QCOMPARE(m1->checkState(0), Qt::Checked);
    QVERIFY(m1->text(1).contains(QStringLiteral("7%")));
    QVERIFY2(m1->text(1).contains(QStringLiteral("8%")), qPrintable(m1->text(1))); // 力争
    QCOMPARE(m1->text(2), QString::fromUtf8("地区生产总值增长7%以上、力争达到8%"));
    // The selected indicator's words are shown in full under the tree.
    m_tree->setCurrentItem(m1);
    QCOMPARE(m_dialog->findChild<QLabel *>(QStringLiteral("previewSnippet"))->text(), m1->text(2));
    // Areas without a figure and the unlisted 民生实事 are flagged.
    QCOMPARE(warnings()->count(), 4);
    QVERIFY(warnings()->item(0)->text().contains(QString::fromUtf8("坚决维护社会和谐稳定")));
}

void TestReportPreviewDialog::untickedIndicatorsAreLeftOut()
{
    // Space on an indicator unticks it; the counts follow.
    QTreeWidgetItem *m1 = item(QStringLiteral("M1 "));
    m_tree->setFocus();
    m_tree->setCurrentItem(m1);
    QTest::keyClick(m_tree, Qt::Key_Space);
    QCOMPARE(m1->checkState(0), Qt::Unchecked);
    QVERIFY2(counts().contains(QStringLiteral("Main targets: 7")), qPrintable(counts()));
    QCOMPARE(m_tree->topLevelItem(0)->checkState(0), Qt::PartiallyChecked);

    // Space on a group ticks all its indicators (it was partly ticked), again unticks them all:
    // no main targets are left, and a warning says so.
    m_tree->setCurrentItem(m_tree->topLevelItem(0));
    QTest::keyClick(m_tree, Qt::Key_Space);
    QVERIFY2(counts().contains(QStringLiteral("Main targets: 8")), qPrintable(counts()));
    QCOMPARE(m1->checkState(0), Qt::Checked);
    QTest::keyClick(m_tree, Qt::Key_Space);
    QVERIFY2(counts().contains(QStringLiteral("Main targets: 0")), qPrintable(counts()));
    QCOMPARE(m1->checkState(0), Qt::Unchecked);
    QCOMPARE(warnings()
                 ->findItems(QStringLiteral("No main expected targets"), Qt::MatchStartsWith)
                 .size(),
             1);
    QTest::keyClick(m_tree, Qt::Key_Space); // all back
    QVERIFY(counts().contains(QStringLiteral("Main targets: 8")));
    QCOMPARE(m1->checkState(0), Qt::Checked);

    // Untick one area indicator with the mouse, on its check box.
    QTreeWidgetItem *investment = item(QStringLiteral("A3.1.1 "));
    QVERIFY(investment);
    m_tree->scrollToItem(investment);
    const QRect rect = m_tree->visualItemRect(investment);
    QStyleOptionViewItem option;
    option.initFrom(m_tree);
    option.rect = rect;
    option.features = QStyleOptionViewItem::HasCheckIndicator;
    const QRect box =
        m_tree->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, m_tree);
    QTest::mouseClick(m_tree->viewport(), Qt::LeftButton, {}, box.center());
    QCOMPARE(investment->checkState(0), Qt::Unchecked);

    // Create: the plan holds every indicator but the one left out, codes as shown.
    m_tree->setCurrentItem(m1);
    QTest::keyClick(m_tree, Qt::Key_Space);
    auto *create = m_dialog->findChild<QPushButton *>(QStringLiteral("previewCreate"));
    QVERIFY(create && create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const ParsedPlan plan = m_dialog->planToCreate();
    QCOMPARE(plan.indicators.size(), m_dialog->preview().plan().indicators.size() - 2);
    for (const ParsedPlan::Item &i : plan.indicators) {
        QVERIFY(i.indicator.code != QStringLiteral("M1"));
        QVERIFY(i.indicator.code != QStringLiteral("A3.1.1"));
    }
    QCOMPARE(plan.indicators.front().indicator.code, QStringLiteral("M2"));
}

void TestReportPreviewDialog::escapeCancels()
{
    QTest::keyClick(m_tree, Qt::Key_Escape);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestReportPreviewDialog)
#include "tst_reportpreviewdialog.moc"
