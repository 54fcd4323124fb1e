#pragma once

#include "widgets/quickopen/fuzzymatcher.h"

#include <QAbstractListModel>
#include <QIcon>
#include <QVariant>

#include <vector>

namespace Trellis::Widgets {

// One thing a fuzzy list can offer: a file, a dbt node, an action.
struct FuzzyEntry
{
    QString text; // what the user looks for (a file or node name, an action's label)
    QString detail; // where it lives (a path, a unique id, a shortcut), shown dimmed
    QString key; // also matched, when the text alone does not match (a relative path)
    QIcon icon;
    QVariant payload; // handed back when the entry is chosen
};

// The entries that match a pattern, best first, at most kMaximumShown of them. Matching the
// text counts more than matching the key, so a file's name wins over a folder of its path;
// equal scores keep the shorter text first. Filtering runs on every keystroke on the GUI thread:
// a pattern that refines the previous one (a character typed) scores only the entries the
// previous one matched, so a query typed into 30,000 entries costs a full pass only at its
// first character.
class FuzzyListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { DetailRole = Qt::UserRole + 1, PayloadRole };
    static constexpr int kMaximumShown = 200;

    explicit FuzzyListModel(QObject *parent = nullptr);

    void setEntries(std::vector<FuzzyEntry> entries);
    void setPattern(const QString &pattern);
    const FuzzyEntry &entry(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    enum class Candidates { AllEntries, PreviousMatches };

    void refilter(Candidates candidates);

    std::vector<FuzzyEntry> m_entries;
    FuzzyMatcher m_matcher{QString()};
    std::vector<int> m_matching; // indices into m_entries of every match of a non-empty pattern
    std::vector<int> m_shown; // indices into m_entries, ranked
};

} // namespace Trellis::Widgets
