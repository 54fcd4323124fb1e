#pragma once

#include <QString>
#include <QStringList>

namespace Trellis::Core {

// How far apart two words are, for "did you mean" suggestions on typos: the optimal string
// alignment distance (insertions, deletions, substitutions and swaps of neighbours). Pure.
class TextDistance
{
public:
    static int between(const QString &a, const QString &b);

    // The candidate closest to `typed` within `maxDistance` edits (ties: the first), or an empty
    // string when none is that close.
    static QString closest(const QString &typed, const QStringList &candidates, int maxDistance);

    // The edits a typo of this length may plausibly have: 1 up to 3 characters, 2 up to 6, then 3.
    static int allowedEdits(const QString &typed);
};

} // namespace Trellis::Core
