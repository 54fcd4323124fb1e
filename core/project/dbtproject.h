#pragma once

#include "core/project/yamldocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace Trellis::Core {

// Where a project keeps each kind of file, relative to its root (dbt's `*-paths` keys). Paths may
// leave the root (`../shared/models`).
struct ProjectPaths
{
    QStringList models{QStringLiteral("models")};
    QStringList seeds{QStringLiteral("seeds")};
    QStringList macros{QStringLiteral("macros")};
    QStringList snapshots{QStringLiteral("snapshots")};
    QStringList tests{QStringLiteral("tests")};
    QStringList analyses{QStringLiteral("analyses")};
    QStringList docs;                 // empty: dbt then looks in all the folders above
    QString target = QStringLiteral("target");
    QString packagesInstall = QStringLiteral("dbt_packages");
};

// An entry of dependencies.yml (`projects:` or `packages:`) or packages.yml.
struct ProjectDependency
{
    enum class Kind { Project, Local, Hub, Git, Tarball, Private };

    Kind kind = Kind::Project;
    QString name;      // project name, hub package id ("dbt-labs/dbt_utils"), git URL, local path
    QString version;   // hub version range / git revision, as written
    SourceLocation location;
};

// An upstream project's manifest.json named in dbt-loom's configuration (dbt_loom.config.yml in
// the project root), so the project can be opened without its upstream's files.
struct UpstreamManifestSource
{
    QString project;   // the upstream project's name
    QString type;      // "file"; dbt-loom's remote kinds (dbt_cloud, s3, gcs, …) are kept to be reported
    QString path;      // absolute, environment variables expanded (type file)
    bool optional = false;
    SourceLocation location;
};

// One dbt project as its dbt_project.yml, dependencies.yml and packages.yml describe it. Values
// that hold Jinja (`{{ env_var(...) }}`) are kept as written; they are rendered once a Jinja
// context exists. Config trees (`models:`, `seeds:`, …) are kept as JSON for ConfigResolver.
struct DbtProject
{
    QString name;
    QString version;
    QString profile;
    int configVersion = 2;
    QJsonValue requireDbtVersion;
    QString rootPath;
    QString projectFile;
    ProjectPaths paths;
    QJsonObject vars;                 // global keys, plus per-package objects keyed by package name
    QJsonObject modelsConfig;
    QJsonObject seedsConfig;
    QJsonObject snapshotsConfig;
    QJsonObject testsConfig;          // `data_tests:` (or the legacy `tests:`)
    QJsonObject sourcesConfig;
    QJsonObject exposuresConfig;
    QJsonObject unitTestsConfig;
    QJsonObject semanticModelsConfig;
    QJsonObject metricsConfig;
    QJsonObject savedQueriesConfig;
    QJsonArray dispatch;
    QJsonObject flags;
    QJsonObject quoting;
    QJsonObject queryComment;
    QJsonArray onRunStart;
    QJsonArray onRunEnd;
    std::vector<ProjectDependency> upstreamProjects; // dependencies.yml `projects:`
    std::vector<ProjectDependency> packages;         // dependencies.yml / packages.yml `packages:`
    std::vector<UpstreamManifestSource> upstreamManifests; // dbt_loom.config.yml
    std::vector<Error> warnings;                     // unknown keys, deprecated spellings
};

// Reads a project folder's dbt_project.yml (required), dependencies.yml and packages.yml
// (optional). A broken dbt_project.yml is an error; everything else that is odd becomes a warning
// on the returned project. Blocking file I/O; thread-safe.
class DbtProjectReader
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::DbtProjectReader)

public:
    static Result<DbtProject> read(const QString &projectRoot);
    static Result<DbtProject> fromDocument(const YamlDocument &document, const QString &projectRoot);

private:
    static void readDependencies(DbtProject &project, const QString &fileName);
    static void readLoomConfig(DbtProject &project);
};

} // namespace Trellis::Core
