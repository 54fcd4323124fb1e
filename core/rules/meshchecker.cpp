#include "meshchecker.h"

#include "core/rules/accessrules.h"
#include "core/rules/breakingchangerules.h"
#include "core/rules/chainedviewsrule.h"
#include "core/rules/contractrules.h"
#include "core/rules/daggovernancerules.h"
#include "core/rules/documentationrules.h"
#include "core/rules/duplicatesourcerule.h"
#include "core/rules/governancerules.h"
#include "core/rules/grouprules.h"
#include "core/rules/hardcodedreferencerule.h"
#include "core/rules/modelfanoutrule.h"
#include "core/rules/namingrules.h"
#include "core/rules/nodecyclerule.h"
#include "core/rules/projectdependencyrules.h"
#include "core/rules/rejoiningrule.h"
#include "core/rules/sourcefreshnessrule.h"
#include "core/rules/structurerules.h"
#include "core/rules/testingrules.h"
#include "core/rules/toomanyjoinsrule.h"
#include "core/rules/versionrules.h"

#include <QSet>

#include <algorithm>
#include <iterator>
#include <utility>

namespace Trellis::Core {

namespace {

bool wanted(const Rule &rule, const CheckOptions &options)
{
    const QStringList codes = rule.codes();
    return std::any_of(codes.begin(), codes.end(),
                       [&](const QString &code) { return !options.settings.isOff(code); });
}

bool findsByNode(const Rule &rule)
{
    return rule.reads() == Rule::Reads::Node || rule.reads() == Rule::Reads::Neighbourhood;
}

// Checks `nodes` again with a node or neighbourhood rule, replacing what it found about them.
void checkNodes(const Rule &rule, const RuleContext &context, const std::vector<const Node *> &nodes,
                std::vector<std::vector<Diagnostic>> &byNode)
{
    for (const Node *node : nodes)
        byNode[context.indexOf(*node)].clear();
    if (rule.reads() == Rule::Reads::Neighbourhood) {
        static_cast<const NeighbourhoodRule &>(rule).checkNodes(context, nodes, byNode);
        return;
    }
    for (const Node *node : nodes)
        static_cast<const NodeRule &>(rule).checkNode(context, *node, byNode[context.indexOf(*node)]);
}

std::vector<const Node *> allNodes(const RuleContext &context)
{
    std::vector<const Node *> nodes;
    nodes.reserve(context.manifest().nodes.size());
    for (const Node &node : context.manifest().nodes)
        nodes.push_back(&node);
    return nodes;
}

// One sorted list of sorted lists: a heap over the lists' heads, so n findings from k lists
// cost n log k comparisons, where sorting them all again would cost n log n.
std::vector<Diagnostic> mergeSorted(const std::vector<const std::vector<Diagnostic> *> &lists)
{
    struct Head
    {
        std::vector<Diagnostic>::const_iterator at;
        std::vector<Diagnostic>::const_iterator end;
    };
    std::vector<Head> heads;
    size_t total = 0;
    for (const std::vector<Diagnostic> *list : lists) {
        if (!list->empty())
            heads.push_back({list->cbegin(), list->cend()});
        total += list->size();
    }
    const auto later = [](const Head &a, const Head &b) { return *b.at < *a.at; };
    std::make_heap(heads.begin(), heads.end(), later);
    std::vector<Diagnostic> merged;
    merged.reserve(total);
    while (!heads.empty()) {
        std::pop_heap(heads.begin(), heads.end(), later);
        Head &head = heads.back();
        merged.push_back(*head.at);
        if (++head.at == head.end)
            heads.pop_back();
        else
            std::push_heap(heads.begin(), heads.end(), later);
    }
    return merged;
}

bool sameLocations(const std::vector<RelatedLocation> &a, const std::vector<RelatedLocation> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const RelatedLocation &x, const RelatedLocation &y) {
                          return x.file == y.file && x.line == y.line && x.column == y.column
                              && x.message == y.message;
                      });
}

// Whether two sorted lists hold the same findings, down to their spans and related locations.
bool sameFindings(const std::vector<Diagnostic> &a, const std::vector<Diagnostic> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const Diagnostic &x, const Diagnostic &y) {
                          return !(x < y) && !(y < x) && x.severity == y.severity
                              && x.endLine == y.endLine && x.endColumn == y.endColumn
                              && sameLocations(x.related, y.related);
                      });
}

// Replaces `gone` by `came` in the sorted `list`; both sorted, `gone` taken from `list`.
void replaceSorted(std::vector<Diagnostic> &list, const std::vector<Diagnostic> &gone,
                   std::vector<Diagnostic> &came)
{
    // An edit mostly changes a finding or two: finding each by bisection costs a few
    // comparisons, where merging compares every finding of the mesh.
    constexpr size_t kFew = 32;
    if (gone.size() + came.size() <= kFew) {
        for (const Diagnostic &finding : gone)
            list.erase(std::lower_bound(list.begin(), list.end(), finding));
        for (Diagnostic &finding : came)
            list.insert(std::upper_bound(list.begin(), list.end(), finding), std::move(finding));
        return;
    }
    std::vector<Diagnostic> kept;
    kept.reserve(list.size() - gone.size());
    std::set_difference(std::make_move_iterator(list.begin()), std::make_move_iterator(list.end()),
                        gone.begin(), gone.end(), std::back_inserter(kept));
    list.clear();
    list.reserve(kept.size() + came.size());
    std::merge(std::make_move_iterator(kept.begin()), std::make_move_iterator(kept.end()),
               std::make_move_iterator(came.begin()), std::make_move_iterator(came.end()),
               std::back_inserter(list));
}

// True when one of `findings` is about an updated node, whose meta may now silence it.
bool concernsAny(const std::vector<Diagnostic> &findings, const QSet<QString> &nodeIds)
{
    return std::any_of(findings.begin(), findings.end(),
                       [&](const Diagnostic &finding) { return nodeIds.contains(finding.nodeId); });
}

// Each node once, in no particular order.
void removeDuplicates(std::vector<const Node *> &nodes)
{
    std::sort(nodes.begin(), nodes.end());
    nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
}

// The nodes whose findings a rule that finds by node must look at again after `edits`. Always
// the edited nodes, whose findings may have moved in their file. For a node rule, the nodes that
// ref them too: its findings about a node depend on the facts of what it refs. For a
// neighbourhood rule, what the rule names around each edit whose parents or config changed.
std::vector<const Node *> nodesToRecheck(const Rule &rule, const RuleContext &context,
                                         const std::vector<NodeEdit> &edits, bool graphChanged)
{
    std::vector<const Node *> nodes;
    for (const NodeEdit &edit : edits)
        nodes.push_back(edit.node);
    if (rule.reads() == Rule::Reads::Neighbourhood) {
        if (graphChanged) {
            for (const NodeEdit &edit : edits)
                static_cast<const NeighbourhoodRule &>(rule).addAffected(context, edit, nodes);
        }
        removeDuplicates(nodes);
        return nodes;
    }
    for (const NodeEdit &edit : edits) {
        for (const QString &id : context.manifest().children(edit.node->uniqueId)) {
            const Node *child = context.manifest().find(id);
            if (child && std::find(nodes.begin(), nodes.end(), child) == nodes.end())
                nodes.push_back(child);
        }
    }
    return nodes;
}

} // namespace

MeshChecker::MeshChecker()
{
    // Node rules.
    m_rules.push_back(std::make_unique<AccessRules>());
    m_rules.push_back(std::make_unique<AmbiguousRefRule>());
    m_rules.push_back(std::make_unique<UnlistedProjectRule>());
    m_rules.push_back(std::make_unique<DeprecatedRefRule>());
    m_rules.push_back(std::make_unique<ContractRules>());
    m_rules.push_back(std::make_unique<GovernanceRules>());
    m_rules.push_back(std::make_unique<ExposureParentsRule>());
    m_rules.push_back(std::make_unique<ExposureMaterializationRule>());
    m_rules.push_back(std::make_unique<SourceFreshnessRule>());
    m_rules.push_back(std::make_unique<HardCodedReferenceRule>());
    m_rules.push_back(std::make_unique<TooManyJoinsRule>());
    m_rules.push_back(std::make_unique<DocumentationRules>());
    m_rules.push_back(std::make_unique<NamingConventionRule>());
    m_rules.push_back(std::make_unique<DirectoryRules>());
    m_rules.push_back(std::make_unique<TestDirectoryRule>());
    // Declarations.
    m_rules.push_back(std::make_unique<GroupRules>());
    m_rules.push_back(std::make_unique<DuplicateNameRule>());
    m_rules.push_back(std::make_unique<VersionDeclarationRule>());
    m_rules.push_back(std::make_unique<DuplicateSourceRule>());
    m_rules.push_back(std::make_unique<UndocumentedSourceRule>());
    m_rules.push_back(std::make_unique<DocumentationCoverageRule>());
    // The graph.
    m_rules.push_back(std::make_unique<NodeCycleRule>());
    m_rules.push_back(std::make_unique<ProjectCycleRule>());
    m_rules.push_back(std::make_unique<DagGovernanceRules>());
    m_rules.push_back(std::make_unique<ModelFanoutRule>());
    m_rules.push_back(std::make_unique<RejoiningRule>());
    m_rules.push_back(std::make_unique<ChainedViewsRule>());
    m_rules.push_back(std::make_unique<TestingRules>());
}

MeshChecker::~MeshChecker() = default;

std::vector<Diagnostic> MeshChecker::check(const Manifest &manifest,
                                           const CheckOptions &options) const
{
    CheckState state;
    return check(RuleContext(manifest, options.today, options.settings.thresholds()), options,
                 state);
}

std::vector<const Rule *> MeshChecker::rulesFor(const CheckOptions &options,
                                                const std::unique_ptr<Rule> &baselineRule) const
{
    std::vector<const Rule *> rules;
    for (const auto &rule : m_rules) {
        if (wanted(*rule, options))
            rules.push_back(rule.get());
        else
            rules.push_back(nullptr); // keeps the state's slots in step
    }
    if (baselineRule && wanted(*baselineRule, options))
        rules.push_back(baselineRule.get());
    return rules;
}

std::vector<Diagnostic> MeshChecker::check(const RuleContext &context, const CheckOptions &options,
                                           CheckState &state) const
{
    std::unique_ptr<Rule> baseline;
    if (options.baseline)
        baseline = std::make_unique<BreakingChangeRules>(*options.baseline);
    const std::vector<const Rule *> rules = rulesFor(options, baseline);
    const std::vector<const Node *> nodes = allNodes(context);
    state.m_rules.assign(rules.size(), {});
    state.m_found.assign(nodes.size(), {});
    std::vector<const std::vector<Diagnostic> *> lists; // every rule's and node's settled findings
    for (size_t i = 0; i < rules.size(); ++i) {
        const Rule *rule = rules[i];
        if (!rule)
            continue;
        CheckState::RuleFindings &found = state.m_rules[i];
        if (findsByNode(*rule)) {
            checkNodes(*rule, context, nodes, state.m_found);
            for (size_t index = 0; index < state.m_found.size(); ++index) {
                if (state.m_found[index].empty())
                    continue; // most nodes: nothing to settle or merge
                std::vector<Diagnostic> kept = settled(std::exchange(state.m_found[index], {}),
                                                       context, options,
                                                       &context.manifest().nodes[index]);
                if (!kept.empty())
                    lists.push_back(&(found.settledByNode[index] = std::move(kept)));
            }
        } else {
            rule->check(context, found.all);
            found.settled = settled(found.all, context, options);
            lists.push_back(&found.settled);
        }
    }
    state.m_findings = mergeSorted(lists);
    return withParsing(context, options, state);
}

std::vector<Diagnostic> MeshChecker::recheck(const RuleContext &context,
                                             const CheckOptions &options, CheckState &state,
                                             const std::vector<NodeEdit> &edits,
                                             bool graphChanged) const
{
    std::unique_ptr<Rule> baseline;
    if (options.baseline)
        baseline = std::make_unique<BreakingChangeRules>(*options.baseline);
    const std::vector<const Rule *> rules = rulesFor(options, baseline);
    Q_ASSERT(state.m_rules.size() == rules.size());
    QSet<QString> updatedIds;
    for (const NodeEdit &edit : edits)
        updatedIds.insert(edit.node->uniqueId);
    // What the edits took from and added to the merged findings, over all rules.
    std::vector<Diagnostic> gone;
    std::vector<Diagnostic> came;
    for (size_t i = 0; i < rules.size(); ++i) {
        const Rule *rule = rules[i];
        if (!rule)
            continue;
        CheckState::RuleFindings &found = state.m_rules[i];
        if (findsByNode(*rule)) {
            // Swap the re-checked nodes' settled findings.
            const std::vector<const Node *> nodes
                = nodesToRecheck(*rule, context, edits, graphChanged);
            std::vector<Diagnostic> before;
            for (const Node *node : nodes) {
                const auto ofNode = found.settledByNode.find(context.indexOf(*node));
                if (ofNode == found.settledByNode.end())
                    continue;
                std::move(ofNode->second.begin(), ofNode->second.end(), std::back_inserter(before));
                found.settledByNode.erase(ofNode);
            }
            checkNodes(*rule, context, nodes, state.m_found);
            std::vector<Diagnostic> after;
            for (const Node *node : nodes) {
                const size_t index = context.indexOf(*node);
                std::vector<Diagnostic> kept
                    = settled(std::exchange(state.m_found[index], {}), context, options, node);
                if (kept.empty())
                    continue;
                after.insert(after.end(), kept.begin(), kept.end());
                found.settledByNode[index] = std::move(kept);
            }
            std::sort(before.begin(), before.end());
            std::sort(after.begin(), after.end());
            // Typing mostly finds again what was found: then the lists stay as they are.
            if (!sameFindings(before, after)) {
                std::move(before.begin(), before.end(), std::back_inserter(gone));
                std::move(after.begin(), after.end(), std::back_inserter(came));
            }
            continue;
        }
        const bool rerun = rule->reads() == Rule::Reads::Graph && graphChanged
            && rule->mayHaveChanged(context, edits, found.all);
        // A node's meta comes with its config, so only a config change can silence a finding
        // about it that the rule did not find again.
        if (!rerun && !(graphChanged && concernsAny(found.all, updatedIds)))
            continue;
        if (rerun) {
            found.all.clear();
            rule->check(context, found.all);
        }
        std::vector<Diagnostic> after = settled(found.all, context, options);
        if (!sameFindings(found.settled, after)) {
            gone.insert(gone.end(), found.settled.begin(), found.settled.end());
            came.insert(came.end(), after.begin(), after.end());
            found.settled = std::move(after);
        }
    }
    if (!gone.empty() || !came.empty()) {
        std::sort(gone.begin(), gone.end());
        std::sort(came.begin(), came.end());
        replaceSorted(state.m_findings, gone, came);
    }
    return withParsing(context, options, state);
}

std::vector<Diagnostic> MeshChecker::settled(std::vector<Diagnostic> findings,
                                             const RuleContext &context,
                                             const CheckOptions &options, const Node *concerned)
{
    std::vector<Diagnostic> kept;
    kept.reserve(findings.size());
    for (Diagnostic &finding : findings) {
        const Node *node = concerned && finding.nodeId == concerned->uniqueId ? concerned
            : finding.nodeId.isEmpty() ? nullptr
                                       : context.manifest().find(finding.nodeId);
        if (std::optional<Diagnostic> applied
            = options.settings.apply(std::move(finding), node, options.workspaceRoot))
            kept.push_back(std::move(*applied));
    }
    std::sort(kept.begin(), kept.end());
    return kept;
}

std::vector<Diagnostic> MeshChecker::withParsing(const RuleContext &context,
                                                 const CheckOptions &options,
                                                 const CheckState &state)
{
    // The manifest's own diagnostics change with every update and are few: settle them anew.
    const std::vector<Diagnostic> parsing = settled(context.manifest().diagnostics, context, options);
    std::vector<Diagnostic> all;
    all.reserve(parsing.size() + state.m_findings.size());
    std::merge(parsing.begin(), parsing.end(), state.m_findings.begin(), state.m_findings.end(),
               std::back_inserter(all));
    return all;
}

} // namespace Trellis::Core
