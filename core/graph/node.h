#pragma once

#include "core/dbt/sqlcalls.h"
#include "core/project/properties.h"

#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace Trellis::Core::Dbt {
struct NodeContext;
}

namespace Trellis::Core {

enum class ResourceType {
    Model,
    Seed,
    Snapshot,
    Analysis,
    Test,
    Source,
    Exposure,
    Group,
    Macro,
    Doc,
};

QString resourceTypeName(ResourceType type);
std::optional<ResourceType> resourceTypeFromName(const QString &name);

// What a generic test node knows of its declaration: `unique` on `orders.order_id`, …
struct TestMetadata
{
    QString name;              // macro name without package, e.g. "accepted_values"
    QString package;           // "dbt_utils" for package tests, empty for built-ins / project tests
    QJsonObject arguments;     // including column_name
    QString attachedNode;      // unique id of the node it tests
    QString columnName;
};

// One resource of the mesh, as dbt's manifest.json describes it. The same struct serves every
// resource type: the fields a type does not use stay empty. Values, no behaviour: the builder
// fills it, views and rules read it.
struct Node
{
    QString uniqueId;            // model.platform.dim_members.v2, source.platform.app.rides, …
    ResourceType type = ResourceType::Model;
    QString packageName;         // the project (or package) it belongs to
    QString name;
    QStringList fqn;
    QString path;                // relative to its resource folder (models/, seeds/, …)
    QString originalFilePath;    // relative to the project root, as dbt writes it
    QString absolutePath;        // the file on disk (for YAML-only resources, the YAML file)
    QString patchPath;           // the property file that describes it, "project://models/x.yml"
    QString description;
    QJsonObject config;          // resolved with dbt's precedence
    QStringList tags;
    QJsonObject meta;
    std::vector<ColumnDeclaration> columns;
    QJsonArray constraints;      // model-level
    std::vector<RefCall> refs;
    std::vector<SourceCall> sources;
    QStringList dependsOnNodes;  // resolved unique ids, in reference order, no duplicates
    QStringList dependsOnMacros;
    QString rawCode;
    QString checksum;            // sha256 of the file's bytes

    // Models
    QString version;             // empty when unversioned
    QString latestVersion;
    QString deprecationDate;

    // Tests
    TestMetadata test;

    // Sources
    QString sourceName;
    QString sourceDescription;   // the source's own, shared by its tables
    SourceLocation sourceDeclaredAt; // the source's entry, where its tables are listed
    QString identifier;
    QString database;            // empty: the target's database, as dbt defaults it
    QString schema;
    QString loader;
    QString loadedAtField;
    QJsonObject freshness;

    // Exposures and groups
    QString label;
    QString exposureType;
    QString maturity;
    QString url;
    QJsonObject owner;

    SourceLocation declaredAt;   // the YAML entry (name) when there is one, else the file
    bool analysedStatically = false; // refs found by static extraction, not by rendering
    QString upstreamManifest;    // set for a model read from an upstream project's manifest.json

    QString access() const { return config.value(QLatin1String("access")).toString(QStringLiteral("protected")); }
    QString group() const { return config.value(QLatin1String("group")).toString(); }
    QString materialized() const { return config.value(QLatin1String("materialized")).toString(); }
    bool contractEnforced() const;
    bool isEnabled() const { return config.value(QLatin1String("enabled")).toBool(true); }
};

// What a render of `node` is told about it (`model`, `this`), with `config` as its config: the
// resolved one when executing, the one before config() calls when parsing.
Dbt::NodeContext renderContext(const Node &node, const QJsonObject &config);

} // namespace Trellis::Core
