#pragma once

#include "core/rules/rule.h"

#include <QCoreApplication>

namespace Trellis::Core {

// dbt-project-evaluator's fct_duplicate_sources (TRL0421): two source tables of one project that
// name the same relation (schema and identifier), so the same data enters the DAG twice under
// different names. Like the evaluator, the relation is database, schema and identifier, so
// sources in two databases with the same schema and table are not duplicates.
class DuplicateSourceRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::DuplicateSourceRule)

public:
    QStringList codes() const override;
    Reads reads() const override { return Reads::Declarations; }
    void check(const RuleContext &context, std::vector<Diagnostic> &findings) const override;
};

} // namespace Trellis::Core
