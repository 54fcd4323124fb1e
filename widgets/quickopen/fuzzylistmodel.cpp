#include "fuzzylistmodel.h"

#include <algorithm>

namespace Trellis::Widgets {

namespace {
// A match in the name beats the same match spread over a path.
constexpr int kTextMatchBonus = 50;
} // namespace

FuzzyListModel::FuzzyListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void FuzzyListModel::setEntries(std::vector<FuzzyEntry> entries)
{
    m_entries = std::move(entries);
    refilter(Candidates::AllEntries);
}

void FuzzyListModel::setPattern(const QString &pattern)
{
    FuzzyMatcher matcher(pattern);
    // After an empty pattern every entry is a candidate anyway.
    const bool refines = !m_matcher.isEmpty() && matcher.refines(m_matcher);
    m_matcher = std::move(matcher);
    refilter(refines ? Candidates::PreviousMatches : Candidates::AllEntries);
}

const FuzzyEntry &FuzzyListModel::entry(int row) const
{
    return m_entries.at(m_shown.at(row));
}

void FuzzyListModel::refilter(Candidates candidates)
{
    beginResetModel();
    m_shown.clear();
    if (m_matcher.isEmpty()) {
        for (int i = 0; i < int(m_entries.size()) && i < kMaximumShown; ++i)
            m_shown.push_back(i);
        endResetModel();
        return;
    }
    std::vector<int> previous;
    if (candidates == Candidates::PreviousMatches)
        previous = std::move(m_matching);
    m_matching.clear();
    std::vector<std::pair<int, int>> scored; // (score, entry)
    const auto consider = [this, &scored](int i) {
        const FuzzyEntry &e = m_entries[i];
        int score = m_matcher.score(e.text);
        if (score != FuzzyMatcher::kNoMatch)
            score += kTextMatchBonus;
        if (!e.key.isEmpty())
            score = std::max(score, m_matcher.score(e.key));
        if (score != FuzzyMatcher::kNoMatch) {
            scored.emplace_back(score, i);
            m_matching.push_back(i);
        }
    };
    if (candidates == Candidates::PreviousMatches) {
        for (const int i : previous)
            consider(i);
    } else {
        for (int i = 0; i < int(m_entries.size()); ++i)
            consider(i);
    }
    // A strict order (score, then length, then entry): the same matches rank the same whichever
    // candidates they were found among.
    const auto better = [this](const std::pair<int, int> &a, const std::pair<int, int> &b) {
        if (a.first != b.first)
            return a.first > b.first;
        const qsizetype lengthA = m_entries[a.second].text.size();
        const qsizetype lengthB = m_entries[b.second].text.size();
        return lengthA != lengthB ? lengthA < lengthB : a.second < b.second;
    };
    const auto shownEnd = scored.begin() + std::min<qsizetype>(scored.size(), kMaximumShown);
    std::partial_sort(scored.begin(), shownEnd, scored.end(), better);
    for (auto it = scored.begin(); it != shownEnd; ++it)
        m_shown.push_back(it->second);
    endResetModel();
}

int FuzzyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant FuzzyListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_shown.size()))
        return {};
    const FuzzyEntry &e = entry(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.text;
    case Qt::ToolTipRole:
    case DetailRole:
        return e.detail;
    case Qt::DecorationRole:
        return e.icon;
    case PayloadRole:
        return e.payload;
    default:
        return {};
    }
}

} // namespace Trellis::Widgets
