#pragma once

#include "core/project/yamldocument.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// What dbt's property YAML files (models/*.yml, seeds, sources, …) declare, as plain values with
// their locations. These structs are read by PropertyFileParser and consumed by the manifest
// builder; they hold what the file says, not yet merged with dbt_project.yml or config() calls.
namespace Trellis::Core {

// One data test attached to a model, column, source, seed or snapshot:
// `- unique`, `- accepted_values: {values: [...]}`, `- dbt_utils.expression_is_true: {...}`.
struct TestDeclaration
{
    QString name;           // test macro name, possibly package-qualified ("dbt_utils.at_least_one")
    QString columnName;     // empty for model-level tests
    QJsonObject arguments;  // everything but config-like keys; `arguments:` (dbt 1.10) folded in
    QJsonObject config;     // `config:` plus legacy top-level severity/where/… keys
    QString customName;     // `name:` given to the test, if any
    QString description;    // `description:` given to the test, if any
    bool fromLegacyTestsKey = false; // declared under `tests:` rather than `data_tests:`
    SourceLocation location;
};

struct ColumnDeclaration
{
    QString name;
    QString description;
    QString dataType;                   // empty when not given
    std::optional<bool> quote;
    QJsonArray constraints;             // [{type: not_null}, {type: check, expression: …}, …]
    QJsonObject meta;
    QStringList tags;
    QJsonObject config;
    std::vector<TestDeclaration> tests;
    SourceLocation location;
    QJsonObject docs;                   // {show, node_color}
    QString granularity;                // time-spine granularity (day, hour, …), empty when not given
    QStringList policyTags;             // BigQuery policy tags
};

// `versions:` entry of a model.
struct VersionDeclaration
{
    QString version;                    // `v:` as text ("2", "1.5", "beta")
    QString definedIn;                  // file stem without .sql, empty when not given
    QString description;
    QJsonObject config;
    QString deprecationDate;            // as written
    // `columns:` of a version: `include`/`exclude` entries plus declared columns.
    QJsonValue includeColumns;          // "*" | "all" | ["a", "b"] | undefined
    QStringList excludeColumns;
    std::vector<ColumnDeclaration> columns;
    std::vector<TestDeclaration> tests;
    SourceLocation location;
    // `access` and `docs` written on the version itself (dbt lets them override the model's);
    // kept apart from `config` like NodeDeclaration::topLevel.
    QJsonObject topLevel;
    QJsonArray constraints;             // replaces the model's constraints when not empty
    // True when the version has its own `data_tests:` (or a non-empty legacy `tests:`), even an
    // empty one: then the model-level tests do not apply to this version (dbt's rule).
    bool testsDeclared = false;
};

// Everything a model / seed / snapshot / analysis entry can say. Keys that dbt allows both at the
// top level and under `config:` (access, group, docs, meta, tags, …) are kept where they were
// written: `topLevel` for the top-level ones, `config` for `config:`; the builder applies dbt's
// precedence.
struct NodeDeclaration
{
    QString name;
    QString description;
    QJsonObject config;
    QJsonObject topLevel;               // access, group, docs, meta, tags, latest_version, …
    std::vector<ColumnDeclaration> columns;
    std::vector<TestDeclaration> tests; // model-level tests
    QJsonArray constraints;             // model-level constraints
    std::vector<VersionDeclaration> versions;
    QString latestVersion;              // empty when not given
    QString deprecationDate;
    SourceLocation location;
};

struct SourceTableDeclaration
{
    QString name;
    QString identifier;
    QString description;
    QString loadedAtField;
    QJsonObject freshness;
    QJsonObject quoting;
    QJsonObject meta;
    QStringList tags;
    QJsonObject config;
    std::vector<ColumnDeclaration> columns;
    std::vector<TestDeclaration> tests;
    SourceLocation location;
    QString loadedAtQuery;              // dbt 1.10: SQL returning the last load time
    QJsonObject external;               // external table properties (location, partitions, …)
    QJsonObject docs;
    // `freshness: null` / `loaded_at_field: null` written: explicitly none, overriding the
    // source's value (an absent key inherits it).
    bool freshnessNull = false;
    bool loadedAtFieldNull = false;
};

struct SourceDeclaration
{
    QString name;
    QString description;
    QString database;
    QString schema;                     // defaults to the source name when empty
    QString loader;
    QString loadedAtField;
    QJsonObject freshness;
    QJsonObject quoting;
    QJsonObject meta;
    QStringList tags;
    QJsonObject config;
    std::vector<SourceTableDeclaration> tables;
    SourceLocation location;
    QString loadedAtQuery;
    QString overrides;                  // package whose source of the same name this one patches
    bool freshnessNull = false;         // `freshness: null` written: no freshness checks
};

struct MacroDeclaration
{
    QString name;
    QString description;
    QJsonArray arguments;               // [{name, type, description}]
    QJsonObject docs;
    QJsonObject meta;
    SourceLocation location;
    QJsonObject config;
};

struct GroupDeclaration
{
    QString name;
    QString ownerName;
    QString ownerEmail;
    QJsonObject owner;                  // all owner keys as written
    QString description;
    QJsonObject config;
    SourceLocation location;
};

struct ExposureDeclaration
{
    QString name;
    QString label;
    QString type;                       // dashboard | notebook | analysis | ml | application
    QString maturity;
    QString url;
    QString description;
    QJsonObject owner;
    QStringList dependsOn;              // raw Jinja strings: "ref('orders')", "source('a','b')"
    QJsonObject meta;
    QStringList tags;
    QJsonObject config;
    SourceLocation location;
};

// A whole property file. Resources dbt reads but Trellis does not interpret yet
// (semantic_models, metrics, saved_queries, unit_tests) are kept as JSON.
struct PropertyFile
{
    QString path;
    int version = 0;                    // the optional top-level `version: 2`
    std::vector<NodeDeclaration> models;
    std::vector<NodeDeclaration> seeds;
    std::vector<NodeDeclaration> snapshots;
    std::vector<NodeDeclaration> analyses;
    std::vector<SourceDeclaration> sources;
    std::vector<MacroDeclaration> macros;
    std::vector<GroupDeclaration> groups;
    std::vector<ExposureDeclaration> exposures;
    QJsonArray semanticModels;
    QJsonArray metrics;
    QJsonArray savedQueries;
    QJsonArray unitTests;
    // Top-level `data_tests:` (dbt 1.9+): name, description and config of singular tests
    // (tests/*.sql), kept as JSON.
    QJsonArray singularTests;
    // Unknown keys (warnings, with the key's position), wrong types (errors) — never fatal: the
    // rest of the file is still read.
    std::vector<Error> warnings;
    std::vector<Error> errors;
};

} // namespace Trellis::Core
