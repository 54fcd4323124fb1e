#pragma once

#include "core/rules/rule.h"

#include <QCoreApplication>

namespace Trellis::Core {

// dbt-project-evaluator's fct_rejoining_of_upstream_concepts (TRL0419): a node C reads a parent P
// both directly and through a model M that reads P and feeds nothing but C. M then saves no build
// time and splits one concept over two models: fold M into C as a CTE, or let C read P only
// through M. When M feeds other nodes too, the split avoids duplicated code and is fine. A finding
// about C looks at C's parents, their parents and their children.
class RejoiningRule : public NeighbourhoodRule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::RejoiningRule)

public:
    QStringList codes() const override;
    void checkNodes(const RuleContext &context, const std::vector<const Node *> &nodes,
                    std::vector<std::vector<Diagnostic>> &byNode) const override;
    void addAffected(const RuleContext &context, const NodeEdit &edit,
                     std::vector<const Node *> &affected) const override;
};

} // namespace Trellis::Core
