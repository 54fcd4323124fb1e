#pragma once

#include "core/rules/rule.h"

#include <QCoreApplication>

namespace Trellis::Core {

// Governance of what a project publishes, after dbt-project-evaluator's rules of the same
// purpose: a public model without an enforced contract (fct_public_models_without_contract,
// TRL0401) and a public model without a description or with undocumented columns
// (fct_undocumented_public_models, TRL0402). Advice rather than dbt errors, so a workspace can
// tune or turn them off in its rule settings.
class GovernanceRules : public NodeRule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::GovernanceRules)

public:
    QStringList codes() const override;
    void checkNode(const RuleContext &context, const Node &node,
                   std::vector<Diagnostic> &findings) const override;
};

// dbt-project-evaluator's fct_exposures_dependent_on_private_models (TRL0403): an exposure that
// reads anything but a public model (a private or protected model, a source, a seed), so the
// dashboard or application it stands for depends on something its owners do not publish.
class ExposureParentsRule : public NodeRule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::ExposureParentsRule)

public:
    QStringList codes() const override;
    void checkNode(const RuleContext &context, const Node &node,
                   std::vector<Diagnostic> &findings) const override;
};

// dbt-project-evaluator's fct_exposure_parents_materializations (TRL0461): an exposure that reads
// a source, or a model built as a view or an ephemeral model, so the dashboard or application
// it stands for queries raw data or recomputes the model on every query. A node rule: a
// parent's config changes with an edit of the parent, which re-checks its children.
class ExposureMaterializationRule : public NodeRule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::ExposureMaterializationRule)

public:
    QStringList codes() const override;
    void checkNode(const RuleContext &context, const Node &node,
                   std::vector<Diagnostic> &findings) const override;
};

} // namespace Trellis::Core
