#include "dbtproject.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace Trellis::Core {

namespace {

// Every top-level key dbt_project.yml may hold (dbt-core 1.8–1.10, plus the legacy spellings
// dbt still reads). Anything else is most likely a typo, which dbt silently ignores.
const QSet<QString> &knownProjectKeys()
{
    static const QSet<QString> keys{
        QStringLiteral("name"), QStringLiteral("version"), QStringLiteral("config-version"),
        QStringLiteral("profile"), QStringLiteral("model-paths"), QStringLiteral("seed-paths"),
        QStringLiteral("test-paths"), QStringLiteral("analysis-paths"),
        QStringLiteral("macro-paths"), QStringLiteral("snapshot-paths"),
        QStringLiteral("docs-paths"), QStringLiteral("asset-paths"),
        QStringLiteral("function-paths"), QStringLiteral("target-path"),
        QStringLiteral("log-path"), QStringLiteral("packages-install-path"),
        QStringLiteral("clean-targets"), QStringLiteral("query-comment"),
        QStringLiteral("require-dbt-version"), QStringLiteral("dbt-cloud"),
        QStringLiteral("quoting"), QStringLiteral("on-run-start"), QStringLiteral("on-run-end"),
        QStringLiteral("dispatch"), QStringLiteral("vars"), QStringLiteral("restrict-access"),
        QStringLiteral("flags"), QStringLiteral("models"), QStringLiteral("seeds"),
        QStringLiteral("snapshots"), QStringLiteral("sources"), QStringLiteral("data_tests"),
        QStringLiteral("tests"), QStringLiteral("metrics"), QStringLiteral("semantic-models"),
        QStringLiteral("saved-queries"), QStringLiteral("exposures"),
        QStringLiteral("unit_tests"), QStringLiteral("source-paths"),
        QStringLiteral("data-paths"), QStringLiteral("modules-path")};
    return keys;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    if (value.isString())
        list.append(value.toString());
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

// The first of the given keys that the project sets (a current spelling before a legacy one).
QJsonValue firstOf(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isNull())
            return value;
    }
    return QJsonValue::Undefined;
}

QString scalarString(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble());
    return value.toString();
}

} // namespace

Result<DbtProject> DbtProjectReader::read(const QString &projectRoot)
{
    const QString file = QDir(projectRoot).filePath(QStringLiteral("dbt_project.yml"));
    Result<YamlDocument> document = YamlDocument::load(file);
    if (!document)
        return fail(document.error());
    Result<DbtProject> project = fromDocument(*document, projectRoot);
    if (project) {
        readDependencies(*project, QStringLiteral("dependencies.yml"));
        readDependencies(*project, QStringLiteral("packages.yml"));
        readLoomConfig(*project);
    }
    return project;
}

Result<DbtProject> DbtProjectReader::fromDocument(const YamlDocument &document,
                                                  const QString &projectRoot)
{
    const YAML::Node &root = document.root();
    if (!root.IsMap())
        return fail(document.location(root).error(tr("dbt_project.yml must be a mapping of keys")));

    DbtProject project;
    project.rootPath = QDir::cleanPath(QDir(projectRoot).absolutePath());
    project.projectFile = document.path();
    for (const auto &entry : root) {
        const QString key = YamlDocument::scalarText(entry.first);
        if (!knownProjectKeys().contains(key)) {
            project.warnings.push_back(document.location(entry.first)
                                           .error(tr("unknown key '%1' in dbt_project.yml").arg(key)));
        }
    }

    const QJsonObject json = YamlDocument::toJson(root).toObject();
    project.name = json.value(QLatin1String("name")).toString();
    if (project.name.isEmpty())
        return fail(document.location(root).error(tr("dbt_project.yml needs a 'name:'")));
    project.version = scalarString(json.value(QLatin1String("version")));
    project.profile = json.value(QLatin1String("profile")).toString();
    project.configVersion = json.value(QLatin1String("config-version")).toInt(2);
    project.requireDbtVersion = json.value(QLatin1String("require-dbt-version"));

    ProjectPaths &paths = project.paths;
    const auto setPaths = [&](QStringList &target, std::initializer_list<const char *> keys) {
        const QJsonValue value = firstOf(json, keys);
        if (!value.isUndefined())
            target = stringList(value);
    };
    setPaths(paths.models, {"model-paths", "source-paths"});
    setPaths(paths.seeds, {"seed-paths", "data-paths"});
    setPaths(paths.macros, {"macro-paths"});
    setPaths(paths.snapshots, {"snapshot-paths"});
    setPaths(paths.tests, {"test-paths"});
    setPaths(paths.analyses, {"analysis-paths"});
    setPaths(paths.docs, {"docs-paths"});
    paths.target = json.value(QLatin1String("target-path")).toString(paths.target);
    paths.packagesInstall = firstOf(json, {"packages-install-path", "modules-path"})
                                .toString(paths.packagesInstall);
    for (const char *legacy : {"source-paths", "data-paths"}) {
        if (json.contains(QLatin1String(legacy))) {
            const YAML::Node node = root[legacy];
            project.warnings.push_back(
                document.location(node).error(tr("'%1' is a legacy key; dbt now calls it '%2'")
                                                  .arg(QLatin1String(legacy),
                                                       QLatin1String(qstrcmp(legacy, "source-paths") == 0
                                                                         ? "model-paths"
                                                                         : "seed-paths"))));
        }
    }

    project.vars = json.value(QLatin1String("vars")).toObject();
    project.modelsConfig = json.value(QLatin1String("models")).toObject();
    project.seedsConfig = json.value(QLatin1String("seeds")).toObject();
    project.snapshotsConfig = json.value(QLatin1String("snapshots")).toObject();
    project.testsConfig = firstOf(json, {"data_tests", "tests"}).toObject();
    project.sourcesConfig = json.value(QLatin1String("sources")).toObject();
    project.exposuresConfig = json.value(QLatin1String("exposures")).toObject();
    project.unitTestsConfig = json.value(QLatin1String("unit_tests")).toObject();
    project.semanticModelsConfig = json.value(QLatin1String("semantic-models")).toObject();
    project.metricsConfig = json.value(QLatin1String("metrics")).toObject();
    project.savedQueriesConfig = json.value(QLatin1String("saved-queries")).toObject();
    project.dispatch = json.value(QLatin1String("dispatch")).toArray();
    project.flags = json.value(QLatin1String("flags")).toObject();
    project.quoting = json.value(QLatin1String("quoting")).toObject();
    project.queryComment = json.value(QLatin1String("query-comment")).toObject();
    const auto hooks = [](const QJsonValue &value) {
        return value.isString() ? QJsonArray{value} : value.toArray();
    };
    project.onRunStart = hooks(json.value(QLatin1String("on-run-start")));
    project.onRunEnd = hooks(json.value(QLatin1String("on-run-end")));
    return project;
}

void DbtProjectReader::readDependencies(DbtProject &project, const QString &fileName)
{
    const QString path = QDir(project.rootPath).filePath(fileName);
    if (!QFileInfo::exists(path))
        return;
    Result<YamlDocument> document = YamlDocument::load(path);
    if (!document) {
        project.warnings.push_back(document.error());
        return;
    }
    const YAML::Node &root = document->root();
    if (root.IsNull())
        return;
    if (!root.IsMap()) {
        project.warnings.push_back(
            document->location(root).error(tr("%1 must be a mapping of keys").arg(fileName)));
        return;
    }

    const auto readEntries = [&](const char *key, bool projects) {
        const YAML::Node list = root[key];
        if (!list)
            return;
        if (!list.IsSequence()) {
            project.warnings.push_back(document->location(list).error(
                tr("'%1:' in %2 must be a list").arg(QLatin1String(key), fileName)));
            return;
        }
        for (const YAML::Node &item : list) {
            const QJsonObject entry = YamlDocument::toJson(item).toObject();
            ProjectDependency dependency;
            dependency.location = document->location(item);
            if (projects) {
                dependency.kind = ProjectDependency::Kind::Project;
                dependency.name = entry.value(QLatin1String("name")).toString();
            } else if (entry.contains(QLatin1String("local"))) {
                dependency.kind = ProjectDependency::Kind::Local;
                dependency.name = entry.value(QLatin1String("local")).toString();
            } else if (entry.contains(QLatin1String("git"))) {
                dependency.kind = ProjectDependency::Kind::Git;
                dependency.name = entry.value(QLatin1String("git")).toString();
                dependency.version = scalarString(entry.value(QLatin1String("revision")));
            } else if (entry.contains(QLatin1String("tarball"))) {
                dependency.kind = ProjectDependency::Kind::Tarball;
                dependency.name = entry.value(QLatin1String("name")).toString(
                    entry.value(QLatin1String("tarball")).toString());
            } else if (entry.contains(QLatin1String("private"))) {
                dependency.kind = ProjectDependency::Kind::Private;
                dependency.name = entry.value(QLatin1String("private")).toString();
                dependency.version = scalarString(entry.value(QLatin1String("revision")));
            } else {
                dependency.kind = ProjectDependency::Kind::Hub;
                dependency.name = entry.value(QLatin1String("package")).toString();
                const QJsonValue version = entry.value(QLatin1String("version"));
                dependency.version = version.isArray()
                                         ? stringList(version).join(QLatin1String(", "))
                                         : scalarString(version);
            }
            if (dependency.name.isEmpty()) {
                project.warnings.push_back(dependency.location.error(
                    tr("an entry of '%1:' in %2 names nothing").arg(QLatin1String(key), fileName)));
                continue;
            }
            (projects ? project.upstreamProjects : project.packages).push_back(dependency);
        }
    };
    readEntries("projects", true);
    readEntries("packages", false);
}

// dbt-loom's configuration: `manifests:` entries with a name, a type and a config; a file's
// path may use $VAR or ${VAR} and is relative to the project root.
void DbtProjectReader::readLoomConfig(DbtProject &project)
{
    const QString path = QDir(project.rootPath).filePath(QStringLiteral("dbt_loom.config.yml"));
    if (!QFileInfo::exists(path))
        return;
    Result<YamlDocument> document = YamlDocument::load(path);
    if (!document) {
        project.warnings.push_back(document.error());
        return;
    }
    const YAML::Node manifests = document->root().IsMap() ? document->root()["manifests"] : YAML::Node();
    if (!manifests || !manifests.IsSequence()) {
        project.warnings.push_back(document->location(document->root())
                                       .error(tr("dbt_loom.config.yml needs a 'manifests:' list")));
        return;
    }
    static const QRegularExpression variable(QStringLiteral("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}|\\$([A-Za-z_][A-Za-z0-9_]*)"));
    for (const YAML::Node &item : manifests) {
        const QJsonObject entry = YamlDocument::toJson(item).toObject();
        UpstreamManifestSource source;
        source.location = document->location(item);
        source.project = entry.value(QLatin1String("name")).toString();
        source.type = entry.value(QLatin1String("type")).toString(QStringLiteral("file"));
        source.optional = entry.value(QLatin1String("optional")).toBool(false);
        QString file = entry.value(QLatin1String("config")).toObject().value(QLatin1String("path")).toString();
        QRegularExpressionMatch match;
        while ((match = variable.match(file)).hasMatch()) {
            const QString name = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
            file.replace(match.capturedStart(), match.capturedLength(), qEnvironmentVariable(name.toLocal8Bit().constData()));
        }
        if (!file.isEmpty())
            source.path = QDir::cleanPath(QDir(project.rootPath).absoluteFilePath(file));
        if (source.project.isEmpty()) {
            project.warnings.push_back(source.location.error(tr("a manifest in dbt_loom.config.yml has no 'name:'")));
            continue;
        }
        project.upstreamManifests.push_back(source);
    }
}

} // namespace Trellis::Core
