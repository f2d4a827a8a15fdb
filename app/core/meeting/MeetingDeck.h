#pragma once

#include "meeting/MeetingTypes.h"

#include <QString>

#include <vector>

namespace pd {

/// One slide of meeting mode: a part's summary, or one indicator.
struct MeetingSlide
{
    enum class Type
    {
        Part,
        Item
    };
    Type type = Type::Part;
    int part = 0;  ///< index into Meeting::parts
    int item = -1; ///< index into the items, -1 on a part slide
    QString key;   ///< stable across filters: "part:2", "item:417"
};

/// The order of meeting mode's slides: each part's summary, then that part's indicators in the
/// report's order. The behind-only filter keeps the indicators behind (slightly behind or
/// behind) and the parts that hold any.
class MeetingDeck
{
public:
    MeetingDeck() = default;
    MeetingDeck(const Meeting &meeting, std::vector<MeetingItem> items);

    const Meeting &meeting() const { return m_meeting; }
    const std::vector<MeetingItem> &items() const { return m_items; }
    /// Replaces an item's decision after an edit (or an undo) without rebuilding the slides.
    void updateItem(const MeetingItem &item);

    void setBehindOnly(bool behindOnly);
    bool behindOnly() const { return m_behindOnly; }

    const std::vector<MeetingSlide> &slides() const { return m_slides; }
    int count() const { return int(m_slides.size()); }
    /// The slide with that key; when the filter hides it, the next one shown (else the last).
    /// 0 for an unknown key.
    int indexOf(const QString &key) const;
    /// The summary slide of a part (an area by its number), or -1 when not in the deck.
    int partSlide(PlanPart part, int number = 0) const;
    /// The part's index into Meeting::parts when the meeting reviews it (whether or not the
    /// filter shows it), else -1: tells "hidden by the filter" from "not on the agenda".
    int meetingPart(PlanPart part, int number = 0) const;

    static QString partKey(int part);
    static QString itemKey(qint64 itemId);

private:
    void rebuild();

    Meeting m_meeting;
    std::vector<MeetingItem> m_items;
    std::vector<MeetingSlide> m_all; ///< every slide, unfiltered
    std::vector<MeetingSlide> m_slides;
    bool m_behindOnly = false;
};

} // namespace pd
