#pragma once

#include "document/OfflineCopy.h"

#include <QList>
#include <QObject>

#include <optional>

class QAction;

namespace pd {

class MainWindow;

/// A laptop for a meeting without network: File → Take Offline Copy… writes a data file of
/// everything open now (plan, figures, tasks, meetings) and offers to open it; in that copy,
/// File → Send Meeting Decisions… sends what the meeting decided back to the data it was taken
/// from, after showing what goes, what is already there and what was changed there meanwhile
/// (not sent). The window places the actions.
class OfflineCopyController : public QObject
{
    Q_OBJECT
public:
    explicit OfflineCopyController(MainWindow *window);

    QList<QAction *> fileActions() const { return {m_takeAction, m_sendAction}; }

    /// Writes the copy of the open data to path.
    bool takeCopy(const QString &path, QString *error);
    /// Where the open file was copied from (empty when it is no offline copy).
    QString source() const;
    /// What the open copy would send (send false), or sends it: against the data it came from,
    /// or against target when given.
    std::optional<OfflineCopy::Outcome> sendDecisions(bool send, QString *error,
                                                      const QString &target = {});

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateEnabled();
    void takeCopyDialog();
    void sendDecisionsDialog();

    MainWindow *m_window;
    QAction *m_takeAction;
    QAction *m_sendAction;
};

} // namespace pd
