#include "manifest.h"

#include <algorithm>

namespace Trellis::Core {

void Manifest::index()
{
    m_positions.clear();
    m_children.clear();
    m_positions.reserve(qsizetype(nodes.size()));
    for (qsizetype i = 0; i < qsizetype(nodes.size()); ++i)
        m_positions.insert(nodes[size_t(i)].uniqueId, i);
    for (const Node &node : nodes) {
        for (const QString &parent : node.dependsOnNodes)
            m_children[parent].append(node.uniqueId);
    }
}

void Manifest::replaceParents(const QString &uniqueId, const QStringList &parents)
{
    const auto position = m_positions.constFind(uniqueId);
    if (position == m_positions.cend())
        return;
    Node &node = nodes[size_t(*position)];
    for (const QString &parent : std::as_const(node.dependsOnNodes)) {
        if (!parents.contains(parent))
            m_children[parent].removeAll(uniqueId);
    }
    for (const QString &parent : parents) {
        if (!node.dependsOnNodes.contains(parent))
            m_children[parent].append(uniqueId);
    }
    node.dependsOnNodes = parents;
}

const Node *Manifest::find(const QString &uniqueId) const
{
    const auto it = m_positions.constFind(uniqueId);
    return it == m_positions.cend() ? nullptr : &nodes[size_t(*it)];
}

const DbtProject *Manifest::project(const QString &name) const
{
    for (const auto *list : {&projects, &packages}) {
        const auto it = std::find_if(list->begin(), list->end(),
                                     [&](const DbtProject &p) { return p.name == name; });
        if (it != list->end())
            return &*it;
    }
    return nullptr;
}

QStringList Manifest::parents(const QString &uniqueId) const
{
    const Node *node = find(uniqueId);
    return node ? node->dependsOnNodes : QStringList();
}

QStringList Manifest::children(const QString &uniqueId) const
{
    return m_children.value(uniqueId);
}

qsizetype Manifest::count(ResourceType type) const
{
    return std::count_if(nodes.begin(), nodes.end(), [&](const Node &n) { return n.type == type; });
}

} // namespace Trellis::Core
