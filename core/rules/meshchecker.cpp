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
#include "core/rules/structurerules.h"
#include "core/rules/testingrules.h"
#include "core/rules/toomanyjoinsrule.h"
#include "core/rules/versionrules.h"

#include <QSet>

#include <algorithm>
#include <iterator>

namespace Trellis::Core {

namespace {

bool wanted(const Rule &rule, const CheckOptions &options)
{
    const QStringList codes = rule.codes();
    return std::any_of(codes.begin(), codes.end(),
                       [&](const QString &code) { return !options.settings.isOff(code); });
}

void checkNode(const Rule &rule, const RuleContext &context, const Node &node,
               std::vector<Diagnostic> &findings)
{
    findings.clear();
    static_cast<const NodeRule &>(rule).checkNode(context, node, findings);
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

// True when one of `findings` is about an updated node, whose meta may now silence it.
bool concernsAny(const std::vector<Diagnostic> &findings, const QSet<QString> &nodeIds)
{
    return std::any_of(findings.begin(), findings.end(),
                       [&](const Diagnostic &finding) { return nodeIds.contains(finding.nodeId); });
}

// The updated nodes and those that ref them: a node rule's findings about a node depend on the
// facts of what it refs, which the update may have changed.
std::vector<const Node *> nodesToRecheck(const RuleContext &context,
                                         const std::vector<const Node *> &updated)
{
    std::vector<const Node *> nodes = updated;
    for (const Node *node : updated) {
        for (const QString &id : context.manifest().children(node->uniqueId)) {
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
    m_rules.push_back(std::make_unique<HardCodedReferenceRule>());
    m_rules.push_back(std::make_unique<TooManyJoinsRule>());
    m_rules.push_back(std::make_unique<DocumentationRules>());
    m_rules.push_back(std::make_unique<NamingConventionRule>());
    m_rules.push_back(std::make_unique<DirectoryRules>());
    // Declarations.
    m_rules.push_back(std::make_unique<GroupRules>());
    m_rules.push_back(std::make_unique<DuplicateNameRule>());
    m_rules.push_back(std::make_unique<VersionDeclarationRule>());
    m_rules.push_back(std::make_unique<DuplicateSourceRule>());
    m_rules.push_back(std::make_unique<UndocumentedSourceRule>());
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
    state.m_rules.assign(rules.size(), {});
    for (size_t i = 0; i < rules.size(); ++i) {
        const Rule *rule = rules[i];
        if (!rule)
            continue;
        CheckState::RuleFindings &found = state.m_rules[i];
        if (rule->reads() == Rule::Reads::Node) {
            const size_t count = context.manifest().nodes.size();
            found.byNode.resize(count);
            found.settledByNode.resize(count);
            std::vector<const std::vector<Diagnostic> *> lists;
            lists.reserve(count);
            for (const Node &node : context.manifest().nodes) {
                const size_t index = context.indexOf(node);
                checkNode(*rule, context, node, found.byNode[index]);
                found.settledByNode[index] = settled(found.byNode[index], context, options);
                lists.push_back(&found.settledByNode[index]);
            }
            found.settled = mergeSorted(lists);
        } else {
            rule->check(context, found.all);
            found.settled = settled(found.all, context, options);
        }
    }
    return collect(context, options, state);
}

std::vector<Diagnostic> MeshChecker::recheck(const RuleContext &context,
                                             const CheckOptions &options, CheckState &state,
                                             const std::vector<const Node *> &updated,
                                             bool graphChanged) const
{
    std::unique_ptr<Rule> baseline;
    if (options.baseline)
        baseline = std::make_unique<BreakingChangeRules>(*options.baseline);
    const std::vector<const Rule *> rules = rulesFor(options, baseline);
    Q_ASSERT(state.m_rules.size() == rules.size());
    const std::vector<const Node *> nodes = nodesToRecheck(context, updated);
    QSet<QString> updatedIds;
    for (const Node *node : updated)
        updatedIds.insert(node->uniqueId);
    for (size_t i = 0; i < rules.size(); ++i) {
        const Rule *rule = rules[i];
        if (!rule)
            continue;
        CheckState::RuleFindings &found = state.m_rules[i];
        if (rule->reads() == Rule::Reads::Node) {
            // Swap the re-checked nodes' settled findings in the rule's sorted list.
            std::vector<Diagnostic> gone;
            std::vector<Diagnostic> came;
            for (const Node *node : nodes) {
                const size_t index = context.indexOf(*node);
                std::vector<Diagnostic> &ofNode = found.settledByNode[index];
                std::move(ofNode.begin(), ofNode.end(), std::back_inserter(gone));
                checkNode(*rule, context, *node, found.byNode[index]);
                ofNode = settled(found.byNode[index], context, options);
                came.insert(came.end(), ofNode.begin(), ofNode.end());
            }
            std::sort(gone.begin(), gone.end());
            std::sort(came.begin(), came.end());
            if (gone.empty() && came.empty())
                continue;
            std::vector<Diagnostic> kept;
            kept.reserve(found.settled.size());
            std::set_difference(std::make_move_iterator(found.settled.begin()),
                                std::make_move_iterator(found.settled.end()), gone.begin(),
                                gone.end(), std::back_inserter(kept));
            found.settled.clear();
            std::merge(std::make_move_iterator(kept.begin()), std::make_move_iterator(kept.end()),
                       std::make_move_iterator(came.begin()), std::make_move_iterator(came.end()),
                       std::back_inserter(found.settled));
        } else if (rule->reads() == Rule::Reads::Graph && graphChanged) {
            found.all.clear();
            rule->check(context, found.all);
            found.settled = settled(found.all, context, options);
        } else if (graphChanged && concernsAny(found.all, updatedIds)) {
            // A node's meta comes with its config, so only a config change can silence it.
            found.settled = settled(found.all, context, options);
        }
    }
    return collect(context, options, state);
}

std::vector<Diagnostic> MeshChecker::settled(const std::vector<Diagnostic> &findings,
                                             const RuleContext &context,
                                             const CheckOptions &options)
{
    std::vector<Diagnostic> kept;
    for (const Diagnostic &finding : findings) {
        const Node *node
            = finding.nodeId.isEmpty() ? nullptr : context.manifest().find(finding.nodeId);
        if (std::optional<Diagnostic> applied
            = options.settings.apply(finding, node, options.workspaceRoot))
            kept.push_back(std::move(*applied));
    }
    std::sort(kept.begin(), kept.end());
    return kept;
}

std::vector<Diagnostic> MeshChecker::collect(const RuleContext &context,
                                             const CheckOptions &options, const CheckState &state)
{
    // The manifest's own diagnostics change with every update and are few: settle them anew.
    const std::vector<Diagnostic> parsing = settled(context.manifest().diagnostics, context, options);
    std::vector<const std::vector<Diagnostic> *> lists{&parsing};
    for (const CheckState::RuleFindings &found : state.m_rules)
        lists.push_back(&found.settled);
    return mergeSorted(lists);
}

} // namespace Trellis::Core
