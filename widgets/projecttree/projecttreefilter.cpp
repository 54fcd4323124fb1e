#include "projecttreefilter.h"

#include <QStandardItemModel>

namespace Trellis::Widgets {

ProjectTreeFilter::ProjectTreeFilter(QStandardItemModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setRecursiveFilteringEnabled(true);
    // Connected before setSourceModel() connects the proxy's own handlers: the matches must be
    // up to date by the time the proxy filters the rows that changed.
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        m_matching.clear();
        matchSubtree(m_source->invisibleRootItem());
    });
    connect(source, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                for (int row = first; row <= last; ++row)
                    matchSubtree(itemOf(parent, row));
            });
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &parent, int first, int last) {
                for (int row = first; row <= last; ++row)
                    forgetSubtree(itemOf(parent, row));
            });
    connect(source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                    const QStandardItem *item = itemOf(topLeft.parent(), row);
                    if (nameMatches(item))
                        m_matching.insert(item);
                    else
                        m_matching.remove(item);
                }
            });
    setSourceModel(source);
}

void ProjectTreeFilter::setPattern(const QString &pattern)
{
    // A name that contains the new pattern contains every piece of it, so when the new pattern
    // holds the previous one, only the names that matched before can match now.
    const bool narrowing = !m_pattern.isEmpty() && pattern.contains(m_pattern);
    m_pattern = pattern;
    m_expression = QRegularExpression(QRegularExpression::escape(pattern),
                                      QRegularExpression::CaseInsensitiveOption);
    if (narrowing) {
        m_matching.removeIf([this](const QStandardItem *item) { return !nameMatches(item); });
    } else {
        m_matching.clear();
        matchSubtree(m_source->invisibleRootItem());
    }
    invalidateFilter();
}

bool ProjectTreeFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return m_pattern.isEmpty() || m_matching.contains(itemOf(sourceParent, sourceRow));
}

bool ProjectTreeFilter::nameMatches(const QStandardItem *item) const
{
    // The test setFilterFixedString's proxy makes, so the rows shown stay the same.
    return !m_pattern.isEmpty() && item->text().contains(m_expression);
}

void ProjectTreeFilter::matchSubtree(const QStandardItem *item)
{
    if (m_pattern.isEmpty())
        return; // every row shows; the matches are made when a pattern comes
    if (nameMatches(item))
        m_matching.insert(item);
    for (int row = 0; row < item->rowCount(); ++row)
        matchSubtree(item->child(row));
}

void ProjectTreeFilter::forgetSubtree(const QStandardItem *item)
{
    m_matching.remove(item);
    for (int row = 0; row < item->rowCount(); ++row)
        forgetSubtree(item->child(row));
}

const QStandardItem *ProjectTreeFilter::itemOf(const QModelIndex &sourceParent, int row) const
{
    const QStandardItem *parent = sourceParent.isValid() ? m_source->itemFromIndex(sourceParent)
                                                         : m_source->invisibleRootItem();
    return parent->child(row);
}

} // namespace Trellis::Widgets
