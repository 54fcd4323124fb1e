#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>

namespace Trellis::Core::Jinja {

// The size of the largest output a template or macro has produced, so that the next render of
// it reserves its buffer once instead of growing it (and copying it) as it writes. Only a
// hint: renders on other threads may raise it at any time, so it is a relaxed atomic, which
// lets the parsed tree that holds it stay shared and otherwise immutable.
class OutputSizeHint
{
public:
    explicit OutputSizeHint(std::size_t initial = 0)
        : m_size(std::min(initial, kMaximum))
    { }

    std::size_t size() const { return m_size.load(std::memory_order_relaxed); }
    void note(std::size_t produced) const
    {
        produced = std::min(produced, kMaximum);
        std::size_t hint = m_size.load(std::memory_order_relaxed);
        while (produced > hint
               && !m_size.compare_exchange_weak(hint, produced, std::memory_order_relaxed)) { }
    }

private:
    // One render that printed a huge output must not make every later render reserve as much.
    static constexpr std::size_t kMaximum = std::size_t(1) << 20;

    mutable std::atomic<std::size_t> m_size;
};

} // namespace Trellis::Core::Jinja
