#pragma once

#include "meeting/MeetingDeck.h"

#include <QPointer>
#include <QWidget>

#include <vector>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QUndoStack;

namespace pd {

class MeetingStore;
class OverviewChartView;
class TargetChartView;
class TrendChartView;

/// Meeting mode: a full-screen, keyboard-driven walk through one meeting's slides in large
/// type, readable on a projector: each part's status summary and completion chart, then one
/// slide per indicator with its frozen figures, charts and source sentence, and the fields
/// where the meeting's decision is typed. Every field is saved when the user leaves it (or
/// moves to another slide), through the undo stack; the position is kept in the meeting so
/// meeting mode resumes there.
///
/// Keys: → Space PageDown next; ← PageUp back; Home End; 1–9 an area; M main targets;
/// L livelihood projects; G government; B behind only; R marks reviewed, Shift+R removes the
/// mark; D or Enter the decision field (Enter or Esc back to the slide); Esc leaves. A key that
/// does nothing here says why in the status line under the slide.
///
/// Type is sized for 1080 lines and scales with the window's height.
class MeetingModeWindow : public QWidget
{
    Q_OBJECT
public:
    MeetingModeWindow(MeetingStore *store, QUndoStack *undoStack, qint64 meetingId,
                      QWidget *parent = nullptr);
    ~MeetingModeWindow() override;

    qint64 meetingId() const { return m_meetingId; }
    const MeetingDeck &deck() const { return m_deck; }
    int currentIndex() const { return m_index; }
    int slideCount() const { return m_deck.count(); }
    /// The slide shown, or null when the filter leaves none.
    const MeetingSlide *currentSlide() const;
    QString positionText() const; ///< "12 / 47"
    /// The status line: what the last key did or why it did nothing; empty after a move.
    QString statusText() const;

    void goTo(int index);
    void next();
    void previous();
    /// Shows only indicators behind (and their parts), staying on the slide shown if it can.
    void setBehindOnly(bool behindOnly);
    /// Jumps to a part's summary slide; false when the meeting does not review that part.
    bool jumpToPart(PlanPart part, int number = 0);
    /// Saves whatever is typed in the decision fields now.
    void commitFields();

signals:
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void showSlide();
    void showPart(const MeetingSlide &slide);
    void showItem(const MeetingSlide &slide);
    /// The task's half of an item slide: its words, state, 进展情况 and indicators.
    void showTask(const MeetingItem &item);
    /// The latest decision an earlier meeting took on what the item reviews, or empty.
    QString earlierDecisionText(const MeetingItem &item) const;
    void fillDecision(const MeetingItem &item);
    void onItemChanged(qint64 meetingId, qint64 itemId);
    void markReviewed(bool reviewed);
    void showStatus(const QString &text);
    void saveResumePosition();
    void focusSlide();
    const MeetingItem *currentItem() const;
    QFont scaledFont(double pixels, bool bold = false) const;
    /// Sets a font of that size at 1080 lines and keeps it to rescale on resize.
    void setScaledFont(QWidget *widget, double pixels, bool bold = false);
    static double scaleFor(int height);

    struct ScaledFont
    {
        QPointer<QWidget> widget;
        double pixels = 0;
        bool bold = false;
    };
    std::vector<ScaledFont> m_scaledFonts;

    QPointer<MeetingStore> m_store;
    QPointer<QUndoStack> m_undoStack;
    qint64 m_meetingId = 0;
    MeetingDeck m_deck;
    int m_index = 0;
    bool m_updating = false;
    bool m_ready = false;     ///< built: slides may be shown
    qint64 m_shownItemId = 0; ///< the item whose decision the fields hold
    double m_scale = 1;

    QLabel *m_meetingTitle = nullptr;
    QLabel *m_asOf = nullptr;
    QCheckBox *m_behindOnly = nullptr;
    QLabel *m_position = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_emptyText = nullptr;

    // The part slide.
    QWidget *m_partPage = nullptr;
    QLabel *m_partTitle = nullptr;
    QLabel *m_partSubtitle = nullptr;
    QList<QLabel *> m_partCounts;
    QLabel *m_partCompletion = nullptr;
    OverviewChartView *m_partChart = nullptr;

    // The indicator slide.
    QWidget *m_itemPage = nullptr;
    QLabel *m_itemPath = nullptr;
    QLabel *m_itemTitle = nullptr;
    QWidget *m_indicatorBody = nullptr; ///< the figures and charts of an indicator
    QList<QLabel *> m_figureCaptions;
    QList<QLabel *> m_figures; ///< target, actual, completion, expected, status
    TargetChartView *m_targetChart = nullptr;
    TrendChartView *m_trendChart = nullptr;
    QLabel *m_snippet = nullptr;
    QLabel *m_earlier = nullptr;
    QLabel *m_roundTexts = nullptr; ///< the latest round's 进展情况, 存在问题, 下步打算
    // A task slide's body, in place of the figures and charts.
    QWidget *m_taskBody = nullptr;
    QLabel *m_taskText = nullptr;       ///< the report's words
    QLabel *m_taskFacts = nullptr;      ///< status, deadline (逾期), units
    QLabel *m_taskIndicators = nullptr; ///< its indicators' statuses
    QLabel *m_taskProgress = nullptr;   ///< its 进展情况, the latest first
    QCheckBox *m_reviewed = nullptr;
    QLabel *m_decisionLabel = nullptr;
    QLineEdit *m_decision = nullptr;
    QLabel *m_unitLabel = nullptr;
    QLineEdit *m_unit = nullptr;
    QLabel *m_deadlineLabel = nullptr;
    QDateEdit *m_deadline = nullptr;
    QLabel *m_error = nullptr;

    QLabel *m_statusLine = nullptr;
    QLabel *m_keys = nullptr;
};

} // namespace pd
