#pragma once

#include "core/rules/rule.h"

#include <QCoreApplication>

namespace Trellis::Core {

// dbt-project-evaluator's fct_too_many_joins (TRL0422): a model with too_many_joins_threshold (7)
// or more direct parents (models, sources, seeds, snapshots), which is hard to read and to test;
// split it into intermediate models.
class TooManyJoinsRule : public NodeRule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::TooManyJoinsRule)

public:
    QStringList codes() const override;
    void checkNode(const RuleContext &context, const Node &node,
                   std::vector<Diagnostic> &findings) const override;
};

} // namespace Trellis::Core
