#pragma once

#include "core/rules/rule.h"

#include <QCoreApplication>

namespace Trellis::Core {

// dbt-project-evaluator's fct_model_fanout (TRL0418): a node with models_fanout_threshold (3) or
// more direct children that are leaf models (models nothing but tests reads), which suggests that
// a shared transformation belongs upstream, or that the BI layer should do the last joins. A
// graph rule: whether a child is a leaf depends on the child's own children.
class ModelFanoutRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::ModelFanoutRule)

public:
    QStringList codes() const override;
    Reads reads() const override { return Reads::Graph; }
    void check(const RuleContext &context, std::vector<Diagnostic> &findings) const override;
};

} // namespace Trellis::Core
