#pragma once

#include "widgets/projecttree/projecttreefilter.h"
#include "widgets/projecttree/projecttreemodel.h"

#include <QWidget>

class QComboBox;
class QMenu;
class QLineEdit;
class QTreeView;

namespace Trellis::Widgets {

// The project dock's contents: a filter line, a choice between the folder view and the view by
// dbt group, and the tree, whose context menu opens, previews and shows the lineage of a node,
// reveals a file in the file manager, or copies a node's unique id. Opening, previewing and
// the lineage are requests for the window to carry out. GUI thread.
class ProjectExplorer : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectExplorer(QWidget *parent = nullptr);

    // As ProjectTreeModel::setProjects.
    void setProjects(const std::vector<ProjectListing> &projects,
                     std::shared_ptr<const Core::Manifest> manifest,
                     std::shared_ptr<const QHash<QString, QString>> nodeOfOwnFile);
    // Selects the file's row, expanding the folders above it, so the tree follows the editor.
    void reveal(const QString &path);
    QTreeView *treeView() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    // The menu for one row, as the context menu shows it (tests read its actions).
    QMenu *createContextMenu(const QModelIndex &index);

Q_SIGNALS:
    void openRequested(const QString &path);
    void previewRequested(const QString &uniqueId);
    void lineageRequested(const QString &uniqueId);

private:
    void expandProjects();

    ProjectTreeModel *m_model;
    ProjectTreeFilter *m_filter;
    QLineEdit *m_filterEdit;
    QComboBox *m_grouping;
    QTreeView *m_view;
    QString m_pendingReveal; // a file asked for before the tree held its row
};

} // namespace Trellis::Widgets
