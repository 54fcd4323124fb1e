#include "testingrules.h"

#include "core/rules/projectcoverage.h"
#include "core/rules/rulecodes.h"

#include <algorithm>

namespace Trellis::Core {

namespace {

// What the tests of one column guard: unique tests, and not_null tests or constraints.
struct ColumnTests
{
    QStringView column;
    int unique = 0;
    int notNull = 0;
};

// What the tests of one model guard. Columns in a short list: a model has few tested columns.
struct TestSummary
{
    bool isChecked = false; // a model of a workspace project
    int tests = 0;
    bool primaryKeyTested = false;
    std::vector<ColumnTests> columns;

    ColumnTests &column(QStringView name)
    {
        for (ColumnTests &tests : columns) {
            if (tests.column == name)
                return tests;
        }
        return columns.emplace_back(ColumnTests{name});
    }
};

bool isBuiltIn(const TestMetadata &test, QLatin1String name)
{
    return test.name == name && (test.package.isEmpty() || test.package == QLatin1String("dbt"));
}

// dbt-project-evaluator's default primary_key_test_macros: unique_combination_of_columns, and
// (asked for often enough to accept by default) dbt_constraints' primary_key test.
bool testsAPrimaryKeyAlone(const TestMetadata &test)
{
    return (test.package == QLatin1String("dbt_utils")
            && test.name == QLatin1String("unique_combination_of_columns"))
        || (test.package == QLatin1String("dbt_constraints")
            && test.name == QLatin1String("primary_key"));
}

bool hasNotNullConstraint(const ColumnDeclaration &column)
{
    for (const QJsonValue &constraint : column.constraints) {
        if (constraint.toObject().value(QLatin1String("type")).toString()
            == QLatin1String("not_null"))
            return true;
    }
    return false;
}

// The node a test counts for: a generic test's first parent is the node it is attached to; a
// singular test counts for its last ref, as in the evaluator.
const Node *testedNode(const RuleContext &context, const Node &test)
{
    const std::vector<const Node *> &parents = context.parentsOf(test);
    if (parents.empty())
        return nullptr;
    if (test.test.attachedNode.isEmpty())
        return parents.back();
    return parents.front()->uniqueId == test.test.attachedNode ? parents.front() : nullptr;
}

// The summary of every node, parallel to the manifest's nodes.
std::vector<TestSummary> summarize(const RuleContext &context)
{
    const std::vector<Node> &nodes = context.manifest().nodes;
    std::vector<TestSummary> summaries(nodes.size());
    for (const Node &node : nodes) {
        if (node.type != ResourceType::Model || !context.factsOf(node).inWorkspace)
            continue;
        TestSummary &summary = summaries[context.indexOf(node)];
        summary.isChecked = true;
        for (const ColumnDeclaration &column : node.columns) {
            if (hasNotNullConstraint(column))
                ++summary.column(column.name).notNull;
        }
    }
    for (const Node &test : nodes) {
        const Node *tested = test.type == ResourceType::Test ? testedNode(context, test) : nullptr;
        if (!tested || !summaries[context.indexOf(*tested)].isChecked)
            continue;
        TestSummary &summary = summaries[context.indexOf(*tested)];
        ++summary.tests;
        if (testsAPrimaryKeyAlone(test.test))
            summary.primaryKeyTested = true;
        else if (isBuiltIn(test.test, QLatin1String("unique")))
            ++summary.column(test.test.columnName).unique;
        else if (isBuiltIn(test.test, QLatin1String("not_null")))
            ++summary.column(test.test.columnName).notNull;
    }
    for (TestSummary &summary : summaries) {
        for (const ColumnTests &column : summary.columns) {
            if (column.unique > 0 && column.notNull > 0)
                summary.primaryKeyTested = true;
        }
    }
    return summaries;
}

} // namespace

QStringList TestingRules::codes() const
{
    return {RuleCode::MissingPrimaryKeyTests, RuleCode::TestCoverage};
}

bool TestingRules::mayHaveChanged(const RuleContext &context, const std::vector<NodeEdit> &edits,
                                  const std::vector<Diagnostic> &before) const
{
    Q_UNUSED(context);
    Q_UNUSED(before);
    return std::any_of(edits.begin(), edits.end(), [](const NodeEdit &edit) {
        return edit.node->type == ResourceType::Test;
    });
}

void TestingRules::check(const RuleContext &context, std::vector<Diagnostic> &findings) const
{
    ProjectCoverage coverage;
    const std::vector<TestSummary> summaries = summarize(context);
    for (const Node &model : context.manifest().nodes) {
        const TestSummary &summary = summaries[context.indexOf(model)];
        if (!summary.isChecked)
            continue;
        coverage.count(model, summary.tests > 0);
        if (summary.primaryKeyTested)
            continue;
        findings.push_back(RuleContext::finding(
            Severity::Warning, RuleCode::MissingPrimaryKeyTests, RuleContext::locationOf(model),
            model,
            tr("Model '%1' has no primary key tests (dbt-project-evaluator: "
               "fct_missing_primary_key_tests); test its grain with unique and not_null on one "
               "column, or with dbt_utils.unique_combination_of_columns.")
                .arg(RuleContext::displayName(model))));
    }
    const double target = context.thresholds().testCoverageTarget;
    coverage.reportBelow(context.manifest(), target, RuleCode::TestCoverage,
                         tr("Project '%1' has tests on %2 of %3 models (%4%), below the target "
                            "of %5% (dbt-project-evaluator: fct_test_coverage); add tests to %6."),
                         findings);
}

} // namespace Trellis::Core
