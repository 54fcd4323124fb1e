#pragma once

#include "core/rules/rule.h"

#include <QCoreApplication>

namespace Trellis::Core {

// dbt-project-evaluator's fct_chained_views_dependencies (TRL0460): a model built on a chain of
// more than chained_views_threshold (5) views and ephemeral models in a row, each querying the
// next, so that nothing is computed before the model itself runs. A graph rule: the chain runs
// through other nodes' parents and materializations.
class ChainedViewsRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::ChainedViewsRule)

public:
    QStringList codes() const override;
    Reads reads() const override { return Reads::Graph; }
    void check(const RuleContext &context, std::vector<Diagnostic> &findings) const override;
};

} // namespace Trellis::Core
