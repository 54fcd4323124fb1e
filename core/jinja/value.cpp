#include "value.h"

#include "callable.h"
#include "dict.h"
#include "object.h"
#include "shorttext.h"
#include "utf8.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <functional>

namespace Trellis::Core::Jinja {

namespace {

// Containers nested deeper than this print as "..." and compare unequal, so that a structure
// built to be deep cannot overflow the stack while being printed or compared.
constexpr int kMaxNesting = 256;

bool appendReprAt(const Value &value, std::string &out, std::size_t maxBytes, int depth);
bool equalsAt(const Value &a, const Value &b, int depth);

bool appendSequenceRepr(const std::vector<Value> &items, bool tuple, std::string &out,
                        std::size_t maxBytes, int depth)
{
    out += tuple ? '(' : '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += ", ";
        if (!appendReprAt(items[i], out, maxBytes, depth + 1))
            return false;
    }
    if (tuple && items.size() == 1)
        out += ',';
    out += tuple ? ')' : ']';
    return out.size() <= maxBytes;
}

bool appendReprAt(const Value &value, std::string &out, std::size_t maxBytes, int depth)
{
    if (out.size() > maxBytes)
        return false;
    switch (value.kind()) {
    case ValueKind::Undefined:
        out += "Undefined";
        return true;
    case ValueKind::String:
        if (value.isSafe()) {
            out += "Markup(";
            appendStringRepr(out, value.text());
            out += ')';
        } else {
            appendStringRepr(out, value.text());
        }
        return out.size() <= maxBytes;
    case ValueKind::List:
    case ValueKind::Tuple:
        if (depth > kMaxNesting) {
            out += "...";
            return true;
        }
        return appendSequenceRepr(value.items(), value.isTuple(), out, maxBytes, depth);
    case ValueKind::Dict: {
        if (depth > kMaxNesting) {
            out += "...";
            return true;
        }
        out += '{';
        bool first = true;
        for (const auto &[key, item] : value.asDict().entries()) {
            if (!first)
                out += ", ";
            first = false;
            if (!appendReprAt(key, out, maxBytes, depth + 1))
                return false;
            out += ": ";
            if (!appendReprAt(item, out, maxBytes, depth + 1))
                return false;
        }
        out += '}';
        return out.size() <= maxBytes;
    }
    case ValueKind::Callable:
        out += value.asCallable().repr();
        return out.size() <= maxBytes;
    case ValueKind::Object:
        out += value.asObject().repr();
        return out.size() <= maxBytes;
    default:
        value.appendStr(out);
        return true;
    }
}

bool sequencesEqual(const std::vector<Value> &a, const std::vector<Value> &b, int depth)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!equalsAt(a[i], b[i], depth + 1))
            return false;
    }
    return true;
}

bool equalsAt(const Value &a, const Value &b, int depth)
{
    if (depth > kMaxNesting)
        return false;
    if (a.isNumber() && b.isNumber()) {
        if (a.isFloat() || b.isFloat())
            return a.asFloat() == b.asFloat();
        return a.asInt() == b.asInt();
    }
    if (a.kind() != b.kind())
        return false;
    switch (a.kind()) {
    case ValueKind::Undefined:
    case ValueKind::None:
        return true;
    case ValueKind::String:
        return a.text() == b.text();
    case ValueKind::List:
    case ValueKind::Tuple:
        return sequencesEqual(a.items(), b.items(), depth);
    case ValueKind::Dict: {
        const Dict &left = a.asDict();
        const Dict &right = b.asDict();
        if (left.size() != right.size())
            return false;
        for (const auto &[key, item] : left.entries()) {
            const Value *other = right.find(key);
            if (!other || !equalsAt(item, *other, depth + 1))
                return false;
        }
        return true;
    }
    default:
        return a.sameAs(b);
    }
}

// Python's float repr rules applied to the shortest round-trip digits.
std::string formatShortest(double value)
{
    char buffer[64];
    const auto result
        = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    const std::string_view scientific(buffer, std::size_t(result.ptr - buffer));
    const std::size_t e = scientific.find('e');
    std::string digits;
    bool negative = false;
    for (const char c : scientific.substr(0, e)) {
        if (c == '-')
            negative = true;
        else if (c != '.')
            digits += c;
    }
    int exponent = 0;
    std::from_chars(scientific.data() + e + 1 + (scientific[e + 1] == '+'),
                    scientific.data() + scientific.size(), exponent);
    while (digits.size() > 1 && digits.back() == '0')
        digits.pop_back();
    const int pointPosition = exponent + 1;
    std::string out = negative ? "-" : "";
    if (pointPosition > 16 || pointPosition < -3) {
        out += digits[0];
        if (digits.size() > 1) {
            out += '.';
            out.append(digits, 1);
        }
        char exponentText[16];
        std::snprintf(exponentText, sizeof exponentText, "e%c%02d", exponent < 0 ? '-' : '+',
                      std::abs(exponent));
        out += exponentText;
    } else if (pointPosition <= 0) {
        out += "0.";
        out.append(std::size_t(-pointPosition), '0');
        out += digits;
    } else if (std::size_t(pointPosition) >= digits.size()) {
        out += digits;
        out.append(std::size_t(pointPosition) - digits.size(), '0');
        out += ".0";
    } else {
        out.append(digits, 0, std::size_t(pointPosition));
        out += '.';
        out.append(digits, std::size_t(pointPosition));
    }
    return out;
}

// Code points Python's str.isprintable() rejects, beyond the ASCII control characters.
bool isUnprintable(char32_t c)
{
    return (c >= 0x7F && c <= 0xA0) || c == 0xAD || c == 0x1680 || c == 0x180E
        || (c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F)
        || (c >= 0x205F && c <= 0x206F) || c == 0x3000 || c == 0xFEFF
        || (c >= 0xD800 && c <= 0xDFFF) || (c >= 0xE000 && c <= 0xF8FF) || c == 0xFFF9
        || c == 0xFFFA || c == 0xFFFB;
}

} // namespace

namespace Detail {
void releaseIteratively(std::vector<Value> &values)
{
    if (const ShallowRelease shallow; shallow.entered()) {
        values.clear();
        return;
    }
    // The outermost call owns the work list; nested destructions only append to it. A plain
    // pointer (not a thread_local object) so that values destroyed during program exit, after
    // thread-local objects are gone, still work.
    thread_local std::vector<Value> *pending = nullptr;
    // Most lists hold only strings and numbers, or containers that live on elsewhere (a list
    // copied for a loop shares its items with the original): they die without a work list.
    // Whether a container is shared is asked as each reference goes, so a list holding the
    // same container twice hands over the last reference. (Should another thread drop its
    // references meanwhile, the container dies here after all; its own values still go
    // through a work list, so the depth stays bound.)
    std::vector<Value> workList;
    std::vector<Value> *into = pending;
    for (Value &value : values) {
        if (!ownsValues(value))
            continue;
        if (value.isShared()) {
            value = Value();
            continue;
        }
        if (!into)
            into = &workList;
        into->push_back(std::move(value));
    }
    values.clear();
    if (into != &workList)
        return;
    pending = &workList;
    while (!workList.empty()) {
        Value last = std::move(workList.back());
        workList.pop_back();
    }
    pending = nullptr;
}

SequenceData::~SequenceData()
{
    releaseIteratively(items);
}
} // namespace Detail

Value Value::undefined(std::string message)
{
    return adoptNew(Tag::Undefined, new Detail::UndefinedData(std::move(message)));
}

Value Value::undefinedName(std::string_view name)
{
    std::string message;
    appendStringRepr(message, name);
    message += " is undefined";
    return undefined(std::move(message));
}

Value Value::string(std::string text, bool safe)
{
    if (text.size() > kShortStringCapacity)
        return adoptNew(Tag::HeapString, new Detail::StringData(std::move(text)), safe);
    return stringCopy(text, safe);
}

Value Value::stringCopy(std::string_view text, bool safe)
{
    if (text.size() > kShortStringCapacity)
        return string(std::string(text), safe);
    Value result;
    result.m_repr.tag = Tag::ShortString;
    result.m_repr.safe = safe;
    result.m_repr.data[0] = static_cast<unsigned char>(text.size());
    std::memcpy(result.m_repr.data + 1, text.data(), text.size());
    return result;
}

Value Value::list(std::vector<Value> items)
{
    return adoptNew(Tag::List, new Detail::SequenceData(std::move(items)));
}

Value Value::tuple(std::vector<Value> items)
{
    return adoptNew(Tag::Tuple, new Detail::SequenceData(std::move(items)));
}

Value Value::dict(Ref<Dict> dict)
{
    return Value(Tag::Dict, dict.detach());
}

Value Value::emptyDict()
{
    return dict(makeRef<Dict>());
}

Value Value::callable(Ref<Callable> callable)
{
    return Value(Tag::Callable, callable.detach());
}

Value Value::object(Ref<Object> object)
{
    return Value(Tag::Object, object.detach());
}

bool Value::truthyOther() const
{
    switch (kind()) {
    case ValueKind::Undefined:
    case ValueKind::None:
        return false;
    case ValueKind::Bool:
        return asBool();
    case ValueKind::Int:
        return asInt() != 0;
    case ValueKind::Float:
        return asFloat() != 0.0;
    case ValueKind::String:
        return !text().empty();
    case ValueKind::List:
    case ValueKind::Tuple:
        return !items().empty();
    case ValueKind::Dict:
        return !asDict().empty();
    case ValueKind::Callable:
        return true;
    case ValueKind::Object:
        return asObject().truthy();
    }
    return false;
}

void Value::appendStr(std::string &out) const
{
    switch (kind()) {
    case ValueKind::Undefined:
        return;
    case ValueKind::None:
        out += "None";
        return;
    case ValueKind::Bool:
        out += asBool() ? "True" : "False";
        return;
    case ValueKind::Int: {
        char buffer[24];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, asInt());
        out.append(buffer, result.ptr);
        return;
    }
    case ValueKind::Float:
        out += formatFloat(asFloat());
        return;
    case ValueKind::String:
        out += text();
        return;
    case ValueKind::Object:
        out += asObject().str();
        return;
    default:
        appendReprAt(*this, out, SIZE_MAX, 0);
        return;
    }
}

std::string Value::str() const
{
    if (isString())
        return std::string(text());
    std::string out;
    appendStr(out);
    return out;
}

bool Value::appendRepr(std::string &out, std::size_t maxBytes) const
{
    return appendReprAt(*this, out, maxBytes, 0);
}

std::string Value::repr() const
{
    std::string out;
    appendReprAt(*this, out, SIZE_MAX, 0);
    return out;
}

std::string Value::typeName() const
{
    switch (kind()) {
    case ValueKind::Undefined:
        return "Undefined";
    case ValueKind::None:
        return "NoneType";
    case ValueKind::Bool:
        return "bool";
    case ValueKind::Int:
        return "int";
    case ValueKind::Float:
        return "float";
    case ValueKind::String:
        return isSafe() ? "Markup" : "str";
    case ValueKind::List:
        return "list";
    case ValueKind::Tuple:
        return "tuple";
    case ValueKind::Dict:
        return "dict";
    case ValueKind::Callable:
        return "function";
    case ValueKind::Object:
        return asObject().typeName();
    }
    return "object";
}

bool Value::equalsOther(const Value &other) const
{
    return equalsAt(*this, other, 0);
}

bool Value::isHashable() const
{
    if (isList() || isDict())
        return false;
    if (isTuple()) {
        for (const Value &item : items()) {
            if (!item.isHashable())
                return false;
        }
    }
    return true;
}

std::size_t Value::hash() const
{
    switch (kind()) {
    case ValueKind::Bool:
    case ValueKind::Int:
        return std::hash<std::int64_t>{}(asInt());
    case ValueKind::Float:
        // Equal numbers must hash alike: 1.0 hashes as 1.
        {
            const double number = asFloat();
            if (std::isfinite(number) && number == std::floor(number) && std::fabs(number) < 9.2e18)
                return std::hash<std::int64_t>{}(static_cast<std::int64_t>(number));
            return std::hash<double>{}(number);
        }
    case ValueKind::String:
        return std::hash<std::string_view>{}(text());
    case ValueKind::Tuple: {
        std::size_t combined = 0x345678;
        for (const Value &item : items())
            combined = combined * 1000003 ^ item.hash();
        return combined;
    }
    case ValueKind::None:
    case ValueKind::Undefined:
        return 0x9e3779b9;
    default:
        return std::hash<const void *>{}(heap());
    }
}

bool Value::sameAs(const Value &other) const
{
    if (m_repr.tag != other.m_repr.tag)
        return false;
    switch (m_repr.tag) {
    case Tag::Undefined:
    case Tag::None:
        return true;
    case Tag::Bool:
        return asBool() == other.asBool();
    case Tag::Int:
        return asInt() == other.asInt();
    case Tag::Float:
        return asFloat() == other.asFloat();
    case Tag::ShortString:
        return text() == other.text();
    default:
        return heap() == other.heap();
    }
}

std::string formatFloat(double value)
{
    if (std::isnan(value))
        return "nan";
    if (std::isinf(value))
        return value < 0 ? "-inf" : "inf";
    if (value == 0.0)
        return std::signbit(value) ? "-0.0" : "0.0";
    return formatShortest(value);
}

void appendStringRepr(std::string &out, std::string_view text)
{
    const bool hasSingle = text.find('\'') != std::string_view::npos;
    const bool hasDouble = text.find('"') != std::string_view::npos;
    const char quote = hasSingle && !hasDouble ? '"' : '\'';
    out += quote;
    // Printable ASCII other than the quote and the backslash, nearly all of most text, is
    // copied a run at a time; the rest is decoded and escaped character by character.
    const auto isPlain = [quote](char c) {
        return c >= 0x20 && c < 0x7f && c != quote && c != '\\';
    };
    for (std::size_t offset = 0; offset < text.size();) {
        std::size_t runEnd = offset;
        while (runEnd < text.size() && isPlain(text[runEnd]))
            ++runEnd;
        out.append(text.substr(offset, runEnd - offset));
        offset = runEnd;
        if (offset == text.size())
            break;
        const std::size_t start = offset;
        const char32_t c = Utf8::decode(text, offset);
        if (c == char32_t(quote) || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c < 0x20 || isUnprintable(c)) {
            char escape[12];
            if (c < 0x100)
                std::snprintf(escape, sizeof escape, "\\x%02x", unsigned(c));
            else if (c < 0x10000)
                std::snprintf(escape, sizeof escape, "\\u%04x", unsigned(c));
            else
                std::snprintf(escape, sizeof escape, "\\U%08x", unsigned(c));
            out += escape;
        } else {
            out.append(text.substr(start, offset - start));
        }
    }
    out += quote;
}

} // namespace Trellis::Core::Jinja
