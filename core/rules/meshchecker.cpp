#include "meshchecker.h"

#include "core/rules/accessrules.h"
#include "core/rules/breakingchangerules.h"
#include "core/rules/contractrules.h"
#include "core/rules/daggovernancerules.h"
#include "core/rules/governancerules.h"
#include "core/rules/grouprules.h"
#include "core/rules/namingrules.h"
#include "core/rules/nodecyclerule.h"
#include "core/rules/projectdependencyrules.h"
#include "core/rules/versionrules.h"

#include <algorithm>

namespace Trellis::Core {

MeshChecker::MeshChecker()
{
    m_rules.push_back(std::make_unique<AccessRules>());
    m_rules.push_back(std::make_unique<GroupRules>());
    m_rules.push_back(std::make_unique<ProjectDependencyRules>());
    m_rules.push_back(std::make_unique<NodeCycleRule>());
    m_rules.push_back(std::make_unique<NamingRules>());
    m_rules.push_back(std::make_unique<VersionRules>());
    m_rules.push_back(std::make_unique<ContractRules>());
    m_rules.push_back(std::make_unique<GovernanceRules>());
    m_rules.push_back(std::make_unique<DagGovernanceRules>());
}

MeshChecker::~MeshChecker() = default;

std::vector<Diagnostic> MeshChecker::check(const Manifest &manifest,
                                           const CheckOptions &options) const
{
    const RuleContext context(manifest, options.today);
    std::vector<Diagnostic> found = manifest.diagnostics;
    const auto run = [&](const Rule &rule) {
        const QStringList codes = rule.codes();
        const bool wanted = std::any_of(codes.begin(), codes.end(), [&](const QString &code) {
            return !options.settings.isOff(code);
        });
        if (wanted)
            rule.check(context, found);
    };
    for (const auto &rule : m_rules)
        run(*rule);
    if (options.baseline)
        run(BreakingChangeRules(*options.baseline));

    std::vector<Diagnostic> kept;
    kept.reserve(found.size());
    for (Diagnostic &finding : found) {
        const Node *node = finding.nodeId.isEmpty() ? nullptr : manifest.find(finding.nodeId);
        if (std::optional<Diagnostic> applied
            = options.settings.apply(std::move(finding), node, options.workspaceRoot))
            kept.push_back(std::move(*applied));
    }
    std::sort(kept.begin(), kept.end());
    return kept;
}

} // namespace Trellis::Core
