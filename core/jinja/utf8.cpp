#include "utf8.h"

#include <QChar>
#include <QString>

#include <algorithm>
#include <cstring>

namespace Trellis::Core::Jinja::Utf8 {

std::size_t sequenceLength(std::string_view text, std::size_t offset)
{
    const auto lead = static_cast<unsigned char>(text[offset]);
    std::size_t expected = 1;
    if (lead >= 0xF0 && lead < 0xF8)
        expected = 4;
    else if (lead >= 0xE0)
        expected = lead < 0xF0 ? 3 : 1;
    else if (lead >= 0xC0)
        expected = 2;
    std::size_t length = 1;
    while (length < expected && offset + length < text.size()
           && isContinuation(static_cast<unsigned char>(text[offset + length])))
        ++length;
    return length == expected ? length : 1;
}

char32_t decode(std::string_view text, std::size_t &offset)
{
    const std::size_t length = sequenceLength(text, offset);
    const auto lead = static_cast<unsigned char>(text[offset]);
    char32_t codePoint = lead;
    if (length == 2)
        codePoint = lead & 0x1F;
    else if (length == 3)
        codePoint = lead & 0x0F;
    else if (length == 4)
        codePoint = lead & 0x07;
    for (std::size_t i = 1; i < length; ++i)
        codePoint = (codePoint << 6) | (static_cast<unsigned char>(text[offset + i]) & 0x3F);
    offset += length;
    return codePoint;
}

void append(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

bool isAscii(std::string_view text)
{
    // Eight bytes at a time: a word is ASCII when none of its bytes has the top bit set.
    constexpr std::uint64_t topBits = 0x8080808080808080;
    std::size_t i = 0;
    for (; i + sizeof(std::uint64_t) <= text.size(); i += sizeof(std::uint64_t)) {
        std::uint64_t word;
        std::memcpy(&word, text.data() + i, sizeof word);
        if (word & topBits)
            return false;
    }
    for (; i < text.size(); ++i) {
        if (static_cast<unsigned char>(text[i]) >= 0x80)
            return false;
    }
    return true;
}

std::size_t length(std::string_view text)
{
    if (isAscii(text))
        return text.size();
    std::size_t count = 0;
    for (std::size_t offset = 0; offset < text.size(); offset += sequenceLength(text, offset))
        ++count;
    return count;
}

std::size_t offsetOf(std::string_view text, std::size_t index)
{
    // Within an ASCII prefix, code point index and byte offset are the same.
    if (isAscii(text.substr(0, index)))
        return std::min(index, text.size());
    std::size_t offset = 0;
    for (std::size_t i = 0; i < index && offset < text.size(); ++i)
        offset += sequenceLength(text, offset);
    return offset;
}

char32_t toUpper(char32_t c)
{
    if (c < 0x80)
        return char32_t(asciiUpper(char(c)));
    return QChar::toUpper(c);
}

char32_t toLower(char32_t c)
{
    if (c < 0x80)
        return char32_t(asciiLower(char(c)));
    return QChar::toLower(c);
}

bool isAlpha(char32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return QChar::isLetter(c);
}

bool isDigit(char32_t c)
{
    return c >= '0' && c <= '9';
}

bool isWordCharacter(char32_t c)
{
    if (c < 0x80)
        return isAlpha(c) || isDigit(c) || c == '_';
    return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing;
}

std::string upper(std::string_view text)
{
    if (!isAscii(text))
        return QString::fromUtf8(text.data(), qsizetype(text.size())).toUpper().toStdString();
    std::string out(text);
    for (char &c : out)
        c = asciiUpper(c);
    return out;
}

std::string lower(std::string_view text)
{
    if (!isAscii(text))
        return QString::fromUtf8(text.data(), qsizetype(text.size())).toLower().toStdString();
    std::string out(text);
    for (char &c : out)
        c = asciiLower(c);
    return out;
}

} // namespace Trellis::Core::Jinja::Utf8
