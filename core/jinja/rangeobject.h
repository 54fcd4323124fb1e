#pragma once

#include "core/jinja/object.h"

namespace Trellis::Core::Jinja {

// Python's range: what the range() global returns. Lazy, so range(10**12) costs nothing
// until iterated; iterating it is bounded by the render's sequence length limit.
class RangeObject final : public Object
{
public:
    RangeObject(std::int64_t start, std::int64_t stop, std::int64_t step);

    std::string typeName() const override { return "range"; }
    bool isIterable() const override { return true; }
    Result<std::vector<Value>> iterate(CallContext &context) const override;
    std::optional<std::int64_t> length() const override;
    Value item(const Value &key) const override;
    bool truthy() const override { return *length() > 0; }
    std::string repr() const override;
    // range[start:stop:step], itself a range.
    Result<Value> slice(const Value &start, const Value &stop, const Value &step) const;

private:
    std::int64_t m_start;
    std::int64_t m_stop;
    std::int64_t m_step;
};

} // namespace Trellis::Core::Jinja
