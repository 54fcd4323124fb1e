#include "node.h"

#include "core/dbt/contextmembers.h"

namespace Trellis::Core {

namespace {
constexpr std::pair<ResourceType, const char *> kTypeNames[] = {
    {ResourceType::Model, "model"},       {ResourceType::Seed, "seed"},
    {ResourceType::Snapshot, "snapshot"}, {ResourceType::Analysis, "analysis"},
    {ResourceType::Test, "test"},         {ResourceType::Source, "source"},
    {ResourceType::Exposure, "exposure"}, {ResourceType::Group, "group"},
    {ResourceType::Macro, "macro"},       {ResourceType::Doc, "doc"},
};
} // namespace

QString resourceTypeName(ResourceType type)
{
    for (const auto &[candidate, name] : kTypeNames) {
        if (candidate == type)
            return QLatin1String(name);
    }
    return {};
}

std::optional<ResourceType> resourceTypeFromName(const QString &name)
{
    for (const auto &[type, candidate] : kTypeNames) {
        if (name == QLatin1String(candidate))
            return type;
    }
    return std::nullopt;
}

bool Node::contractEnforced() const
{
    return config.value(QLatin1String("contract")).toObject().value(QLatin1String("enforced")).toBool();
}

Dbt::NodeContext renderContext(const Node &node, const QJsonObject &config)
{
    Dbt::NodeContext context;
    context.uniqueId = node.uniqueId;
    context.resourceType = resourceTypeName(node.type);
    context.name = node.name;
    context.packageName = node.packageName;
    context.originalFilePath = node.originalFilePath;
    context.version = node.version;
    context.fqn = node.fqn;
    context.config = config;
    return context;
}

} // namespace Trellis::Core
