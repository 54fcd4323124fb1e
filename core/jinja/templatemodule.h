#pragma once

#include "core/jinja/object.h"
#include "core/jinja/scope.h"

#include <memory>

namespace Trellis::Core::Jinja {

class Template;

// What Environment::makeModule returns, like Jinja2's `template.module`: the top-level names
// of a rendered template (its macros, its `set` variables) as attributes, and its output as
// str(). Owns the top-level scope its macros refer to, so they stay callable while it lives.
class TemplateModule final : public Object
{
public:
    TemplateModule(std::shared_ptr<const Template> owner, std::shared_ptr<Scope> topLevel,
                   std::string output);

    std::string typeName() const override { return "TemplateModule"; }
    Value attribute(std::string_view name) const override;
    std::string str() const override { return m_output; }
    std::string repr() const override;
    void forEachReferencedValue(const std::function<void(const Value &)> &visit) const override;

private:
    std::shared_ptr<const Template> m_owner;
    std::shared_ptr<Scope> m_topLevel;
    std::string m_output;
};

} // namespace Trellis::Core::Jinja
