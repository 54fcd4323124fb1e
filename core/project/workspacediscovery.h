#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace Trellis::Core {

// One dbt project found in a workspace: the folder holding its dbt_project.yml.
struct DiscoveredProject
{
    QString name;        // `name:` from dbt_project.yml, or the folder name when unreadable
    QString rootPath;    // absolute, clean
    QString projectFile; // absolute path of dbt_project.yml
};

struct WorkspaceDiscovery
{
    QString rootPath;
    std::vector<DiscoveredProject> projects; // sorted by root path
    std::vector<Error> problems;             // unreadable dbt_project.yml files and the like
};

// Finds the dbt projects of a workspace folder and lists the files that belong to each. It walks
// the folder recursively but never into folders dbt itself generates or that hold other people's
// code (target/, dbt_packages/, logs/, hidden folders), and follows each real folder once, so a
// symlink loop ends the walk instead of hanging it. Pure functions of the file system; safe on
// any thread.
class WorkspaceScanner
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::WorkspaceScanner)

public:
    static WorkspaceDiscovery discover(const QString &workspaceRoot);

    // Files of one project relative to its root, sorted, skipping the same folders.
    static QStringList projectFiles(const QString &projectRoot);
    // Orders relative paths as a file manager shows them: within each folder, subfolders
    // before files, each group by name.
    static QStringList sortAsFileManager(const QStringList &paths);

    // True for folder names the walk never enters.
    static bool isSkippedFolder(const QString &folderName);
};

} // namespace Trellis::Core
