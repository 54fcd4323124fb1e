#pragma once

#include "core/rules/rule.h"

#include <QCoreApplication>

namespace Trellis::Core {

// dbt-project-evaluator's fct_chained_views_dependencies (TRL0460): a model built on a chain of
// more than chained_views_threshold (5) views and ephemeral models in a row, each querying the
// next, so that nothing is computed before the model itself runs. The chain runs through other
// nodes' parents and materializations, so an edit reaches down the runs of views below the
// edited node.
class ChainedViewsRule : public NeighbourhoodRule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::ChainedViewsRule)

public:
    QStringList codes() const override;
    void checkNodes(const RuleContext &context, const std::vector<const Node *> &nodes,
                    std::vector<std::vector<Diagnostic>> &byNode) const override;
    void addAffected(const RuleContext &context, const NodeEdit &edit,
                     std::vector<const Node *> &affected) const override;
};

} // namespace Trellis::Core
