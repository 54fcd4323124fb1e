#include "symbollookup.h"

#include "core/ide/dbtbuiltins.h"
#include "core/ide/documentlanguage.h"
#include "core/ide/sqlcursoranalyzer.h"
#include "core/ide/yamlcursoranalyzer.h"

namespace Trellis::Core::Ide {

namespace {

// Where the value of a YAML line starts: past the indentation, `- ` markers, `key:` and an
// opening quote. `to: ref('x')` and `description: "{{ doc('x') }}"` both yield the Jinja.
qsizetype yamlValueStart(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && (line[i] == u' ' || line[i] == u'-'))
        ++i;
    if (const qsizetype colon = line.indexOf(u": ", i); colon >= 0)
        i = colon + 2;
    while (i < line.size() && line[i] == u' ')
        ++i;
    if (i < line.size() && (line[i] == u'"' || line[i] == u'\''))
        ++i;
    return i;
}

// The resource type a section of a property file declares: `models:` entries are models, ….
std::optional<ResourceType> typeDeclaredBy(const QString &section)
{
    static const std::pair<const char *, ResourceType> sections[] = {
        {"models", ResourceType::Model},          {"seeds", ResourceType::Seed},
        {"snapshots", ResourceType::Snapshot},    {"analyses", ResourceType::Analysis},
        {"sources/tables", ResourceType::Source}, {"exposures", ResourceType::Exposure},
        {"groups", ResourceType::Group},
    };
    for (const auto &[name, type] : sections) {
        if (section == QLatin1String(name))
            return type;
    }
    return std::nullopt;
}

} // namespace

SymbolLookup::SymbolLookup(const MeshIndex &index)
    : m_index(index)
{ }

const Node *SymbolLookup::nodeOfFile(const QString &filePath) const
{
    for (const Node *node : m_index.nodesOfFile(filePath)) {
        if (node->type != ResourceType::Macro && node->type != ResourceType::Doc
            && node->type != ResourceType::Source)
            return node;
    }
    return nullptr;
}

const Node *SymbolLookup::nodeAt(const QString &filePath, QStringView text, qsizetype offset) const
{
    const DbtProject *owner = m_index.projectOfFile(filePath);
    const QString project = owner ? owner->name : QString();
    switch (languageOfFile(filePath)) {
    case DocumentLanguage::JinjaSql: {
        const SqlCursorAnalyzer analyzer(text);
        const JinjaCall *call = analyzer.callAt(offset);
        return call ? nodeOfCall(*call, project) : nullptr;
    }
    case DocumentLanguage::Yaml:
        return nodeInYaml(filePath, text, offset, project);
    case DocumentLanguage::Other:
        break;
    }
    return nullptr;
}

const Node *SymbolLookup::nodeOfCall(const JinjaCall &call, const QString &project) const
{
    if (call.callee == u"ref") {
        const bool qualified = call.positional.size() >= 2;
        return m_index.resolveRef(project, qualified ? call.argument(0) : QString(),
                                  call.argument(qualified ? 1 : 0), call.version);
    }
    if (call.callee == u"source")
        return m_index.resolveSource(project, call.argument(0), call.argument(1));
    if (call.callee == u"doc")
        return m_index.doc(project, call.argument(0));
    if (DbtBuiltins::isContextName(call.callee.toStdString()))
        return nullptr;
    return m_index.macro(project, call.callee);
}

const Node *SymbolLookup::nodeInYaml(const QString &filePath, QStringView text, qsizetype offset,
                                     const QString &project) const
{
    const qsizetype lineStart = offset == 0 ? 0 : text.lastIndexOf(u'\n', offset - 1) + 1;
    qsizetype lineEnd = text.indexOf(u'\n', offset);
    if (lineEnd < 0)
        lineEnd = text.size();
    const QStringView line = text.mid(lineStart, lineEnd - lineStart);
    // Jinja in a value: scanned as the inside of an expression.
    const qsizetype valueStart = yamlValueStart(line);
    const QStringView value = line.mid(valueStart);
    ScanState expression;
    expression.jinja = ScanState::Jinja::Expression;
    const ScanResult scanned = JinjaSqlScanner::scan(value, expression);
    const auto calls = JinjaCallFinder::find(value, scanned.tokens);
    if (const JinjaCall *call = JinjaCallFinder::at(calls, offset - lineStart - valueStart))
        return nodeOfCall(*call, project);

    const YamlCursorContext context = YamlCursorAnalyzer::analyze(text, offset);
    if (context.key == QLatin1String("group") && context.kind == YamlCursorContext::Kind::Value)
        return m_index.group(project, line.mid(valueStart).trimmed().toString());
    if (context.entryName.isEmpty())
        return nullptr;
    // A `- name:` entry: the node this file declares under that name.
    const std::optional<ResourceType> type = typeDeclaredBy(context.path.join(QLatin1Char('/')));
    for (const Node *node : m_index.nodesDeclaredIn(filePath)) {
        if (node->name == context.entryName && node->type == type
            && (node->version.isEmpty() || m_index.isLatestVersion(*node)))
            return node;
    }
    return nullptr;
}

} // namespace Trellis::Core::Ide
