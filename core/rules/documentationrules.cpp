#include "documentationrules.h"

#include "core/rules/projectcoverage.h"
#include "core/rules/rulecodes.h"

#include <QSet>

namespace Trellis::Core {

namespace {

bool isDescribed(const Node &node)
{
    return !QStringView(node.description).trimmed().isEmpty();
}

} // namespace

QStringList DocumentationRules::codes() const
{
    return {RuleCode::UndocumentedModel, RuleCode::UndocumentedSourceTable};
}

void DocumentationRules::checkNode(const RuleContext &context, const Node &node,
                                   std::vector<Diagnostic> &findings) const
{
    if ((node.type != ResourceType::Model && node.type != ResourceType::Source)
        || !context.factsOf(node).inWorkspace || isDescribed(node))
        return;
    if (node.type == ResourceType::Model) {
        findings.push_back(RuleContext::finding(
            Severity::Warning, RuleCode::UndocumentedModel, RuleContext::locationOf(node), node,
            tr("Model '%1' has no description (dbt-project-evaluator: fct_undocumented_models); "
               "say what a row is in its property file.")
                .arg(RuleContext::displayName(node))));
    } else if (node.type == ResourceType::Source) {
        findings.push_back(RuleContext::finding(
            Severity::Warning, RuleCode::UndocumentedSourceTable, RuleContext::locationOf(node),
            node,
            tr("Source table '%1' has no description (dbt-project-evaluator: "
               "fct_undocumented_source_tables); say what it holds and where it comes from.")
                .arg(RuleContext::displayName(node))));
    }
}

QStringList UndocumentedSourceRule::codes() const
{
    return {RuleCode::UndocumentedSource};
}

void UndocumentedSourceRule::check(const RuleContext &context,
                                   std::vector<Diagnostic> &findings) const
{
    // Every table carries its source's description; the first table seen stands for the source.
    QSet<QString> seen;
    for (const Node &table : context.manifest().nodes) {
        if (table.type != ResourceType::Source || !context.factsOf(table).inWorkspace
            || !QStringView(table.sourceDescription).trimmed().isEmpty())
            continue;
        const QString source = table.packageName + QLatin1Char('.') + table.sourceName;
        if (seen.contains(source))
            continue;
        seen.insert(source);
        const SourceLocation at = table.sourceDeclaredAt.file.isEmpty()
                                      ? RuleContext::locationOf(table)
                                      : table.sourceDeclaredAt;
        findings.push_back(RuleContext::finding(
            Severity::Warning, RuleCode::UndocumentedSource, at, table,
            tr("Source '%1' has no description (dbt-project-evaluator: "
               "fct_undocumented_sources); say where its tables come from.")
                .arg(table.sourceName)));
    }
}

QStringList DocumentationCoverageRule::codes() const
{
    return {RuleCode::DocumentationCoverage};
}

void DocumentationCoverageRule::check(const RuleContext &context,
                                      std::vector<Diagnostic> &findings) const
{
    ProjectCoverage coverage;
    for (const Node &model : context.manifest().nodes) {
        if (model.type == ResourceType::Model && context.factsOf(model).inWorkspace)
            coverage.count(model, isDescribed(model));
    }
    const double target = context.thresholds().documentationCoverageTarget;
    coverage.reportBelow(context.manifest(), target, RuleCode::DocumentationCoverage,
                         tr("Project '%1' has descriptions on %2 of %3 models (%4%), below the "
                            "target of %5% (dbt-project-evaluator: fct_documentation_coverage); "
                            "describe %6."),
                         findings);
}

} // namespace Trellis::Core
