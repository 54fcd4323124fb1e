#include "manifestbuilder.h"

#include "core/dbt/macropackage.h"
#include "core/dbt/parsecontext.h"
#include "core/dbt/projectfilerenderer.h"
#include "core/dbt/staticsqlanalyzer.h"
#include "core/graph/docreferences.h"
#include "core/graph/refresolver.h"
#include "core/graph/testnaming.h"
#include "core/graph/upstreammanifest.h"
#include "core/project/configresolver.h"
#include "core/project/propertyfileparser.h"
#include "core/project/workspacediscovery.h"
#include "core/util/textdistance.h"
#include "core/util/textfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <functional>
#include <map>
#include <optional>
#include <thread>

namespace Trellis::Core {

namespace {

// Diagnostic codes of the parse stage (documented in the README).
const QString kDiscoveryProblem = QStringLiteral("TRL0001");
const QString kUnreadableFile = QStringLiteral("TRL0101");
const QString kUnknownKey = QStringLiteral("TRL0102");
const QString kInvalidProperty = QStringLiteral("TRL0103");
const QString kMacroSyntax = QStringLiteral("TRL0104");
const QString kComputedCall = QStringLiteral("TRL0105");
const QString kPatchWithoutNode = QStringLiteral("TRL0106");
const QString kPackageNotInstalled = QStringLiteral("TRL0107");
const QString kDuplicatePatch = QStringLiteral("TRL0108");
const QString kDuplicateProject = QStringLiteral("TRL0109");
const QString kRefNotFound = QStringLiteral("TRL0110");
const QString kSourceNotFound = QStringLiteral("TRL0111");
const QString kNotRendered = QStringLiteral("TRL0112");
const QString kProjectFileJinja = QStringLiteral("TRL0113");
const QString kUpstreamManifest = QStringLiteral("TRL0114");

QString tr(const char *text)
{
    return ManifestBuilder::tr(text);
}

struct ProjectFile
{
    QString absolutePath;
    QString pathInResourceFolder; // "staging/stg_orders.sql"
    QString pathInProject;        // "models/staging/stg_orders.sql"
};

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// A seed can be a million rows: hash it as a stream rather than reading it into memory.
QString fileSha256(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

// A project's config tree in dbt_project.yml for one resource type (`models:`, `seeds:`, …).
QJsonObject configTreeOf(const DbtProject &project, ResourceType type)
{
    switch (type) {
    case ResourceType::Model:
    case ResourceType::Analysis:
        return project.modelsConfig;
    case ResourceType::Seed:
        return project.seedsConfig;
    case ResourceType::Snapshot:
        return project.snapshotsConfig;
    case ResourceType::Test:
        return project.testsConfig;
    case ResourceType::Source:
        return project.sourcesConfig;
    case ResourceType::Exposure:
        return project.exposuresConfig;
    default:
        return {};
    }
}

// fqn of a file-backed node: package, folders below the resource folder, name.
QStringList fqnFor(const QString &package, const QString &pathInResourceFolder, const QString &name)
{
    QStringList fqn{package};
    QStringList folders = pathInResourceFolder.split(QLatin1Char('/'));
    folders.removeLast();
    fqn += folders;
    fqn.append(name);
    return fqn;
}

// Top-level keys of a property entry that dbt treats as configs of the node.
const QStringList &configLikeTopLevelKeys()
{
    static const QStringList keys{QStringLiteral("access"), QStringLiteral("group"),
                                  QStringLiteral("docs"), QStringLiteral("meta"),
                                  QStringLiteral("tags")};
    return keys;
}

QJsonObject configLike(const QJsonObject &topLevel)
{
    QJsonObject config;
    for (const QString &key : configLikeTopLevelKeys()) {
        if (topLevel.contains(key))
            config.insert(key, topLevel.value(key));
    }
    return config;
}

// Block definitions in macro and snapshot files: `{% macro name(`, `{% test name(`,
// `{% materialization name, adapter='x' %}`, `{% snapshot name %}`, `{% docs name %}`.
struct BlockDefinition
{
    QString kind;
    QString name;
    QString adapter;
    qsizetype start = 0;     // offset of the opening tag
    qsizetype bodyStart = 0; // offset just after the opening tag
    qsizetype bodyEnd = 0;   // offset of the end tag, or the end of the text
    int line = 1;
};

std::vector<BlockDefinition> findBlocks(const QString &text, const QStringList &kinds)
{
    static const QRegularExpression opening(QStringLiteral(
        "\\{%-?\\s*(macro|test|materialization|snapshot|docs)\\s+([A-Za-z_][A-Za-z0-9_]*)"
        "(?:\\s*,\\s*adapter\\s*=\\s*['\"]([A-Za-z0-9_]+)['\"])?"));
    std::vector<BlockDefinition> blocks;
    auto it = opening.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (!kinds.contains(match.captured(1)))
            continue;
        BlockDefinition block;
        block.kind = match.captured(1);
        block.name = match.captured(2);
        block.adapter = match.captured(3);
        block.start = match.capturedStart();
        block.line = int(text.left(block.start).count(QLatin1Char('\n'))) + 1;
        const qsizetype tagEnd = text.indexOf(QLatin1String("%}"), match.capturedEnd());
        block.bodyStart = tagEnd < 0 ? text.size() : tagEnd + 2;
        const QRegularExpression closing(QStringLiteral("\\{%-?\\s*end%1\\s*-?%\\}").arg(block.kind));
        const QRegularExpressionMatch end = closing.match(text, block.bodyStart);
        block.bodyEnd = end.hasMatch() ? end.capturedStart() : text.size();
        blocks.push_back(block);
    }
    return blocks;
}

// A block's body as a template of its own, preceded by the newlines before it so that lines
// in errors and calls stay the file's lines.
QString blockBody(const QString &text, const BlockDefinition &block)
{
    const qsizetype lineBreaks = text.left(block.bodyStart).count(QLatin1Char('\n'));
    return QString(lineBreaks, QLatin1Char('\n')) + text.mid(block.bodyStart, block.bodyEnd - block.bodyStart);
}

// Creates the nodes of one project (or package) and appends them to the manifest.
class ProjectParser
{
public:
    ProjectParser(const DbtProject &project, const DbtProject *installingProject, Manifest &manifest)
        : m_project(project)
        , m_installer(installingProject)
        , m_manifest(manifest)
    {}

    // First pass, for every package before any renders: parses the macro files, whose
    // macros the package's own renders and those of the projects installing it call.
    void loadMacros(const Jinja::Environment &environment)
    {
        QStringList macroFolders = m_project.paths.macros;
        for (const QString &tests : m_project.paths.tests)
            macroFolders.append(tests + QStringLiteral("/generic"));
        QStringList paths;
        for (const ProjectFile &file : filesUnder(macroFolders, {QStringLiteral("sql")})) {
            paths.append(file.absolutePath);
            m_macroFiles.insert(file.absolutePath, file);
        }
        std::vector<Error> problems;
        m_macros = Dbt::MacroLoader::load(m_project.name, paths, environment, problems);
        for (const Error &problem : problems)
            diagnose(Severity::Error, kMacroSyntax, problem);
    }

    const Dbt::MacroPackage &macros() const { return m_macros; }

    // Second pass: creates the nodes, rendering SQL files in dbt's parse mode with `scope`.
    void parse(const Jinja::Environment &environment, const Dbt::ContextScope &scope)
    {
        m_context = std::make_unique<Dbt::ParseContext>(environment, scope);
        const QString ownFiles = m_project.rootPath + QLatin1Char('/');
        for (const Error &problem : m_context->setupProblems()) {
            // Another package's broken macro file is that package's finding, reported there.
            if (problem.file.startsWith(ownFiles))
                diagnose(Severity::Error, kMacroSyntax, problem);
        }
        readPropertyFiles();
        keepUninterpretedResources();
        createModels();
        createFileNodes(ResourceType::Seed, m_project.paths.seeds, {QStringLiteral("csv")},
                        QStringLiteral("seed"), m_seeds);
        createSnapshots();
        createYamlSnapshots();
        createFileNodes(ResourceType::Analysis, m_project.paths.analyses, {QStringLiteral("sql")},
                        QStringLiteral("view"), m_analyses);
        createSingularTests();
        createMacrosAndDocs();
        createSources();
        createGroupsAndExposures();
        reportPatchesWithoutNodes();
    }

    // Re-reads the calls of `node` (one of this package's SQL-backed nodes) from its new text.
    // False when the node was not built from a file's config, or the edit enables or disables
    // it: then only a new build can place it.
    bool reanalyse(Node &node, const QString &text)
    {
        const auto before = m_configBeforeFile.constFind(node.uniqueId);
        if (before == m_configBeforeFile.cend())
            return false;
        QJsonObject config = *before;
        node.rawCode = text;
        node.checksum = sha256(text.toUtf8());
        ConfigMerger::merge(config, findCalls(node, text, config).config);
        if (config.value(QLatin1String("enabled")).toBool(true) != node.isEnabled())
            return false;
        node.config = config;
        finishConfig(node);
        // The text replaced the node's calls; those its YAML makes still stand.
        addForeignKeyRefs(node);
        return true;
    }

    // Diagnostics found since the last call (the partial manifest is the parser's outbox).
    std::vector<Diagnostic> takeDiagnostics() { return std::exchange(m_manifest.diagnostics, {}); }

private:
    struct Declared
    {
        const NodeDeclaration *declaration = nullptr;
        const PropertyFile *file = nullptr;
        bool used = false;
    };
    using DeclarationIndex = std::map<QString, Declared>;

    void diagnose(Severity severity, const QString &code, const Error &error)
    {
        m_manifest.diagnostics.push_back(Diagnostic::fromError(error, severity, code));
    }

    void readPropertyFiles()
    {
        QStringList folders = m_project.paths.models + m_project.paths.seeds
                              + m_project.paths.snapshots + m_project.paths.analyses
                              + m_project.paths.macros + m_project.paths.tests;
        folders.removeDuplicates();
        for (const ProjectFile &file :
             filesUnder(folders, {QStringLiteral("yml"), QStringLiteral("yaml")})) {
            Result<PropertyFile> parsed = PropertyFileParser::load(file.absolutePath);
            if (!parsed) {
                diagnose(Severity::Error, kUnreadableFile, parsed.error());
                continue;
            }
            for (const Error &warning : parsed->warnings)
                diagnose(Severity::Warning, kUnknownKey, warning);
            for (const Error &error : parsed->errors)
                diagnose(Severity::Error, kInvalidProperty, error);
            m_patchPaths.insert(parsed->path, m_project.name + QStringLiteral("://") + file.pathInProject);
            m_propertyFiles.push_back(std::move(*parsed));
        }
        // Indexed after reading, so the pointers into m_propertyFiles stay valid.
        for (const PropertyFile &file : m_propertyFiles) {
            index(file, file.models, m_models);
            index(file, file.seeds, m_seeds);
            index(file, file.snapshots, m_snapshots);
            index(file, file.analyses, m_analyses);
        }
    }

    // Semantic models, metrics, saved queries and unit tests go into the manifest as written,
    // with the identity fields manifest.json gives them.
    void keepUninterpretedResources()
    {
        const auto keep = [&](const PropertyFile &file, const QJsonArray &entries, const QString &type,
                              QJsonObject &target) {
            for (const QJsonValue &entry : entries) {
                QJsonObject resource = entry.toObject();
                const QString name = resource.value(QLatin1String("name")).toString();
                if (name.isEmpty())
                    continue; // the property parser reported it
                QString uniqueId = type + QLatin1Char('.') + m_project.name + QLatin1Char('.');
                // Unit tests are named per model: unit_test.<project>.<model>.<name>.
                if (type == QLatin1String("unit_test"))
                    uniqueId += resource.value(QLatin1String("model")).toString() + QLatin1Char('.');
                uniqueId += name;
                resource.insert(QStringLiteral("unique_id"), uniqueId);
                resource.insert(QStringLiteral("resource_type"), type);
                resource.insert(QStringLiteral("package_name"), m_project.name);
                resource.insert(QStringLiteral("original_file_path"),
                                QDir(m_project.rootPath).relativeFilePath(file.path));
                target.insert(uniqueId, resource);
            }
        };
        for (const PropertyFile &file : m_propertyFiles) {
            keep(file, file.semanticModels, QStringLiteral("semantic_model"), m_manifest.semanticModels);
            keep(file, file.metrics, QStringLiteral("metric"), m_manifest.metrics);
            keep(file, file.savedQueries, QStringLiteral("saved_query"), m_manifest.savedQueries);
            keep(file, file.unitTests, QStringLiteral("unit_test"), m_manifest.unitTests);
        }
    }

    void index(const PropertyFile &file, const std::vector<NodeDeclaration> &declarations,
               DeclarationIndex &target)
    {
        for (const NodeDeclaration &declaration : declarations) {
            const auto [it, inserted] = target.insert({declaration.name, {&declaration, &file}});
            if (!inserted) {
                diagnose(Severity::Error, kDuplicatePatch,
                         declaration.location.error(
                             tr("'%1' is described twice in property files; the other entry is in %2")
                                 .arg(declaration.name, it->second.file->path)));
            }
        }
    }

    // Files below resource folders (model-paths etc.) with one of the suffixes, sorted, skipping
    // the folders discovery skips; folders may lie outside the project root. Each folder is
    // listed once per parse, though models, property files, macros and docs all look in it.
    std::vector<ProjectFile> filesUnder(const QStringList &resourcePaths, const QStringList &suffixes)
    {
        std::vector<ProjectFile> files;
        const QDir root(m_project.rootPath);
        for (const QString &resourcePath : resourcePaths) {
            const QString folder = QDir::cleanPath(root.filePath(resourcePath));
            auto listing = m_listings.find(folder);
            if (listing == m_listings.end()) {
                listing = m_listings.insert(folder, QFileInfo(folder).isDir()
                                                        ? WorkspaceScanner::projectFiles(folder)
                                                        : QStringList());
            }
            const QDir resourceDir(folder);
            for (const QString &relative : std::as_const(*listing)) {
                if (!suffixes.contains(QFileInfo(relative).suffix().toLower()))
                    continue;
                const QString absolute = resourceDir.filePath(relative);
                files.push_back({absolute, relative, QDir::cleanPath(root.relativeFilePath(absolute))});
            }
        }
        return files;
    }

    // dbt's precedence: defaults < the package's own dbt_project.yml < the installing project's
    // dbt_project.yml < property YAML < config() in the file.
    QJsonObject resolveConfig(ResourceType type, const QStringList &fqn, const QJsonObject &defaults,
                              std::initializer_list<QJsonObject> yamlLevels,
                              const QJsonObject &fileConfig) const
    {
        QJsonObject config = defaults;
        ConfigMerger::merge(config, ProjectConfigTree(configTreeOf(m_project, type)).configFor(fqn));
        if (m_installer)
            ConfigMerger::merge(config, ProjectConfigTree(configTreeOf(*m_installer, type)).configFor(fqn));
        for (const QJsonObject &level : yamlLevels)
            ConfigMerger::merge(config, level);
        ConfigMerger::merge(config, fileConfig);
        return config;
    }

    void applyDeclaration(Node &node, const Declared *declared)
    {
        if (!declared)
            return;
        const NodeDeclaration &declaration = *declared->declaration;
        node.description = declaration.description;
        node.columns = declaration.columns;
        node.constraints = declaration.constraints;
        node.patchPath = m_patchPaths.value(declared->file->path);
        node.declaredAt = declaration.location;
        node.latestVersion = declaration.latestVersion;
        node.deprecationDate = declaration.deprecationDate;
    }

    void finishConfig(Node &node)
    {
        node.tags.clear();
        for (const QJsonValue &tag : node.config.value(QLatin1String("tags")).toArray())
            node.tags.append(tag.toString());
        node.meta = node.config.value(QLatin1String("meta")).toObject();
    }

    void addNode(Node node)
    {
        finishConfig(node);
        (node.isEnabled() ? m_manifest.nodes : m_manifest.disabled).push_back(std::move(node));
    }

    // Reads a SQL file into the node; false (with a diagnostic) when unreadable.
    bool readSql(Node &node)
    {
        Result<QByteArray> bytes = TextFile::readUtf8(node.absolutePath);
        if (!bytes) {
            diagnose(Severity::Error, kUnreadableFile, bytes.error());
            return false;
        }
        node.checksum = sha256(*bytes);
        node.rawCode = QString::fromUtf8(*bytes);
        return true;
    }

    // The config of a file-backed node before its file's config() calls, kept for re-parsing.
    void applyFileConfig(Node &node, const QString &text)
    {
        m_configBeforeFile.insert(node.uniqueId, node.config);
        ConfigMerger::merge(node.config, findCalls(node, text, node.config).config);
    }

    // The ref(), source() and config() calls of `text` (the node's file, or its block), found as
    // dbt finds them: by rendering in parse mode. Python models, and files that cannot be
    // rendered, fall back to static extraction, with a warning that says why.
    SqlCalls findCalls(Node &node, const QString &text, const QJsonObject &configBeforeFile)
    {
        const bool python = node.absolutePath.endsWith(QLatin1String(".py"));
        if (!python) {
            Result<SqlCalls> rendered = m_context->render(text, node.absolutePath,
                                                          renderContext(node, configBeforeFile));
            if (rendered) {
                node.refs = rendered->refs;
                node.sources = rendered->sources;
                node.analysedStatically = false;
                return std::move(*rendered);
            }
            Error error = rendered.error();
            error.message = tr("%1 could not be rendered, so its ref(), source() and config() calls "
                               "were read without Jinja: %2")
                                .arg(node.originalFilePath, error.message);
            // A failure inside a macro is still this node's finding: shown on its file, naming
            // the macro's place.
            if (error.file != node.absolutePath) {
                error.message += QStringLiteral(" (%1:%2)").arg(error.file).arg(error.line);
                error = {node.absolutePath, 1, 1, error.message};
            }
            diagnose(Severity::Warning, kNotRendered, error);
        }
        SqlCalls calls = StaticSqlAnalyzer::analyze(text, node.absolutePath);
        node.analysedStatically = true;
        for (const Error &problem : calls.problems)
            diagnose(Severity::Warning, kComputedCall, problem);
        node.refs = calls.refs;
        node.sources = calls.sources;
        return calls;
    }

    Node fileNode(ResourceType type, const ProjectFile &file, const QString &name)
    {
        Node node;
        node.type = type;
        node.packageName = m_project.name;
        node.name = name;
        node.fqn = fqnFor(m_project.name, file.pathInResourceFolder, name);
        node.path = file.pathInResourceFolder;
        node.originalFilePath = file.pathInProject;
        node.absolutePath = file.absolutePath;
        node.uniqueId = resourceTypeName(type) + QLatin1Char('.') + m_project.name + QLatin1Char('.') + name;
        node.declaredAt = {file.absolutePath, 1, 1};
        return node;
    }

    // A node that only a property file declares (source table, group, exposure).
    Node yamlNode(ResourceType type, const QString &name, const QString &uniqueId, const QString &file) const
    {
        Node node;
        node.type = type;
        node.packageName = m_project.name;
        node.name = name;
        node.uniqueId = uniqueId;
        node.originalFilePath = QDir(m_project.rootPath).relativeFilePath(file);
        node.absolutePath = file;
        node.patchPath = m_patchPaths.value(file);
        node.config = {{QStringLiteral("enabled"), true}};
        return node;
    }

    void createModels()
    {
        std::vector<ProjectFile> files
            = filesUnder(m_project.paths.models, {QStringLiteral("sql"), QStringLiteral("py")});
        QHash<QString, const ProjectFile *> byStem;
        for (const ProjectFile &file : files)
            byStem.insert(QFileInfo(file.absolutePath).completeBaseName(), &file);
        QSet<QString> claimed;

        // Versioned models first: their files are named by the versions, not by themselves.
        for (auto &[name, declared] : m_models) {
            const NodeDeclaration &declaration = *declared.declaration;
            if (declaration.versions.empty())
                continue;
            declared.used = true;
            for (const VersionDeclaration &version : declaration.versions) {
                QString stem = version.definedIn;
                if (stem.isEmpty()) {
                    stem = name + QStringLiteral("_v") + version.version;
                    if (!byStem.contains(stem) && !claimed.contains(name))
                        stem = name; // the unsuffixed file serves this version
                }
                const ProjectFile *file = byStem.value(stem);
                if (!file) {
                    diagnose(Severity::Error, kPatchWithoutNode,
                             version.location.error(
                                 tr("version %1 of model '%2' has no file: expected %3.sql")
                                     .arg(version.version, name, stem)));
                    continue;
                }
                claimed.insert(stem);
                createModel(*file, name, &declared, &version);
            }
        }
        for (const ProjectFile &file : files) {
            const QString stem = QFileInfo(file.absolutePath).completeBaseName();
            if (claimed.contains(stem))
                continue;
            const auto declared = m_models.find(stem);
            Declared *declaration = declared == m_models.end() ? nullptr : &declared->second;
            if (declaration)
                declaration->used = true;
            createModel(file, stem, declaration, nullptr);
        }
    }

    void createModel(const ProjectFile &file, const QString &name, const Declared *declared,
                     const VersionDeclaration *version)
    {
        Node node = fileNode(ResourceType::Model, file, name);
        if (version) {
            node.version = version->version;
            node.uniqueId += QStringLiteral(".v") + version->version;
            node.fqn.append(QStringLiteral("v") + version->version);
        }
        if (!readSql(node))
            return;
        applyDeclaration(node, declared);
        const QJsonObject defaults{{QStringLiteral("materialized"), QStringLiteral("view")},
                                   {QStringLiteral("enabled"), true},
                                   {QStringLiteral("access"), QStringLiteral("protected")}};
        QJsonObject yamlTop;
        QJsonObject yamlConfig;
        QJsonObject versionTop;
        QJsonObject versionConfig;
        if (declared) {
            yamlTop = configLike(declared->declaration->topLevel);
            yamlConfig = declared->declaration->config;
        }
        if (version) {
            versionTop = configLike(version->topLevel);
            versionConfig = version->config;
            if (!version->deprecationDate.isEmpty())
                node.deprecationDate = version->deprecationDate;
            if (!version->description.isEmpty())
                node.description = version->description;
            if (!version->constraints.isEmpty())
                node.constraints = version->constraints;
            node.columns = versionColumns(declared ? declared->declaration->columns
                                                   : std::vector<ColumnDeclaration>(),
                                          *version);
            node.declaredAt = version->location;
        }
        node.config = resolveConfig(ResourceType::Model, node.fqn, defaults,
                                    {yamlTop, yamlConfig, versionTop, versionConfig}, {});
        applyFileConfig(node, node.rawCode);
        addForeignKeyRefs(node);
        if (declared)
            createGenericTests(node, *declared->declaration, version);
        addNode(std::move(node));
    }

    // A version's columns: the model's, narrowed by include/exclude, then its own declared ones.
    static std::vector<ColumnDeclaration> versionColumns(const std::vector<ColumnDeclaration> &modelColumns,
                                                         const VersionDeclaration &version)
    {
        std::vector<ColumnDeclaration> columns;
        const QJsonValue include = version.includeColumns;
        // No `include:` at all means every column of the model, as `include: "*"` does.
        const bool includeAll = include.isUndefined() || include.isNull()
                                || include.toString() == QLatin1String("*")
                                || include.toString() == QLatin1String("all");
        QStringList included;
        for (const QJsonValue &name : include.toArray())
            included.append(name.toString());
        for (const ColumnDeclaration &column : modelColumns) {
            if ((includeAll || included.contains(column.name))
                && !version.excludeColumns.contains(column.name))
                columns.push_back(column);
        }
        for (const ColumnDeclaration &own : version.columns) {
            const auto existing = std::find_if(columns.begin(), columns.end(),
                                               [&](const ColumnDeclaration &c) { return c.name == own.name; });
            if (existing != columns.end())
                *existing = own;
            else
                columns.push_back(own);
        }
        return columns;
    }

    // YAML names other nodes with Jinja strings ("ref('orders')", "source('app', 'rides')"):
    // exposures' depends_on, relationships tests' `to`, foreign_key constraints. Their calls
    // become the node's, located at the YAML entry.
    static void addCallsFromYaml(Node &node, const QString &expression, const SourceLocation &where)
    {
        const SqlCalls calls = StaticSqlAnalyzer::analyze(
            QStringLiteral("{{ ") + expression + QStringLiteral(" }}"), where.file);
        for (RefCall ref : calls.refs) {
            ref.location = where;
            node.refs.push_back(ref);
        }
        for (SourceCall source : calls.sources) {
            source.location = where;
            node.sources.push_back(source);
        }
    }

    // dbt 1.9 foreign_key constraints name their target with ref(), which makes it a parent.
    void addForeignKeyRefs(Node &node)
    {
        const auto scan = [&](const QJsonArray &constraints) {
            for (const QJsonValue &constraint : constraints) {
                const QString to = constraint.toObject().value(QLatin1String("to")).toString();
                if (!to.isEmpty())
                    addCallsFromYaml(node, to, node.declaredAt);
            }
        };
        scan(node.constraints);
        for (const ColumnDeclaration &column : node.columns)
            scan(column.constraints);
    }

    void createFileNodes(ResourceType type, const QStringList &paths, const QStringList &suffixes,
                         const QString &materialized, DeclarationIndex &declarations)
    {
        for (const ProjectFile &file : filesUnder(paths, suffixes)) {
            const QString name = QFileInfo(file.absolutePath).completeBaseName();
            Node node = fileNode(type, file, name);
            if (type == ResourceType::Seed) {
                node.checksum = fileSha256(file.absolutePath);
            } else if (!readSql(node)) {
                continue;
            }
            const auto declared = declarations.find(name);
            Declared *declaration = declared == declarations.end() ? nullptr : &declared->second;
            if (declaration)
                declaration->used = true;
            applyDeclaration(node, declaration);
            node.config = resolveConfig(
                type, node.fqn,
                {{QStringLiteral("materialized"), materialized}, {QStringLiteral("enabled"), true}},
                {declaration ? configLike(declaration->declaration->topLevel) : QJsonObject(),
                 declaration ? declaration->declaration->config : QJsonObject()},
                {});
            if (type != ResourceType::Seed)
                applyFileConfig(node, node.rawCode);
            if (declaration)
                createGenericTests(node, *declaration->declaration, nullptr);
            addNode(std::move(node));
        }
    }

    void createSnapshots()
    {
        for (const ProjectFile &file : filesUnder(m_project.paths.snapshots, {QStringLiteral("sql")})) {
            Result<QString> text = TextFile::read(file.absolutePath);
            if (!text) {
                diagnose(Severity::Error, kUnreadableFile, text.error());
                continue;
            }
            for (const BlockDefinition &block : findBlocks(*text, {QStringLiteral("snapshot")})) {
                Node node = fileNode(ResourceType::Snapshot, file, block.name);
                node.rawCode = text->mid(block.start, block.bodyEnd - block.start);
                node.checksum = sha256(text->toUtf8());
                node.declaredAt = {file.absolutePath, block.line, 1};
                const auto declared = m_snapshots.find(block.name);
                Declared *declaration = declared == m_snapshots.end() ? nullptr : &declared->second;
                if (declaration)
                    declaration->used = true;
                applyDeclaration(node, declaration);
                node.config = resolveConfig(
                    ResourceType::Snapshot, node.fqn,
                    {{QStringLiteral("materialized"), QStringLiteral("snapshot")}, {QStringLiteral("enabled"), true}},
                    {declaration ? declaration->declaration->config : QJsonObject()}, {});
                ConfigMerger::merge(node.config, findCalls(node, blockBody(*text, block), node.config).config);
                if (declaration)
                    createGenericTests(node, *declaration->declaration, nullptr);
                addNode(std::move(node));
            }
        }
    }

    // dbt 1.9 snapshots defined in YAML alone: a name, the relation they copy (`ref()` or
    // `source()`, which becomes the parent) and a config.
    void createYamlSnapshots()
    {
        for (auto &[name, declared] : m_snapshots) {
            const NodeDeclaration &declaration = *declared.declaration;
            const QString relation = declaration.topLevel.value(QLatin1String("relation")).toString();
            if (declared.used || relation.isEmpty())
                continue;
            declared.used = true;
            Node node = yamlNode(ResourceType::Snapshot, name,
                                 QStringLiteral("snapshot.%1.%2").arg(m_project.name, name), declared.file->path);
            node.path = node.originalFilePath.section(QLatin1Char('/'), 1);
            node.fqn = fqnFor(m_project.name, node.path, name);
            applyDeclaration(node, &declared);
            addCallsFromYaml(node, relation, declaration.location);
            node.config = resolveConfig(
                ResourceType::Snapshot, node.fqn,
                {{QStringLiteral("materialized"), QStringLiteral("snapshot")}, {QStringLiteral("enabled"), true}},
                {configLike(declaration.topLevel), declaration.config}, {});
            createGenericTests(node, declaration, nullptr);
            addNode(std::move(node));
        }
    }

    void createSingularTests()
    {
        for (const ProjectFile &file : filesUnder(m_project.paths.tests, {QStringLiteral("sql")})) {
            // tests/generic/ holds generic test definitions: macros, not tests.
            if (file.pathInResourceFolder.startsWith(QLatin1String("generic/")))
                continue;
            const QString name = QFileInfo(file.absolutePath).completeBaseName();
            Node node = fileNode(ResourceType::Test, file, name);
            if (!readSql(node))
                continue;
            node.config = resolveConfig(ResourceType::Test, node.fqn,
                                        {{QStringLiteral("materialized"), QStringLiteral("test")},
                                         {QStringLiteral("severity"), QStringLiteral("ERROR")},
                                         {QStringLiteral("enabled"), true}},
                                        {}, {});
            applyFileConfig(node, node.rawCode);
            addNode(std::move(node));
        }
    }

    void createMacrosAndDocs()
    {
        std::map<QString, const MacroDeclaration *> documented;
        for (const PropertyFile &file : m_propertyFiles) {
            for (const MacroDeclaration &macro : file.macros)
                documented.insert({macro.name, &macro});
        }
        for (const auto &tmpl : m_macros.templates) {
            const QString text = QString::fromStdString(tmpl->source());
            const ProjectFile file = m_macroFiles.value(QString::fromStdString(tmpl->fileName()));
            for (const BlockDefinition &block : findBlocks(
                     text, {QStringLiteral("macro"), QStringLiteral("test"), QStringLiteral("materialization")})) {
                QString name = block.name;
                if (block.kind == QLatin1String("test"))
                    name = QStringLiteral("test_") + name;
                else if (block.kind == QLatin1String("materialization"))
                    name = QStringLiteral("materialization_%1_%2")
                               .arg(name, block.adapter.isEmpty() ? QStringLiteral("default") : block.adapter);
                Node node = fileNode(ResourceType::Macro, file, name);
                node.fqn.clear();
                node.rawCode = text.mid(block.start, block.bodyEnd - block.start);
                node.declaredAt = {file.absolutePath, block.line, 1};
                if (const auto it = documented.find(name); it != documented.end())
                    node.description = it->second->description;
                node.config = {{QStringLiteral("enabled"), true}};
                addNode(std::move(node));
            }
        }

        QStringList docFolders = m_project.paths.docs;
        if (docFolders.isEmpty()) {
            docFolders = m_project.paths.models + m_project.paths.seeds + m_project.paths.snapshots
                         + m_project.paths.analyses + m_project.paths.macros + m_project.paths.tests;
            docFolders.removeDuplicates();
        }
        for (const ProjectFile &file : filesUnder(docFolders, {QStringLiteral("md")})) {
            Result<QString> text = TextFile::read(file.absolutePath);
            if (!text)
                continue; // a README that is not UTF-8 is not a doc block source worth an error
            for (const BlockDefinition &block : findBlocks(*text, {QStringLiteral("docs")})) {
                Node node = fileNode(ResourceType::Doc, file, block.name);
                node.fqn.clear();
                node.rawCode = text->mid(block.bodyStart, block.bodyEnd - block.bodyStart).trimmed();
                node.declaredAt = {file.absolutePath, block.line, 1};
                node.config = {{QStringLiteral("enabled"), true}};
                addNode(std::move(node));
            }
        }
    }

    void createSources()
    {
        for (const PropertyFile &file : m_propertyFiles) {
            for (const SourceDeclaration &source : file.sources) {
                for (const SourceTableDeclaration &table : source.tables) {
                    Node node = yamlNode(ResourceType::Source, table.name,
                                         QStringLiteral("source.%1.%2.%3").arg(m_project.name, source.name, table.name),
                                         file.path);
                    node.sourceName = source.name;
                    node.fqn = fqnFor(m_project.name, node.originalFilePath.section(QLatin1Char('/'), 1), source.name);
                    node.fqn.append(table.name);
                    node.description = table.description;
                    node.identifier = table.identifier.isEmpty() ? table.name : table.identifier;
                    node.sourceDescription = source.description;
                    node.sourceDeclaredAt = source.location;
                    node.database = source.database;
                    node.schema = source.schema.isEmpty() ? source.name : source.schema;
                    node.loader = source.loader;
                    node.loadedAtField = table.loadedAtFieldNull ? QString()
                                         : table.loadedAtField.isEmpty() ? source.loadedAtField
                                                                         : table.loadedAtField;
                    node.freshness = table.freshnessNull ? QJsonObject()
                                     : table.freshness.isEmpty() ? source.freshness
                                                                 : table.freshness;
                    node.columns = table.columns;
                    node.declaredAt = table.location;
                    QJsonObject sourceLevel = source.config;
                    if (!source.meta.isEmpty())
                        sourceLevel.insert(QStringLiteral("meta"), source.meta);
                    QJsonObject tableLevel = table.config;
                    if (!table.meta.isEmpty())
                        tableLevel.insert(QStringLiteral("meta"), table.meta);
                    QJsonArray tags;
                    for (const QString &tag : source.tags + table.tags)
                        tags.append(tag);
                    if (!tags.isEmpty())
                        tableLevel.insert(QStringLiteral("tags"), tags);
                    node.config = resolveConfig(ResourceType::Source, node.fqn,
                                                {{QStringLiteral("enabled"), true}},
                                                {sourceLevel, tableLevel}, {});
                    createSourceTests(node, table);
                    addNode(std::move(node));
                }
            }
        }
    }

    void createGroupsAndExposures()
    {
        for (const PropertyFile &file : m_propertyFiles) {
            for (const GroupDeclaration &group : file.groups) {
                Node node = yamlNode(ResourceType::Group, group.name,
                                     QStringLiteral("group.%1.%2").arg(m_project.name, group.name), file.path);
                node.description = group.description;
                node.owner = group.owner;
                node.declaredAt = group.location;
                addNode(std::move(node));
            }
            for (const ExposureDeclaration &exposure : file.exposures) {
                Node node = yamlNode(ResourceType::Exposure, exposure.name,
                                     QStringLiteral("exposure.%1.%2").arg(m_project.name, exposure.name),
                                     file.path);
                node.fqn = {m_project.name, exposure.name};
                node.label = exposure.label;
                node.description = exposure.description;
                node.exposureType = exposure.type;
                node.maturity = exposure.maturity;
                node.url = exposure.url;
                node.owner = exposure.owner;
                node.declaredAt = exposure.location;
                for (const QString &dependency : exposure.dependsOn)
                    addCallsFromYaml(node, dependency, exposure.location);
                QJsonObject level = exposure.config;
                if (!exposure.meta.isEmpty())
                    level.insert(QStringLiteral("meta"), exposure.meta);
                node.config = resolveConfig(ResourceType::Exposure, node.fqn,
                                            {{QStringLiteral("enabled"), true}}, {level}, {});
                addNode(std::move(node));
            }
        }
    }

    void reportPatchesWithoutNodes()
    {
        const auto report = [&](const DeclarationIndex &index, const char *section) {
            for (const auto &[name, declared] : index) {
                if (declared.used)
                    continue;
                diagnose(Severity::Warning, kPatchWithoutNode,
                         declared.declaration->location.error(
                             tr("'%1' in the '%2' section matches no file of project '%3'")
                                 .arg(name, QLatin1String(section), m_project.name)));
            }
        };
        report(m_models, "models");
        report(m_seeds, "seeds");
        report(m_snapshots, "snapshots");
        report(m_analyses, "analyses");
    }

    // Generic tests declared on a node and its columns. A version with its own tests replaces
    // the model's model-level tests (dbt's rule); column tests follow the version's columns.
    void createGenericTests(const Node &target, const NodeDeclaration &declaration,
                            const VersionDeclaration *version)
    {
        const QString targetName = version ? target.name + QStringLiteral("_v") + version->version : target.name;
        const std::vector<TestDeclaration> &modelTests
            = version && version->testsDeclared ? version->tests : declaration.tests;
        for (const TestDeclaration &test : modelTests)
            createGenericTest(target, targetName, test, QString());
        for (const ColumnDeclaration &column : target.columns) {
            for (const TestDeclaration &test : column.tests)
                createGenericTest(target, targetName, test, column.name);
        }
    }

    void createSourceTests(const Node &source, const SourceTableDeclaration &table)
    {
        const QString target = source.sourceName + QLatin1Char('_') + source.name;
        for (const TestDeclaration &test : table.tests)
            createGenericTest(source, target, test, QString(), QStringLiteral("source_"));
        for (const ColumnDeclaration &column : table.columns) {
            for (const TestDeclaration &test : column.tests)
                createGenericTest(source, target, test, column.name, QStringLiteral("source_"));
        }
    }

    void createGenericTest(const Node &target, const QString &targetName, const TestDeclaration &test,
                           const QString &columnName, const QString &typePrefix = QString())
    {
        QString package;
        QString macro = test.name;
        if (const qsizetype dot = macro.indexOf(QLatin1Char('.')); dot > 0) {
            package = macro.left(dot);
            macro = macro.mid(dot + 1);
        }
        QJsonObject arguments = test.arguments;
        const QString column = columnName.isEmpty() ? test.columnName : columnName;
        if (!column.isEmpty())
            arguments.insert(QStringLiteral("column_name"), column);
        const QString testType = typePrefix + (package.isEmpty() ? macro : package + QLatin1Char('_') + macro);
        const TestNaming::Names names = TestNaming::synthesize(testType, targetName, arguments);

        Node node;
        node.type = ResourceType::Test;
        node.packageName = m_project.name;
        node.name = test.customName.isEmpty() ? names.shortName : test.customName;
        node.uniqueId = QStringLiteral("test.%1.%2.%3")
                            .arg(m_project.name, node.name,
                                 TestNaming::idSuffix(node.name, target.uniqueId, arguments,
                                                      test.location.file));
        node.absolutePath = test.location.file;
        node.originalFilePath = QDir(m_project.rootPath).relativeFilePath(test.location.file);
        node.patchPath = m_patchPaths.value(test.location.file);
        node.fqn = fqnFor(m_project.name, target.path.isEmpty() ? node.name : target.path, node.name);
        node.declaredAt = test.location;
        node.description = test.description;
        node.test = {macro, package, arguments, target.uniqueId, column};
        // The tested node is the first parent; refs in arguments (relationships' `to`) follow.
        node.dependsOnNodes.append(target.uniqueId);
        for (auto it = arguments.begin(); it != arguments.end(); ++it) {
            if (it.value().isString() && it.value().toString().contains(QLatin1Char('(')))
                addCallsFromYaml(node, it.value().toString(), test.location);
        }
        node.config = resolveConfig(ResourceType::Test, node.fqn,
                                    {{QStringLiteral("materialized"), QStringLiteral("test")},
                                     {QStringLiteral("severity"), QStringLiteral("ERROR")},
                                     {QStringLiteral("enabled"), true}},
                                    {test.config}, {});
        // A test of a disabled node is disabled with it.
        if (!target.isEnabled())
            node.config.insert(QStringLiteral("enabled"), false);
        addNode(std::move(node));
    }

    const DbtProject &m_project;
    const DbtProject *m_installer;
    Manifest &m_manifest;
    std::vector<PropertyFile> m_propertyFiles;
    QHash<QString, QString> m_patchPaths; // absolute YAML path → "project://relative"
    DeclarationIndex m_models;
    DeclarationIndex m_seeds;
    DeclarationIndex m_snapshots;
    DeclarationIndex m_analyses;
    QHash<QString, QStringList> m_listings; // resource folder → its files, relative
    QHash<QString, ProjectFile> m_macroFiles; // absolute path → where it sits in the project
    Dbt::MacroPackage m_macros;
    std::unique_ptr<Dbt::ParseContext> m_context;   // from parse() on, for re-parsing
    QHash<QString, QJsonObject> m_configBeforeFile; // unique id → config without config() calls
};

// Installed packages of a project: local packages and everything in its dbt_packages/ folder.
// Reads a project's (or package's) dbt_project.yml and renders the Jinja in its values.
Result<DbtProject> readProject(const QString &folder, const Jinja::Environment &environment, Manifest &manifest)
{
    Result<DbtProject> project = DbtProjectReader::read(folder);
    if (!project)
        return project;
    Dbt::Target target;
    target.profileName = project->profile;
    for (const Error &problem : Dbt::ProjectFileRenderer::render(*project, environment, target))
        manifest.diagnostics.push_back(Diagnostic::fromError(problem, Severity::Error, kProjectFileJinja));
    return project;
}

// A project's packages: those installed, and the names of those listed but not installed.
struct InstalledPackages
{
    std::vector<DbtProject> installed;
    QStringList missing;
};

InstalledPackages readPackages(const DbtProject &project, const Jinja::Environment &environment,
                               Manifest &manifest)
{
    InstalledPackages result;
    std::vector<DbtProject> &packages = result.installed;
    QStringList installedNames;
    const auto add = [&](const QString &folder) {
        Result<DbtProject> package = readProject(folder, environment, manifest);
        if (!package) {
            manifest.diagnostics.push_back(
                Diagnostic::fromError(package.error(), Severity::Error, kUnreadableFile));
            return;
        }
        installedNames.append(package->name);
        packages.push_back(std::move(*package));
    };
    for (const ProjectDependency &dependency : project.packages) {
        if (dependency.kind == ProjectDependency::Kind::Local)
            add(QDir::cleanPath(QDir(project.rootPath).filePath(dependency.name)));
    }
    const QDir installDir(QDir(project.rootPath).filePath(project.paths.packagesInstall));
    for (const QString &folder : installDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFileInfo::exists(installDir.filePath(folder + QStringLiteral("/dbt_project.yml"))))
            add(installDir.filePath(folder));
    }
    for (const ProjectDependency &dependency : project.packages) {
        if (dependency.kind == ProjectDependency::Kind::Local)
            continue;
        // Installed folders carry the package's project name: "dbt-labs/dbt_utils" → dbt_utils.
        QString expected = dependency.name.section(QLatin1Char('/'), -1);
        expected.remove(QStringLiteral(".git"));
        expected.replace(QLatin1Char('-'), QLatin1Char('_'));
        const bool installed = std::any_of(installedNames.begin(), installedNames.end(), [&](const QString &n) {
            return n == expected || expected.endsWith(n) || n.endsWith(expected);
        });
        if (!installed) {
            result.missing.append(expected);
            manifest.diagnostics.push_back(Diagnostic::fromError(
                dependency.location.error(tr("package '%1' is not installed in %2/; run 'dbt deps' "
                                             "to resolve its macros and models")
                                              .arg(dependency.name, project.paths.packagesInstall)),
                Severity::Warning, kPackageNotInstalled));
        }
    }
    return result;
}

QStringList packageNames(const std::vector<DbtProject> &packages)
{
    QStringList names;
    for (const DbtProject &package : packages)
        names.append(package.name);
    return names;
}

// Explains a ref() or source() that resolves to nothing, in dbt's words ("depends on a node
// named 'x' which was not found"), with what is there instead: a disabled node of that name, a
// name one typo away, or the versions that do exist.
class MissingReferenceReport
{
public:
    explicit MissingReferenceReport(const Manifest &manifest)
    {
        for (const Node &node : manifest.nodes) {
            if (node.type == ResourceType::Model || node.type == ResourceType::Seed
                || node.type == ResourceType::Snapshot) {
                m_names.insert(node.name);
                if (!node.version.isEmpty())
                    m_versions[node.packageName + QLatin1Char('.') + node.name].append(node.version);
            } else if (node.type == ResourceType::Source) {
                m_sources.append(node.sourceName + QLatin1Char('.') + node.name);
            }
        }
        for (const Node &node : manifest.disabled)
            m_disabled.insert(node.name);
    }

    Diagnostic ref(const Node &from, const RefCall &ref) const
    {
        const QString written = ref.package.isEmpty() ? ref.name : ref.package + QLatin1Char('.') + ref.name;
        QString message;
        const QStringList versions = m_versions.value(
            (ref.package.isEmpty() ? from.packageName : ref.package) + QLatin1Char('.') + ref.name);
        if (!ref.version.isEmpty() && !versions.isEmpty()) {
            message = ManifestBuilder::tr("%1 depends on version %2 of '%3', which does not exist (versions: %4)")
                          .arg(describe(from), ref.version, written, versions.join(QLatin1String(", ")));
        } else if (!ref.version.isEmpty() && m_names.contains(ref.name)) {
            message = ManifestBuilder::tr("%1 depends on version %2 of '%3', which has no versions")
                          .arg(describe(from), ref.version, written);
        } else if (m_disabled.contains(ref.name)) {
            message = ManifestBuilder::tr("%1 depends on a node named '%2' which is disabled")
                          .arg(describe(from), written);
        } else {
            message = ManifestBuilder::tr("%1 depends on a node named '%2' which was not found")
                          .arg(describe(from), written);
            const QString near = TextDistance::closest(ref.name, m_names.values(), TextDistance::allowedEdits(ref.name));
            if (!near.isEmpty())
                message += ManifestBuilder::tr("; did you mean '%1'?").arg(near);
        }
        return Diagnostic::fromError(ref.location.error(message), Severity::Error, kRefNotFound);
    }

    Diagnostic source(const Node &from, const SourceCall &source) const
    {
        const QString written = source.source + QLatin1Char('.') + source.table;
        QString message = ManifestBuilder::tr("%1 depends on a source named '%2' which was not found")
                              .arg(describe(from), written);
        const QString near = TextDistance::closest(written, m_sources, TextDistance::allowedEdits(written));
        if (!near.isEmpty())
            message += ManifestBuilder::tr("; did you mean '%1'?").arg(near);
        return Diagnostic::fromError(source.location.error(message), Severity::Error, kSourceNotFound);
    }

private:
    static QString describe(const Node &node)
    {
        return QStringLiteral("%1 '%2'").arg(resourceTypeName(node.type), node.uniqueId);
    }

    QSet<QString> m_names; // a set: a mesh has thousands of refable names
    QStringList m_sources;
    QSet<QString> m_disabled;
    QHash<QString, QStringList> m_versions;
};

// The unique ids a node's ref() and source() calls name, in call order; each ref records its
// target, and what resolves to nothing is explained in `problems`.
QStringList resolveCalls(Node &node, const RefResolver &resolver, const QStringList &searchPackages,
                         const Manifest &manifest, std::optional<MissingReferenceReport> &missing,
                         std::vector<Diagnostic> &problems)
{
    // Built on the first miss only: a healthy mesh never pays for indexing every name.
    const auto report = [&]() -> const MissingReferenceReport & {
        if (!missing)
            missing.emplace(manifest);
        return *missing;
    };
    QStringList parents = node.dependsOnNodes;
    for (RefCall &ref : node.refs) {
        const QString id = resolver.resolveRef(ref, node.packageName, searchPackages);
        ref.resolvedId = id;
        if (id.isEmpty())
            problems.push_back(report().ref(node, ref));
        else if (!parents.contains(id))
            parents.append(id);
    }
    for (const SourceCall &source : node.sources) {
        const QString id = resolver.resolveSource(source, node.packageName, searchPackages);
        if (id.isEmpty())
            problems.push_back(report().source(node, source));
        else if (!parents.contains(id))
            parents.append(id);
    }
    return parents;
}

void resolveEdges(Manifest &manifest, const RefResolver &resolver,
                  const QHash<QString, QStringList> &searchPackages)
{
    std::optional<MissingReferenceReport> missing;
    std::vector<Diagnostic> problems;
    for (Node &node : manifest.nodes)
        node.dependsOnNodes = resolveCalls(node, resolver, searchPackages.value(node.packageName), manifest,
                                           missing, problems);
    std::move(problems.begin(), problems.end(), std::back_inserter(manifest.diagnostics));
}

// Upstream projects named in dbt_loom.config.yml that the workspace does not hold come from
// their manifest.json; a project present in the workspace is always read from its files.
void importUpstreamManifests(Manifest &manifest)
{
    QSet<QString> imported;
    for (const DbtProject &project : manifest.projects) {
        for (const UpstreamManifestSource &source : project.upstreamManifests) {
            if (manifest.project(source.project) || imported.contains(source.project))
                continue;
            if (source.type != QLatin1String("file")) {
                manifest.diagnostics.push_back(Diagnostic::fromError(
                    source.location.error(tr("the manifest of '%1' is of type '%2', which needs a network "
                                             "connection; Trellis reads 'type: file' manifests only")
                                              .arg(source.project, source.type)),
                    Severity::Warning, kUpstreamManifest));
                continue;
            }
            Result<std::vector<Node>> models = UpstreamManifest::readModels(source.path, source.project);
            if (!models) {
                if (!source.optional) {
                    manifest.diagnostics.push_back(Diagnostic::fromError(
                        source.location.error(tr("upstream project '%1' cannot be read from %2: %3")
                                                  .arg(source.project, source.path, models.error().message)),
                        Severity::Warning, kUpstreamManifest));
                }
                continue;
            }
            imported.insert(source.project);
            std::move(models->begin(), models->end(), std::back_inserter(manifest.nodes));
        }
    }
}

// Runs job(0) … job(count - 1) on every core; each index runs once.
void inParallel(size_t count, const std::function<void(size_t)> &job)
{
    std::atomic<size_t> next{0};
    const auto work = [&] {
        for (size_t i = next++; i < count; i = next++)
            job(i);
    };
    const unsigned helpers = std::min<unsigned>(std::max(1u, std::thread::hardware_concurrency()) - 1,
                                                unsigned(count));
    std::vector<std::thread> threads;
    for (unsigned i = 0; i < helpers; ++i)
        threads.emplace_back(work);
    work();
    for (std::thread &thread : threads)
        thread.join();
}

} // namespace

Manifest ManifestBuilder::build(const QString &workspaceRoot)
{
    return build(WorkspaceScanner::discover(workspaceRoot));
}

static Jinja::Environment::Options withoutTemplateCache()
{
    Jinja::Environment::Options options;
    options.cacheCapacity = 0;
    return options;
}

// Everything a build keeps for later updates. Parsers refer to the projects in `manifest` and
// to their partial manifests, so neither moves after the build.
struct ManifestBuilder::State
{
    Manifest manifest;
    // Each file is parsed once per build and macro packages hold their own templates, so a
    // template cache would only hold every model's syntax tree in memory.
    const Jinja::Environment environment{withoutTemplateCache()};
    Dbt::MacroPackage builtins;
    std::vector<Manifest> partials;
    std::vector<std::unique_ptr<ProjectParser>> parsers;
    QHash<QString, ProjectParser *> parserByName;
    QHash<QString, QStringList> searchPackages;
    std::unique_ptr<RefResolver> resolver;
};

Manifest ManifestBuilder::build(const WorkspaceDiscovery &discovery)
{
    ManifestBuilder builder(discovery);
    return std::move(builder.d->manifest);
}

ManifestBuilder::~ManifestBuilder() = default;

const Manifest &ManifestBuilder::manifest() const
{
    return d->manifest;
}

ManifestBuilder::ManifestBuilder(const WorkspaceDiscovery &discovery)
    : d(std::make_unique<State>())
{
    Manifest &manifest = d->manifest;
    const Jinja::Environment &environment = d->environment;
    for (const Error &problem : discovery.problems)
        manifest.diagnostics.push_back(Diagnostic::fromError(problem, Severity::Error, kDiscoveryProblem));

    for (const DiscoveredProject &found : discovery.projects) {
        Result<DbtProject> project = readProject(found.rootPath, environment, manifest);
        if (!project)
            continue; // discovery already reported the broken dbt_project.yml
        if (const DbtProject *same = manifest.project(project->name)) {
            manifest.diagnostics.push_back(Diagnostic::fromError(
                {project->projectFile, 1, 1,
                 tr("another project is named '%1' (%2); project names must be unique in a "
                    "workspace, so this one is skipped")
                     .arg(project->name, same->projectFile)},
                Severity::Error, kDuplicateProject));
            continue;
        }
        for (const Error &warning : project->warnings)
            manifest.diagnostics.push_back(Diagnostic::fromError(warning, Severity::Warning, kUnknownKey));
        manifest.projects.push_back(std::move(*project));
    }
    std::sort(manifest.projects.begin(), manifest.projects.end(),
              [](const DbtProject &a, const DbtProject &b) { return a.name < b.name; });

    // What to parse: every project, and each package once (a package installed by several
    // projects of the mesh takes the first installer's configuration).
    struct Unit
    {
        const DbtProject *project;
        const DbtProject *installer;
    };
    std::vector<Unit> units;
    QHash<QString, QStringList> &searchPackages = d->searchPackages;
    std::vector<InstalledPackages> packagesOf;
    QHash<QString, QStringList> missingPackages;
    for (const DbtProject &project : manifest.projects)
        packagesOf.push_back(readPackages(project, environment, manifest));
    for (size_t i = 0; i < manifest.projects.size(); ++i) {
        const DbtProject &project = manifest.projects[i];
        searchPackages.insert(project.name, packageNames(packagesOf[i].installed));
        missingPackages.insert(project.name, packagesOf[i].missing);
        for (DbtProject &package : packagesOf[i].installed) {
            if (!manifest.project(package.name))
                manifest.packages.push_back(std::move(package));
        }
    }
    for (size_t i = 0; i < manifest.projects.size(); ++i) {
        const DbtProject &project = manifest.projects[i];
        for (const QString &name : searchPackages.value(project.name)) {
            const auto package = std::find_if(manifest.packages.begin(), manifest.packages.end(),
                                              [&](const DbtProject &p) { return p.name == name; });
            const bool alreadyQueued = std::any_of(units.begin(), units.end(),
                                                   [&](const Unit &u) { return u.project->name == name; });
            if (package != manifest.packages.end() && !alreadyQueued)
                units.push_back({&*package, &project});
        }
        units.push_back({&project, nullptr});
    }

    // Projects parse independently, so they parse in parallel; each into its own partial
    // manifest, merged in unit order so the result does not depend on scheduling. Macros load
    // first, all of them, since a project's renders call its packages' macros.
    d->builtins = Dbt::MacroLoader::builtins(environment);
    const Dbt::MacroPackage &builtins = d->builtins;
    std::vector<Manifest> &partials = d->partials;
    partials.resize(units.size());
    std::vector<std::unique_ptr<ProjectParser>> &parsers = d->parsers;
    QHash<QString, ProjectParser *> &parserByName = d->parserByName;
    for (size_t i = 0; i < units.size(); ++i) {
        parsers.push_back(std::make_unique<ProjectParser>(*units[i].project, units[i].installer, partials[i]));
        parserByName.insert(units[i].project->name, parsers.back().get());
    }
    inParallel(units.size(), [&](size_t i) { parsers[i]->loadMacros(environment); });
    inParallel(units.size(), [&](size_t i) {
        const DbtProject &root = units[i].installer ? *units[i].installer : *units[i].project;
        Dbt::ContextScope scope;
        scope.package = units[i].project;
        scope.root = &root;
        scope.target.profileName = root.profile;
        scope.missingPackages = missingPackages.value(root.name);
        // dbt's precedence for bare macro names, lowest first: its built-ins, the root
        // project's other packages, the root project, the node's own package.
        scope.macroPackages.push_back(&builtins);
        for (const QString &name : searchPackages.value(root.name)) {
            if (name != units[i].project->name && parserByName.contains(name))
                scope.macroPackages.push_back(&parserByName.value(name)->macros());
        }
        if (units[i].installer)
            scope.macroPackages.push_back(&parserByName.value(root.name)->macros());
        scope.macroPackages.push_back(&parsers[i]->macros());
        parsers[i]->parse(environment, scope);
    });
    for (Manifest &partial : partials) {
        std::move(partial.nodes.begin(), partial.nodes.end(), std::back_inserter(manifest.nodes));
        std::move(partial.disabled.begin(), partial.disabled.end(), std::back_inserter(manifest.disabled));
        std::move(partial.diagnostics.begin(), partial.diagnostics.end(),
                  std::back_inserter(manifest.diagnostics));
        for (const auto &[into, from] : {std::pair{&manifest.semanticModels, &partial.semanticModels},
                                         std::pair{&manifest.metrics, &partial.metrics},
                                         std::pair{&manifest.savedQueries, &partial.savedQueries},
                                         std::pair{&manifest.unitTests, &partial.unitTests}}) {
            for (auto it = from->begin(); it != from->end(); ++it)
                into->insert(it.key(), it.value());
        }
        partial = Manifest(); // the parser's outbox, empty for updates
    }

    DocReferences(manifest).renderDescriptions(manifest.nodes, manifest.diagnostics);
    importUpstreamManifests(manifest);
    d->resolver = std::make_unique<RefResolver>(manifest.nodes);
    resolveEdges(manifest, *d->resolver, searchPackages);
    manifest.index();
}

bool ManifestBuilder::updateSqlFile(const QString &path, const QString &text)
{
    Manifest &manifest = d->manifest;
    const QString file = QFileInfo(path).absoluteFilePath();
    std::vector<Node *> affected;
    for (Node &node : manifest.nodes) {
        const bool sqlBacked = node.type == ResourceType::Model || node.type == ResourceType::Analysis
                               || (node.type == ResourceType::Test && node.test.name.isEmpty());
        if (sqlBacked && node.absolutePath == file)
            affected.push_back(&node);
    }
    if (affected.empty())
        return false;

    // Re-parse copies first, so a change that needs a new build leaves the manifest as it was.
    std::vector<Node> updated;
    std::vector<Diagnostic> found;
    for (const Node *node : affected) {
        ProjectParser *parser = d->parserByName.value(node->packageName);
        Node copy = *node;
        const bool placed = parser && parser->reanalyse(copy, text);
        std::vector<Diagnostic> diagnostics = parser ? parser->takeDiagnostics() : std::vector<Diagnostic>();
        if (!placed)
            return false;
        std::move(diagnostics.begin(), diagnostics.end(), std::back_inserter(found));
        updated.push_back(std::move(copy));
    }

    std::optional<MissingReferenceReport> missing;
    for (size_t i = 0; i < affected.size(); ++i) {
        Node &node = *affected[i];
        updated[i].dependsOnNodes.clear();
        const QStringList parents = resolveCalls(updated[i], *d->resolver, d->searchPackages.value(node.packageName),
                                                 manifest, missing, found);
        manifest.replaceParents(node.uniqueId, parents);
        updated[i].dependsOnNodes = parents;
        node = std::move(updated[i]);
    }
    // Everything said about the file came from parsing it; what the new text says replaces it.
    std::erase_if(manifest.diagnostics, [&](const Diagnostic &d) { return d.file == file; });
    std::move(found.begin(), found.end(), std::back_inserter(manifest.diagnostics));
    return true;
}

} // namespace Trellis::Core
