#include "contractrules.h"

#include "core/rules/rulecodes.h"

namespace Trellis::Core {

namespace {

// Constraints set `warn_unsupported: false` to say "I know the materialization ignores me".
bool warnsWhenUnsupported(const QJsonArray &constraints)
{
    return std::any_of(constraints.begin(), constraints.end(), [](const QJsonValue &constraint) {
        return constraint.toObject().value(QLatin1String("warn_unsupported")).toBool(true);
    });
}

} // namespace

QStringList ContractRules::codes() const
{
    return {RuleCode::ContractWithoutColumns, RuleCode::ColumnWithoutDataType,
            RuleCode::ContractOnEphemeral, RuleCode::ContractOnPython,
            RuleCode::UnsupportedConstraints};
}

void ContractRules::checkNode(const RuleContext &context, const Node &node,
                              std::vector<Diagnostic> &findings) const
{
    if (node.type != ResourceType::Model || !context.factsOf(node).contractEnforced)
        return;
    if (context.factsOf(node).materialized == QLatin1String("ephemeral")) {
        findings.push_back(RuleContext::finding(
            Severity::Error, RuleCode::ContractOnEphemeral, RuleContext::locationOf(node), node,
            tr("Model '%1' is ephemeral, and an ephemeral model cannot have an enforced "
               "contract: "
               "it is never built as a relation. Materialize it as a table, view or "
               "incremental "
               "model, or remove the contract.")
                .arg(node.name)));
        return;
    }
    if (node.originalFilePath.endsWith(QLatin1String(".py"))) {
        findings.push_back(RuleContext::finding(
            Severity::Error, RuleCode::ContractOnPython, RuleContext::locationOf(node), node,
            tr("Model '%1' is a Python model, and dbt enforces contracts on SQL models only; "
               "remove the contract or write the model in SQL.")
                .arg(node.name)));
        return;
    }
    checkColumns(node, findings);
    checkConstraints(node, findings);
}

void ContractRules::checkColumns(const Node &model, std::vector<Diagnostic> &findings)
{
    if (model.columns.empty()) {
        findings.push_back(RuleContext::finding(
            Severity::Error, RuleCode::ContractWithoutColumns, RuleContext::locationOf(model),
            model,
            tr("Model '%1' has an enforced contract but declares no columns; list every column "
               "with its name and data_type under 'columns:'.")
                .arg(model.name)));
        return;
    }
    QStringList untyped;
    Diagnostic d;
    for (const ColumnDeclaration &column : model.columns) {
        if (!column.dataType.isEmpty())
            continue;
        if (untyped.isEmpty())
            d = RuleContext::finding(Severity::Error, RuleCode::ColumnWithoutDataType,
                                     column.location.file.isEmpty() ? RuleContext::locationOf(model)
                                                                    : column.location,
                                     model, QString());
        else
            d.related.push_back({column.location.file, column.location.line, column.location.column,
                                 tr("'%1' has no data_type").arg(column.name)});
        untyped.append(column.name);
    }
    if (untyped.isEmpty())
        return;
    d.message
        = tr("Contracted models require data_type to be defined for each column.  Please "
             "ensure that the column name and data_type are defined within the YAML "
             "configuration for the %1 column(s).")
              .arg(QLatin1Char('\'') + untyped.join(QLatin1String("', '")) + QLatin1Char('\''));
    findings.push_back(std::move(d));
}

void ContractRules::checkConstraints(const Node &model, std::vector<Diagnostic> &findings)
{
    const QString materialized = model.materialized();
    if (materialized == QLatin1String("table") || materialized == QLatin1String("incremental"))
        return;
    bool warns = warnsWhenUnsupported(model.constraints);
    for (const ColumnDeclaration &column : model.columns)
        warns = warns || warnsWhenUnsupported(column.constraints);
    if (!warns)
        return;
    findings.push_back(RuleContext::finding(
        Severity::Warning, RuleCode::UnsupportedConstraints, RuleContext::locationOf(model), model,
        tr("Constraint types are not supported for %1 materializations and will be ignored.  Set "
           "'warn_unsupported: false' on this constraint to ignore this warning.")
            .arg(materialized)));
}

} // namespace Trellis::Core
