#include "template.h"

#include "nameresolver.h"

namespace Trellis::Core::Jinja {

Template::Template(std::string fileName, std::string source, Ast::Body body)
    : m_fileName(std::move(fileName))
    , m_source(std::move(source))
    , m_body(std::move(body))
    , m_topLevelLayout(NameResolver::resolve(m_body))
    , m_outputSizeHint(m_source.size())
{
    for (const auto &statement : m_body) {
        if (statement->kind != Ast::StatementKind::Macro)
            continue;
        const auto &macro = static_cast<const Ast::Macro &>(*statement);
        Definition definition;
        definition.kind = macro.definition;
        definition.name = macro.name;
        definition.callableName = macro.callableName;
        definition.adapter = macro.adapter;
        definition.docsText = macro.docsText;
        definition.line = macro.line;
        definition.column = macro.column;
        definition.node = &macro;
        for (const auto &parameter : macro.parameters)
            definition.parameters.push_back({parameter.name, parameter.defaultValue != nullptr});
        m_definitions.push_back(std::move(definition));
    }
}

const Definition *Template::definition(std::string_view callableName) const
{
    for (const Definition &definition : m_definitions) {
        if (definition.callableName == callableName)
            return &definition;
    }
    return nullptr;
}

} // namespace Trellis::Core::Jinja
