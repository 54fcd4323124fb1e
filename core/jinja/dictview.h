#pragma once

#include "core/jinja/object.h"

namespace Trellis::Core::Jinja {

// What dict.items(), .keys() and .values() return: a live view of the dict that iterates,
// has a length and prints as Python does ("dict_items([('a', 1)])").
class DictView final : public Object
{
public:
    enum class Part { Items, Keys, Values };

    DictView(Value dict, Part part);

    std::string typeName() const override;
    bool isIterable() const override { return true; }
    Result<std::vector<Value>> iterate(CallContext &context) const override;
    std::vector<Value> elements() const;
    std::optional<std::int64_t> length() const override;
    bool truthy() const override { return *length() > 0; }
    std::string repr() const override;
    void forEachReferencedValue(const std::function<void(const Value &)> &visit) const override;

private:
    Value m_dict;
    Part m_part;
};

} // namespace Trellis::Core::Jinja
