#pragma once

#include "core/rules/rule.h"

#include <QCoreApplication>

namespace Trellis::Core {

// dbt-project-evaluator's fct_model_fanout (TRL0418): a node with models_fanout_threshold (3) or
// more direct children that are leaf models (models nothing but tests reads), which suggests that
// a shared transformation belongs upstream, or that the BI layer should do the last joins. Whether
// a child is a leaf depends on the child's own children, so an edit reaches two steps up.
class ModelFanoutRule : public NeighbourhoodRule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::ModelFanoutRule)

public:
    QStringList codes() const override;
    void checkNodes(const RuleContext &context, const std::vector<const Node *> &nodes,
                    std::vector<std::vector<Diagnostic>> &byNode) const override;
    void addAffected(const RuleContext &context, const NodeEdit &edit,
                     std::vector<const Node *> &affected) const override;
};

} // namespace Trellis::Core
