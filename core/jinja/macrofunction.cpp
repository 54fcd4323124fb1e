#include "macrofunction.h"

namespace Trellis::Core::Jinja {

MacroFunction::MacroFunction(std::shared_ptr<const Template> owner, const Ast::Macro &node,
                             std::weak_ptr<Scope> module, std::vector<CapturedValue> closure)
    : m_owner(std::move(owner))
    , m_node(node)
    , m_module(module)
    , m_moduleAddress(module.lock().get())
    , m_closure(std::move(closure))
{ }

Result<Value> MacroFunction::call(CallContext &context, Arguments &arguments) const
{
    return context.invokeMacro(*this, arguments);
}

std::string MacroFunction::repr() const
{
    std::string out = "<Macro ";
    appendStringRepr(out, m_node.callableName);
    out += '>';
    return out;
}

void MacroFunction::forEachReferencedValue(const std::function<void(const Value &)> &visit) const
{
    for (const CapturedValue &captured : m_closure)
        visit(captured.value);
}

} // namespace Trellis::Core::Jinja
