#include "main/UnitsDialog.h"

#include "store/PlanStore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd {

namespace {
enum Column
{
    NameColumn,
    ShortNameColumn,
    ContactColumn,
    ColumnCount
};
} // namespace

UnitsDialog::UnitsDialog(PlanStore *store, QWidget *parent) : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("Responsible Units"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("The units that lead (牵头) or help with (配合) the plan's work. The lead-unit fields "
           "complete from this list, and File → Export Sheets… writes a workbook for each."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("unitsTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Short name"), tr("Contact")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ShortNameColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ContactColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    layout->addWidget(m_table, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("unitsMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addUnitButton"));
    auto *inUse = new QPushButton(tr("Add Units &Named in the Plan"), this);
    inUse->setObjectName(QStringLiteral("addUnitsInUseButton"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeUnitButton"));
    m_remove->setShortcut(QKeySequence::Delete);
    buttons->addWidget(add);
    buttons->addWidget(inUse);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add Unit"), tr("Name of the unit:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok)
            addUnit(name);
    });
    connect(inUse, &QPushButton::clicked, this, &UnitsDialog::addUnitsInUse);
    connect(m_remove, &QPushButton::clicked, this, &UnitsDialog::removeSelected);
    connect(m_table, &QTableWidget::cellChanged, this, &UnitsDialog::commitCell);
    connect(m_store, &PlanStore::unitsChanged, this, &UnitsDialog::reload);
    resize(760, 480);
    reload();
}

QString UnitsDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void UnitsDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void UnitsDialog::reload()
{
    QString error;
    m_units = m_store->units(&error);
    showMessage(error);
    m_filling = true;
    m_table->setRowCount(int(m_units.size()));
    for (int row = 0; row < int(m_units.size()); ++row) {
        const ResponsibleUnit &unit = m_units[row];
        const QString cells[ColumnCount] = {unit.name, unit.shortName, unit.contact};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_filling = false;
    m_remove->setEnabled(!m_units.empty());
}

void UnitsDialog::commitCell(int row, int column)
{
    if (m_filling || row < 0 || row >= int(m_units.size()))
        return;
    ResponsibleUnit unit = m_units[row];
    const QString value = m_table->item(row, column)->text();
    (column == NameColumn        ? unit.name
     : column == ShortNameColumn ? unit.shortName
                                 : unit.contact) = value;
    QString error;
    if (!m_store->updateUnit(unit, &error)) {
        showMessage(error);
        reload(); // the cell shows what is saved, not the refused text
        showMessage(error);
        return;
    }
    showMessage({});
}

bool UnitsDialog::addUnit(const QString &name)
{
    ResponsibleUnit unit;
    unit.name = name;
    QString error;
    if (!m_store->addUnit(unit, &error)) {
        showMessage(error);
        return false;
    }
    showMessage({});
    m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
    return true;
}

void UnitsDialog::addUnitsInUse()
{
    QString error;
    QStringList names;
    for (const Indicator &indicator : m_store->indicators(&error)) {
        names << indicator.leadUnit;
        names << indicator.coUnits.split(QRegularExpression(QStringLiteral("[、，,；;]")),
                                         Qt::SkipEmptyParts);
    }
    if (error.isEmpty())
        m_store->ensureUnits(names, &error);
    showMessage(error);
}

void UnitsDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_units.size()))
        return;
    QString error;
    if (!m_store->removeUnit(m_units[row].id, &error))
        showMessage(error);
    else
        showMessage({});
}

} // namespace pd
