#include "meshindex.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace Trellis::Core::Ide {

namespace {

QString versionKey(const Node &node)
{
    return node.packageName + QLatin1Char('\n') + node.name;
}

// Versions compare as numbers when they are ("10" after "9"), as text otherwise.
bool versionLess(const Node *a, const Node *b)
{
    bool aNumeric = false;
    bool bNumeric = false;
    const double aValue = a->version.toDouble(&aNumeric);
    const double bValue = b->version.toDouble(&bNumeric);
    if (aNumeric && bNumeric)
        return aValue < bValue;
    return a->version < b->version;
}

} // namespace

MeshIndex::MeshIndex(const Manifest &manifest)
    : m_manifest(manifest)
    , m_resolver(manifest.nodes)
    , m_byType(std::size_t(ResourceType::Doc) + 1)
{
    for (const DbtProject &package : manifest.packages)
        m_packageNames.append(package.name);
    for (const Node &node : manifest.nodes) {
        m_byType[std::size_t(node.type)].push_back(&node);
        if (!node.absolutePath.isEmpty())
            m_byFile[normalizedPath(node.absolutePath)].push_back(&node);
        if (!node.declaredAt.file.isEmpty())
            m_byDeclaration[normalizedPath(node.declaredAt.file)].push_back(&node);
        if (node.type == ResourceType::Model) {
            m_models[node.packageName].push_back(&node);
            if (!node.version.isEmpty())
                m_versions[versionKey(node)].push_back(&node);
        }
    }
    for (auto &versions : m_versions)
        std::sort(versions.begin(), versions.end(), versionLess);
}

QString MeshIndex::normalizedPath(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

const DbtProject *MeshIndex::projectOfFile(const QString &filePath) const
{
    const QString path = normalizedPath(filePath);
    const DbtProject *best = nullptr;
    qsizetype bestLength = -1;
    // Packages live inside projects (dbt_packages/), so the longest root wins.
    for (const auto *list : {&m_manifest.projects, &m_manifest.packages}) {
        for (const DbtProject &project : *list) {
            const QString root = normalizedPath(project.rootPath) + QLatin1Char('/');
            if (path.startsWith(root) && root.size() > bestLength) {
                best = &project;
                bestLength = root.size();
            }
        }
    }
    return best;
}

std::vector<const Node *> MeshIndex::nodesOfFile(const QString &filePath) const
{
    return m_byFile.value(normalizedPath(filePath));
}

std::vector<const Node *> MeshIndex::nodesDeclaredIn(const QString &filePath) const
{
    return m_byDeclaration.value(normalizedPath(filePath));
}

const Node *MeshIndex::resolveRef(const QString &fromProject, const QString &package,
                                  const QString &name, const QString &version) const
{
    RefCall call;
    call.package = package;
    call.name = name;
    call.version = version;
    return m_manifest.find(m_resolver.resolveRef(call, fromProject, m_packageNames));
}

const Node *MeshIndex::resolveSource(const QString &fromProject, const QString &source,
                                     const QString &table) const
{
    SourceCall call;
    call.source = source;
    call.table = table;
    return m_manifest.find(m_resolver.resolveSource(call, fromProject, m_packageNames));
}

const Node *MeshIndex::byName(ResourceType type, const QString &fromProject,
                              const QString &name) const
{
    const Node *fallback = nullptr;
    for (const Node *node : nodesOfType(type)) {
        if (node->name != name)
            continue;
        if (node->packageName == fromProject)
            return node;
        if (!fallback || m_packageNames.contains(node->packageName))
            fallback = node;
    }
    return fallback;
}

const Node *MeshIndex::doc(const QString &fromProject, const QString &name) const
{
    return byName(ResourceType::Doc, fromProject, name);
}

const Node *MeshIndex::macro(const QString &fromProject, const QString &name) const
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return byName(ResourceType::Macro, fromProject, name);
    const QString package = name.left(dot);
    const QString macroName = name.mid(dot + 1);
    for (const Node *node : nodesOfType(ResourceType::Macro)) {
        if (node->packageName == package && node->name == macroName)
            return node;
    }
    return nullptr;
}

const std::vector<const Node *> &MeshIndex::nodesOfType(ResourceType type) const
{
    return m_byType[std::size_t(type)];
}

std::vector<const Node *> MeshIndex::versionsOf(const Node &node) const
{
    if (node.version.isEmpty())
        return {&node};
    return m_versions.value(versionKey(node));
}

bool MeshIndex::isLatestVersion(const Node &node) const
{
    if (node.version.isEmpty())
        return true;
    if (!node.latestVersion.isEmpty())
        return node.latestVersion == node.version;
    const std::vector<const Node *> versions = versionsOf(node);
    return !versions.empty() && versions.back() == &node;
}

const Node *MeshIndex::group(const QString &project, const QString &name) const
{
    const Node *fallback = nullptr;
    for (const Node *node : nodesOfType(ResourceType::Group)) {
        if (node->name == name) {
            if (node->packageName == project)
                return node;
            fallback = node;
        }
    }
    return fallback;
}

QStringList MeshIndex::upstreamProjects(const QString &project) const
{
    QStringList names;
    if (const DbtProject *found = m_manifest.project(project)) {
        for (const ProjectDependency &dependency : found->upstreamProjects)
            names.append(dependency.name);
    }
    return names;
}

std::vector<SourceLocation> MeshIndex::references(const QString &uniqueId) const
{
    std::vector<SourceLocation> locations;
    for (const Node &node : m_manifest.nodes) {
        for (const RefCall &ref : node.refs) {
            if (ref.resolvedId == uniqueId)
                locations.push_back(ref.location);
        }
    }
    std::sort(locations.begin(), locations.end(),
              [](const SourceLocation &a, const SourceLocation &b) {
                  return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
              });
    // A test attached to a model repeats the ref its YAML line makes; list each place once.
    locations.erase(std::unique(locations.begin(), locations.end(),
                                [](const SourceLocation &a, const SourceLocation &b) {
                                    return a.file == b.file && a.line == b.line
                                        && a.column == b.column;
                                }),
                    locations.end());
    return locations;
}

} // namespace Trellis::Core::Ide
