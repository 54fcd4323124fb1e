#pragma once

#include <QStandardItemModel>
#include <QStringList>

#include <vector>

namespace Trellis::Widgets {

// What the project tree shows of one project: its name, root and files (relative paths).
struct ProjectListing
{
    QString name;
    QString rootPath;
    QStringList files;
};

// The workspace as a tree: projects at the top, then their folders and files. Each file item
// carries its absolute path in FilePathRole. Rebuilt as a whole from listings made off the GUI
// thread; lives on the GUI thread.
class ProjectTreeModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Role { FilePathRole = Qt::UserRole + 1, IsProjectRole };

    explicit ProjectTreeModel(QObject *parent = nullptr);

    void setProjects(const std::vector<ProjectListing> &projects);
    QModelIndex indexOfFile(const QString &absolutePath) const;
};

} // namespace Trellis::Widgets
