#pragma once

#include "core/graph/manifest.h"

#include <optional>
#include <vector>

namespace Trellis::Core {

// The graph dbt's node selection walks: every enabled model, seed, snapshot, analysis, test,
// source and exposure of a manifest (groups, macros and docs are not members, as in dbt),
// numbered in manifest order, with parent and child lists by number. Edges to ids the manifest
// does not hold (unresolved or disabled) are dropped. Built once per selection, O(nodes +
// edges); borrows the manifest, which must outlive it. Read-only afterwards; thread-safe.
class SelectorGraph
{
public:
    // One flag per member, indexed like the members; cheap to combine at 10,000 nodes.
    using MemberSet = std::vector<char>;

    explicit SelectorGraph(const Manifest &manifest);

    const Manifest &manifest() const { return m_manifest; }
    int size() const { return int(m_nodes.size()); }
    const Node &node(int member) const { return *m_nodes[size_t(member)]; }
    const std::vector<int> &parents(int member) const { return m_parents[size_t(member)]; }
    const std::vector<int> &children(int member) const { return m_children[size_t(member)]; }
    MemberSet emptySet() const { return MemberSet(m_nodes.size(), 0); }

    // Members reached from `from` within `depth` steps up (ancestors) or down (descendants);
    // no depth means all the way. Members of `from` are in the result only if reached from
    // another one. Terminates on cycles: each member is expanded once.
    MemberSet ancestors(const MemberSet &from, std::optional<int> depth = std::nullopt) const;
    MemberSet descendants(const MemberSet &from, std::optional<int> depth = std::nullopt) const;

    static bool isMember(ResourceType type);

private:
    MemberSet walk(const MemberSet &from, std::optional<int> depth,
                   const std::vector<std::vector<int>> &edges) const;

    const Manifest &m_manifest;
    std::vector<const Node *> m_nodes;
    std::vector<std::vector<int>> m_parents;
    std::vector<std::vector<int>> m_children;
};

} // namespace Trellis::Core
