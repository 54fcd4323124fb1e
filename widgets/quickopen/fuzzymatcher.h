#pragma once

#include <QString>

#include <vector>

namespace Trellis::Widgets {

// Scores how well a typed pattern matches a candidate, as editors' quick-open lists do: every
// character of the pattern must appear in the candidate in order, ignoring case; a match at
// the start, after a separator (/ _ . - space) or at a lower-to-upper case change scores more,
// runs of consecutive matches score more, and skipped characters cost a little. So "dmem"
// ranks dim_members above admin_menu_items. Reuses its buffers between calls, so one matcher
// serves one thread.
class FuzzyMatcher
{
public:
    static constexpr int kNoMatch = -1;

    explicit FuzzyMatcher(const QString &pattern);

    bool isEmpty() const { return m_pattern.isEmpty(); }
    // Whether every candidate this matches is sure to have matched `previous` too: true when
    // previous's pattern is a subsequence of this one's, as after typing more characters, since
    // a candidate holding this pattern in order then holds previous's in order as well.
    bool refines(const FuzzyMatcher &previous) const;
    // kNoMatch, or a score (higher is better).
    int score(QStringView candidate) const;

private:
    QString m_pattern; // lower case
    mutable std::vector<qsizetype> m_earliest; // per pattern character, in the candidate
    mutable std::vector<qsizetype> m_latest;
    mutable std::vector<int> m_previous;
    mutable std::vector<int> m_current;
};

} // namespace Trellis::Widgets
