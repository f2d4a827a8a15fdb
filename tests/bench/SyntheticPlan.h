#pragma once

#include <QString>

namespace pd::bench {

/// Makes a data file of a province's size in the app's own schema, through the store: areas ×
/// sections of indicators (counts, levels, growth rates and caps in turn), monthly figures for
/// each, and an audit row per figure, as the window would have written them.
class SyntheticPlan
{
public:
    struct Size
    {
        int indicators = 50000;
        int figuresPerIndicator = 20;
        int sectionsPerArea = 25;
    };

    /// Writes the file (replacing one that is there); false with a message on an error.
    static bool write(const QString &path, const Size &size, QString *error);
};

} // namespace pd::bench
