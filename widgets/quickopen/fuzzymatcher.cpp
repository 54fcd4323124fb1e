#include "fuzzymatcher.h"

#include <algorithm>
#include <limits>

namespace Trellis::Widgets {

namespace {

constexpr int kMatch = 16;
constexpr int kStartBonus = 40;
constexpr int kSeparatorBonus = 30;
constexpr int kCaseChangeBonus = 24;
constexpr int kConsecutiveBonus = 20;
constexpr int kGapCost = 1;
constexpr int kLeadingGapCostLimit = 12;
constexpr int kImpossible = std::numeric_limits<int>::min() / 2;

// Out of line, so that lower() stays small enough to inline into the matching loops.
QChar lowerOutsideAscii(QChar c)
{
    return c.toLower();
}

inline QChar lower(QChar c)
{
    // ASCII inline: file names and dbt ids are nearly always ASCII, and toLower() is slower.
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= 'A' && u <= 'Z') ? QChar(u + ('a' - 'A')) : c;
    return lowerOutsideAscii(c);
}

bool isSeparator(QChar c)
{
    return c == QLatin1Char('/') || c == QLatin1Char('_') || c == QLatin1Char('.')
        || c == QLatin1Char('-') || c == QLatin1Char(' ') || c == QLatin1Char('\\');
}

int positionBonus(QStringView candidate, qsizetype at)
{
    if (at == 0)
        return kStartBonus;
    const QChar before = candidate[at - 1];
    if (isSeparator(before))
        return kSeparatorBonus;
    if (before.isLower() && candidate[at].isUpper())
        return kCaseChangeBonus;
    return 0;
}

} // namespace

FuzzyMatcher::FuzzyMatcher(const QString &pattern)
{
    m_pattern.reserve(pattern.size());
    for (QChar c : pattern) {
        if (!c.isSpace())
            m_pattern.append(lower(c));
    }
}

bool FuzzyMatcher::refines(const FuzzyMatcher &previous) const
{
    // Both patterns are already lower case, so exact characters compare here.
    qsizetype p = 0;
    for (qsizetype i = 0; i < m_pattern.size() && p < previous.m_pattern.size(); ++i) {
        if (m_pattern[i] == previous.m_pattern[p])
            ++p;
    }
    return p == previous.m_pattern.size();
}

int FuzzyMatcher::score(QStringView candidate) const
{
    if (m_pattern.isEmpty())
        return 0;
    const qsizetype n = candidate.size();
    const qsizetype m = m_pattern.size();
    // The earliest place of each pattern character, matching greedily. Most candidates fail
    // this linear scan, so the scoring table runs on few of them.
    m_earliest.resize(m);
    qsizetype matched = 0;
    for (qsizetype j = 0; j < n && matched < m; ++j) {
        if (lower(candidate[j]) == m_pattern[matched])
            m_earliest[matched++] = j;
    }
    if (matched < m)
        return kNoMatch;

    // ... and the latest, matching greedily from the end.
    m_latest.resize(m);
    for (qsizetype j = n - 1, unplaced = m; unplaced > 0; --j) {
        if (lower(candidate[j]) == m_pattern[unplaced - 1])
            m_latest[--unplaced] = j;
    }

    // m_current[j]: the best score with the pattern up to this character matched and this
    // character matched at j. `gapped` carries the best score of the previous row for any
    // earlier position, less the cost of the characters skipped since. Every match of the
    // whole pattern puts character i between its earliest and latest places, so a row is
    // scored from where the row above can first hold a score to its own latest place; the
    // cells past that could only score matches that cannot be completed, so they count as
    // impossible for the row below. Results are those of the full table.
    m_previous.resize(n);
    m_current.resize(n);
    qsizetype from = 0;
    for (qsizetype i = 0; i < m; ++i) {
        from = i == 0 ? m_earliest[0] : m_earliest[i - 1] + 1;
        const qsizetype to = m_latest[i];
        const QChar wanted = m_pattern[i];
        int gapped = kImpossible;
        for (qsizetype j = from; j <= to; ++j) {
            if (i > 0)
                gapped = std::max(gapped - kGapCost, m_previous[j - 1]);
            if (lower(candidate[j]) != wanted) {
                m_current[j] = kImpossible;
                continue;
            }
            const int here = kMatch + positionBonus(candidate, j);
            if (i == 0) {
                m_current[j] = here - int(std::min<qsizetype>(j, kLeadingGapCostLimit)) * kGapCost;
                continue;
            }
            const int consecutive = m_previous[j - 1] + kConsecutiveBonus;
            const int best = std::max(gapped, consecutive);
            m_current[j] = best <= kImpossible / 2 ? kImpossible : best + here;
        }
        if (i + 1 < m)
            std::fill(m_current.begin() + to + 1, m_current.begin() + m_latest[i + 1], kImpossible);
        std::swap(m_previous, m_current);
    }
    const int best
        = *std::max_element(m_previous.begin() + from, m_previous.begin() + m_latest[m - 1] + 1);
    return best <= kImpossible / 2 ? kNoMatch : std::max(best, 0);
}

} // namespace Trellis::Widgets
