#include "nodecompiler.h"

#include "core/engine/guardedsql.h"
#include "core/engine/relationname.h"
#include "core/engine/sqlscanner.h"
#include "core/jinja/jsonconversion.h"

#include <QRegularExpression>
#include <QSet>

#include <sqlite3.h>

namespace Trellis::Core::Build {

using Jinja::Value;

namespace {

constexpr auto kEphemeralPrefix = "__dbt__cte__";

Value text(const QString &value)
{
    return Value::string(value.toStdString());
}

// A test argument that dbt renders as Jinja: `to: ref('dim_stations')`.
bool isCallArgument(const QJsonValue &value)
{
    static const QRegularExpression call(QStringLiteral("^\\s*(ref|source)\\s*\\("));
    return value.isString() && call.match(value.toString()).hasMatch();
}

} // namespace

// The ephemeral models one compile() has injected so far.
struct NodeCompiler::Compilation
{
    QStringList ids;
    QStringList ctes;
    QSet<QString> rendering; // ephemeral models whose render is in progress (cycle guard)
};

NodeCompiler::NodeCompiler(const Manifest &manifest, sqlite3 *db)
    : m_manifest(manifest)
    , m_db(db)
    , m_resolver(manifest.nodes)
{
    for (const DbtProject &package : manifest.packages)
        m_packageNames.append(package.name);

    // Each package's macro files, as the manifest lists their macros.
    std::map<QString, QStringList> files;
    for (const Node &node : manifest.nodes) {
        if (node.type == ResourceType::Macro
            && !files[node.packageName].contains(node.absolutePath))
            files[node.packageName].append(node.absolutePath);
    }
    m_macroPackages.push_back(
        std::make_unique<Dbt::MacroPackage>(Dbt::MacroLoader::builtins(m_environment)));
    for (const auto &[package, paths] : files) {
        m_macroPackages.push_back(std::make_unique<Dbt::MacroPackage>(
            Dbt::MacroLoader::load(package, paths, m_environment, m_problems)));
    }
}

NodeCompiler::~NodeCompiler() = default;

Dbt::ExecuteContext &NodeCompiler::contextFor(const QString &package)
{
    auto found = m_contexts.find(package);
    if (found != m_contexts.end())
        return *found->second;
    const DbtProject *project = m_manifest.project(package);
    const DbtProject *root = project;
    if (!project) {
        const auto installed = std::find_if(m_manifest.packages.begin(), m_manifest.packages.end(),
                                            [&](const DbtProject &p) { return p.name == package; });
        project = installed != m_manifest.packages.end() ? &*installed : nullptr;
        root = m_manifest.projects.empty() ? project : &m_manifest.projects.front();
    }
    Dbt::ContextScope scope;
    // A node of an upstream manifest has no project here; its own name stands in.
    static const DbtProject kUnknown;
    scope.package = project ? project : &kUnknown;
    scope.root = root ? root : &kUnknown;
    scope.target.profileName = scope.root->profile;
    // dbt's precedence for bare macro names, lowest first: built-ins, installed packages, the
    // node's own project.
    scope.macroPackages.push_back(m_macroPackages.front().get());
    const Dbt::MacroPackage *own = nullptr;
    for (std::size_t i = 1; i < m_macroPackages.size(); ++i) {
        if (m_macroPackages[i]->name == package)
            own = m_macroPackages[i].get();
        else if (m_packageNames.contains(m_macroPackages[i]->name))
            scope.macroPackages.push_back(m_macroPackages[i].get());
    }
    if (own)
        scope.macroPackages.push_back(own);
    auto context = std::make_unique<Dbt::ExecuteContext>(m_environment, scope, *this);
    for (const Error &problem : context->setupProblems())
        m_problems.push_back(problem);
    return *m_contexts.emplace(package, std::move(context)).first->second;
}

Result<QString> NodeCompiler::renderNode(const Node &node, const QString &text,
                                         const Dbt::ExecuteContext::Variables &variables)
{
    Dbt::ExecuteContext &context = contextFor(node.packageName);
    const Node *previous = std::exchange(m_current, &node);
    Dbt::Relation self{"main", "main", node.name.toStdString(), {}};
    if (node.type != ResourceType::Test) {
        if (Result<Dbt::Relation> relation = relationOf(node))
            self = *relation;
    }
    Result<QString> rendered = context.render(text, node.absolutePath,
                                              renderContext(node, node.config), self, variables);
    m_current = previous;
    if (!rendered) {
        Error error = rendered.error();
        if (error.file.isEmpty())
            error.file = node.absolutePath;
        return fail(std::move(error));
    }
    return rendered;
}

Result<QString> NodeCompiler::renderExpression(const Node &node, const QString &expression)
{
    return renderNode(node, QStringLiteral("{{ %1 }}").arg(expression));
}

Result<QString> NodeCompiler::nameFromMacro(const Node &node, const char *macro,
                                            const QString &custom)
{
    Result<QString> name = renderNode(
        node, QStringLiteral("{{ %1(_trellis_custom, model) }}").arg(QLatin1String(macro)),
        {{"_trellis_custom", custom.isEmpty() ? Value::none() : text(custom)}});
    if (name)
        return name->trimmed();
    return name;
}

Result<Dbt::Relation> NodeCompiler::relationOf(const Node &node)
{
    if (const auto bound = m_boundSources.constFind(node.uniqueId); bound != m_boundSources.cend())
        return *bound;
    if (const auto known = m_relations.constFind(node.uniqueId); known != m_relations.cend())
        return *known;
    Dbt::Relation relation;
    relation.database = "main";
    const QString materialized = node.materialized();
    if (node.type == ResourceType::Source) {
        relation.schema = (node.schema.isEmpty() ? node.sourceName : node.schema).toStdString();
        relation.identifier
            = (node.identifier.isEmpty() ? node.name : node.identifier).toStdString();
        relation.type = "table";
    } else {
        // dbt's own names are needed before the relation exists: render them first, with no
        // relation cached yet (this is what generate_*_name macros see as `this`).
        m_relations.insert(node.uniqueId,
                           Dbt::Relation{"main", "main", node.name.toStdString(), {}});
        const QString targetSchema = node.config.value(QLatin1String("target_schema")).toString();
        Result<QString> schema = node.type == ResourceType::Snapshot && !targetSchema.isEmpty()
            ? Result<QString>(targetSchema)
            : nameFromMacro(node, "generate_schema_name",
                            node.config.value(QLatin1String("schema")).toString());
        Result<QString> alias = nameFromMacro(node, "generate_alias_name",
                                              node.config.value(QLatin1String("alias")).toString());
        m_relations.remove(node.uniqueId);
        if (!schema)
            return fail(schema.error());
        if (!alias)
            return fail(alias.error());
        relation.schema = schema->toStdString();
        relation.identifier = alias->toStdString();
        relation.type = materialized == QLatin1String("view") ? "view" : "table";
        if (materialized == QLatin1String("ephemeral")) {
            relation = {{}, {}, kEphemeralPrefix + relation.identifier, "cte"};
        }
    }
    m_relations.insert(node.uniqueId, relation);
    return relation;
}

void NodeCompiler::bindSource(const QString &sourceId, const Dbt::Relation &relation)
{
    m_boundSources.insert(sourceId, relation);
}

Result<Dbt::Relation> NodeCompiler::resolveRef(const RefCall &call)
{
    const QString from = m_current ? m_current->packageName : QString();
    const QString id = m_resolver.resolveRef(call, from, m_packageNames);
    const Node *target = id.isEmpty() ? nullptr : m_manifest.find(id);
    if (!target) {
        const QString name
            = call.package.isEmpty() ? call.name : call.package + QLatin1Char('.') + call.name;
        return fail(Error{{},
                          0,
                          0,
                          tr("%1 depends on a node named '%2' which was not found")
                              .arg(m_current ? m_current->uniqueId : QString(), name)});
    }
    if (target->materialized() == QLatin1String("ephemeral")
        && target->type == ResourceType::Model) {
        if (auto added = addEphemeral(*target); !added)
            return fail(added.error());
    }
    return relationOf(*target);
}

Result<Dbt::Relation> NodeCompiler::resolveSource(const QString &sourceName,
                                                  const QString &tableName)
{
    const QString from = m_current ? m_current->packageName : QString();
    const QString id = m_resolver.resolveSource({sourceName, tableName, {}}, from, m_packageNames);
    const Node *target = id.isEmpty() ? nullptr : m_manifest.find(id);
    if (!target)
        return fail(
            Error{{},
                  0,
                  0,
                  tr("%1 depends on a source named '%2.%3' which was not found")
                      .arg(m_current ? m_current->uniqueId : QString(), sourceName, tableName)});
    return relationOf(*target);
}

Result<void> NodeCompiler::addEphemeral(const Node &node)
{
    if (!m_compilation || m_compilation->ids.contains(node.uniqueId))
        return {};
    if (m_compilation->rendering.contains(node.uniqueId))
        return fail(Error{node.absolutePath, 1, 1,
                          tr("ephemeral model %1 refers to itself through other ephemeral models")
                              .arg(node.uniqueId)});
    m_compilation->rendering.insert(node.uniqueId);
    Result<QString> sql = renderNode(node, node.rawCode);
    m_compilation->rendering.remove(node.uniqueId);
    if (!sql)
        return fail(sql.error());
    Result<Dbt::Relation> relation = relationOf(node);
    if (!relation)
        return fail(relation.error());
    // Its own ephemeral inputs were added while it rendered, so they come first.
    m_compilation->ids.append(node.uniqueId);
    m_compilation->ctes.append(
        QStringLiteral("%1 as (\n%2\n)")
            .arg(QString::fromStdString(relation->identifier), sql->trimmed()));
    return {};
}

Result<QString> NodeCompiler::genericTestText(const Node &node,
                                              Dbt::ExecuteContext::Variables &variables)
{
    const Node *tested = m_manifest.find(node.test.attachedNode);
    if (!tested)
        return fail(Error{node.absolutePath, node.declaredAt.line, node.declaredAt.column,
                          tr("the node %1 that this test tests is not in the workspace")
                              .arg(node.test.attachedNode)});
    Result<Dbt::Relation> relation = relationOf(*tested);
    if (!relation)
        return fail(relation.error());
    // A test of an ephemeral model reads it as a CTE, as dbt compiles it.
    if (tested->materialized() == QLatin1String("ephemeral")
        && tested->type == ResourceType::Model) {
        if (auto added = addEphemeral(*tested); !added)
            return fail(added.error());
    }
    auto arguments = Jinja::makeRef<Jinja::Dict>();
    for (auto it = node.test.arguments.begin(); it != node.test.arguments.end(); ++it) {
        Value value = Jinja::JsonConversion::fromJson(it.value());
        if (isCallArgument(it.value())) {
            Result<QString> rendered = renderExpression(node, it.value().toString());
            if (!rendered)
                return fail(rendered.error());
            value = text(*rendered);
        }
        arguments->set(it.key().toStdString(), value);
    }
    variables.emplace_back("_trellis_tested", Dbt::RelationObject::make(*relation));
    variables.emplace_back("_trellis_test_arguments", Value::dict(arguments));
    const QString macro
        = (node.test.package.isEmpty() ? QString() : node.test.package + QLatin1Char('.'))
        + QStringLiteral("test_") + node.test.name;
    return QStringLiteral(
               "{{ %1(model=get_where_subquery(_trellis_tested), **_trellis_test_arguments) }}")
        .arg(macro);
}

Result<QString> NodeCompiler::renderText(const Node &node)
{
    if (node.type == ResourceType::Test && !node.test.name.isEmpty()) {
        Dbt::ExecuteContext::Variables variables;
        Result<QString> text = genericTestText(node, variables);
        if (!text)
            return text;
        return renderNode(node, *text, variables);
    }
    if (node.type == ResourceType::Snapshot) {
        // The file holds a {% snapshot %} block; its body is the query.
        static const QRegularExpression tags(
            QStringLiteral("\\{%-?\\s*(end)?snapshot\\b[^%]*-?%\\}"));
        QString body = node.rawCode;
        body.replace(tags, QString());
        return renderNode(node, body);
    }
    return renderNode(node, node.rawCode);
}

Result<CompiledNode> NodeCompiler::compile(const Node &node)
{
    Compilation compilation;
    Compilation *outer = std::exchange(m_compilation, &compilation);
    Result<QString> sql = renderText(node);
    m_compilation = outer;
    if (!sql)
        return fail(sql.error());
    CompiledNode compiled;
    compiled.uniqueId = node.uniqueId;
    compiled.sql = injectCtes(*sql, compilation.ctes);
    compiled.ephemerals = compilation.ids;
    return compiled;
}

QString NodeCompiler::injectCtes(const QString &sql, const QStringList &ctes)
{
    if (ctes.isEmpty())
        return sql;
    const QString joined = ctes.join(QStringLiteral(",\n"));
    // The first token that is not whitespace or a comment decides: WITH gets the CTEs first in
    // its list, anything else gets a WITH of its own.
    for (const SqlToken &token : SqlScanner::scan(sql)) {
        if (token.isTrivia())
            continue;
        if (token.kind == SqlToken::Kind::Word
            && QStringView(sql)
                    .mid(token.start, token.length)
                    .compare(QLatin1String("with"), Qt::CaseInsensitive)
                == 0)
            return sql.left(token.end()) + QLatin1Char(' ') + joined + QLatin1Char(',')
                + sql.mid(token.end());
        break;
    }
    return QStringLiteral("with ") + joined + QLatin1Char('\n') + sql;
}

Result<Dbt::QueryTable> NodeCompiler::query(const QString &sql)
{
    Result<SqlRows> rows = GuardedSql(m_db, GuardedSql::kDefaultTimeLimitMs).query(sql);
    if (!rows)
        return fail(rows.error());
    return Dbt::QueryTable{rows->names, rows->declaredTypes, std::move(rows->rows)};
}

std::optional<QString> NodeCompiler::relationType(const QString &schema, const QString &identifier)
{
    // Trusted: both names are bound or quoted, and nothing is written.
    const QByteArray sql
        = QStringLiteral("SELECT type FROM %1.sqlite_schema WHERE name = ?1 COLLATE NOCASE "
                         "AND type IN ('table', 'view')")
              .arg(
                  RelationName::quoteIdentifier(schema.isEmpty() ? QStringLiteral("main") : schema))
              .toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return std::nullopt; // the schema is not attached: nothing was built there
    }
    const QByteArray name = identifier.toUtf8();
    sqlite3_bind_text(statement, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
    std::optional<QString> type;
    if (sqlite3_step(statement) == SQLITE_ROW)
        type = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return type;
}

std::vector<Dbt::RelationColumn> NodeCompiler::columns(const QString &schema,
                                                       const QString &identifier)
{
    std::vector<Dbt::RelationColumn> result;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT name, type FROM pragma_table_info(?1, ?2)", -1, &statement,
                           nullptr)
        == SQLITE_OK) {
        const QByteArray table = identifier.toUtf8();
        const QByteArray database = (schema.isEmpty() ? QStringLiteral("main") : schema).toUtf8();
        sqlite3_bind_text(statement, 1, table.constData(), int(table.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(statement, 2, database.constData(), int(database.size()),
                          SQLITE_TRANSIENT);
        while (sqlite3_step(statement) == SQLITE_ROW) {
            result.push_back({QString::fromUtf8(reinterpret_cast<const char *>(
                                  sqlite3_column_text(statement, 0))),
                              QString::fromUtf8(reinterpret_cast<const char *>(
                                  sqlite3_column_text(statement, 1)))});
        }
    }
    sqlite3_finalize(statement);
    return result;
}

} // namespace Trellis::Core::Build
