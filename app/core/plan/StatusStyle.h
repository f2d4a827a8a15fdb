#pragma once

#include "plan/PlanTypes.h"

#include <QColor>
#include <QString>

namespace pd {

/// The one colour, symbol and label of each status, used alike by the tree, the charts and the
/// printed sheets, so that a black-and-white printout still tells the statuses apart.
class StatusStyle
{
public:
    static QColor color(Status status);
    static QColor lightColor(Status status); ///< a pale fill for chips and table cells
    static QString symbol(Status status);
    static QString label(Status status); ///< translated: 已完成, 正常推进…
    /// Statuses in the order they are listed everywhere (best first, no data last).
    static constexpr Status all[] = {Status::Done, Status::OnTrack, Status::SlightlyBehind,
                                     Status::Behind, Status::NoData};
};

} // namespace pd
