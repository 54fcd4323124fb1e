#include "docreferences.h"

#include "core/jinja/callable.h"
#include "core/jinja/dict.h"

namespace Trellis::Core {

namespace {

const QString kDocNotFound = QStringLiteral("TRL0115");

Jinja::Environment::Options descriptionOptions()
{
    Jinja::Environment::Options options;
    options.cacheCapacity = 0; // each description renders once
    return options;
}

} // namespace

DocReferences::DocReferences(const Manifest &manifest)
    : m_environment(descriptionOptions())
{
    for (const Node &node : manifest.nodes) {
        if (node.type != ResourceType::Doc)
            continue;
        m_docs.insert(node.packageName + QLatin1Char('.') + node.name, &node);
        const Node *&byName = m_docsByName[node.name];
        if (!byName || node.packageName < byName->packageName)
            byName = &node;
    }
}

const Node *DocReferences::find(const QString &package, const QString &name,
                                const QString &nodePackage) const
{
    if (!package.isEmpty())
        return m_docs.value(package + QLatin1Char('.') + name);
    if (const Node *own = m_docs.value(nodePackage + QLatin1Char('.') + name))
        return own;
    return m_docsByName.value(name);
}

void DocReferences::renderDescriptions(std::vector<Node> &nodes,
                                       std::vector<Diagnostic> &diagnostics) const
{
    for (Node &node : nodes) {
        render(node.description, node, node.declaredAt, diagnostics);
        render(node.sourceDescription, node, node.sourceDeclaredAt, diagnostics);
        for (ColumnDeclaration &column : node.columns)
            render(column.description, node, column.location, diagnostics);
    }
}

void DocReferences::render(QString &description, const Node &node, const SourceLocation &where,
                           std::vector<Diagnostic> &diagnostics) const
{
    if (!description.contains(QLatin1String("{{")) && !description.contains(QLatin1String("{%")))
        return;
    QString missing;
    Jinja::Value doc = Jinja::NativeFunction::make(
        "doc", [&](Jinja::CallContext &, Jinja::Arguments &arguments) -> Result<Jinja::Value> {
            QStringList names;
            for (const Jinja::Value &argument : arguments.positional) {
                if (argument.isString())
                    names.append(QString::fromUtf8(argument.text()));
            }
            if (names.isEmpty() || names.size() > 2 || names.size() != int(arguments.positional.size())
                || !arguments.keyword.empty())
                return fail(Error{{}, 0, 0, tr("doc() takes a doc block's name, and optionally its package first")});
            const QString package = names.size() == 2 ? names.first() : QString();
            const Node *block = find(package, names.last(), node.packageName);
            if (!block) {
                missing = names.join(QLatin1Char('.'));
                return Jinja::Value::string(std::string());
            }
            return Jinja::Value::string(block->rawCode.toStdString());
        });
    Jinja::Ref<Jinja::Dict> variables = Jinja::makeRef<Jinja::Dict>();
    variables->set("doc", doc);
    const QByteArray source = description.toUtf8();
    Result<std::string> rendered = m_environment.renderString(
        std::string_view(source.constData(), std::size_t(source.size())),
        where.file.toStdString(), Jinja::Value::dict(variables));
    QString problem;
    if (!rendered)
        problem = rendered.error().message;
    else if (!missing.isEmpty())
        problem = tr("the description of %1 uses doc('%2'), which names no doc block; write "
                     "it in a .md file as {% docs %2 %}…{% enddocs %}")
                      .arg(node.uniqueId, missing);
    if (!problem.isEmpty()) {
        diagnostics.push_back(Diagnostic::fromError(where.error(problem), Severity::Error, kDocNotFound));
        return;
    }
    description = QString::fromStdString(*rendered);
}

} // namespace Trellis::Core
