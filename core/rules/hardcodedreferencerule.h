#pragma once

#include "core/rules/rule.h"

#include <QCoreApplication>

namespace Trellis::Core {

// dbt-project-evaluator's fct_hard_coded_references (TRL0420): a SQL model that selects from or
// joins a relation by name (`from raw.orders`, `join "db"."schema"."t"`, `from {{ var('t') }}`)
// instead of through ref() or source(), so dbt knows nothing of the dependency. It reads the
// model's own SQL with the evaluator's patterns, after blanking comments and Jinja statements
// (`{% … %}`), and reports each reference where it is written.
class HardCodedReferenceRule : public NodeRule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::HardCodedReferenceRule)

public:
    QStringList codes() const override;
    void checkNode(const RuleContext &context, const Node &node,
                   std::vector<Diagnostic> &findings) const override;
};

} // namespace Trellis::Core
