#include "dictview.h"

#include "dict.h"

namespace Trellis::Core::Jinja {

DictView::DictView(Value dict, Part part)
    : m_dict(std::move(dict))
    , m_part(part)
{ }

std::string DictView::typeName() const
{
    switch (m_part) {
    case Part::Items:
        return "dict_items";
    case Part::Keys:
        return "dict_keys";
    case Part::Values:
        return "dict_values";
    }
    return "dict_view";
}

std::vector<Value> DictView::elements() const
{
    std::vector<Value> out;
    out.reserve(m_dict.asDict().size());
    for (const auto &[key, value] : m_dict.asDict().entries()) {
        if (m_part == Part::Items)
            out.push_back(Value::tuple({key, value}));
        else
            out.push_back(m_part == Part::Keys ? key : value);
    }
    return out;
}

Result<std::vector<Value>> DictView::iterate(CallContext &) const
{
    return elements();
}

std::optional<std::int64_t> DictView::length() const
{
    return std::int64_t(m_dict.asDict().size());
}

std::string DictView::repr() const
{
    return typeName() + "(" + Value::list(elements()).repr() + ")";
}

void DictView::forEachReferencedValue(const std::function<void(const Value &)> &visit) const
{
    visit(m_dict);
}

} // namespace Trellis::Core::Jinja
