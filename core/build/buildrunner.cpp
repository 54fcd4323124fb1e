#include "buildrunner.h"

#include "core/build/datatestrunner.h"
#include "core/build/materializer.h"
#include "core/engine/previewsql.h"
#include "core/engine/seedloader.h"
#include "core/engine/sqltypemap.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

#include <map>

namespace Trellis::Core::Build {

namespace {

constexpr auto kCsvMetaKey = "trellis_csv";
constexpr qint64 kContentHashLimit = 1 << 20;

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray canonical(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool isBuilt(const Node &node)
{
    return node.type == ResourceType::Model || node.type == ResourceType::Seed
        || node.type == ResourceType::Snapshot;
}

bool isEphemeral(const Node &node)
{
    return node.type == ResourceType::Model && node.materialized() == QLatin1String("ephemeral");
}

void failWith(NodeOutcome &outcome, const Error &error)
{
    outcome.status = NodeOutcome::Status::Error;
    outcome.errors.append(error);
}

} // namespace

BuildRunner::BuildRunner(const Manifest &manifest, WorkspaceDatabase &workspace,
                         BuildOptions options)
    : m_manifest(manifest)
    , m_workspace(workspace)
    , m_options(std::move(options))
    , m_compiler(std::make_unique<NodeCompiler>(manifest, workspace.connection().handle()))
    , m_ledger(workspace.connection().handle())
{ }

BuildRunner::~BuildRunner() = default;

Result<RelationName> BuildRunner::relationName(const Node &node)
{
    Result<Dbt::Relation> relation = m_compiler->relationOf(node);
    if (!relation)
        return fail(relation.error());
    const QString schema = QString::fromStdString(relation->schema);
    if (relation->type != "cte") {
        if (auto ensured = m_workspace.ensureSchema(schema); !ensured) {
            Error error = ensured.error();
            error.file = node.absolutePath;
            return fail(error);
        }
    }
    return RelationName{schema, QString::fromStdString(relation->identifier)};
}

QStringList BuildRunner::parentsOf(const QString &id) const
{
    QStringList parents;
    for (const QString &parent : m_manifest.parents(id))
        parents.append(m_sourceInputs.value(parent, parent));
    return parents;
}

QStringList BuildRunner::dependencyOrder(const QStringList &ids)
{
    mapSourceInputs();
    const QSet<QString> wanted(ids.begin(), ids.end());
    // Kahn's algorithm over the wanted nodes, edges through unwanted ones followed, so that a
    // test runs after its model even when an ephemeral model sits between them.
    std::map<QString, QSet<QString>> waitingOn;
    QHash<QString, QStringList> dependents;
    for (const QString &id : wanted) {
        QSet<QString> seen;
        QStringList frontier = parentsOf(id);
        QSet<QString> &blockers = waitingOn[id];
        while (!frontier.isEmpty()) {
            const QString parent = frontier.takeLast();
            if (seen.contains(parent))
                continue;
            seen.insert(parent);
            if (wanted.contains(parent))
                blockers.insert(parent);
            else
                frontier.append(parentsOf(parent));
        }
        for (const QString &blocker : std::as_const(blockers))
            dependents[blocker].append(id);
    }
    QStringList order;
    std::map<QString, bool> ready;
    for (const auto &[id, blockers] : waitingOn) {
        if (blockers.isEmpty())
            ready[id] = true;
    }
    while (!ready.empty()) {
        const QString id = ready.begin()->first;
        ready.erase(ready.begin());
        order.append(id);
        for (const QString &dependent : dependents.value(id)) {
            QSet<QString> &blockers = waitingOn[dependent];
            blockers.remove(id);
            if (blockers.isEmpty())
                ready[dependent] = true;
        }
    }
    // A cycle leaves nodes behind; they go last and fail on their missing inputs.
    for (const auto &[id, blockers] : waitingOn) {
        if (!order.contains(id))
            order.append(id);
    }
    return order;
}

QStringList BuildRunner::upstreamOf(const QString &id)
{
    mapSourceInputs();
    QStringList upstream;
    QSet<QString> seen;
    QStringList frontier = parentsOf(id);
    while (!frontier.isEmpty()) {
        const QString parent = frontier.takeLast();
        if (seen.contains(parent))
            continue;
        seen.insert(parent);
        frontier.append(parentsOf(parent));
        const Node *node = m_manifest.find(parent);
        if (node && isBuilt(*node) && !isEphemeral(*node))
            upstream.append(parent);
    }
    return upstream;
}

void BuildRunner::mapSourceInputs()
{
    if (m_sourceInputsMapped)
        return;
    m_sourceInputsMapped = true;
    // What Trellis builds, by relation name: seeds first, so that a seed wins over a model of
    // the same name.
    std::map<QString, std::vector<const Node *>> builtByName;
    for (const ResourceType type : {ResourceType::Seed, ResourceType::Model}) {
        for (const Node &node : m_manifest.nodes) {
            if (node.type != type || isEphemeral(node))
                continue;
            if (Result<Dbt::Relation> relation = m_compiler->relationOf(node))
                builtByName[QString::fromStdString(relation->identifier).toLower()].push_back(&node);
        }
    }
    for (const Node &source : m_manifest.nodes) {
        if (source.type != ResourceType::Source || !csvOf(source).isEmpty())
            continue;
        const auto inputs = builtByName.find(identifierOf(source));
        if (inputs == builtByName.end())
            continue;
        // A seed of the same project wins over others of the same name.
        const auto own = std::find_if(inputs->second.begin(), inputs->second.end(),
                                      [&](const Node *input) {
                                          return input->type == ResourceType::Seed
                                              && input->packageName == source.packageName;
                                      });
        const Node *input = own != inputs->second.end() ? *own : inputs->second.front();
        if (Result<Dbt::Relation> relation = m_compiler->relationOf(*input)) {
            m_compiler->bindSource(source.uniqueId, *relation);
            m_sourceInputs.insert(source.uniqueId, input->uniqueId);
        }
    }
}

QString BuildRunner::identifierOf(const Node &source)
{
    return (source.identifier.isEmpty() ? source.name : source.identifier).toLower();
}

void BuildRunner::bindSources(std::vector<NodeOutcome> &outcomes, const Progress &progress)
{
    if (m_sourcesBound)
        return;
    m_sourcesBound = true;
    mapSourceInputs();
    for (const Node &source : m_manifest.nodes) {
        if (source.type != ResourceType::Source || m_sourceInputs.contains(source.uniqueId))
            continue;
        NodeOutcome outcome;
        outcome.uniqueId = source.uniqueId;
        outcome.type = source.type;
        outcome.name = source.sourceName + QLatin1Char('.') + source.name;
        outcome.materialized = QStringLiteral("source");
        const QString identifier = identifierOf(source);
        // A disabled seed of the same name still holds the data (jaffle-shop keeps its raw
        // seeds disabled and loads them only on request).
        QString csv = csvOf(source);
        if (csv.isEmpty()) {
            const auto disabled = std::find_if(
                m_manifest.disabled.begin(), m_manifest.disabled.end(), [&](const Node &n) {
                    return n.type == ResourceType::Seed && n.name.toLower() == identifier;
                });
            if (disabled != m_manifest.disabled.end())
                csv = disabled->absolutePath;
        }
        if (auto bound = bindSource(source, csv, outcome); !bound) {
            failWith(outcome, bound.error());
            m_unboundSources.insert(source.uniqueId);
        }
        if (!outcome.note.isEmpty() || outcome.failed()) {
            if (progress)
                progress(outcome);
            outcomes.push_back(outcome);
        }
    }
}

QString BuildRunner::csvOf(const Node &source) const
{
    QString csv = source.meta.value(QLatin1String(kCsvMetaKey)).toString();
    if (csv.isEmpty())
        csv = source.config.value(QLatin1String("meta"))
                  .toObject()
                  .value(QLatin1String(kCsvMetaKey))
                  .toString();
    if (csv.isEmpty())
        return csv;
    const DbtProject *project = m_manifest.project(source.packageName);
    return QDir(project ? project->rootPath : QFileInfo(source.absolutePath).absolutePath())
        .absoluteFilePath(csv);
}

Result<void> BuildRunner::bindSource(const Node &source, const QString &path, NodeOutcome &outcome)
{
    Result<RelationName> target = relationName(source);
    if (!target)
        return fail(target.error());
    outcome.relation = target->quoted();
    if (!path.isEmpty()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error{source.declaredAt.file, source.declaredAt.line,
                              source.declaredAt.column,
                              tr("the CSV file '%1' named by %2 cannot be read")
                                  .arg(path, QLatin1String(kCsvMetaKey))});
        const QByteArray bytes = file.readAll();
        const QString hash = sha256(bytes);
        if (!m_options.fullRefresh && m_ledger.hash(source.uniqueId) == hash
            && m_compiler->relationType(target->schema, target->name))
            return {};
        const SeedLoader::Outcome loaded
            = SeedLoader(m_workspace.connection().handle()).loadData(bytes, path, *target);
        if (!loaded)
            return fail(loaded.error().front());
        outcome.note = tr("loaded %1 rows from %2")
                           .arg(loaded->rowCount)
                           .arg(QDir::toNativeSeparators(path));
        return m_ledger.record(source.uniqueId, target->quoted(), hash);
    }
    if (m_compiler->relationType(target->schema, target->name))
        return {};
    QStringList columns;
    // A column without a data_type gets no type: it then claims none in contracts downstream.
    for (const ColumnDeclaration &column : source.columns)
        columns.append((RelationName::quoteIdentifier(column.name) + QLatin1Char(' ')
                        + (column.dataType.isEmpty() ? QString() : SqlTypeMap::declaredType(column.dataType)))
                           .trimmed());
    if (columns.isEmpty())
        return fail(Error{source.declaredAt.file, source.declaredAt.line, source.declaredAt.column,
                          tr("the source %1 has no data: no seed is named '%2', no CSV is named by "
                             "meta.%3, and it "
                             "declares no columns to create it empty from")
                              .arg(outcome.name,
                                   source.identifier.isEmpty() ? source.name : source.identifier,
                                   QLatin1String(kCsvMetaKey))});
    if (auto created = m_workspace.connection().execute(
            QStringLiteral("CREATE TABLE %1 (%2)")
                .arg(target->quoted(), columns.join(QStringLiteral(", "))));
        !created)
        return created;
    outcome.note = tr("created empty from its declared columns: no seed or CSV provides its rows "
                      "(name a CSV "
                      "with meta.%1)")
                       .arg(QLatin1String(kCsvMetaKey));
    return {};
}

QString BuildRunner::inputsHash(const Node &node) const
{
    QByteArray inputs;
    for (const QString &parent : parentsOf(node.uniqueId)) {
        const Node *input = m_manifest.find(parent);
        if (input && isEphemeral(*input))
            inputs += inputsHash(*input).toLatin1();
        else
            inputs += parent.toUtf8() + '=' + m_ledger.hash(parent).toLatin1() + ';';
    }
    return sha256(inputs);
}

QString BuildRunner::writeCompiled(const Node &node, const QString &sql) const
{
    if (m_options.compiledFolder.isEmpty())
        return QString();
    QString relative = node.originalFilePath;
    if (node.type == ResourceType::Test && !node.test.name.isEmpty())
        relative += QLatin1Char('/') + node.name + QStringLiteral(".sql");
    const QString path
        = QDir(m_options.compiledFolder).filePath(node.packageName + QLatin1Char('/') + relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    file.write(sql.toUtf8());
    return path;
}

Error BuildRunner::locate(Error error, const Node &node, const QString &compiledPath,
                          const QString &sql) const
{
    if (!error.file.isEmpty())
        return error; // placed already (a contract's YAML, the model's Jinja)
    if (error.line <= 0) {
        error.file = node.absolutePath;
        return error;
    }
    // Back to the model: the compiled line's text, when the model has it exactly once.
    const QString compiledLine = sql.split(QLatin1Char('\n')).value(error.line - 1).trimmed();
    int modelLine = 0;
    if (!compiledLine.isEmpty()) {
        const QStringList lines = node.rawCode.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines[i].trimmed() != compiledLine)
                continue;
            modelLine = modelLine == 0 ? int(i) + 1 : -1;
        }
    }
    if (compiledPath.isEmpty()) {
        error.message += tr(" (line %1 of the compiled SQL)").arg(error.line);
        error.file = node.absolutePath;
        error.line = modelLine > 0 ? modelLine : 0;
        error.column = 0;
        return error;
    }
    if (modelLine > 0)
        error.message += tr(" (model line: %1:%2)").arg(node.absolutePath).arg(modelLine);
    error.file = compiledPath;
    return error;
}

void BuildRunner::buildSeed(const Node &seed, NodeOutcome &outcome)
{
    Result<RelationName> target = relationName(seed);
    if (!target) {
        failWith(outcome, target.error());
        return;
    }
    outcome.relation = target->quoted();
    QFile file(seed.absolutePath);
    if (!file.open(QIODevice::ReadOnly)) {
        failWith(outcome, Error{seed.absolutePath, 0, 0, tr("the seed file cannot be read")});
        return;
    }
    // As dbt does, a seed over 1 MiB is known by its path (here also its size and time) rather
    // than by its bytes: a rebuild check must not read a million rows.
    const QFileInfo info(file);
    const QByteArray identity = info.size() > kContentHashLimit
        ? (info.absoluteFilePath() + QString::number(info.size())
           + QString::number(info.lastModified().toMSecsSinceEpoch()))
              .toUtf8()
        : file.readAll();
    const QString hash = sha256(identity + canonical(seed.config));
    if (!m_options.fullRefresh && m_ledger.hash(seed.uniqueId) == hash
        && m_compiler->relationType(target->schema, target->name)) {
        outcome.status = NodeOutcome::Status::Reused;
        return;
    }
    file.seek(0);
    const QByteArray bytes = file.readAll();
    SeedOptions options;
    const QString delimiter = seed.config.value(QLatin1String("delimiter")).toString();
    if (delimiter.size() == 1 && delimiter[0].unicode() < 0x80)
        options.delimiter = char(delimiter[0].unicode());
    const QJsonObject types = seed.config.value(QLatin1String("column_types")).toObject();
    for (auto it = types.begin(); it != types.end(); ++it)
        options.columnTypes.insert(it.key(), it.value().toString());
    const SeedLoader::Outcome loaded = SeedLoader(m_workspace.connection().handle())
                                           .loadData(bytes, seed.absolutePath, *target, options);
    if (!loaded) {
        outcome.status = NodeOutcome::Status::Error;
        outcome.errors = loaded.error();
        return;
    }
    outcome.status = NodeOutcome::Status::Success;
    outcome.rowCount = loaded->rowCount;
    if (auto recorded = m_ledger.record(seed.uniqueId, target->quoted(), hash); !recorded)
        outcome.errors.append(recorded.error());
}

std::optional<CompiledNode> BuildRunner::compileFor(const Node &node, NodeOutcome &outcome,
                                                    QString &compiledPath)
{
    Result<CompiledNode> compiled = m_compiler->compile(node);
    if (!compiled) {
        failWith(outcome, compiled.error());
        return std::nullopt;
    }
    compiledPath = writeCompiled(node, compiled->sql);
    return std::move(*compiled);
}

void BuildRunner::buildModel(const Node &node, NodeOutcome &outcome)
{
    QString compiledPath;
    const std::optional<CompiledNode> compiled = compileFor(node, outcome, compiledPath);
    if (!compiled)
        return;
    if (isEphemeral(node)) {
        outcome.status = NodeOutcome::Status::Success;
        return;
    }
    Result<RelationName> target = relationName(node);
    if (!target) {
        failWith(outcome, target.error());
        return;
    }
    outcome.relation = target->quoted();
    QJsonObject contract = node.config;
    QJsonArray columns;
    for (const ColumnDeclaration &column : node.columns)
        columns.append(QJsonObject{{QStringLiteral("name"), column.name},
                                   {QStringLiteral("type"), column.dataType},
                                   {QStringLiteral("constraints"), column.constraints}});
    contract.insert(QStringLiteral("__columns"), columns);
    contract.insert(QStringLiteral("__constraints"), node.constraints);
    const QString hash
        = sha256(compiled->sql.toUtf8() + canonical(contract) + inputsHash(node).toLatin1());
    if (!m_options.fullRefresh && m_ledger.hash(node.uniqueId) == hash
        && m_compiler->relationType(target->schema, target->name)) {
        outcome.status = NodeOutcome::Status::Reused;
        return;
    }
    Materializer(m_workspace.connection().handle(), m_options.timeLimitMs, *m_compiler)
        .build(node, *target, compiled->sql, m_options.fullRefresh, outcome);
    for (Error &error : outcome.errors)
        error = locate(error, node, compiledPath, compiled->sql);
    if (outcome.failed()) {
        static_cast<void>(m_ledger.forget(node.uniqueId));
        return;
    }
    if (auto recorded = m_ledger.record(node.uniqueId, target->quoted(), hash); !recorded)
        outcome.errors.append(recorded.error());
}

void BuildRunner::runTest(const Node &test, NodeOutcome &outcome)
{
    QString compiledPath;
    const std::optional<CompiledNode> compiled = compileFor(test, outcome, compiledPath);
    if (!compiled)
        return;
    DataTestRunner(m_workspace.connection().handle(), m_options.timeLimitMs)
        .run(test, compiled->sql, outcome);
    for (Error &error : outcome.errors)
        error = locate(error, test, compiledPath, compiled->sql);
    if (outcome.failed())
        outcome.detail = compiledPath.isEmpty() ? compiled->sql : compiledPath;
}

std::vector<NodeOutcome> BuildRunner::run(const QStringList &ids, const Progress &progress)
{
    std::vector<NodeOutcome> outcomes;
    if (auto ledger = m_ledger.ensureTable(); !ledger) {
        NodeOutcome outcome;
        failWith(outcome, ledger.error());
        outcomes.push_back(outcome);
        return outcomes;
    }
    bindSources(outcomes, progress);
    QSet<QString> broken = m_unboundSources; // failed or skipped: their dependents are skipped
    QStringList runnable;
    for (const QString &id : ids) {
        const Node *node = m_manifest.find(id);
        if (node && (isBuilt(*node) || node->type == ResourceType::Test))
            runnable.append(id);
    }
    for (const QString &id : dependencyOrder(runnable)) {
        const Node &node = *m_manifest.find(id);
        NodeOutcome outcome;
        outcome.uniqueId = id;
        outcome.type = node.type;
        outcome.name = node.name;
        outcome.materialized = node.type == ResourceType::Seed ? QStringLiteral("seed")
            : node.type == ResourceType::Snapshot              ? QStringLiteral("snapshot")
            : node.type == ResourceType::Test                  ? QStringLiteral("test")
                                                               : node.materialized();
        QElapsedTimer timer;
        timer.start();
        const QStringList parents = parentsOf(id);
        const auto failedParent
            = std::find_if(parents.begin(), parents.end(),
                           [&](const QString &parent) { return broken.contains(parent); });
        if (failedParent != parents.end()) {
            outcome.status = NodeOutcome::Status::Skipped;
            outcome.note = tr("skipped because %1 failed").arg(*failedParent);
        } else if (node.type == ResourceType::Seed) {
            buildSeed(node, outcome);
        } else if (node.type == ResourceType::Test) {
            runTest(node, outcome);
        } else {
            buildModel(node, outcome);
        }
        // A failing test does not stop its model's dependents, as in dbt build it would; only
        // nodes that did not build do.
        if (outcome.status == NodeOutcome::Status::Skipped
            || (outcome.failed() && node.type != ResourceType::Test))
            broken.insert(id);
        outcome.elapsedMs = timer.elapsed();
        if (progress)
            progress(outcome);
        outcomes.push_back(std::move(outcome));
    }
    return outcomes;
}

Result<CompiledNode> BuildRunner::compile(const QString &id)
{
    const Node *node = m_manifest.find(id);
    if (!node)
        return fail(Error{{}, 0, 0, tr("there is no node %1").arg(id)});
    return compile(*node);
}

Result<CompiledNode> BuildRunner::compile(const Node &node)
{
    std::vector<NodeOutcome> ignored;
    bindSources(ignored, {});
    return m_compiler->compile(node);
}

Result<SqlRows> BuildRunner::preview(const QString &id, qint64 limit)
{
    Result<CompiledNode> compiled = compile(id);
    if (!compiled)
        return fail(compiled.error());
    const Node *node = m_manifest.find(id);
    // One row more than shown tells whether there are more.
    Result<PreviewStatement> statement = PreviewSql::wrap(compiled->sql, limit + 1);
    if (!statement)
        return fail(locate(statement.error(), *node, QString(), compiled->sql));
    Result<SqlRows> rows = GuardedSql(m_workspace.connection().handle(), m_options.timeLimitMs)
                               .query(statement->sql, limit);
    if (!rows) {
        Error error = rows.error();
        error.line = error.line > 1 ? error.line - 1 : 0;
        return fail(locate(error, *node, writeCompiled(*node, compiled->sql), compiled->sql));
    }
    return rows;
}

} // namespace Trellis::Core::Build
