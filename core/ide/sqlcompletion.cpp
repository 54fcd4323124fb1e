#include "sqlcompletion.h"

#include "core/ide/dbtbuiltins.h"
#include "core/ide/nodesummary.h"

#include <QSet>

#include <algorithm>

namespace Trellis::Core::Ide {

namespace {

void addUnique(std::vector<CompletionItem> &items, QSet<QString> &seen, CompletionItem item)
{
    if (!seen.contains(item.label)) {
        seen.insert(item.label);
        items.push_back(std::move(item));
    }
}

} // namespace

SqlCompletion::SqlCompletion(const MeshIndex &index)
    : m_index(index)
{ }

Completion SqlCompletion::complete(const QString &filePath, QStringView text,
                                   qsizetype offset) const
{
    const SqlCursorAnalyzer analyzer(text);
    const SqlCursorContext context = analyzer.completionContext(offset);
    const DbtProject *owner = m_index.projectOfFile(filePath);
    const QString project = owner ? owner->name : QString();

    Completion completion;
    completion.replaceStart = context.replaceStart;
    completion.replaceEnd = context.replaceEnd;
    completion.prefix = context.prefix;
    std::vector<CompletionItem> items;
    using Kind = SqlCursorContext::Kind;
    switch (context.kind) {
    case Kind::RefModel:
    case Kind::RefProjectModel:
        addModels(items, context, project);
        break;
    case Kind::SourceName:
    case Kind::SourceTable:
        addSources(items, context, project);
        break;
    case Kind::DocName:
        addDocs(items, context, project);
        break;
    case Kind::JinjaName:
        addJinjaNames(items, context, project);
        break;
    case Kind::Column:
        addColumns(items, context, project);
        break;
    case Kind::None:
        break;
    }
    std::erase_if(items, [&](const CompletionItem &item) {
        return !item.label.startsWith(context.prefix, Qt::CaseInsensitive);
    });
    std::stable_sort(items.begin(), items.end(),
                     [](const CompletionItem &a, const CompletionItem &b) {
                         return a.label.compare(b.label, Qt::CaseInsensitive) < 0;
                     });
    completion.items = std::move(items);
    return completion;
}

bool SqlCompletion::visibleFrom(const Node &node, const QString &project) const
{
    return node.packageName == project || m_index.packageNames().contains(node.packageName);
}

void SqlCompletion::addModels(std::vector<CompletionItem> &items, const SqlCursorContext &context,
                              const QString &project) const
{
    const QStringList upstream = m_index.upstreamProjects(project);
    if (context.kind == SqlCursorContext::Kind::RefProjectModel) {
        const QString &package = context.package;
        // A project that dependencies.yml does not list cannot be referenced: offer nothing.
        if (package == project || m_index.packageNames().contains(package))
            addModelsOf(items, package, false, {}, context.quote);
        else if (upstream.contains(package))
            addModelsOf(items, package, true, {}, context.quote);
        return;
    }
    addModelsOf(items, project, false, {}, context.quote);
    for (const QString &package : m_index.packageNames())
        addModelsOf(items, package, false, {}, context.quote);
    for (const QString &upstreamProject : upstream) {
        addModelsOf(items, upstreamProject, true, upstreamProject, context.quote);
        const QString separator = QString(context.quote) + QStringLiteral(", ") + context.quote;
        items.push_back({upstreamProject, upstreamProject + separator, CompletionKind::Project,
                         tr("upstream project")});
    }
}

// `projectArgument` set: the models are inserted in the two-argument form, labelled with it.
void SqlCompletion::addModelsOf(std::vector<CompletionItem> &items, const QString &package,
                                bool publicOnly, const QString &projectArgument, QChar quote) const
{
    const QString prefix = projectArgument.isEmpty()
        ? QString()
        : projectArgument + quote + QStringLiteral(", ") + quote;
    const QString suffix
        = projectArgument.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(projectArgument);
    for (const Node *model : m_index.modelsOf(package)) {
        if (publicOnly && model->access() != QLatin1String("public"))
            continue;
        const QString detail = NodeSummary::detail(*model, m_index);
        if (model->version.isEmpty() || m_index.isLatestVersion(*model))
            items.push_back({model->name + suffix, prefix + model->name + quote,
                             CompletionKind::Model, detail});
        if (!model->version.isEmpty()) {
            items.push_back({QStringLiteral("%1 v%2%3").arg(model->name, model->version, suffix),
                             prefix + model->name + quote + QStringLiteral(", v=") + model->version,
                             CompletionKind::Model, detail});
        }
    }
}

void SqlCompletion::addSources(std::vector<CompletionItem> &items, const SqlCursorContext &context,
                               const QString &project) const
{
    QSet<QString> seen;
    const QString quote = context.quote;
    for (const Node *table : m_index.nodesOfType(ResourceType::Source)) {
        if (!visibleFrom(*table, project))
            continue;
        if (context.kind == SqlCursorContext::Kind::SourceName) {
            addUnique(items, seen,
                      {table->sourceName, table->sourceName + quote + QStringLiteral(", ") + quote,
                       CompletionKind::Source, tr("source of %1").arg(table->packageName)});
        } else if (table->sourceName == context.package) {
            addUnique(items, seen,
                      {table->name, table->name + quote, CompletionKind::SourceTable,
                       NodeSummary::detail(*table, m_index)});
        }
    }
}

void SqlCompletion::addDocs(std::vector<CompletionItem> &items, const SqlCursorContext &context,
                            const QString &project) const
{
    QSet<QString> seen;
    for (const Node *doc : m_index.nodesOfType(ResourceType::Doc)) {
        if (visibleFrom(*doc, project)) {
            addUnique(items, seen,
                      {doc->name, doc->name + context.quote, CompletionKind::Doc,
                       doc->rawCode.section(QLatin1Char('\n'), 0, 0).left(80)});
        }
    }
}

void SqlCompletion::addJinjaNames(std::vector<CompletionItem> &items,
                                  const SqlCursorContext &context, const QString &project) const
{
    QSet<QString> seen;
    // `package.` narrows to that package's macros; dbt calls them only through their namespace.
    const QString package = context.qualifier.isEmpty() ? project : context.qualifier;
    for (const Node *macro : m_index.nodesOfType(ResourceType::Macro)) {
        const bool internal = macro->name.startsWith(QLatin1String("test_"))
            || macro->name.startsWith(QLatin1String("materialization_"))
            || macro->name.contains(QLatin1String("__"));
        if (macro->packageName == package && !internal) {
            addUnique(items, seen,
                      {macro->name, macro->name, CompletionKind::Macro,
                       tr("macro · %1").arg(macro->packageName)});
        }
    }
    if (!context.qualifier.isEmpty())
        return;
    for (const QString &name : m_index.packageNames())
        addUnique(items, seen,
                  {name, name + QLatin1Char('.'), CompletionKind::Project, tr("package")});
    for (const QString &name : DbtBuiltins::contextNames())
        addUnique(items, seen, {name, name, CompletionKind::Builtin, tr("dbt")});
    for (const QString &name : DbtBuiltins::macroNames())
        addUnique(items, seen, {name, name, CompletionKind::Builtin, tr("dbt macro")});
}

void SqlCompletion::addColumns(std::vector<CompletionItem> &items, const SqlCursorContext &context,
                               const QString &project) const
{
    QSet<QString> seen;
    for (const RelationReference &relation : context.relations) {
        if (!context.qualifier.isEmpty()
            && context.qualifier != (relation.alias.isEmpty() ? relation.name : relation.alias))
            continue;
        const Node *node = relation.isSource
            ? m_index.resolveSource(project, relation.package, relation.name)
            : m_index.resolveRef(project, relation.package, relation.name, relation.version);
        if (!node)
            continue;
        for (const ColumnDeclaration &column : node->columns) {
            const QString detail = column.dataType.isEmpty()
                ? node->name
                : QStringLiteral("%1 · %2").arg(column.dataType, node->name);
            addUnique(items, seen, {column.name, column.name, CompletionKind::Column, detail});
        }
    }
}

} // namespace Trellis::Core::Ide
