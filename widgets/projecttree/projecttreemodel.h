#pragma once

#include <QHash>
#include <QStandardItemModel>
#include <QStringList>

#include <memory>
#include <vector>

namespace Trellis::Core {
class Manifest;
}

namespace Trellis::Widgets {

// What the project tree shows of one project: its name, root and files (relative paths).
struct ProjectListing
{
    QString name;
    QString rootPath;
    QStringList files;
};

// The workspace as a tree: projects at the top, then their folders and files, or — grouped by
// dbt group — projects, their groups and the models of each. Each file item carries its
// absolute path in FilePathRole and, when it defines a dbt node, the node's unique id in
// UniqueIdRole and an icon for its resource type and access. Rebuilt as a whole from listings
// made off the GUI thread; lives on the GUI thread.
class ProjectTreeModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Role { FilePathRole = Qt::UserRole + 1, IsProjectRole, UniqueIdRole, ResourceTypeRole };
    enum class Grouping { ByFolder, ByGroup };

    explicit ProjectTreeModel(QObject *parent = nullptr);

    // The manifest is optional (null: files only, by folder).
    void setProjects(const std::vector<ProjectListing> &projects,
                     std::shared_ptr<const Core::Manifest> manifest = nullptr);
    void setGrouping(Grouping grouping);
    QModelIndex indexOfFile(const QString &absolutePath) const;

private:
    void rebuild();
    void addFolders(const ProjectListing &project, QStandardItem *projectItem);
    void addGroups(const ProjectListing &project, QStandardItem *projectItem);
    void describeNode(QStandardItem *item, const QString &path) const;

    std::vector<ProjectListing> m_projects;
    std::shared_ptr<const Core::Manifest> m_manifest;
    QHash<QString, qsizetype> m_nodeOfFile; // absolute path -> index into m_manifest->nodes
    Grouping m_grouping = Grouping::ByFolder;
};

} // namespace Trellis::Widgets
