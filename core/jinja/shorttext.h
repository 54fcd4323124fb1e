#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace Trellis::Core::Jinja {

// Equality of short strings (variable names, dict keys) compared inline, a word at a time. A
// lookup that has already matched the hash compares just to confirm, and a call into memcmp
// costs more than the few bytes of a name.
inline bool equalShortText(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    if (a.data() == b.data())
        return true;
    constexpr std::size_t wordSize = sizeof(std::uint64_t);
    std::size_t i = 0;
    for (; i + wordSize <= a.size(); i += wordSize) {
        std::uint64_t left;
        std::uint64_t right;
        std::memcpy(&left, a.data() + i, wordSize);
        std::memcpy(&right, b.data() + i, wordSize);
        if (left != right)
            return false;
    }
    for (; i < a.size(); ++i) {
        if (a[i] != b[i])
            return false;
    }
    return true;
}

} // namespace Trellis::Core::Jinja
