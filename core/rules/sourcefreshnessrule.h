#pragma once

#include "core/rules/rule.h"

#include <QCoreApplication>

namespace Trellis::Core {

// dbt-project-evaluator's fct_sources_without_freshness (TRL0432): a source table of a workspace
// project with no freshness check, neither a warn_after nor an error_after (its own, else its
// source's), so `dbt source freshness` never says when its loads stop. A node rule over
// declarations: an edit of a model never changes what it finds.
class SourceFreshnessRule : public NodeRule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::SourceFreshnessRule)

public:
    QStringList codes() const override;
    void checkNode(const RuleContext &context, const Node &node,
                   std::vector<Diagnostic> &findings) const override;
};

} // namespace Trellis::Core
