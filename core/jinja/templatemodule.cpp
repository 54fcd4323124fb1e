#include "templatemodule.h"

#include "template.h"

namespace Trellis::Core::Jinja {

TemplateModule::TemplateModule(std::shared_ptr<const Template> owner,
                               std::shared_ptr<Scope> topLevel, std::string output)
    : m_owner(std::move(owner))
    , m_topLevel(std::move(topLevel))
    , m_output(std::move(output))
{ }

Value TemplateModule::attribute(std::string_view name) const
{
    if (const Value *found = m_topLevel->findLocal(name))
        return *found;
    return Object::attribute(name);
}

std::string TemplateModule::repr() const
{
    std::string out = "<TemplateModule ";
    appendStringRepr(out, m_owner->fileName());
    return out + ">";
}

void TemplateModule::forEachReferencedValue(const std::function<void(const Value &)> &visit) const
{
    m_topLevel->forEachValue(visit);
}

} // namespace Trellis::Core::Jinja
