#include "dataproductscorecard.h"

#include <QSet>

#include <algorithm>

namespace Trellis::Core {

namespace {

bool hasOwner(const Manifest &manifest, const Node &model)
{
    if (!model.meta.value(QLatin1String("owner")).toVariant().toString().isEmpty())
        return true;
    if (model.group().isEmpty())
        return false;
    const Node *group
        = manifest.find(QStringLiteral("group.%1.%2").arg(model.packageName, model.group()));
    return group && !group->owner.isEmpty();
}

bool usedElsewhere(const Manifest &manifest, const Node &model)
{
    const QStringList children = manifest.children(model.uniqueId);
    return std::any_of(children.begin(), children.end(), [&](const QString &id) {
        const Node *child = manifest.find(id);
        // Another project's node, even a relationships test, relies on the model.
        return child
            && (child->type == ResourceType::Exposure || child->packageName != model.packageName);
    });
}

bool sourcesDeclareFreshness(const Manifest &manifest, const Node &model)
{
    // Sources anywhere upstream feed the product; each must say how fresh it is.
    QStringList pending = model.dependsOnNodes;
    QSet<QString> seen;
    while (!pending.isEmpty()) {
        const QString id = pending.takeLast();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const Node *node = manifest.find(id);
        if (!node)
            continue;
        if (node->type == ResourceType::Source && node->freshness.isEmpty())
            return false;
        pending += node->dependsOnNodes;
    }
    return true;
}

} // namespace

int DataProductScorecard::ModelCard::met() const
{
    return int(std::count_if(checks.begin(), checks.end(), [](const Check &c) { return c.met; }));
}

std::vector<DataProductScorecard::ModelCard> DataProductScorecard::score(const Manifest &manifest)
{
    QHash<QString, int> testsPerNode;
    for (const Node &node : manifest.nodes) {
        if (node.type == ResourceType::Test && !node.test.attachedNode.isEmpty())
            ++testsPerNode[node.test.attachedNode];
    }
    QSet<QString> projects;
    for (const DbtProject &project : manifest.projects)
        projects.insert(project.name);
    std::vector<ModelCard> cards;
    for (const Node &node : manifest.nodes) {
        if (node.type == ResourceType::Model && node.access() == QLatin1String("public")
            && projects.contains(node.packageName))
            cards.push_back({&node, checksFor(manifest, node, testsPerNode)});
    }
    std::sort(cards.begin(), cards.end(), [](const ModelCard &a, const ModelCard &b) {
        return a.model->uniqueId < b.model->uniqueId;
    });
    return cards;
}

std::vector<DataProductScorecard::Check>
DataProductScorecard::checksFor(const Manifest &manifest, const Node &model,
                                const QHash<QString, int> &testsPerNode)
{
    const bool described = !model.description.trimmed().isEmpty();
    const bool owned = hasOwner(manifest, model);
    const bool columnsDescribed = !model.columns.empty()
        && std::all_of(model.columns.begin(), model.columns.end(), [](const ColumnDeclaration &c) {
               return !c.description.trimmed().isEmpty();
           });
    const bool tested = testsPerNode.value(model.uniqueId) > 0;
    const bool fresh = sourcesDeclareFreshness(manifest, model);
    const bool addressable
        = model.contractEnforced() && (model.version.isEmpty() || !model.latestVersion.isEmpty());
    const QString materialized = model.materialized();
    const bool conventional = model.name.startsWith(QLatin1String("fct_"))
        || model.name.startsWith(QLatin1String("dim_"));
    const bool granted = !model.config.value(QLatin1String("grants")).toObject().isEmpty();

    return {
        {QStringLiteral("discoverable"), described && owned,
         !described ? tr("a description") : tr("an owner (meta.owner, or a group with an owner)")},
        {QStringLiteral("addressable"), addressable,
         model.contractEnforced() ? tr("latest_version") : tr("an enforced contract")},
        {QStringLiteral("understandable"), columnsDescribed, tr("a description for every column")},
        {QStringLiteral("trustworthy"), tested && fresh,
         !tested ? tr("data tests") : tr("freshness on the sources it reads")},
        {QStringLiteral("natively accessible"), materialized != QLatin1String("ephemeral"),
         tr("a materialization other than ephemeral")},
        {QStringLiteral("interoperable"), conventional, tr("a name starting with fct_ or dim_")},
        {QStringLiteral("valuable on its own"), usedElsewhere(manifest, model),
         tr("a consumer: another project's model or an exposure")},
        {QStringLiteral("secure"), granted, tr("grants")},
    };
}

} // namespace Trellis::Core
