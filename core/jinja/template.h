#pragma once

#include "core/jinja/ast.h"
#include "core/jinja/outputsizehint.h"

#include <memory>
#include <string>
#include <vector>

namespace Trellis::Core::Jinja {

// A macro-like block defined at the top level of a template: a macro, or one of dbt's
// `test`, `materialization`, `snapshot` and `docs` blocks. The dbt layer builds its macro and
// doc tables from these without rendering anything.
struct Definition
{
    struct Parameter
    {
        std::string name;
        bool hasDefault = false;
    };

    Ast::DefinitionKind kind = Ast::DefinitionKind::Macro;
    std::string name; // as written in the tag
    std::string
        callableName; // its name once executed: test_<name>, materialization_<name>_<adapter>, ...
    std::vector<Parameter> parameters;
    std::string adapter; // materialization only ("default" unless given)
    std::string docsText; // docs only: the body, verbatim
    int line = 0;
    int column = 0;
    const Ast::Macro *node = nullptr;
};

// A parsed template: immutable, so one instance may be rendered by many threads at once.
// Always owned by a shared_ptr (Environment::parse creates it) because macros it defines keep
// their template alive after the render that created them.
class Template : public std::enable_shared_from_this<Template>
{
public:
    Template(std::string fileName, std::string source, Ast::Body body);

    const std::string &fileName() const { return m_fileName; }
    const std::string &source() const { return m_source; }
    const Ast::Body &body() const { return m_body; }
    // The slots of the top level's variables (see NameResolver).
    const Ast::FrameLayout &topLevelLayout() const { return m_topLevelLayout; }
    const std::vector<Definition> &definitions() const { return m_definitions; }
    const Definition *definition(std::string_view callableName) const;

    // How much a render of this template prints (at first, about as much as it holds).
    const OutputSizeHint &outputSizeHint() const { return m_outputSizeHint; }

private:
    std::string m_fileName;
    std::string m_source;
    Ast::Body m_body;
    Ast::FrameLayout m_topLevelLayout;
    std::vector<Definition> m_definitions;
    OutputSizeHint m_outputSizeHint;
};

} // namespace Trellis::Core::Jinja
