#pragma once

#include "core/rules/rulecontext.h"

#include <vector>

namespace Trellis::Core {

// One family of checks over a manifest (access, cycles, versions, …). A rule only reads the
// context and appends what it finds; it keeps no state between runs, so one instance can check
// any number of manifests, from any thread. It names the codes it reports, so a check can skip
// a family whose codes are all turned off, and what its findings depend on, so that a re-check
// after an edit (MeshChecker::recheck) runs only the rules the edit can have changed.
class Rule
{
public:
    enum class Reads {
        // Names and declarations (YAML, project files): the same until the workspace is built
        // again, whatever the model files say.
        Declarations,
        // The edges between nodes, or what model files configure: run again whenever an edit
        // changes a node's parents or config.
        Graph,
        // One node at a time: the node, its refs and what they point at (NodeRule).
        Node,
    };

    virtual ~Rule() = default;
    virtual QStringList codes() const = 0;
    virtual Reads reads() const = 0;
    virtual void check(const RuleContext &context, std::vector<Diagnostic> &findings) const = 0;
};

// A rule whose findings about a node depend only on that node, its refs, their targets' facts
// and declarations, so an edited node (and the nodes that ref it, whose targets' facts may have
// changed) can be checked again alone.
class NodeRule : public Rule
{
public:
    Reads reads() const final { return Reads::Node; }
    void check(const RuleContext &context, std::vector<Diagnostic> &findings) const final
    {
        for (const Node &node : context.manifest().nodes)
            checkNode(context, node, findings);
    }
    virtual void checkNode(const RuleContext &context, const Node &node,
                           std::vector<Diagnostic> &findings) const = 0;
};

} // namespace Trellis::Core
