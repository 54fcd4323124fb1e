#pragma once

#include "core/graph/manifest.h"
#include "core/rules/rule.h"
#include "core/rules/rulecontext.h"
#include "core/rules/rulesettings.h"

#include <QDate>

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace Trellis::Core {

struct CheckOptions
{
    QDate today = QDate::currentDate(); // deprecation dates are compared with it
    RuleSettings settings;
    QString workspaceRoot; // anchors the settings' path patterns
    // The models of a previous state (StateManifest); when set, breaking changes are checked.
    std::optional<std::vector<Node>> baseline;
};

// What a check found, kept by rule and, for node and neighbourhood rules, by node, so that a
// re-check after an in-place update replaces only what the update can have changed. Findings
// are also kept settled (after the workspace's settings and the nodes' silencing), and all of
// them merged in one sorted list, so a re-check settles only what it found again and swaps what
// changed in that list instead of merging every rule's findings anew. Opaque; MeshChecker fills
// it.
class CheckState
{
    friend class MeshChecker;

    struct RuleFindings
    {
        std::vector<Diagnostic> all;     // rules that read declarations or the graph
        std::vector<Diagnostic> settled; // all, settled and sorted
        // Node and neighbourhood rules: the findings of each node that has some left after
        // settling, sorted, by node index. Most nodes of a mesh have none, and a slot for each
        // node and rule would cost a large mesh more than the rules.
        std::unordered_map<size_t, std::vector<Diagnostic>> settledByNode;
    };
    std::vector<RuleFindings> m_rules;  // parallel to the checker's rules
    std::vector<Diagnostic> m_findings; // every rule's settled findings, sorted
    // What a node or neighbourhood rule found before settling, by node index: one slot per node
    // for all rules, each emptied once its findings are settled.
    std::vector<std::vector<Diagnostic>> m_found;
};

// Runs every mesh rule over a manifest and returns what the user must see: the manifest's own
// parse diagnostics and the rules' findings, after the workspace's settings and the nodes'
// silencing, sorted by file and position. Pure (manifest in, findings out). One checker can
// serve many threads, as its rules keep no state.
//
// While the user types, LiveMesh keeps a rule context and a CheckState and calls recheck()
// after each in-place update: node rules run again over the edited nodes (and the nodes that
// ref them), neighbourhood rules over the nodes whose surroundings the edit changed, and the
// graph rules only when an edit changed parents or config and the rule cannot rule out a change;
// that is milliseconds where a full check of a 10,000-model mesh costs 0.1 to 0.2 s (tests/
// bench/bench_rules, bench_live).
class MeshChecker
{
public:
    MeshChecker();
    ~MeshChecker();

    std::vector<Diagnostic> check(const Manifest &manifest, const CheckOptions &options = {}) const;
    // A full check over a context the caller keeps, remembering every rule's findings in
    // `state`. `options.today` must be the context's day, and the settings' thresholds its
    // thresholds.
    std::vector<Diagnostic> check(const RuleContext &context, const CheckOptions &options,
                                  CheckState &state) const;
    // After the `edits`' nodes changed in place and the context was refreshed for them: checks
    // those nodes and the nodes that ref them again, and, when `graphChanged` (an edited node's
    // parents or config changed), the nodes around them and the graph rules the edits can
    // matter to. `state` must come from check() with the same options over the same context.
    std::vector<Diagnostic> recheck(const RuleContext &context, const CheckOptions &options,
                                    CheckState &state, const std::vector<NodeEdit> &edits,
                                    bool graphChanged) const;

private:
    std::vector<const Rule *> rulesFor(const CheckOptions &options,
                                       const std::unique_ptr<Rule> &baselineRule) const;
    // The state's findings with the manifest's own diagnostics, settled, merged in.
    static std::vector<Diagnostic> withParsing(const RuleContext &context,
                                               const CheckOptions &options,
                                               const CheckState &state);
    // `findings` after the settings and the silencing of the nodes they concern; `concerned`,
    // when given, is the node most of them are about, which spares looking it up.
    static std::vector<Diagnostic> settled(std::vector<Diagnostic> findings,
                                           const RuleContext &context, const CheckOptions &options,
                                           const Node *concerned = nullptr);

    std::vector<std::unique_ptr<Rule>> m_rules;
};

} // namespace Trellis::Core
