#pragma once

#include "core/graph/selectorgraph.h"
#include "core/graph/selectorparser.h"

namespace Trellis::Core {

// The members one `method:value` matches by itself, before graph operators and indirect test
// selection, following dbt-core's selector methods resource type by resource type (fqn: never
// matches sources, access: only models, config: only nodes and sources, …). Wildcards work
// where dbt's do (fqn, tag, group, source, exposure, path, file, package, test_name). In a mesh,
// `path:` is relative to each node's own project root and `package:this` means every workspace
// project. Expects a criterion SelectorParser accepted. Stateless; thread-safe.
class SelectorMethod
{
public:
    static SelectorGraph::MemberSet search(const SelectorGraph &graph,
                                           const SelectionCriterion &criterion);

    // dbt's fqn matching for one node: a name, a versioned name (dim_members.v2, dim_members_v2),
    // an fqn prefix (project.folder), with or without the package, wildcards from the first
    // part that has one.
    static bool fqnMatches(const QStringList &fqn, const QString &selector, bool versioned);
};

} // namespace Trellis::Core
