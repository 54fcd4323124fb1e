#pragma once

#include "core/rules/rule.h"

#include <QCoreApplication>

namespace Trellis::Core {

// dbt-project-evaluator's fct_model_naming_conventions (TRL0450): a model whose name starts
// with none of the conventional prefixes (base_, stg_, int_, fct_, dim_, rpt_; see ModelLayer).
// MetricFlow's time spine (the model whose columns declare a granularity) is left out, as in the
// evaluator.
class NamingConventionRule : public NodeRule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::NamingConventionRule)

public:
    QStringList codes() const override;
    void checkNode(const RuleContext &context, const Node &node,
                   std::vector<Diagnostic> &findings) const override;
};

// dbt-project-evaluator's fct_model_directories (TRL0451) and fct_source_directories
// (TRL0452): a model whose prefix says one layer while the innermost layer folder it sits in
// says another; a staging model outside a folder named after each source it reads; a source
// declared in a property file outside a folder named after it. As in the evaluator, "named
// after" means the folder path contains the source's name.
class DirectoryRules : public NodeRule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::DirectoryRules)

public:
    QStringList codes() const override;
    void checkNode(const RuleContext &context, const Node &node,
                   std::vector<Diagnostic> &findings) const override;

private:
    static void checkModel(const RuleContext &context, const Node &model,
                           std::vector<Diagnostic> &findings);
};

// dbt-project-evaluator's fct_test_directories (TRL0453): a generic test of a model declared in a
// property file outside the model's folder, where someone reading the model does not find its
// tests. Reported at the test's entry; the folders come from declarations, which edits of SQL
// never move.
class TestDirectoryRule : public NodeRule
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::TestDirectoryRule)

public:
    QStringList codes() const override;
    void checkNode(const RuleContext &context, const Node &node,
                   std::vector<Diagnostic> &findings) const override;
};

} // namespace Trellis::Core
