#pragma once

#include "core/jinja/dict.h"
#include "core/jinja/object.h"

namespace Trellis::Core::Jinja {

// Jinja2's namespace(): an object whose attributes `{% set ns.attr = value %}` may assign
// from inside loops, the one way a loop body can change state outside itself.
class NamespaceObject final : public Object
{
public:
    NamespaceObject();

    std::string typeName() const override { return "Namespace"; }
    Value attribute(std::string_view name) const override;
    Result<void> setAttribute(std::string_view name, Value value) override;
    std::string repr() const override;
    void forEachReferencedValue(const std::function<void(const Value &)> &visit) const override;

private:
    Ref<Dict> m_attributes;
};

} // namespace Trellis::Core::Jinja
