#include "projecttreemodel.h"

#include "widgets/resources/icons.h"

#include <QHash>

#include <algorithm>

namespace Trellis::Widgets {

namespace {

// Orders paths as a file manager shows them: within each folder, subfolders before files, each
// group by name.
QStringList foldersFirst(QStringList paths)
{
    std::sort(paths.begin(), paths.end(), [](const QString &a, const QString &b) {
        const QStringList left = a.split(QLatin1Char('/'));
        const QStringList right = b.split(QLatin1Char('/'));
        for (qsizetype i = 0; i < std::min(left.size(), right.size()); ++i) {
            const bool leftIsFolder = i + 1 < left.size();
            const bool rightIsFolder = i + 1 < right.size();
            if (leftIsFolder != rightIsFolder)
                return leftIsFolder;
            if (const int order = left[i].compare(right[i], Qt::CaseInsensitive); order != 0)
                return order < 0;
        }
        return left.size() < right.size();
    });
    return paths;
}

} // namespace

ProjectTreeModel::ProjectTreeModel(QObject *parent)
    : QStandardItemModel(parent)
{}

void ProjectTreeModel::setProjects(const std::vector<ProjectListing> &projects)
{
    clear();
    for (const ProjectListing &project : projects) {
        auto *projectItem = new QStandardItem(Icons::project(), project.name);
        projectItem->setData(project.rootPath, FilePathRole);
        projectItem->setData(true, IsProjectRole);
        projectItem->setToolTip(project.rootPath);
        projectItem->setEditable(false);
        appendRow(projectItem);

        // Folders are created on first use; the file list is sorted, so siblings stay sorted.
        QHash<QString, QStandardItem *> folders;
        folders.insert(QString(), projectItem);
        for (const QString &relative : foldersFirst(project.files)) {
            const QStringList parts = relative.split(QLatin1Char('/'));
            QStandardItem *parent = projectItem;
            QString folderPath;
            for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
                folderPath += (i ? QStringLiteral("/") : QString()) + parts[i];
                QStandardItem *&folder = folders[folderPath];
                if (!folder) {
                    folder = new QStandardItem(Icons::folder(), parts[i]);
                    folder->setEditable(false);
                    folder->setData(project.rootPath + QLatin1Char('/') + folderPath, FilePathRole);
                    parent->appendRow(folder);
                }
                parent = folder;
            }
            auto *file = new QStandardItem(Icons::forFile(parts.last()), parts.last());
            file->setEditable(false);
            file->setData(project.rootPath + QLatin1Char('/') + relative, FilePathRole);
            parent->appendRow(file);
        }
    }
}

QModelIndex ProjectTreeModel::indexOfFile(const QString &absolutePath) const
{
    const QModelIndexList hits = match(index(0, 0), FilePathRole, absolutePath, 1,
                                       Qt::MatchExactly | Qt::MatchRecursive);
    return hits.isEmpty() ? QModelIndex() : hits.first();
}

} // namespace Trellis::Widgets
