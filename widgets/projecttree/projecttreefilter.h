#pragma once

#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>

class QStandardItem;
class QStandardItemModel;

namespace Trellis::Widgets {

// The project tree as the explorer's filter box narrows it: the rows whose name contains the
// pattern, ignoring case, with the folders above them (recursive filtering). The same rows as
// QSortFilterProxyModel::setFilterFixedString, but fast enough for every keystroke on a mesh of
// 10,000 models: it remembers which items' names matched, so a pattern that holds the previous
// one (a character typed) tests only the previous matches, and the proxy's own pass over the
// tree is a set look-up per row instead of a regular expression. Follows the source model's
// inserted, removed and changed rows, so it stays right while the model fills in slices. Does
// not own the source model. GUI thread.
class ProjectTreeFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    ProjectTreeFilter(QStandardItemModel *source, QObject *parent = nullptr);

    // An empty pattern shows every row.
    void setPattern(const QString &pattern);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool nameMatches(const QStandardItem *item) const;
    void matchSubtree(const QStandardItem *item);
    void forgetSubtree(const QStandardItem *item);
    const QStandardItem *itemOf(const QModelIndex &sourceParent, int row) const;

    QStandardItemModel *m_source;
    QString m_pattern;
    QRegularExpression m_expression; // the pattern as setFilterFixedString makes it
    QSet<const QStandardItem *> m_matching; // items whose own name contains the pattern
};

} // namespace Trellis::Widgets
