#pragma once

#include "core/rules/rule.h"

#include <QCoreApplication>

namespace Trellis::Core {

// The shape of each project's DAG, after dbt-project-evaluator's modeling rules and its default
// layer conventions (the prefixes stg_, int_, fct_ and dim_, else the folders staging/,
// intermediate/ and marts/; see ModelLayer): a model that joins a source directly next to other
// models (fct_direct_join_to_source, TRL0410), intermediate or marts models reading sources
// (TRL0411), staging models built on
// staging (TRL0412) or on intermediate and marts models (TRL0413), models with no parents
// (fct_root_models, TRL0414), sources nothing reads (fct_unused_sources, TRL0415), models joining
// several sources (TRL0416) and sources read by several models (fct_source_fanout, TRL0417).
// Packages are not checked: their shape is not the workspace's to change. A model's findings look
// at its parents, a source's at its children.
class DagGovernanceRules : public NeighbourhoodRule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::DagGovernanceRules)

public:
    QStringList codes() const override;
    void checkNodes(const RuleContext &context, const std::vector<const Node *> &nodes,
                    std::vector<std::vector<Diagnostic>> &byNode) const override;
    void addAffected(const RuleContext &context, const NodeEdit &edit,
                     std::vector<const Node *> &affected) const override;

private:
    static void checkModel(const RuleContext &context, const Node &model,
                           std::vector<Diagnostic> &findings);
    static void checkSource(const RuleContext &context, const Node &source,
                            std::vector<Diagnostic> &findings);
};

} // namespace Trellis::Core
