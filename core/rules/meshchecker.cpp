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

#include <algorithm>

namespace Trellis::Core {

namespace {

bool wanted(const Rule &rule, const CheckOptions &options)
{
    const QStringList codes = rule.codes();
    return std::any_of(codes.begin(), codes.end(),
                       [&](const QString &code) { return !options.settings.isOff(code); });
}

void checkNode(const Rule &rule, const RuleContext &context, const Node &node,
               std::vector<std::vector<Diagnostic>> &byNode)
{
    std::vector<Diagnostic> &findings = byNode[context.indexOf(node)];
    findings.clear();
    static_cast<const NodeRule &>(rule).checkNode(context, node, findings);
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
            found.byNode.resize(context.manifest().nodes.size());
            for (const Node &node : context.manifest().nodes)
                checkNode(*rule, context, node, found.byNode);
        } else {
            rule->check(context, found.all);
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
    for (size_t i = 0; i < rules.size(); ++i) {
        const Rule *rule = rules[i];
        if (!rule)
            continue;
        CheckState::RuleFindings &found = state.m_rules[i];
        switch (rule->reads()) {
        case Rule::Reads::Node:
            for (const Node *node : nodes)
                checkNode(*rule, context, *node, found.byNode);
            break;
        case Rule::Reads::Graph:
            if (graphChanged) {
                found.all.clear();
                rule->check(context, found.all);
            }
            break;
        case Rule::Reads::Declarations:
            break;
        }
    }
    return collect(context, options, state);
}

std::vector<Diagnostic> MeshChecker::collect(const RuleContext &context,
                                             const CheckOptions &options, const CheckState &state)
{
    const Manifest &manifest = context.manifest();
    std::vector<Diagnostic> kept;
    const auto keep = [&](Diagnostic finding) {
        const Node *node = finding.nodeId.isEmpty() ? nullptr : manifest.find(finding.nodeId);
        if (std::optional<Diagnostic> applied
            = options.settings.apply(std::move(finding), node, options.workspaceRoot))
            kept.push_back(std::move(*applied));
    };
    for (const Diagnostic &finding : manifest.diagnostics)
        keep(finding);
    for (const CheckState::RuleFindings &found : state.m_rules) {
        for (const Diagnostic &finding : found.all)
            keep(finding);
        for (const std::vector<Diagnostic> &ofNode : found.byNode) {
            for (const Diagnostic &finding : ofNode)
                keep(finding);
        }
    }
    std::sort(kept.begin(), kept.end());
    return kept;
}

} // namespace Trellis::Core
