#pragma once

#include "core/rules/rulecontext.h"

#include <vector>

namespace Trellis::Core {

// A node an in-place update re-parsed, with the parents it had before (RuleContext::refresh), so
// that a re-check reaches the nodes that lost it as a child as well as those that gained it.
struct NodeEdit
{
    const Node *node = nullptr;
    std::vector<const Node *> formerParents;
};

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
        // The whole graph, or what model files configure: run again when an edit changes a
        // node's parents or config and mayHaveChanged() says the edit can matter.
        Graph,
        // The nodes around one node: findings about a node that depend on a few steps of the
        // graph around it (NeighbourhoodRule).
        Neighbourhood,
        // One node at a time: the node, its refs and what they point at (NodeRule).
        Node,
    };

    virtual ~Rule() = default;
    virtual QStringList codes() const = 0;
    virtual Reads reads() const = 0;
    virtual void check(const RuleContext &context, std::vector<Diagnostic> &findings) const = 0;

    // For a graph rule: whether edits that changed parents or config can change what it found
    // (`before`). Most cannot tell without running, so they say yes.
    virtual bool mayHaveChanged(const RuleContext &context, const std::vector<NodeEdit> &edits,
                                const std::vector<Diagnostic> &before) const
    {
        Q_UNUSED(context);
        Q_UNUSED(edits);
        Q_UNUSED(before);
        return true;
    }
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

// A rule whose findings about a node depend on the graph a few steps around it (its parents,
// children, their parents and children, or a run of views above it). It checks any set of
// nodes, keeping each node's findings apart, and names the nodes an edit can have changed the
// findings of, so a re-check after an edit that changed parents runs over those nodes only
// instead of the whole mesh.
class NeighbourhoodRule : public Rule
{
public:
    Reads reads() const final { return Reads::Neighbourhood; }
    void check(const RuleContext &context, std::vector<Diagnostic> &findings) const final;

    // Appends the findings about each of `nodes` to byNode[context.indexOf(node)]. Each node
    // comes once; work shared between the nodes (a walk up the graph) can be shared within a
    // call.
    virtual void checkNodes(const RuleContext &context, const std::vector<const Node *> &nodes,
                            std::vector<std::vector<Diagnostic>> &byNode) const = 0;
    // Appends the nodes whose findings can differ after `edit` changed the edited node's parents
    // or config; the context already has the new parents and children. Duplicates are fine.
    virtual void addAffected(const RuleContext &context, const NodeEdit &edit,
                             std::vector<const Node *> &affected) const = 0;

protected:
    // The edited node's parents before and after the edit: the nodes that lost or gained it as
    // a child.
    static std::vector<const Node *> parentsBeforeAndAfter(const RuleContext &context,
                                                           const NodeEdit &edit);
};

} // namespace Trellis::Core
