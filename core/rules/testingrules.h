#pragma once

#include "core/rules/rule.h"

#include <QCoreApplication>

namespace Trellis::Core {

// dbt-project-evaluator's testing rules, over one summary of each model's data tests (its
// int_model_test_summary): a model whose grain no test guards (fct_missing_primary_key_tests,
// TRL0430) and a project in which fewer models than test_coverage_target (100%) have a test at
// all (fct_test_coverage, TRL0431, one finding for the project at its dbt_project.yml). A test
// counts for the node it is attached to (a singular test: its last ref, as in the evaluator). A
// graph rule: editing a singular test's refs moves it to another model; editing a model's refs
// or config changes nothing it reads.
class TestingRules : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::TestingRules)

public:
    QStringList codes() const override;
    Reads reads() const override { return Reads::Graph; }
    void check(const RuleContext &context, std::vector<Diagnostic> &findings) const override;
    bool mayHaveChanged(const RuleContext &context, const std::vector<NodeEdit> &edits,
                        const std::vector<Diagnostic> &before) const override;
};

} // namespace Trellis::Core
