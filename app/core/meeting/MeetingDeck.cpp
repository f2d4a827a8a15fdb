#include "meeting/MeetingDeck.h"

#include <algorithm>

namespace pd {

MeetingDeck::MeetingDeck(const Meeting &meeting, std::vector<MeetingItem> items)
    : m_meeting(meeting), m_items(std::move(items))
{
    std::stable_sort(
        m_items.begin(), m_items.end(),
        [](const MeetingItem &a, const MeetingItem &b) { return a.position < b.position; });
    for (int p = 0; p < int(m_meeting.parts.size()); ++p) {
        bool opened = false;
        for (int i = 0; i < int(m_items.size()); ++i) {
            if (m_items[std::size_t(i)].part != p)
                continue;
            if (!opened) {
                m_all.push_back({MeetingSlide::Type::Part, p, -1, partKey(p)});
                opened = true;
            }
            m_all.push_back({MeetingSlide::Type::Item, p, i, itemKey(m_items[std::size_t(i)].id)});
        }
    }
    rebuild();
}

QString MeetingDeck::partKey(int part)
{
    return QStringLiteral("part:%1").arg(part);
}

QString MeetingDeck::itemKey(qint64 itemId)
{
    return QStringLiteral("item:%1").arg(itemId);
}

void MeetingDeck::updateItem(const MeetingItem &item)
{
    for (MeetingItem &own : m_items) {
        if (own.id == item.id)
            own.decision = item.decision;
    }
}

void MeetingDeck::setBehindOnly(bool behindOnly)
{
    if (behindOnly == m_behindOnly)
        return;
    m_behindOnly = behindOnly;
    rebuild();
}

void MeetingDeck::rebuild()
{
    m_slides.clear();
    for (std::size_t s = 0; s < m_all.size(); ++s) {
        const MeetingSlide &slide = m_all[s];
        if (!m_behindOnly) {
            m_slides.push_back(slide);
            continue;
        }
        if (slide.type == MeetingSlide::Type::Item) {
            if (m_items[std::size_t(slide.item)].isBehind())
                m_slides.push_back(slide);
            continue;
        }
        // A part's summary stays when any of its indicators does.
        for (std::size_t next = s + 1;
             next < m_all.size() && m_all[next].type == MeetingSlide::Type::Item; ++next) {
            if (m_items[std::size_t(m_all[next].item)].isBehind()) {
                m_slides.push_back(slide);
                break;
            }
        }
    }
}

int MeetingDeck::indexOf(const QString &key) const
{
    int at = -1;
    for (std::size_t s = 0; s < m_all.size(); ++s) {
        if (m_all[s].key == key)
            at = int(s);
    }
    if (at < 0 || m_slides.empty())
        return 0;
    // Walk the full order from the key onwards to the first slide the filter shows.
    for (std::size_t s = std::size_t(at); s < m_all.size(); ++s) {
        for (int i = 0; i < count(); ++i) {
            if (m_slides[std::size_t(i)].key == m_all[s].key)
                return i;
        }
    }
    return count() - 1;
}

int MeetingDeck::partSlide(PlanPart part, int number) const
{
    const int wanted = meetingPart(part, number);
    for (int i = 0; wanted >= 0 && i < count(); ++i) {
        const MeetingSlide &slide = m_slides[std::size_t(i)];
        if (slide.type == MeetingSlide::Type::Part && slide.part == wanted)
            return i;
    }
    return -1;
}

int MeetingDeck::meetingPart(PlanPart part, int number) const
{
    for (const MeetingSlide &slide : m_all) {
        if (slide.type != MeetingSlide::Type::Part)
            continue;
        const MeetingPart &p = m_meeting.parts[std::size_t(slide.part)];
        if (p.part == part && (part != PlanPart::Area || p.number == number))
            return slide.part;
    }
    return -1;
}

} // namespace pd
