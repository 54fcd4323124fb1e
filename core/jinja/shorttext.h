#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace Trellis::Core::Jinja {

// Text up to this long is compared and copied inline, a word or two at a time.
constexpr std::size_t kInlineTextSize = 16;

namespace Detail {
template<typename Word> Word loadWord(const char *at)
{
    Word word;
    std::memcpy(&word, at, sizeof(Word));
    return word;
}

// Copies `size` bytes, sizeof(Word) <= size <= 2 * sizeof(Word), as two overlapping words.
template<typename Word> void copyTwoWords(char *to, const char *from, std::size_t size)
{
    const std::size_t last = size - sizeof(Word);
    const Word first = loadWord<Word>(from);
    const Word second = loadWord<Word>(from + last);
    std::memcpy(to, &first, sizeof(Word));
    std::memcpy(to + last, &second, sizeof(Word));
}

// Whether the `size` bytes at a and b are equal, for sizeof(Word) <= size <= 2 * sizeof(Word):
// the first and the last word, which overlap when size is not a multiple of the word.
template<typename Word> bool equalTwoWords(const char *a, const char *b, std::size_t size)
{
    const std::size_t last = size - sizeof(Word);
    return ((loadWord<Word>(a) ^ loadWord<Word>(b))
            | (loadWord<Word>(a + last) ^ loadWord<Word>(b + last)))
        == 0;
}

// Whether the `size` bytes at a and b are equal, for size <= kInlineTextSize.
inline bool equalInline(const char *a, const char *b, std::size_t size)
{
    if (size >= 8)
        return equalTwoWords<std::uint64_t>(a, b, size);
    if (size >= 4)
        return equalTwoWords<std::uint32_t>(a, b, size);
    if (size >= 2)
        return equalTwoWords<std::uint16_t>(a, b, size);
    return size == 0 || *a == *b;
}
} // namespace Detail

// Equality of short strings (variable names, dict keys) compared inline. A lookup that has
// already matched the hash compares just to confirm, and a call into memcmp (or a byte loop)
// costs more than the few bytes of a name: up to 16 bytes take two overlapping loads a side.
inline bool equalShortText(std::string_view a, std::string_view b)
{
    const std::size_t size = a.size();
    if (size != b.size())
        return false;
    if (a.data() == b.data())
        return true;
    if (size > kInlineTextSize)
        return std::memcmp(a.data(), b.data(), size) == 0;
    return Detail::equalInline(a.data(), b.data(), size);
}

// Copies short text (a piece of template text, a printed value) inline, as equalShortText()
// compares it: a call into memcpy costs more than the copy of a few bytes.
inline void copyShortText(char *to, const char *from, std::size_t size)
{
    if (size >= 8) {
        if (size <= kInlineTextSize)
            Detail::copyTwoWords<std::uint64_t>(to, from, size);
        else
            std::memcpy(to, from, size);
    } else if (size >= 4) {
        Detail::copyTwoWords<std::uint32_t>(to, from, size);
    } else if (size >= 2) {
        Detail::copyTwoWords<std::uint16_t>(to, from, size);
    } else if (size == 1) {
        *to = *from;
    }
}

} // namespace Trellis::Core::Jinja
