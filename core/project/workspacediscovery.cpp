#include "workspacediscovery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <functional>
#include <numeric>

namespace Trellis::Core {

namespace {

const QString kProjectFileName = QStringLiteral("dbt_project.yml");

// Reads just the project's `name:`; the full dbt_project.yml is the project reader's business.
DiscoveredProject readProject(const QString &folder, std::vector<Error> &problems)
{
    DiscoveredProject project;
    project.rootPath = QDir::cleanPath(folder);
    project.projectFile = project.rootPath + QLatin1Char('/') + kProjectFileName;
    project.name = QFileInfo(folder).fileName();
    try {
        const YAML::Node root = YAML::LoadFile(project.projectFile.toStdString());
        if (root.IsMap() && root["name"] && root["name"].IsScalar())
            project.name = QString::fromStdString(root["name"].Scalar());
        else
            problems.push_back({project.projectFile, 1, 1, WorkspaceScanner::tr("dbt_project.yml has no 'name:'")});
    } catch (const YAML::Exception &e) {
        problems.push_back({project.projectFile, e.mark.line + 1, e.mark.column + 1,
                            WorkspaceScanner::tr("cannot read dbt_project.yml: %1")
                                .arg(QString::fromStdString(e.msg))});
    }
    return project;
}

// Visits every folder below root once (by canonical path), depth first, skipping what
// isSkippedFolder() names. The visitor sees each folder by the path the walk reached it through.
void walkFolders(const QString &root, const std::function<void(const QDir &)> &visit)
{
    QSet<QString> seen;
    std::vector<QString> pending{QDir(root).absolutePath()};
    while (!pending.empty()) {
        const QString path = pending.back();
        pending.pop_back();
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (canonical.isEmpty() || seen.contains(canonical))
            continue;
        seen.insert(canonical);

        const QDir dir(path);
        visit(dir);
        const QFileInfoList children = dir.entryInfoList(
            QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name | QDir::Reversed);
        for (const QFileInfo &child : children) {
            if (!WorkspaceScanner::isSkippedFolder(child.fileName()))
                pending.push_back(child.absoluteFilePath());
        }
    }
}

} // namespace

bool WorkspaceScanner::isSkippedFolder(const QString &folderName)
{
    static const QSet<QString> generated{QStringLiteral("target"), QStringLiteral("dbt_packages"),
                                         QStringLiteral("dbt_modules"), QStringLiteral("logs"),
                                         QStringLiteral("node_modules")};
    return folderName.startsWith(QLatin1Char('.')) || generated.contains(folderName);
}

WorkspaceDiscovery WorkspaceScanner::discover(const QString &workspaceRoot)
{
    WorkspaceDiscovery result;
    result.rootPath = QDir::cleanPath(QDir(workspaceRoot).absolutePath());
    if (!QFileInfo(result.rootPath).isDir()) {
        result.problems.push_back({result.rootPath, 0, 0, tr("the workspace folder does not exist")});
        return result;
    }
    walkFolders(result.rootPath, [&](const QDir &dir) {
        // The real path, not the first link the walk came through, names the project.
        if (dir.exists(kProjectFileName))
            result.projects.push_back(readProject(dir.canonicalPath(), result.problems));
    });
    std::sort(result.projects.begin(), result.projects.end(),
              [](const DiscoveredProject &a, const DiscoveredProject &b) {
                  return a.rootPath < b.rootPath;
              });
    return result;
}

QStringList WorkspaceScanner::projectFiles(const QString &projectRoot)
{
    const QDir root(projectRoot);
    QStringList files;
    walkFolders(projectRoot, [&](const QDir &dir) {
        const QStringList names = dir.entryList(QDir::Files | QDir::NoDotAndDotDot);
        for (const QString &name : names)
            files.append(root.relativeFilePath(dir.filePath(name)));
    });
    files.sort();
    return files;
}

QStringList WorkspaceScanner::sortAsFileManager(const QStringList &paths)
{
    // Each path is split once: splitting inside the comparison cost a 10,000-model mesh 0.2 s.
    std::vector<QStringList> parts;
    parts.reserve(size_t(paths.size()));
    for (const QString &path : paths)
        parts.push_back(path.split(QLatin1Char('/')));
    std::vector<qsizetype> order(parts.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&parts](qsizetype a, qsizetype b) {
        const QStringList &left = parts[size_t(a)];
        const QStringList &right = parts[size_t(b)];
        for (qsizetype i = 0; i < std::min(left.size(), right.size()); ++i) {
            const bool leftIsFolder = i + 1 < left.size();
            const bool rightIsFolder = i + 1 < right.size();
            if (leftIsFolder != rightIsFolder)
                return leftIsFolder;
            if (const int byName = left[i].compare(right[i], Qt::CaseInsensitive); byName != 0)
                return byName < 0;
        }
        return left.size() < right.size();
    });
    QStringList sorted;
    sorted.reserve(paths.size());
    for (const qsizetype index : order)
        sorted.append(paths[index]);
    return sorted;
}

} // namespace Trellis::Core
