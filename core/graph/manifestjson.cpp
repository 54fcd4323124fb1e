#include "manifestjson.h"

#include "trellis/version.h"

#include <QJsonArray>

namespace Trellis::Core {

namespace {

const QString kTargetSchema = QStringLiteral("main");
const QString kDatabase = QStringLiteral("trellis");

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// dbt's default generate_schema_name: the target schema, suffixed with a custom schema.
QString schemaOf(const Node &node)
{
    const QString custom = node.config.value(QLatin1String("schema")).toString();
    return custom.isEmpty() ? kTargetSchema : kTargetSchema + QLatin1Char('_') + custom;
}

QString aliasOf(const Node &node)
{
    const QString alias = node.config.value(QLatin1String("alias")).toString();
    if (!alias.isEmpty())
        return alias;
    return node.version.isEmpty() ? node.name : node.name + QStringLiteral("_v") + node.version;
}

QJsonObject columnsObject(const std::vector<ColumnDeclaration> &columns)
{
    QJsonObject object;
    for (const ColumnDeclaration &column : columns) {
        QJsonObject entry{{QStringLiteral("name"), column.name},
                          {QStringLiteral("description"), column.description},
                          {QStringLiteral("meta"), column.meta},
                          {QStringLiteral("data_type"), column.dataType.isEmpty() ? QJsonValue()
                                                                                 : QJsonValue(column.dataType)},
                          {QStringLiteral("constraints"), column.constraints},
                          {QStringLiteral("quote"), column.quote ? QJsonValue(*column.quote) : QJsonValue()},
                          {QStringLiteral("tags"), toArray(column.tags)}};
        object.insert(column.name, entry);
    }
    return object;
}

QJsonValue versionValue(const QString &version)
{
    if (version.isEmpty())
        return QJsonValue();
    bool numeric = false;
    const int number = version.toInt(&numeric);
    return numeric ? QJsonValue(number) : QJsonValue(version);
}

} // namespace

QJsonObject ManifestJson::nodeObject(const Node &node)
{
    QJsonObject object{{QStringLiteral("unique_id"), node.uniqueId},
                       {QStringLiteral("resource_type"), resourceTypeName(node.type)},
                       {QStringLiteral("package_name"), node.packageName},
                       {QStringLiteral("name"), node.name},
                       {QStringLiteral("path"), node.path},
                       {QStringLiteral("original_file_path"), node.originalFilePath},
                       {QStringLiteral("description"), node.description}};
    if (node.type == ResourceType::Macro || node.type == ResourceType::Doc) {
        if (node.type == ResourceType::Macro)
            object.insert(QStringLiteral("macro_sql"), node.rawCode);
        else
            object.insert(QStringLiteral("block_contents"), node.rawCode);
        return object;
    }
    if (node.type == ResourceType::Group) {
        object.insert(QStringLiteral("owner"), node.owner);
        return object;
    }
    object.insert(QStringLiteral("fqn"), toArray(node.fqn));
    object.insert(QStringLiteral("config"), node.config);
    object.insert(QStringLiteral("tags"), toArray(node.tags));
    object.insert(QStringLiteral("meta"), node.meta);
    object.insert(QStringLiteral("patch_path"), node.patchPath.isEmpty() ? QJsonValue() : QJsonValue(node.patchPath));
    QJsonArray refs;
    for (const RefCall &ref : node.refs) {
        refs.append(QJsonObject{{QStringLiteral("name"), ref.name},
                                {QStringLiteral("package"), ref.package.isEmpty() ? QJsonValue() : QJsonValue(ref.package)},
                                {QStringLiteral("version"), versionValue(ref.version)}});
    }
    QJsonArray sources;
    for (const SourceCall &source : node.sources)
        sources.append(QJsonArray{source.source, source.table});
    const QJsonObject dependsOn{{QStringLiteral("nodes"), toArray(node.dependsOnNodes)},
                                {QStringLiteral("macros"), toArray(node.dependsOnMacros)}};

    switch (node.type) {
    case ResourceType::Source:
        object.insert(QStringLiteral("source_name"), node.sourceName);
        object.insert(QStringLiteral("source_description"), node.sourceDescription);
        object.insert(QStringLiteral("identifier"), node.identifier);
        object.insert(QStringLiteral("database"), node.database.isEmpty() ? kDatabase : node.database);
        object.insert(QStringLiteral("schema"), node.schema);
        object.insert(QStringLiteral("loader"), node.loader);
        object.insert(QStringLiteral("loaded_at_field"), node.loadedAtField.isEmpty() ? QJsonValue() : QJsonValue(node.loadedAtField));
        object.insert(QStringLiteral("freshness"), node.freshness.isEmpty() ? QJsonValue() : QJsonValue(node.freshness));
        object.insert(QStringLiteral("columns"), columnsObject(node.columns));
        object.insert(QStringLiteral("relation_name"), QStringLiteral("\"%1\".\"%2\"").arg(node.schema, node.identifier));
        return object;
    case ResourceType::Exposure:
        object.insert(QStringLiteral("type"), node.exposureType);
        object.insert(QStringLiteral("label"), node.label.isEmpty() ? QJsonValue() : QJsonValue(node.label));
        object.insert(QStringLiteral("maturity"), node.maturity.isEmpty() ? QJsonValue() : QJsonValue(node.maturity));
        object.insert(QStringLiteral("url"), node.url.isEmpty() ? QJsonValue() : QJsonValue(node.url));
        object.insert(QStringLiteral("owner"), node.owner);
        object.insert(QStringLiteral("refs"), refs);
        object.insert(QStringLiteral("sources"), sources);
        object.insert(QStringLiteral("depends_on"), dependsOn);
        return object;
    default:
        break;
    }

    const QString schema = schemaOf(node);
    const QString alias = aliasOf(node);
    object.insert(QStringLiteral("database"), kDatabase);
    object.insert(QStringLiteral("schema"), schema);
    object.insert(QStringLiteral("alias"), alias);
    object.insert(QStringLiteral("checksum"), QJsonObject{{QStringLiteral("name"), QStringLiteral("sha256")},
                                                          {QStringLiteral("checksum"), node.checksum}});
    object.insert(QStringLiteral("raw_code"), node.rawCode);
    object.insert(QStringLiteral("language"), node.originalFilePath.endsWith(QLatin1String(".py"))
                                                  ? QStringLiteral("python")
                                                  : QStringLiteral("sql"));
    object.insert(QStringLiteral("refs"), refs);
    object.insert(QStringLiteral("sources"), sources);
    object.insert(QStringLiteral("depends_on"), dependsOn);
    object.insert(QStringLiteral("columns"), columnsObject(node.columns));
    object.insert(QStringLiteral("group"), node.group().isEmpty() ? QJsonValue() : QJsonValue(node.group()));
    if (node.type != ResourceType::Test && node.materialized() != QLatin1String("ephemeral"))
        object.insert(QStringLiteral("relation_name"), QStringLiteral("\"%1\".\"%2\"").arg(schema, alias));
    if (node.type == ResourceType::Model) {
        object.insert(QStringLiteral("access"), node.access());
        object.insert(QStringLiteral("constraints"), node.constraints);
        object.insert(QStringLiteral("contract"), QJsonObject{{QStringLiteral("enforced"), node.contractEnforced()},
                                                              {QStringLiteral("alias_types"), true}});
        object.insert(QStringLiteral("version"), versionValue(node.version));
        object.insert(QStringLiteral("latest_version"), versionValue(node.latestVersion));
        object.insert(QStringLiteral("deprecation_date"),
                      node.deprecationDate.isEmpty() ? QJsonValue() : QJsonValue(node.deprecationDate));
    }
    if (node.type == ResourceType::Test && !node.test.name.isEmpty()) {
        object.insert(QStringLiteral("test_metadata"),
                      QJsonObject{{QStringLiteral("name"), node.test.name},
                                  {QStringLiteral("kwargs"), node.test.arguments},
                                  {QStringLiteral("namespace"), node.test.package.isEmpty() ? QJsonValue() : QJsonValue(node.test.package)}});
        object.insert(QStringLiteral("column_name"), node.test.columnName.isEmpty() ? QJsonValue() : QJsonValue(node.test.columnName));
        object.insert(QStringLiteral("attached_node"), node.test.attachedNode);
    }
    return object;
}

QJsonObject ManifestJson::write(const Manifest &manifest, const QString &generatedAt)
{
    QJsonObject nodes;
    QJsonObject sources;
    QJsonObject macros;
    QJsonObject docs;
    QJsonObject exposures;
    QJsonObject groups;
    QJsonObject parentMap;
    QJsonObject childMap;
    QJsonObject groupMap;
    for (const Node &node : manifest.nodes) {
        const QJsonObject object = nodeObject(node);
        switch (node.type) {
        case ResourceType::Source:
            sources.insert(node.uniqueId, object);
            break;
        case ResourceType::Macro:
            macros.insert(node.uniqueId, object);
            continue;
        case ResourceType::Doc:
            docs.insert(node.uniqueId, object);
            continue;
        case ResourceType::Exposure:
            exposures.insert(node.uniqueId, object);
            break;
        case ResourceType::Group:
            groups.insert(node.uniqueId, object);
            continue;
        default:
            nodes.insert(node.uniqueId, object);
            break;
        }
        parentMap.insert(node.uniqueId, toArray(node.dependsOnNodes));
        childMap.insert(node.uniqueId, toArray(manifest.children(node.uniqueId)));
        if (!node.group().isEmpty()) {
            const QString group = QStringLiteral("group.%1.%2").arg(node.packageName, node.group());
            QJsonArray members = groupMap.value(group).toArray();
            members.append(node.uniqueId);
            groupMap.insert(group, members);
        }
    }
    QJsonObject disabled;
    for (const Node &node : manifest.disabled) {
        QJsonArray entries = disabled.value(node.uniqueId).toArray();
        entries.append(nodeObject(node));
        disabled.insert(node.uniqueId, entries);
    }
    const QJsonObject metadata{
        {QStringLiteral("dbt_schema_version"), QStringLiteral("https://schemas.getdbt.com/dbt/manifest/v12.json")},
        {QStringLiteral("dbt_version"), QStringLiteral("1.8.0")},
        {QStringLiteral("generated_at"), generatedAt},
        {QStringLiteral("generator"), QStringLiteral("trellis %1").arg(QLatin1String(kVersion))},
        {QStringLiteral("adapter_type"), QStringLiteral("sqlite")},
        {QStringLiteral("project_name"), manifest.projects.size() == 1 ? QJsonValue(manifest.projects.front().name) : QJsonValue()},
        {QStringLiteral("env"), QJsonObject()}};
    return {{QStringLiteral("metadata"), metadata},
            {QStringLiteral("nodes"), nodes},
            {QStringLiteral("sources"), sources},
            {QStringLiteral("macros"), macros},
            {QStringLiteral("docs"), docs},
            {QStringLiteral("exposures"), exposures},
            {QStringLiteral("metrics"), manifest.metrics},
            {QStringLiteral("groups"), groups},
            {QStringLiteral("selectors"), QJsonObject()},
            {QStringLiteral("disabled"), disabled},
            {QStringLiteral("parent_map"), parentMap},
            {QStringLiteral("child_map"), childMap},
            {QStringLiteral("group_map"), groupMap},
            {QStringLiteral("saved_queries"), manifest.savedQueries},
            {QStringLiteral("semantic_models"), manifest.semanticModels},
            {QStringLiteral("unit_tests"), manifest.unitTests}};
}

} // namespace Trellis::Core
