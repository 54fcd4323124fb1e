#include "hostobject.h"

namespace Trellis::Core::Dbt {

HostObject::HostObject(std::string typeName)
    : m_typeName(std::move(typeName))
    , m_attributes(Jinja::makeRef<Jinja::Dict>())
{ }

Jinja::Value HostObject::make(std::string typeName,
                              std::initializer_list<std::pair<std::string_view, Jinja::Value>> attributes)
{
    auto object = Jinja::makeRef<HostObject>(std::move(typeName));
    for (const auto &[name, value] : attributes)
        object->set(name, value);
    return Jinja::Value::object(object);
}

void HostObject::set(std::string_view name, Jinja::Value value)
{
    m_attributes->set(name, std::move(value));
}

Jinja::Value HostObject::attribute(std::string_view name) const
{
    if (const Jinja::Value *found = m_attributes->find(name))
        return *found;
    return Object::attribute(name);
}

void HostObject::forEachReferencedValue(const std::function<void(const Jinja::Value &)> &visit) const
{
    for (const auto &[key, value] : m_attributes->entries())
        visit(value);
}

} // namespace Trellis::Core::Dbt
