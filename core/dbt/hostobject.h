#pragma once

#include "core/jinja/dict.h"
#include "core/jinja/object.h"

#include <string>

namespace Trellis::Core::Dbt {

// A read-only bag of named attributes, the shape of most of dbt's context members: `exceptions`,
// `flags`, `modules.datetime`, `api`. Templates read its attributes; they cannot assign them.
class HostObject final : public Jinja::Object
{
public:
    explicit HostObject(std::string typeName);
    static Jinja::Value make(std::string typeName,
                             std::initializer_list<std::pair<std::string_view, Jinja::Value>> attributes);

    void set(std::string_view name, Jinja::Value value);

    std::string typeName() const override { return m_typeName; }
    Jinja::Value attribute(std::string_view name) const override;
    std::string repr() const override { return "<" + m_typeName + ">"; }
    void forEachReferencedValue(const std::function<void(const Jinja::Value &)> &visit) const override;

private:
    std::string m_typeName;
    Jinja::Ref<Jinja::Dict> m_attributes;
};

} // namespace Trellis::Core::Dbt
