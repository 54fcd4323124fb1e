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

QChar lower(QChar c)
{
    // ASCII first: file names and dbt ids are nearly always ASCII, and toLower() is slower.
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= 'A' && u <= 'Z') ? QChar(u + ('a' - 'A')) : c;
    return c.toLower();
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

bool FuzzyMatcher::isSubsequence(QStringView candidate) const
{
    qsizetype p = 0;
    for (qsizetype i = 0; i < candidate.size() && p < m_pattern.size(); ++i) {
        if (lower(candidate[i]) == m_pattern[p])
            ++p;
    }
    return p == m_pattern.size();
}

int FuzzyMatcher::score(QStringView candidate) const
{
    if (m_pattern.isEmpty())
        return 0;
    // Most candidates fail this linear test, so the quadratic scoring runs on few of them.
    if (!isSubsequence(candidate))
        return kNoMatch;

    // m_current[j]: the best score with the pattern up to this character matched and this
    // character matched at j. `gapped` carries the best score of the previous row for any
    // earlier position, less the cost of the characters skipped since.
    const qsizetype n = candidate.size();
    m_previous.assign(n, kImpossible);
    m_current.assign(n, kImpossible);
    for (qsizetype i = 0; i < m_pattern.size(); ++i) {
        const QChar wanted = m_pattern[i];
        int gapped = kImpossible;
        for (qsizetype j = 0; j < n; ++j) {
            if (i > 0 && j > 0)
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
            const int consecutive = j > 0 ? m_previous[j - 1] + kConsecutiveBonus : kImpossible;
            const int best = std::max(gapped, consecutive);
            m_current[j] = best <= kImpossible / 2 ? kImpossible : best + here;
        }
        std::swap(m_previous, m_current);
    }
    const int best = *std::max_element(m_previous.begin(), m_previous.end());
    return best <= kImpossible / 2 ? kNoMatch : std::max(best, 0);
}

} // namespace Trellis::Widgets
