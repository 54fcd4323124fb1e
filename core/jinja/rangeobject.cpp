#include "rangeobject.h"

#include "operators.h"

namespace Trellis::Core::Jinja {

RangeObject::RangeObject(std::int64_t start, std::int64_t stop, std::int64_t step)
    : m_start(start)
    , m_stop(stop)
    , m_step(step)
{ }

std::optional<std::int64_t> RangeObject::length() const
{
    // Counted in 128 bits: stop - start can overflow 64.
    const __int128 span = m_step > 0 ? __int128(m_stop) - m_start : __int128(m_start) - m_stop;
    const __int128 stride = m_step > 0 ? __int128(m_step) : -__int128(m_step);
    const __int128 count = span <= 0 ? 0 : (span + stride - 1) / stride;
    return std::int64_t(std::min<__int128>(count, INT64_MAX));
}

Result<std::vector<Value>> RangeObject::iterate(CallContext &context) const
{
    const std::int64_t count = *length();
    if (count > context.limits().maxSequenceLength) {
        return failure("range of " + std::to_string(count) + " items is longer than the limit of "
                       + std::to_string(context.limits().maxSequenceLength));
    }
    if (auto charged = context.chargeSteps(std::uint64_t(count)); !charged)
        return fail(charged.error());
    std::vector<Value> items;
    items.reserve(std::size_t(count));
    for (std::int64_t i = 0; i < count; ++i)
        items.push_back(Value::integer(m_start + i * m_step));
    return items;
}

Value RangeObject::item(const Value &key) const
{
    if (!key.isInt() && !key.isBool())
        return Object::item(key);
    const std::int64_t count = *length();
    std::int64_t index = key.asInt();
    if (index < 0)
        index += count;
    if (index < 0 || index >= count)
        return missingItem(Value::object(Ref<Object>(const_cast<RangeObject *>(this))), key);
    return Value::integer(m_start + index * m_step);
}

std::string RangeObject::repr() const
{
    std::string out = "range(" + std::to_string(m_start) + ", " + std::to_string(m_stop);
    if (m_step != 1)
        out += ", " + std::to_string(m_step);
    return out + ")";
}

Result<Value> RangeObject::slice(const Value &start, const Value &stop, const Value &step) const
{
    auto indices = Operators::sliceIndices(*length(), start, stop, step);
    if (!indices)
        return fail(indices.error());
    const std::int64_t first = m_start + indices->start * m_step;
    const std::int64_t stride = m_step * indices->step;
    return Value::object(makeRef<RangeObject>(first, first + indices->count * stride, stride));
}

} // namespace Trellis::Core::Jinja
