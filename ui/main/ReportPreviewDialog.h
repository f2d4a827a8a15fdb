#pragma once

#include "parse/ImportPreview.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace pd {

/// Shows what importing a report will create before anything is written: the tree of parts,
/// areas, sections and projects, every indicator with its target and the report's words, the
/// counts per part and the warnings to check. Unticking an indicator (or a whole group) leaves it
/// out; planToCreate() is the plan to create. The counts and warnings come from ImportPreview, as
/// the import-report command prints them.
class ReportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    /// fileName is the report's, shown in the title.
    ReportPreviewDialog(ParsedPlan plan, const QString &fileName, QWidget *parent = nullptr);

    const ImportPreview &preview() const { return m_preview; }
    /// The plan without the unticked indicators.
    ParsedPlan planToCreate() const { return m_preview.result(); }

private:
    void fillTree();
    void itemChanged(QTreeWidgetItem *item);
    void updateSummary();

    ImportPreview m_preview;
    QLabel *m_heading = nullptr;
    QLabel *m_counts = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_snippet = nullptr;
    QLabel *m_warningsTitle = nullptr;
    QListWidget *m_warnings = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pd
