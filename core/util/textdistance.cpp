#include "textdistance.h"

#include <algorithm>
#include <vector>

namespace Trellis::Core {

int TextDistance::between(const QString &a, const QString &b)
{
    // Three rolling rows: the swap rule looks two rows back.
    const size_t width = size_t(b.size()) + 1;
    std::vector<int> beforePrevious(width), previous(width), current(width);
    for (size_t j = 0; j < width; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const size_t k = size_t(j);
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[k] = std::min({previous[k] + 1, current[k - 1] + 1, previous[k - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                current[k] = std::min(current[k], beforePrevious[k - 2] + 1);
        }
        std::swap(beforePrevious, previous);
        std::swap(previous, current);
    }
    return previous.back();
}

QString TextDistance::closest(const QString &typed, const QStringList &candidates, int maxDistance)
{
    QString best;
    int bestDistance = maxDistance + 1;
    for (const QString &candidate : candidates) {
        // Words whose lengths differ by more than the budget cannot be close enough.
        if (std::abs(candidate.size() - typed.size()) >= bestDistance)
            continue;
        const int distance = between(typed, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

int TextDistance::allowedEdits(const QString &typed)
{
    return typed.size() <= 3 ? 1 : typed.size() <= 6 ? 2 : 3;
}

} // namespace Trellis::Core
