#include "selectorgraph.h"

#include <unordered_map>

namespace Trellis::Core {

namespace {

// FNV-1a over UTF-16 code units: for ids like "model.shop.orders" it is several times faster
// than QHash's seeded qHash, which dominated building the graph at 10,000 nodes.
struct IdHash
{
    size_t operator()(QStringView id) const noexcept
    {
        size_t hash = 14695981039346656037ull;
        for (const QChar c : id) {
            hash ^= c.unicode();
            hash *= 1099511628211ull;
        }
        return hash;
    }
};

} // namespace

bool SelectorGraph::isMember(ResourceType type)
{
    switch (type) {
    case ResourceType::Model:
    case ResourceType::Seed:
    case ResourceType::Snapshot:
    case ResourceType::Analysis:
    case ResourceType::Test:
    case ResourceType::Source:
    case ResourceType::Exposure:
        return true;
    case ResourceType::Group:
    case ResourceType::Macro:
    case ResourceType::Doc:
        break;
    }
    return false;
}

SelectorGraph::SelectorGraph(const Manifest &manifest)
    : m_manifest(manifest)
{
    m_nodes.reserve(manifest.nodes.size());
    for (const Node &node : manifest.nodes) {
        // `nodes` holds only enabled resources; the check guards hand-built manifests.
        if (isMember(node.type) && node.isEnabled())
            m_nodes.push_back(&node);
    }
    // Our own id index rather than Manifest::find(), so that a manifest nobody has index()ed
    // still selects correctly.
    // Views into the manifest's strings, which outlive this constructor.
    std::unordered_map<QStringView, int, IdHash> members;
    members.reserve(m_nodes.size());
    for (int i = 0; i < size(); ++i)
        members.emplace(m_nodes[size_t(i)]->uniqueId, i);

    m_parents.resize(m_nodes.size());
    m_children.resize(m_nodes.size());
    for (int i = 0; i < size(); ++i) {
        for (const QString &parentId : m_nodes[size_t(i)]->dependsOnNodes) {
            const auto it = members.find(parentId);
            if (it == members.end())
                continue;
            m_parents[size_t(i)].push_back(it->second);
            m_children[size_t(it->second)].push_back(i);
        }
    }
}

SelectorGraph::MemberSet SelectorGraph::ancestors(const MemberSet &from,
                                                  std::optional<int> depth) const
{
    return walk(from, depth, m_parents);
}

SelectorGraph::MemberSet SelectorGraph::descendants(const MemberSet &from,
                                                    std::optional<int> depth) const
{
    return walk(from, depth, m_children);
}

SelectorGraph::MemberSet SelectorGraph::walk(const MemberSet &from, std::optional<int> depth,
                                             const std::vector<std::vector<int>> &edges) const
{
    // Breadth-first by generation, so that a depth limit counts the shortest path from any
    // starting member, as dbt's select_parents/select_children do.
    MemberSet reached = emptySet();
    MemberSet expanded = from;
    std::vector<int> layer;
    for (int i = 0; i < size(); ++i) {
        if (from[size_t(i)])
            layer.push_back(i);
    }
    std::vector<int> next;
    for (int generation = 0; !layer.empty() && (!depth || generation < *depth); ++generation) {
        next.clear();
        for (const int member : layer) {
            for (const int neighbour : edges[size_t(member)]) {
                reached[size_t(neighbour)] = 1;
                if (!expanded[size_t(neighbour)]) {
                    expanded[size_t(neighbour)] = 1;
                    next.push_back(neighbour);
                }
            }
        }
        std::swap(layer, next);
    }
    return reached;
}

} // namespace Trellis::Core
