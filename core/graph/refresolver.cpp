#include "refresolver.h"

#include <algorithm>


namespace Trellis::Core {

namespace {

QString key(const QString &package, const QString &name)
{
    return package + QLatin1Char('\n') + name;
}

bool isRefable(ResourceType type)
{
    return type == ResourceType::Model || type == ResourceType::Seed
           || type == ResourceType::Snapshot;
}

// Versions compare as numbers where they are numbers ("10" after "9"), else as text.
bool versionLess(const QString &a, const QString &b)
{
    bool aNumeric = false;
    bool bNumeric = false;
    const double x = a.toDouble(&aNumeric);
    const double y = b.toDouble(&bNumeric);
    if (aNumeric && bNumeric)
        return x < y;
    if (aNumeric != bNumeric)
        return aNumeric;
    return a < b;
}

bool sameVersion(const QString &a, const QString &b)
{
    bool aNumeric = false;
    bool bNumeric = false;
    const double x = a.toDouble(&aNumeric);
    const double y = b.toDouble(&bNumeric);
    return aNumeric && bNumeric ? x == y : a == b;
}

} // namespace

RefResolver::RefResolver(const std::vector<Node> &nodes)
{
    for (const Node &node : nodes) {
        if (isRefable(node.type)) {
            m_refable[key(node.packageName, node.name)].push_back(&node);
            m_byName[node.name].push_back(&node);
        } else if (node.type == ResourceType::Source) {
            m_sources.insert(node.packageName + QLatin1Char('\n') + node.sourceName
                                 + QLatin1Char('\n') + node.name,
                             &node);
        }
    }
}

const Node *RefResolver::pickVersion(const std::vector<const Node *> &versions,
                                     const QString &version) const
{
    if (versions.empty())
        return nullptr;
    if (!version.isEmpty()) {
        for (const Node *node : versions) {
            if (sameVersion(node->version, version))
                return node;
        }
        return nullptr;
    }
    const Node *first = versions.front();
    if (first->version.isEmpty())
        return first;
    if (!first->latestVersion.isEmpty()) {
        for (const Node *node : versions) {
            if (sameVersion(node->version, first->latestVersion))
                return node;
        }
    }
    return *std::max_element(versions.begin(), versions.end(), [](const Node *a, const Node *b) {
        return versionLess(a->version, b->version);
    });
}

QString RefResolver::resolveRef(const RefCall &ref, const QString &fromPackage,
                                const QStringList &searchPackages) const
{
    QStringList packages;
    if (!ref.package.isEmpty())
        packages.append(ref.package);
    else
        packages = QStringList{fromPackage} + searchPackages;
    for (const QString &package : std::as_const(packages)) {
        const auto it = m_refable.constFind(key(package, ref.name));
        if (it != m_refable.cend()) {
            const Node *node = pickVersion(*it, ref.version);
            return node ? node->uniqueId : QString();
        }
    }
    if (!ref.package.isEmpty())
        return {};
    // dbt then looks the name up in every package, which is how a one-argument ref reaches an
    // upstream project's public model in a mesh. The first package by name wins, so the result
    // does not depend on parse order; the rules report ambiguity and access.
    QString firstPackage;
    for (const Node *candidate : m_byName.value(ref.name)) {
        if (firstPackage.isEmpty() || candidate->packageName < firstPackage)
            firstPackage = candidate->packageName;
    }
    if (firstPackage.isEmpty())
        return {};
    const Node *node = pickVersion(m_refable.value(key(firstPackage, ref.name)), ref.version);
    return node ? node->uniqueId : QString();
}

QString RefResolver::resolveSource(const SourceCall &source, const QString &fromPackage,
                                   const QStringList &searchPackages) const
{
    for (const QString &package : QStringList{fromPackage} + searchPackages) {
        const Node *node = m_sources.value(package + QLatin1Char('\n') + source.source
                                           + QLatin1Char('\n') + source.table);
        if (node)
            return node->uniqueId;
    }
    return {};
}

std::vector<const Node *> RefResolver::candidates(const QString &name) const
{
    return m_byName.value(name);
}

} // namespace Trellis::Core
