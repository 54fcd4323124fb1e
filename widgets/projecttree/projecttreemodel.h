#pragma once

#include <QHash>
#include <QStandardItemModel>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <vector>

namespace Trellis::Core {
class Manifest;
}

namespace Trellis::Widgets {

// What the project tree shows of one project: its name, root and files (relative paths, in the
// order a file manager shows them: WorkspaceScanner::sortAsFileManager).
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
// made off the GUI thread; lives on the GUI thread, which a mesh's 30,000 files would hold for
// 0.1 s: files beyond the first few thousand are added in slices between events, and
// populated() says when the tree is whole.
class ProjectTreeModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Role { FilePathRole = Qt::UserRole + 1, IsProjectRole, UniqueIdRole, ResourceTypeRole };
    enum class Grouping { ByFolder, ByGroup };

    explicit ProjectTreeModel(QObject *parent = nullptr);

    // The manifest is optional (null: files only, by folder); `nodeOfOwnFile` names the node
    // each file is the own file of, by absolute path (LiveMeshState::nodeOfOwnFile).
    void setProjects(const std::vector<ProjectListing> &projects,
                     std::shared_ptr<const Core::Manifest> manifest = nullptr,
                     std::shared_ptr<const QHash<QString, QString>> nodeOfOwnFile = nullptr);
    void setGrouping(Grouping grouping);
    QModelIndex indexOfFile(const QString &absolutePath) const;
    bool isPopulated() const { return m_pendingFiles.empty(); }

Q_SIGNALS:
    void populated();

private:
    // A project's files still to be added, in tree order, and the folders made so far.
    struct PendingFiles
    {
        QStandardItem *projectItem;
        QString rootPath;
        QStringList files;
        qsizetype next = 0;
        QHash<QString, QStandardItem *> folders;
    };

    void rebuild();
    void addFiles(qsizetype budget);
    void addFile(PendingFiles &project, const QString &relative);
    void addGroups(const ProjectListing &project, QStandardItem *projectItem);
    void describeNode(QStandardItem *item, const QString &path);

    std::vector<ProjectListing> m_projects;
    std::shared_ptr<const Core::Manifest> m_manifest;
    std::shared_ptr<const QHash<QString, QString>> m_nodeOfOwnFile;
    QHash<QString, QStandardItem *> m_itemOfFile; // absolute path -> its row, once added
    std::vector<PendingFiles> m_pendingFiles;
    QTimer m_nextSlice;
    Grouping m_grouping = Grouping::ByFolder;
};

} // namespace Trellis::Widgets
