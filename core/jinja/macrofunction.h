#pragma once

#include "core/jinja/ast.h"
#include "core/jinja/callable.h"
#include "core/jinja/scope.h"

#include <memory>
#include <vector>

namespace Trellis::Core::Jinja {

class Template;

// A macro (or `caller` block, or dbt block) as a callable value. It keeps its template alive,
// sees the top level of the render that defined it through a weak reference (so a macro stored
// in that top level forms no ownership cycle), and carries a copy of the local variables around
// its definition when defined inside a loop, macro or call block (Jinja2's closures).
// Calling it renders its body with the arguments bound, in the calling render.
class MacroFunction final : public Callable
{
public:
    // A variable copied from around the definition, and its slot in the macro's scope.
    struct CapturedValue
    {
        std::uint32_t slot;
        Value value;
    };

    MacroFunction(std::shared_ptr<const Template> owner, const Ast::Macro &node,
                  std::weak_ptr<Scope> module, std::vector<CapturedValue> closure);

    const MacroFunction *asMacro() const override { return this; }
    Result<Value> call(CallContext &context, Arguments &arguments) const override;
    std::string name() const override { return m_node.callableName; }
    std::string repr() const override;
    void forEachReferencedValue(const std::function<void(const Value &)> &visit) const override;

    const Template &owner() const { return *m_owner; }
    const Ast::Macro &node() const { return m_node; }
    std::shared_ptr<Scope> module() const { return m_module.lock(); }
    // Whether `topLevel` is the top level the macro was defined in (compared without locking).
    bool isDefinedIn(const Scope *topLevel) const
    {
        return topLevel && m_moduleAddress == topLevel;
    }
    const std::vector<CapturedValue> &closure() const { return m_closure; }

private:
    std::shared_ptr<const Template> m_owner;
    const Ast::Macro &m_node;
    std::weak_ptr<Scope> m_module;
    const Scope *m_moduleAddress;
    std::vector<CapturedValue> m_closure;
};

} // namespace Trellis::Core::Jinja
