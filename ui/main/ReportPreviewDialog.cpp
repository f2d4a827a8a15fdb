#include "main/ReportPreviewDialog.h"

#include "plan/PlanText.h"
#include "plan/ProgressText.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace pd {

namespace {

/// Where an indicator item keeps its index into the parsed plan's indicators (-1 on groups).
constexpr int ItemRole = Qt::UserRole + 1;

} // namespace

ReportPreviewDialog::ReportPreviewDialog(ParsedPlan plan, const QString &fileName, QWidget *parent)
    : QDialog(parent), m_preview(std::move(plan))
{
    setObjectName(QStringLiteral("reportPreviewDialog"));
    setWindowTitle(tr("Import Preview: %1").arg(QFileInfo(fileName).fileName()));

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("previewHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setText(m_preview.plan().info.title);

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("previewCounts"));
    m_counts->setTextFormat(Qt::PlainText);
    m_counts->setWordWrap(true);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("previewTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Part, area or indicator"), tr("Target"), tr("Report text")});
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);

    m_snippet = new QLabel(this);
    m_snippet->setObjectName(QStringLiteral("previewSnippet"));
    m_snippet->setTextFormat(Qt::PlainText);
    m_snippet->setWordWrap(true);
    m_snippet->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_warningsTitle = new QLabel(this);
    m_warnings = new QListWidget(this);
    m_warnings->setObjectName(QStringLiteral("previewWarnings"));
    m_warnings->setWordWrap(true);
    m_warningsTitle->setBuddy(m_warnings);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("previewButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create Data File…"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("previewCreate"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_tree, 1);
    topLayout->addWidget(m_snippet);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_warningsTitle);
    bottomLayout->addWidget(m_warnings);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_counts);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);

    fillTree();
    updateSummary();
    connect(m_tree, &QTreeWidget::itemChanged, this,
            [this](QTreeWidgetItem *item) { itemChanged(item); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const int index = item ? item->data(0, ItemRole).toInt() : -1;
        m_snippet->setText(index >= 0 ? m_preview.plan().indicators[index].indicator.snippet
                                      : QString());
    });
    resize(900, 680);
    m_tree->setFocus();
}

void ReportPreviewDialog::fillTree()
{
    const ParsedPlan &plan = m_preview.plan();
    std::vector<QTreeWidgetItem *> items(plan.nodes.size(), nullptr);
    for (size_t i = 0; i < plan.nodes.size(); ++i) {
        const ParsedPlan::Node &node = plan.nodes[i];
        PlanNode shown;
        shown.kind = node.kind;
        shown.ordinal = node.ordinal;
        shown.title = node.title;
        QTreeWidgetItem *item = node.parent >= 0 && items[node.parent]
                                    ? new QTreeWidgetItem(items[node.parent])
                                    : new QTreeWidgetItem(m_tree);
        item->setText(0, PlanText::nodeLabel(shown));
        item->setToolTip(0, node.title);
        item->setData(0, ItemRole, -1);
        items[i] = item;
    }
    for (size_t k = 0; k < plan.indicators.size(); ++k) {
        const ParsedPlan::Item &entry = plan.indicators[k];
        const Indicator &ind = entry.indicator;
        QTreeWidgetItem *parent = entry.node >= 0 ? items[entry.node] : nullptr;
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, ind.code + QLatin1Char(' ') + ind.name);
        QString target = PlanText::target(ind);
        if (ind.stretchTarget)
            target += QStringLiteral(" · ") +
                      tr("stretch %1%2").arg(ProgressText::number(*ind.stretchTarget), ind.unit);
        item->setText(1, target);
        item->setText(2, ind.snippet);
        item->setToolTip(2, ind.snippet);
        item->setData(0, ItemRole, int(k));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Checked);
    }
    // A group with indicators under it ticks or unticks them all at once.
    std::vector<bool> holds(plan.nodes.size(), false);
    for (const ParsedPlan::Item &entry : plan.indicators) {
        for (int n = entry.node; n >= 0 && !holds[n]; n = plan.nodes[n].parent)
            holds[n] = true;
    }
    for (size_t i = 0; i < items.size(); ++i) {
        if (!holds[i])
            continue;
        items[i]->setFlags(items[i]->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        items[i]->setCheckState(0, Qt::Checked);
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(1);
    m_tree->setColumnWidth(0, 360);
}

void ReportPreviewDialog::itemChanged(QTreeWidgetItem *item)
{
    const int index = item->data(0, ItemRole).toInt();
    if (index < 0)
        return;
    const bool included = item->checkState(0) == Qt::Checked;
    if (included == m_preview.isIncluded(index))
        return;
    m_preview.setIncluded(index, included);
    updateSummary();
}

void ReportPreviewDialog::updateSummary()
{
    m_counts->setText(m_preview.countLines().join(QStringLiteral(" · ")));
    const QStringList warnings = m_preview.warningLines();
    m_warningsTitle->setText(tr("&Warnings (%1)").arg(warnings.size()));
    m_warnings->clear();
    if (warnings.isEmpty())
        m_warnings->addItem(tr("Nothing to check."));
    else
        m_warnings->addItems(warnings);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_preview.counts().indicators > 0 || !m_preview.plan().nodes.empty());
}

} // namespace pd
