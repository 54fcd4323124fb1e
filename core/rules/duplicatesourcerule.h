#pragma once

#include "core/rules/rule.h"

#include <QCoreApplication>

namespace Trellis::Core {

// dbt-project-evaluator's fct_duplicate_sources (TRL0421): two source tables of one project that
// name the same relation (schema and identifier), so the same data enters the DAG twice under
// different names. Sources do not record a `database:` in Trellis yet; like the evaluator on a
// warehouse without databases, the relation is compared as schema.identifier.
class DuplicateSourceRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::DuplicateSourceRule)

public:
    QStringList codes() const override;
    Reads reads() const override { return Reads::Declarations; }
    void check(const RuleContext &context, std::vector<Diagnostic> &findings) const override;
};

} // namespace Trellis::Core
