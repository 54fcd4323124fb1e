#include "daggovernancerules.h"

#include "core/rules/modellayer.h"
#include "core/rules/rulecodes.h"

namespace Trellis::Core {

namespace {

bool isModelLike(const Node &node)
{
    return node.type == ResourceType::Model || node.type == ResourceType::Snapshot;
}

bool isIntermediateOrMarts(ModelLayer::Type layer)
{
    return layer == ModelLayer::Type::Intermediate || layer == ModelLayer::Type::Marts;
}

} // namespace

QStringList DagGovernanceRules::codes() const
{
    return {RuleCode::DirectJoinToSource,
            RuleCode::SourceOutsideStaging,
            RuleCode::StagingOnStaging,
            RuleCode::StagingOnDownstream,
            RuleCode::RootModel,
            RuleCode::UnusedSource,
            RuleCode::MultipleSourcesJoined,
            RuleCode::SourceFanout};
}

void DagGovernanceRules::checkNodes(const RuleContext &context,
                                    const std::vector<const Node *> &nodes,
                                    std::vector<std::vector<Diagnostic>> &byNode) const
{
    for (const Node *node : nodes) {
        if (!context.factsOf(*node).inWorkspace)
            continue;
        if (node->type == ResourceType::Model)
            checkModel(context, *node, byNode[context.indexOf(*node)]);
        else if (node->type == ResourceType::Source)
            checkSource(context, *node, byNode[context.indexOf(*node)]);
    }
}

void DagGovernanceRules::addAffected(const RuleContext &context, const NodeEdit &edit,
                                     std::vector<const Node *> &affected) const
{
    // A source that gained or lost the edited node as a reader.
    const std::vector<const Node *> parents = parentsBeforeAndAfter(context, edit);
    affected.insert(affected.end(), parents.begin(), parents.end());
}

void DagGovernanceRules::checkModel(const RuleContext &context, const Node &model,
                                    std::vector<Diagnostic> &findings)
{
    const std::vector<const Node *> &parents = context.parentsOf(model);
    if (parents.empty() && model.refs.empty() && model.sources.empty()) {
        findings.push_back(RuleContext::finding(
            Severity::Warning, RuleCode::RootModel, RuleContext::locationOf(model), model,
            tr("Model '%1' has no parents (dbt-project-evaluator: fct_root_models); read its data "
               "through source() or ref() so lineage and freshness reach it.")
                .arg(model.name)));
        return;
    }
    std::vector<const Node *> sources;
    std::vector<const Node *> models;
    for (const Node *parent : parents) {
        if (parent->type == ResourceType::Source)
            sources.push_back(parent);
        else if (isModelLike(*parent))
            models.push_back(parent);
    }
    const ModelLayer::Type layer = context.factsOf(model).layer;
    if (!sources.empty() && !models.empty()) {
        findings.push_back(RuleContext::finding(
            Severity::Warning, RuleCode::DirectJoinToSource,
            context.callTo(model, *sources.front()), model,
            tr("Model '%1' joins source '%2.%3' directly next to other models "
               "(dbt-project-evaluator: fct_direct_join_to_source); read the source through its "
               "staging model instead.")
                .arg(model.name, sources.front()->sourceName, sources.front()->name)));
    } else if (!sources.empty() && isIntermediateOrMarts(layer)) {
        findings.push_back(RuleContext::finding(
            Severity::Warning, RuleCode::SourceOutsideStaging,
            context.callTo(model, *sources.front()), model,
            tr("Model '%1' is an intermediate or marts model but reads source '%2.%3' "
               "(dbt-project-evaluator: fct_marts_or_intermediate_dependent_on_source); only "
               "staging models should read sources.")
                .arg(model.name, sources.front()->sourceName, sources.front()->name)));
    }
    if (sources.size() > 1) {
        findings.push_back(RuleContext::finding(
            Severity::Warning, RuleCode::MultipleSourcesJoined, context.callTo(model, *sources[1]),
            model,
            tr("Model '%1' joins %2 sources (dbt-project-evaluator: fct_multiple_sources_joined); "
               "give each source its own staging model and join those.")
                .arg(model.name)
                .arg(sources.size())));
    }
    if (layer != ModelLayer::Type::Staging)
        return;
    for (const Node *parent : models) {
        // The context knows the layers of models only.
        const ModelLayer::Type parentLayer = parent->type == ResourceType::Model
            ? context.factsOf(*parent).layer
            : ModelLayer::typeOf(*parent);
        if (parentLayer == ModelLayer::Type::Staging) {
            findings.push_back(RuleContext::finding(
                Severity::Warning, RuleCode::StagingOnStaging, context.callTo(model, *parent),
                model,
                tr("Staging model '%1' depends on staging model '%2' "
                   "(dbt-project-evaluator: fct_staging_dependent_on_staging); staging models "
                   "should each read one source, and joins belong in intermediate models.")
                    .arg(model.name, parent->name)));
        } else if (isIntermediateOrMarts(parentLayer)) {
            findings.push_back(RuleContext::finding(
                Severity::Warning, RuleCode::StagingOnDownstream, context.callTo(model, *parent),
                model,
                tr("Staging model '%1' depends on '%2', a model further downstream "
                   "(dbt-project-evaluator: fct_staging_dependent_on_marts_or_intermediate); move "
                   "it to the layer it belongs to.")
                    .arg(model.name, parent->name)));
        }
    }
}

void DagGovernanceRules::checkSource(const RuleContext &context, const Node &source,
                                     std::vector<Diagnostic> &findings)
{
    const qsizetype readers = qsizetype(context.childrenOf(source).size());
    if (readers == 0) {
        findings.push_back(RuleContext::finding(
            Severity::Warning, RuleCode::UnusedSource, RuleContext::locationOf(source), source,
            tr("Source '%1.%2' is declared but nothing reads it (dbt-project-evaluator: "
               "fct_unused_sources); remove it, or build its staging model.")
                .arg(source.sourceName, source.name)));
    } else if (readers > 1) {
        findings.push_back(RuleContext::finding(
            Severity::Warning, RuleCode::SourceFanout, RuleContext::locationOf(source), source,
            tr("Source '%1.%2' is read by %3 nodes (dbt-project-evaluator: fct_source_fanout); let "
               "one staging model read it and the others ref() that model.")
                .arg(source.sourceName, source.name)
                .arg(readers)));
    }
}

} // namespace Trellis::Core
