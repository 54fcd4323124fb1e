#pragma once

#include "core/rules/rule.h"

#include <QCoreApplication>

namespace Trellis::Core {

// dbt-project-evaluator's fct_rejoining_of_upstream_concepts (TRL0419): a node C reads a parent P
// both directly and through a model M that reads P and feeds nothing but C. M then saves no build
// time and splits one concept over two models: fold M into C as a CTE, or let C read P only
// through M. When M feeds other nodes too, the split avoids duplicated code and is fine. A graph
// rule: it looks at M's children.
class RejoiningRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::RejoiningRule)

public:
    QStringList codes() const override;
    Reads reads() const override { return Reads::Graph; }
    void check(const RuleContext &context, std::vector<Diagnostic> &findings) const override;
};

} // namespace Trellis::Core
