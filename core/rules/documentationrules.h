#pragma once

#include "core/rules/rule.h"

#include <QCoreApplication>

namespace Trellis::Core {

// dbt-project-evaluator's documentation rules: a model without a description
// (fct_undocumented_models, TRL0440) and a source table without one
// (fct_undocumented_source_tables, TRL0441). Public models have their own, stricter rule
// (TRL0402).
class DocumentationRules : public NodeRule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::DocumentationRules)

public:
    QStringList codes() const override;
    void checkNode(const RuleContext &context, const Node &node,
                   std::vector<Diagnostic> &findings) const override;
};

// dbt-project-evaluator's fct_undocumented_sources (TRL0442): a source whose own entry has no
// description, reported once per source at that entry, whatever its tables say.
class UndocumentedSourceRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::UndocumentedSourceRule)

public:
    QStringList codes() const override;
    Reads reads() const override { return Reads::Declarations; }
    void check(const RuleContext &context, std::vector<Diagnostic> &findings) const override;
};

// dbt-project-evaluator's fct_documentation_coverage (TRL0443): a project in which fewer models
// than documentation_coverage_target (100%) have a description, one finding for the project at
// its dbt_project.yml. Descriptions come from property files, so an edit of a model's SQL never
// changes what it finds.
class DocumentationCoverageRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::DocumentationCoverageRule)

public:
    QStringList codes() const override;
    Reads reads() const override { return Reads::Declarations; }
    void check(const RuleContext &context, std::vector<Diagnostic> &findings) const override;
};

} // namespace Trellis::Core
