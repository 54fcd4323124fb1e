#include "structurerules.h"

#include "core/rules/modellayer.h"
#include "core/rules/rulecodes.h"

#include <algorithm>

namespace Trellis::Core {

namespace {

// MetricFlow's time spine keeps the name it must have; the evaluator leaves it out. Only a time
// spine's columns declare a `granularity`.
bool isTimeSpine(const Node &model)
{
    return std::any_of(
        model.columns.begin(), model.columns.end(),
        [](const ColumnDeclaration &column) { return !column.granularity.isEmpty(); });
}

} // namespace

QStringList NamingConventionRule::codes() const
{
    return {RuleCode::ModelNaming};
}

void NamingConventionRule::checkNode(const RuleContext &context, const Node &node,
                                     std::vector<Diagnostic> &findings) const
{
    if (node.type != ResourceType::Model || !context.factsOf(node).inWorkspace
        || ModelLayer::prefixType(node.name) || isTimeSpine(node))
        return;
    const ModelLayer::Type type = context.factsOf(node).layer;
    findings.push_back(RuleContext::finding(
        Severity::Warning, RuleCode::ModelNaming, RuleContext::locationOf(node), node,
        tr("Model '%1' does not follow the naming conventions (dbt-project-evaluator: "
           "fct_model_naming_conventions); %2 models start with %3.")
            .arg(node.name, ModelLayer::name(type),
                 ModelLayer::prefixes(type).join(QLatin1String(" or ")))));
}

QStringList DirectoryRules::codes() const
{
    return {RuleCode::ModelDirectory, RuleCode::SourceDirectory};
}

void DirectoryRules::checkNode(const RuleContext &context, const Node &node,
                               std::vector<Diagnostic> &findings) const
{
    if ((node.type != ResourceType::Model && node.type != ResourceType::Source)
        || !context.factsOf(node).inWorkspace)
        return;
    if (node.type == ResourceType::Model) {
        checkModel(context, node, findings);
    } else if (node.type == ResourceType::Source
               && !ModelLayer::directoryOf(node).contains(node.sourceName)) {
        findings.push_back(RuleContext::finding(
            Severity::Warning, RuleCode::SourceDirectory, RuleContext::locationOf(node), node,
            tr("Source '%1' is declared outside a folder named after it (dbt-project-evaluator: "
               "fct_source_directories); move its declaration to models/staging/%2/.")
                .arg(RuleContext::displayName(node), node.sourceName)));
    }
}

void DirectoryRules::checkModel(const RuleContext &context, const Node &model,
                                std::vector<Diagnostic> &findings)
{
    const ModelLayer::Type type = context.factsOf(model).layer;
    const QStringView directory = ModelLayer::directoryOf(model);
    const QString fileName = model.originalFilePath.mid(directory.size());
    if (type == ModelLayer::Type::Staging) {
        QStringList reported;
        for (const Node *parent : context.parentsOf(model)) {
            if (parent->type != ResourceType::Source || directory.contains(parent->sourceName)
                || reported.contains(parent->sourceName))
                continue;
            reported.append(parent->sourceName);
            findings.push_back(RuleContext::finding(
                Severity::Warning, RuleCode::ModelDirectory, context.callTo(model, *parent), model,
                tr("Staging model '%1' reads source '%2' but is not in a folder named after it "
                   "(dbt-project-evaluator: fct_model_directories); move it to "
                   "models/staging/%2/%3.")
                    .arg(model.name, parent->sourceName, fileName)));
        }
    }
    const std::optional<ModelLayer::Type> folder = ModelLayer::folderType(model);
    if (!folder || *folder == type)
        return;
    findings.push_back(RuleContext::finding(
        Severity::Warning, RuleCode::ModelDirectory, RuleContext::locationOf(model), model,
        tr("Model '%1' is named for the %2 layer but sits in the %3 folder "
           "(dbt-project-evaluator: fct_model_directories); move it, or rename it with a prefix "
           "of its folder (%4).")
            .arg(model.name, ModelLayer::name(type), ModelLayer::folderName(*folder),
                 ModelLayer::prefixes(*folder).join(QLatin1String(" or ")))));
}

namespace {

// "models/marts" of "models/marts/fct_orders.sql".
QStringView folderOf(const QString &path)
{
    return QStringView(path).left(std::max<qsizetype>(path.lastIndexOf(QLatin1Char('/')), 0));
}

} // namespace

QStringList TestDirectoryRule::codes() const
{
    return {RuleCode::TestDirectory};
}

void TestDirectoryRule::checkNode(const RuleContext &context, const Node &node,
                                  std::vector<Diagnostic> &findings) const
{
    if (node.type != ResourceType::Test || node.test.attachedNode.isEmpty()
        || !context.factsOf(node).inWorkspace)
        return;
    const std::vector<const Node *> &parents = context.parentsOf(node);
    if (parents.empty() || parents.front()->uniqueId != node.test.attachedNode)
        return;
    const Node &model = *parents.front();
    if (model.type != ResourceType::Model || model.packageName != node.packageName)
        return;
    // Both paths are relative to the same project's root; a mesh has a test for most columns,
    // so the folders are compared as text, without a QFileInfo for each.
    const QStringView testFolder = folderOf(node.originalFilePath);
    const QStringView modelFolder = folderOf(model.originalFilePath);
    if (testFolder == modelFolder)
        return;
    findings.push_back(RuleContext::finding(
        Severity::Warning, RuleCode::TestDirectory, RuleContext::locationOf(node), node,
        tr("Test '%1' of model '%2' is declared in %3/, away from the model in %4/ "
           "(dbt-project-evaluator: fct_test_directories); move it to a property file next to "
           "the model.")
            .arg(node.name, RuleContext::displayName(model), testFolder.toString(),
                 modelFolder.toString())));
}

} // namespace Trellis::Core
