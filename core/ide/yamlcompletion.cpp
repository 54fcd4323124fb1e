#include "yamlcompletion.h"

#include "core/ide/dbtpropertyschema.h"
#include "core/ide/yamlcursoranalyzer.h"

namespace Trellis::Core::Ide {

YamlCompletion::YamlCompletion(const MeshIndex &index)
    : m_index(index)
{ }

Completion YamlCompletion::complete(const QString &filePath, QStringView text,
                                    qsizetype offset) const
{
    const YamlCursorContext context = YamlCursorAnalyzer::analyze(text, offset);
    Completion completion;
    completion.replaceStart = context.replaceStart;
    completion.replaceEnd = context.replaceEnd;
    completion.prefix = context.prefix;
    if (context.kind == YamlCursorContext::Kind::Key) {
        for (const QString &key : DbtPropertySchema::keysAt(context.path)) {
            if (!context.siblingKeys.contains(key) && key.startsWith(context.prefix))
                completion.items.push_back(
                    {key, key + QStringLiteral(": "), CompletionKind::Key, tr("dbt property")});
        }
    } else if (context.kind == YamlCursorContext::Kind::Value) {
        QStringList values = DbtPropertySchema::valuesOf(context.path, context.key);
        if (context.key == QLatin1String("group")) {
            const DbtProject *project = m_index.projectOfFile(filePath);
            for (const Node *group : m_index.nodesOfType(ResourceType::Group)) {
                if (project && group->packageName == project->name)
                    values.append(group->name);
            }
        }
        for (const QString &value : std::as_const(values)) {
            if (value.startsWith(context.prefix, Qt::CaseInsensitive))
                completion.items.push_back({value, value, CompletionKind::Value, context.key});
        }
    }
    return completion;
}

} // namespace Trellis::Core::Ide
