#include "seedtypeinference.h"

#include "datetimevalue.h"

#include <charconv>

namespace Trellis::Core {

namespace {

constexpr unsigned bit(SeedType type)
{
    return 1u << unsigned(type);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

std::string_view trimmed(std::string_view value)
{
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
        value.remove_prefix(1);
    while (!value.empty() && (value.back() == ' ' || value.back() == '\t'))
        value.remove_suffix(1);
    return value;
}

bool equalsIgnoringCase(std::string_view value, std::string_view lower)
{
    if (value.size() != lower.size())
        return false;
    for (size_t i = 0; i < value.size(); ++i) {
        char c = value[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lower[i])
            return false;
    }
    return true;
}

} // namespace

bool SeedTypeInference::isNull(std::string_view value)
{
    return value.empty() || equalsIgnoringCase(value, "null");
}

bool SeedTypeInference::isInteger(std::string_view value)
{
    value = trimmed(value);
    if (value.empty())
        return false;
    const char *begin = value.data();
    if (*begin == '+')
        ++begin;
    long long parsed = 0;
    const auto [end, error] = std::from_chars(begin, value.data() + value.size(), parsed);
    // Out of 64-bit range is still a number, just not an integer SQLite can hold.
    return error == std::errc() && end == value.data() + value.size()
        && begin != value.data() + value.size();
}

bool SeedTypeInference::isNumber(std::string_view value)
{
    value = trimmed(value);
    size_t i = 0;
    if (i < value.size() && (value[i] == '+' || value[i] == '-'))
        ++i;
    size_t digits = 0;
    while (i < value.size() && isDigit(value[i])) {
        ++i;
        ++digits;
    }
    if (i < value.size() && value[i] == '.') {
        ++i;
        while (i < value.size() && isDigit(value[i])) {
            ++i;
            ++digits;
        }
    }
    if (digits == 0)
        return false;
    if (i < value.size() && (value[i] == 'e' || value[i] == 'E')) {
        ++i;
        if (i < value.size() && (value[i] == '+' || value[i] == '-'))
            ++i;
        size_t exponentDigits = 0;
        while (i < value.size() && isDigit(value[i])) {
            ++i;
            ++exponentDigits;
        }
        if (exponentDigits == 0)
            return false;
    }
    return i == value.size();
}

bool SeedTypeInference::isDate(std::string_view value)
{
    value = trimmed(value);
    if (value.size() != 10)
        return false;
    const auto parsed = DateTimeValue::parse(value);
    return parsed && !parsed->hasTime();
}

bool SeedTypeInference::isTimestamp(std::string_view value)
{
    value = trimmed(value);
    if (value.size() < 16)
        return false;
    const auto parsed = DateTimeValue::parse(value);
    return parsed && parsed->hasTime();
}

int SeedTypeInference::booleanValue(std::string_view value)
{
    value = trimmed(value);
    if (equalsIgnoringCase(value, "true"))
        return 1;
    if (equalsIgnoringCase(value, "false"))
        return 0;
    return -1;
}

bool SeedTypeInference::isBoolean(std::string_view value)
{
    return booleanValue(value) >= 0;
}

void SeedTypeInference::add(std::string_view value)
{
    if (isNull(value))
        return;
    // Each test runs only while its type is still possible, so a text column costs little.
    if ((m_candidates & bit(SeedType::Integer)) && !isInteger(value))
        m_candidates &= ~bit(SeedType::Integer);
    if ((m_candidates & bit(SeedType::Number)) && !isNumber(value))
        m_candidates &= ~bit(SeedType::Number);
    if ((m_candidates & bit(SeedType::Date)) && !isDate(value))
        m_candidates &= ~bit(SeedType::Date);
    if ((m_candidates & bit(SeedType::Timestamp)) && !isTimestamp(value))
        m_candidates &= ~bit(SeedType::Timestamp);
    if ((m_candidates & bit(SeedType::Boolean)) && !isBoolean(value))
        m_candidates &= ~bit(SeedType::Boolean);
}

SeedType SeedTypeInference::type() const
{
    for (SeedType type : { SeedType::Integer, SeedType::Number, SeedType::Date, SeedType::Timestamp,
                           SeedType::Boolean }) {
        if (m_candidates & bit(type))
            return type;
    }
    return SeedType::Text;
}

const char *SeedTypeInference::sqlType(SeedType type)
{
    switch (type) {
    case SeedType::Integer:
        return "INTEGER";
    case SeedType::Number:
        return "REAL";
    case SeedType::Date:
        return "DATE";
    case SeedType::Timestamp:
        return "TIMESTAMP";
    case SeedType::Boolean:
        return "BOOLEAN";
    case SeedType::Text:
        return "TEXT";
    }
    return "TEXT";
}

} // namespace Trellis::Core
