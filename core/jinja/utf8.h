#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace Trellis::Core::Jinja::Utf8 {

// Python indexes strings by code point while Trellis stores UTF-8; these helpers bridge the
// two. They tolerate invalid UTF-8 (each stray byte counts as one code point) so that no input
// can make them read out of bounds.

inline bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

// Length in bytes of the sequence starting at text[offset] (at least 1, never past the end).
std::size_t sequenceLength(std::string_view text, std::size_t offset);
// Decodes the code point at text[offset] and advances offset past it.
char32_t decode(std::string_view text, std::size_t &offset);
void append(std::string &out, char32_t codePoint);
std::size_t length(std::string_view text);
bool isAscii(std::string_view text);
// Byte offset of the code point with the given index (clamped to the end).
std::size_t offsetOf(std::string_view text, std::size_t index);

// Case mapping of an ASCII byte (any other byte is returned as it is). Inline: the case
// filters map ASCII text, nearly all the text they see, byte by byte with these.
inline char asciiUpper(char c)
{
    return c >= 'a' && c <= 'z' ? char(c - ('a' - 'A')) : c;
}
inline char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}

// Simple (one code point) case mapping and classification, Unicode-wide through Qt's tables.
char32_t toUpper(char32_t c);
char32_t toLower(char32_t c);
bool isAlpha(char32_t c);
bool isDigit(char32_t c);
// Python's regex \w: letters, digits, underscore (and combining marks).
bool isWordCharacter(char32_t c);
// Python's str.isspace(). Inline: strip() and split() test every byte of ASCII text with it.
inline bool isSpace(char32_t c)
{
    return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F) || c == 0x85
        || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029
        || c == 0x202F || c == 0x205F || c == 0x3000;
}

// Full case mapping of a string, as Python's str.upper()/lower() ('ß' upper-cases to "SS").
std::string upper(std::string_view text);
std::string lower(std::string_view text);

} // namespace Trellis::Core::Jinja::Utf8
