#pragma once

#include "core/jinja/dict.h"
#include "core/jinja/object.h"

#include <typeinfo>

namespace Trellis::Core::Jinja {

// Jinja2's namespace(): an object whose attributes `{% set ns.attr = value %}` may assign
// from inside loops, the one way a loop body can change state outside itself.
class NamespaceObject final : public Object
{
public:
    // A namespace holding `attributes`, whose keys must all be strings.
    explicit NamespaceObject(Ref<Dict> attributes);

    // The namespace `value` holds, or null when it holds anything else.
    static NamespaceObject *from(const Value &value)
    {
        if (!value.isObject())
            return nullptr;
        Object &object = value.asObject();
        return typeid(object) == typeid(NamespaceObject) ? static_cast<NamespaceObject *>(&object)
                                                         : nullptr;
    }

    // Assigns an attribute; `hash` is std::hash of the name.
    void set(std::string_view name, std::size_t hash, Value value)
    {
        m_attributes->set(name, hash, std::move(value));
    }

    std::string typeName() const override { return "Namespace"; }
    Value attribute(std::string_view name) const override;
    const Value *storedAttribute(std::string_view name, std::size_t hash) const override
    {
        return m_attributes->find(name, hash);
    }
    std::string repr() const override;
    void forEachReferencedValue(const std::function<void(const Value &)> &visit) const override;

private:
    Ref<Dict> m_attributes;
};

} // namespace Trellis::Core::Jinja
