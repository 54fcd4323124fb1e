#include "namespaceobject.h"

namespace Trellis::Core::Jinja {

NamespaceObject::NamespaceObject(Ref<Dict> attributes)
    : m_attributes(std::move(attributes))
{ }

Value NamespaceObject::attribute(std::string_view name) const
{
    if (const Value *found = m_attributes->find(name))
        return *found;
    return Object::attribute(name);
}

std::string NamespaceObject::repr() const
{
    return "<Namespace " + Value::dict(m_attributes).repr() + ">";
}

void NamespaceObject::forEachReferencedValue(const std::function<void(const Value &)> &visit) const
{
    for (const auto &entry : m_attributes->entries())
        visit(entry.second);
}

} // namespace Trellis::Core::Jinja
