#include "builtinfilters.h"

#include "builtinmethods.h"
#include "dict.h"
#include "environment.h"
#include "jsonconversion.h"
#include "markup.h"
#include "object.h"
#include "operators.h"
#include "outputbuffer.h"
#include "textformatter.h"
#include "utf8.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>

namespace Trellis::Core::Jinja {

namespace {

using Filter = Environment::FilterFunction;

// Jinja2's make_attrgetter(): "a.b.0" walks items and attributes; a missing step is Undefined,
// or `fallback` when one is given.
struct AttributePath
{
    // Each key keeps its hash: most paths name dict keys, and a filter looks the same name up
    // in every element.
    struct Part
    {
        Value key;
        std::size_t hash;
    };
    std::vector<Part> parts;
    std::optional<Value> fallback;

    static AttributePath parse(const Value &attribute, std::optional<Value> fallback = std::nullopt)
    {
        AttributePath path;
        path.fallback = std::move(fallback);
        if (!attribute.isString()) {
            path.parts.push_back({attribute, 0});
            return path;
        }
        std::string_view text = attribute.text();
        for (;;) {
            const std::size_t dot = text.find('.');
            const std::string_view part = text.substr(0, dot);
            const bool numeric = !part.empty() && part.size() < 18
                && part.find_first_not_of("0123456789") == std::string_view::npos;
            // A path of one name (the usual case) uses the attribute string itself.
            Value key = numeric ? Value::integer(std::stoll(std::string(part)))
                : part.size() == attribute.text().size() ? attribute
                                                         : Value::stringCopy(part);
            const std::size_t hash = key.hash();
            path.parts.push_back({std::move(key), hash});
            if (dot == std::string_view::npos)
                break;
            text.remove_prefix(dot + 1);
        }
        return path;
    }

    Result<Value> get(const Value &item) const
    {
        // Walks dict entries where they are stored; only the value at the end is copied.
        const Value *current = &item;
        Value computed;
        for (const auto &[key, hash] : parts) {
            if (current->isUndefined())
                return failure(current->undefinedMessage());
            const Value *found = current->isDict() && key.isString()
                ? current->asDict().find(key.text(), hash)
                : nullptr;
            if (found) {
                current = found;
            } else {
                computed = Operators::item(*current, key);
                current = &computed;
            }
        }
        if (current->isUndefined() && fallback)
            return *fallback;
        return *current;
    }
};

// Fills `list` with the arguments `given` after its first `skipped` positionals, for a filter
// or test applied once per element (which may consume them): assigning into the same lists
// keeps their room from the last call.
void refill(Arguments &list, const Arguments &given, std::size_t skipped)
{
    list.positional.assign(given.positional.begin() + std::ptrdiff_t(skipped),
                           given.positional.end());
    list.keyword = given.keyword;
}

// The printed text of a value: a string's own text, or str() kept in `storage`.
std::string_view printedText(const Value &value, std::string &storage)
{
    if (value.isString())
        return value.text();
    storage = value.str();
    return storage;
}

// Python's str.lower() (or upper()) of the printed value; Markup stays Markup.
Value caseMapped(const Value &input, bool toUpper)
{
    const auto map = [toUpper](char c) {
        return toUpper ? Utf8::asciiUpper(c) : Utf8::asciiLower(c);
    };
    // ASCII text (names, types, SQL words: most of what these filters see) with no letter to
    // change is its own result; short text is mapped in one pass into a buffer.
    if (input.isString()) {
        const std::string_view text = input.text();
        if (text.size() <= Value::kShortStringCapacity) {
            char mapped[Value::kShortStringCapacity];
            unsigned char bytesOr = 0;
            bool changed = false;
            for (std::size_t i = 0; i < text.size(); ++i) {
                mapped[i] = map(text[i]);
                changed |= mapped[i] != text[i];
                bytesOr |= static_cast<unsigned char>(text[i]);
            }
            if (bytesOr < 0x80)
                return changed ? Value::stringCopy({mapped, text.size()}, input.isSafe()) : input;
        } else if (Utf8::isAscii(text)
                   && std::all_of(text.begin(), text.end(), [&](char c) { return map(c) == c; })) {
            return input;
        }
    }
    std::string storage;
    const std::string_view text = printedText(input, storage);
    return Value::string(toUpper ? Utf8::upper(text) : Utf8::lower(text), input.isSafe());
}

Value lowerIfString(const Value &value, bool caseSensitive)
{
    if (!caseSensitive && value.isString())
        return caseMapped(value, false);
    return value;
}

// Up to this many string keys are sorted by insertion.
constexpr std::size_t kInsertionSortLimit = 16;

// Sorts by Python's < on the keys, stably; the first incomparable pair is the error.
Result<void> sortByKeys(std::vector<std::pair<Value, Value>> &keyed, bool reverse)
{
    // Strings (the usual keys) always compare, by code point, which is UTF-8 byte order.
    if (std::all_of(keyed.begin(), keyed.end(),
                    [](const auto &entry) { return entry.first.isString(); })) {
        const auto before = [reverse](std::string_view left, std::string_view right) {
            return reverse ? right < left : left < right;
        };
        if (keyed.size() > kInsertionSortLimit) {
            std::stable_sort(keyed.begin(), keyed.end(), [&](const auto &a, const auto &b) {
                return before(a.first.text(), b.first.text());
            });
            return {};
        }
        // The few elements a template sorts (columns, a config's keys) are sorted in place,
        // without stable_sort's buffer. An element moves only past strictly later keys, so
        // equal keys keep their order.
        for (std::size_t i = 1; i < keyed.size(); ++i) {
            std::pair<Value, Value> moving = std::move(keyed[i]);
            const std::string_view key = moving.first.text();
            std::size_t at = i;
            for (; at > 0 && before(key, keyed[at - 1].first.text()); --at)
                keyed[at] = std::move(keyed[at - 1]);
            keyed[at] = std::move(moving);
        }
        return {};
    }
    std::optional<Error> problem;
    std::stable_sort(keyed.begin(), keyed.end(), [&](const auto &a, const auto &b) {
        if (problem)
            return false;
        auto less = reverse ? Operators::lessThan(b.first, a.first)
                            : Operators::lessThan(a.first, b.first);
        if (!less) {
            problem = less.error();
            return false;
        }
        return *less;
    });
    if (problem)
        return fail(*problem);
    return {};
}

Result<std::vector<Value>> items(CallContext &context, const Value &value)
{
    return Operators::iterate(context, value);
}

// The elements of an iterable for a filter that only reads them: a list or tuple is read where
// it is stored, anything else is iterated into a copy. Only for loops that run no template
// code (no test or filter calls), which could change the list while it is being read.
class ReadOnlyElements
{
public:
    static Result<ReadOnlyElements> of(CallContext &context, const Value &value)
    {
        ReadOnlyElements elements;
        if (value.isSequence()) {
            elements.m_borrowed = &value.items();
            return elements;
        }
        auto iterated = Operators::iterate(context, value);
        if (!iterated)
            return fail(iterated.error());
        elements.m_copy = std::move(*iterated);
        return elements;
    }
    const std::vector<Value> &operator*() const { return m_borrowed ? *m_borrowed : m_copy; }

private:
    const std::vector<Value> *m_borrowed = nullptr;
    std::vector<Value> m_copy;
};

Result<BoundArguments> bind(std::string_view filter, Arguments &arguments,
                            std::initializer_list<std::string_view> parameters,
                            std::size_t required = 0)
{
    return bindArguments(filter, arguments, parameters, required);
}

bool flag(const std::optional<Value> &value, bool fallback = false)
{
    return value ? value->truthy() : fallback;
}

Result<std::int64_t> integerArgument(const std::optional<Value> &value, std::int64_t fallback,
                                     std::string_view what)
{
    if (!value)
        return fallback;
    if (value->isInt() || value->isBool())
        return value->asInt();
    if (value->isFloat() && std::isfinite(value->asFloat()))
        return std::int64_t(value->asFloat());
    return failure(std::string(what) + " must be an integer, not " + value->typeName());
}

// Python's int(text, base) for the int filter: surrounding whitespace, a sign, underscores
// between digits.
std::optional<std::int64_t> parseInteger(std::string_view text, int base)
{
    while (!text.empty() && Utf8::isSpace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && Utf8::isSpace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    bool negative = false;
    if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
        negative = text[0] == '-';
        text.remove_prefix(1);
    }
    if (text.size() > 2 && text[0] == '0') {
        const char prefix = char(text[1] | 0x20);
        const int prefixBase = prefix == 'x' ? 16 : prefix == 'o' ? 8 : prefix == 'b' ? 2 : 0;
        if (prefixBase != 0 && (base == prefixBase || base == 0)) {
            text.remove_prefix(2);
            if (!text.empty() && text[0] == '_')
                text.remove_prefix(1);
            base = prefixBase;
        }
    }
    if (base == 0) {
        // Base 0 reads a literal as Python source would: no leading zeros on a decimal.
        base = 10;
        if (text.size() > 1 && text[0] == '0'
            && text.find_first_not_of("0_") != std::string_view::npos)
            return std::nullopt;
    }
    if (text.empty() || text.front() == '_' || text.back() == '_')
        return std::nullopt;
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '_') {
            if (text[i - 1] == '_')
                return std::nullopt;
            continue;
        }
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            digit = (c | 0x20) - 'a' + 10;
        if (digit < 0 || digit >= base)
            return std::nullopt;
        if (value > (std::uint64_t(1) << 63) / std::uint64_t(base))
            return std::nullopt;
        value = value * std::uint64_t(base) + std::uint64_t(digit);
    }
    if (value > (std::uint64_t(1) << 63) - (negative ? 0 : 1))
        return std::nullopt;
    return negative ? -std::int64_t(value - 1) - 1 : std::int64_t(value);
}

// Python's float(text): decimal or exponent notation, inf and nan, underscores between digits.
std::optional<double> parseFloat(std::string_view text)
{
    std::string cleaned;
    for (const char c : text) {
        if (c != '_')
            cleaned += c;
    }
    std::size_t begin = 0;
    while (begin < cleaned.size() && Utf8::isSpace(static_cast<unsigned char>(cleaned[begin])))
        ++begin;
    std::size_t end = cleaned.size();
    while (end > begin && Utf8::isSpace(static_cast<unsigned char>(cleaned[end - 1])))
        --end;
    cleaned = cleaned.substr(begin, end - begin);
    if (cleaned.empty())
        return std::nullopt;
    const std::string lowered = Utf8::lower(cleaned);
    const std::string_view unsigned_
        = std::string_view(lowered).substr(lowered[0] == '-' || lowered[0] == '+' ? 1 : 0);
    if (unsigned_ == "inf" || unsigned_ == "infinity" || unsigned_ == "nan") {
        const double special = unsigned_ == "nan" ? NAN : INFINITY;
        return lowered[0] == '-' ? -special : special;
    }
    if (lowered.find_first_not_of("0123456789.e+-") != std::string::npos
        || lowered.find('x') != std::string::npos)
        return std::nullopt;
    char *parsedEnd = nullptr;
    const double value = std::strtod(cleaned.c_str(), &parsedEnd);
    if (parsedEnd != cleaned.c_str() + cleaned.size())
        return std::nullopt;
    return value;
}

// Python's round(x, n) for floats: correctly rounded, ties to even on the exact binary value.
double roundHalfEven(double value, std::int64_t digits)
{
    if (!std::isfinite(value))
        return value;
    if (digits >= 0) {
        char buffer[512];
        std::snprintf(buffer, sizeof buffer, "%.*f", int(std::min<std::int64_t>(digits, 300)),
                      value);
        return std::strtod(buffer, nullptr);
    }
    const double scale = std::pow(10.0, double(-digits));
    return std::nearbyint(value / scale) * scale;
}

// The length of the line break at `offset` in UTF-8 `text`, 0 when there is none: Python's
// str.splitlines() breaks at \n \r \r\n \v \f \x1c \x1d \x1e, U+0085, U+2028 and U+2029.
std::size_t lineBreakAt(std::string_view text, std::size_t offset)
{
    const auto byte = [&](std::size_t at) {
        return at < text.size() ? static_cast<unsigned char>(text[at]) : 0;
    };
    switch (byte(offset)) {
    case '\r':
        return byte(offset + 1) == '\n' ? 2 : 1;
    case '\n':
    case '\v':
    case '\f':
    case 0x1c:
    case 0x1d:
    case 0x1e:
        return 1;
    case 0xc2:
        return byte(offset + 1) == 0x85 ? 2 : 0;
    case 0xe2:
        return byte(offset + 1) == 0x80 && (byte(offset + 2) == 0xa8 || byte(offset + 2) == 0xa9)
            ? 3
            : 0;
    default:
        return 0;
    }
}

// Calls visit(line) for each line of str.splitlines(text + "\n"), which is what Jinja2's indent
// filter splits: `text` cut at Python's line breaks (CRLF is one), with the piece after the
// last break even when it is empty, unless a final '\r' pairs with the appended "\n".
template<typename Visit> void forEachLine(std::string_view text, Visit visit)
{
    // Long runs of printable ASCII are skipped eight bytes at a time: every line break has a
    // byte below 0x1f or above 0x7f, and a word holds one only if this (the "hasless" bit
    // trick, plus the high bits) is non-zero.
    constexpr std::size_t wordSize = sizeof(std::uint64_t);
    const auto breakFreeWordAt = [text](std::size_t offset) {
        constexpr std::uint64_t ones = 0x0101010101010101;
        std::uint64_t word;
        std::memcpy(&word, text.data() + offset, wordSize);
        return ((((word - ones * 0x1f) & ~word) | word) & (ones * 0x80)) == 0;
    };
    // The bytes that may start one: below 0x1f, or a UTF-8 lead byte.
    const auto mayStartBreak = [](char c) {
        return static_cast<unsigned char>(c) < 0x1f || static_cast<unsigned char>(c) >= 0x80;
    };
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        while (i + wordSize <= text.size() && breakFreeWordAt(i))
            i += wordSize;
        while (i < text.size() && !mayStartBreak(text[i]))
            ++i;
        if (i == text.size())
            break;
        const std::size_t breakLength = lineBreakAt(text, i);
        if (breakLength == 0)
            continue;
        visit(text.substr(start, i - start));
        i += breakLength - 1;
        start = i + 1;
    }
    if (start < text.size() || text.empty() || text.back() != '\r')
        visit(text.substr(start));
}

// The arguments of a call written with exactly `count` positional arguments and no keywords
// (the way filters are usually called), read where they are; null for any other call, whose
// arguments bindArguments() must match to the parameters.
const Value *positionalOnly(const Arguments &arguments, std::size_t count)
{
    return arguments.keyword.empty() && arguments.positional.size() == count
        ? arguments.positional.data()
        : nullptr;
}

// The replace filter: every `old` in the printed input replaced by `replacement`, at most
// `count` times when it is not negative.
Value replaceText(const Value &input, const Value &old, const Value &replacement,
                  std::int64_t count)
{
    // Jinja2 (autoescape off) converts every operand with str() and replaces on plain text.
    std::string inputStorage;
    std::string oldStorage;
    std::string newStorage;
    const std::string_view haystack = printedText(input, inputStorage);
    const std::string_view needle = printedText(old, oldStorage);
    // Nothing to replace: the input is the result (unless it is Markup, which the filter
    // turns into plain text).
    if (input.isString() && !input.isSafe() && !needle.empty()
        && haystack.find(needle) == std::string_view::npos)
        return input;
    return Value::string(
        BuiltinMethods::replace(haystack, needle, printedText(replacement, newStorage), count));
}

// The join filter: the printed elements (or their `path` attribute) with `separator` between.
Result<Value> joinElements(CallContext &context, const Value &input, const Value *separatorValue,
                           const std::optional<AttributePath> &path)
{
    auto readable = ReadOnlyElements::of(context, input);
    if (!readable)
        return fail(readable.error());
    const std::vector<Value> &elements = **readable;
    const std::string separator = separatorValue ? separatorValue->str() : std::string();
    std::string out;
    if (!path) {
        // Joined strings (the usual elements) take room for all of them at once.
        std::size_t size = elements.empty() ? 0 : separator.size() * (elements.size() - 1);
        for (const Value &element : elements)
            size += element.isString() ? element.text().size() : 0;
        out.reserve(std::min(size, context.limits().maxOutputBytes));
    }
    for (std::size_t i = 0; i < elements.size(); ++i) {
        const Value &element = elements[i];
        if (i > 0)
            out += separator;
        if (path) {
            auto found = path->get(element);
            if (!found)
                return fail(found.error());
            found->appendStr(out);
        } else {
            element.appendStr(out);
        }
        if (out.size() > context.limits().maxOutputBytes)
            return failure("join result exceeds the output limit");
    }
    return Value::string(std::move(out));
}

// Python's len() of a value; iterable host objects count their elements.
Result<std::int64_t> lengthOf(CallContext &context, const Value &value)
{
    if (auto size = Operators::length(value))
        return *size;
    if (value.isObject() && value.asObject().isIterable()) {
        auto elements = value.asObject().iterate(context);
        if (!elements)
            return fail(elements.error());
        return std::int64_t(elements->size());
    }
    return failure("object of type '" + value.typeName() + "' has no len()");
}

// Jinja2's indent filter appends "\n" to its input with += before splitting it into lines, so
// anything but a string fails, each kind as Python fails it.
Failure<Error> indentInputError(const Value &input)
{
    switch (input.kind()) {
    case ValueKind::Undefined:
        return failure(input.undefinedMessage());
    case ValueKind::List:
        return failure("'list' object has no attribute 'splitlines'");
    case ValueKind::Tuple:
        return failure("can only concatenate tuple (not \"str\") to tuple");
    default:
        return failure("unsupported operand type(s) for +=: '" + input.typeName() + "' and 'str'");
    }
}

// Jinja2's truncate of anything but a string: a value whose len() is within the limit comes
// back unchanged; a longer one fails where Python's string operations meet it.
Result<Value> truncateOther(CallContext &context, const Value &input, std::int64_t limit,
                            bool killWords)
{
    auto size = lengthOf(context, input);
    if (!size)
        return fail(size.error());
    if (*size <= limit)
        return input;
    if (input.isDict())
        return failure("unhashable type: 'slice'");
    if (!killWords)
        return failure("'" + input.typeName() + "' object has no attribute 'rsplit'");
    if (input.isSequence())
        return failure("can only concatenate " + input.typeName() + " (not \"str\") to "
                       + input.typeName());
    return failure("unsupported operand type(s) for +: '" + input.typeName() + "' and 'str'");
}

// The value printed as text, keeping Markup safe (Jinja2's soft_str).
Value softString(const Value &value)
{
    if (value.isString())
        return value;
    return Value::string(value.str());
}

// Jinja2's select/reject family: which items pass `test` (or are truthy without one).
Result<Value> selectOrReject(CallContext &context, const Value &input, Arguments &arguments,
                             bool byAttribute, bool keep)
{
    auto elements = items(context, input);
    if (!elements)
        return fail(elements.error());
    std::size_t next = 0;
    std::optional<AttributePath> path;
    if (byAttribute) {
        if (arguments.positional.empty())
            return failure("missing parameter for attribute name");
        path = AttributePath::parse(arguments.positional[next++]);
    }
    std::optional<std::string> testName;
    if (next < arguments.positional.size()) {
        if (!arguments.positional[next].isString())
            return failure("the test name must be a string");
        testName = arguments.positional[next++].text();
    }
    Arguments testArguments;
    std::vector<Value> out;
    for (const Value &element : *elements) {
        Value subject = element;
        if (path) {
            auto found = path->get(element);
            if (!found)
                return fail(found.error());
            subject = std::move(*found);
        }
        bool passed = subject.truthy();
        if (testName) {
            refill(testArguments, arguments, next);
            auto result = context.applyTest(*testName, subject, testArguments);
            if (!result)
                return fail(result.error());
            passed = *result;
        }
        if (passed == keep)
            out.push_back(element);
    }
    return Value::list(std::move(out));
}

// The `_GroupTuple` groupby yields: a (grouper, list) pair with those attribute names.
class GroupTuple final : public Object
{
public:
    GroupTuple(Value grouper, Value list)
        : m_grouper(std::move(grouper))
        , m_list(std::move(list))
    { }
    std::string typeName() const override { return "_GroupTuple"; }
    Value attribute(std::string_view name) const override
    {
        if (name == "grouper")
            return m_grouper;
        if (name == "list")
            return m_list;
        return Object::attribute(name);
    }
    Value item(const Value &key) const override
    {
        if (key.isInt() && (key.asInt() == 0 || key.asInt() == -2))
            return m_grouper;
        if (key.isInt() && (key.asInt() == 1 || key.asInt() == -1))
            return m_list;
        return Object::item(key);
    }
    bool isIterable() const override { return true; }
    Result<std::vector<Value>> iterate(CallContext &) const override
    {
        return std::vector<Value>{m_grouper, m_list};
    }
    std::string repr() const override
    {
        return "(" + m_grouper.repr() + ", " + m_list.repr() + ")";
    }
    void forEachReferencedValue(const std::function<void(const Value &)> &visit) const override
    {
        visit(m_grouper);
        visit(m_list);
    }

private:
    Value m_grouper;
    Value m_list;
};

Result<Value> extreme(CallContext &context, const Value &input, Arguments &arguments, bool maximum)
{
    auto bound = bind(maximum ? "max" : "min", arguments, {"case_sensitive", "attribute"});
    if (!bound)
        return fail(bound.error());
    auto elements = items(context, input);
    if (!elements)
        return fail(elements.error());
    if (elements->empty())
        return Value::undefined("No aggregated item, sequence was empty.");
    const bool caseSensitive = flag((*bound)[0]);
    std::optional<AttributePath> path;
    if ((*bound)[1] && !(*bound)[1]->isNone())
        path = AttributePath::parse(*(*bound)[1]);
    auto keyOf = [&](const Value &element) -> Result<Value> {
        Value key = element;
        if (path) {
            auto found = path->get(element);
            if (!found)
                return found;
            key = std::move(*found);
        }
        return lowerIfString(key, caseSensitive);
    };
    std::size_t best = 0;
    auto bestKey = keyOf((*elements)[0]);
    if (!bestKey)
        return fail(bestKey.error());
    for (std::size_t i = 1; i < elements->size(); ++i) {
        auto key = keyOf((*elements)[i]);
        if (!key)
            return fail(key.error());
        auto better
            = maximum ? Operators::lessThan(*bestKey, *key) : Operators::lessThan(*key, *bestKey);
        if (!better)
            return fail(better.error());
        if (*better) {
            best = i;
            bestKey = std::move(key);
        }
    }
    return (*elements)[best];
}

// Whether a word begins after `c`, as Jinja2's title filter splits words: after '-',
// whitespace and opening brackets.
bool separatesTitleWords(char32_t c)
{
    return Utf8::isSpace(c) || c == '-' || c == '(' || c == '{' || c == '[' || c == '<';
}

// The title case of ASCII `text` into `out` (as many bytes), byte by byte through a table.
void titleAscii(std::string_view text, char *out)
{
    static const auto separators = [] {
        std::array<bool, 128> table{};
        for (char32_t c = 0; c < 128; ++c)
            table[c] = separatesTitleWords(c);
        return table;
    }();
    bool atWordStart = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool separator = separators[static_cast<unsigned char>(c) & 0x7f];
        out[i] = separator ? c : atWordStart ? Utf8::asciiUpper(c) : Utf8::asciiLower(c);
        atWordStart = separator;
    }
}

// Jinja2's title filter of a string.
Value titleCase(std::string_view text, bool safe)
{
    if (Utf8::isAscii(text)) {
        // A short result (most: a column name) is mapped in a buffer and kept in the value.
        if (text.size() <= Value::kShortStringCapacity) {
            char mapped[Value::kShortStringCapacity];
            titleAscii(text, mapped);
            return Value::stringCopy({mapped, text.size()}, safe);
        }
        std::string out(text.size(), '\0');
        titleAscii(text, out.data());
        return Value::string(std::move(out), safe);
    }
    // Python's full case mappings, as str.upper() and lower() apply them: 'ß' begins a word
    // as "SS".
    std::string out;
    bool atWordStart = true;
    for (std::size_t offset = 0; offset < text.size();) {
        const std::size_t start = offset;
        const bool separator = separatesTitleWords(Utf8::decode(text, offset));
        const std::string_view character = text.substr(start, offset - start);
        if (separator)
            out += character;
        else
            out += atWordStart ? Utf8::upper(character) : Utf8::lower(character);
        atWordStart = separator;
    }
    return Value::string(std::move(out), safe);
}

std::string reversedText(std::string_view text)
{
    std::vector<std::string_view> characters;
    for (std::size_t offset = 0; offset < text.size();) {
        const std::size_t length = Utf8::sequenceLength(text, offset);
        characters.push_back(text.substr(offset, length));
        offset += length;
    }
    std::string out;
    out.reserve(text.size());
    for (auto it = characters.rbegin(); it != characters.rend(); ++it)
        out += *it;
    return out;
}

// Python's pprint.pformat() for values that fit on one line: repr() with dict keys sorted.
std::string prettyRepr(const Value &value, int depth)
{
    if (depth > 100)
        return "...";
    if (value.isDict()) {
        std::vector<std::pair<Value, Value>> entries = value.asDict().entries();
        std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
            auto less = Operators::lessThan(a.first, b.first);
            return less.ok() && *less;
        });
        std::string out = "{";
        for (std::size_t i = 0; i < entries.size(); ++i) {
            if (i > 0)
                out += ", ";
            out += prettyRepr(entries[i].first, depth + 1) + ": "
                + prettyRepr(entries[i].second, depth + 1);
        }
        return out + "}";
    }
    if (value.isSequence()) {
        std::string out = value.isList() ? "[" : "(";
        const auto &elements = value.items();
        for (std::size_t i = 0; i < elements.size(); ++i) {
            if (i > 0)
                out += ", ";
            out += prettyRepr(elements[i], depth + 1);
        }
        if (value.isTuple() && elements.size() == 1)
            out += ",";
        return out + (value.isList() ? "]" : ")");
    }
    return value.repr();
}

// Undoes HTML escaping as MarkupSafe's unescape does for the common entities.
std::string unescapeEntities(std::string_view text)
{
    static const std::pair<std::string_view, std::string_view> entities[] = {
        {"&amp;", "&"},  {"&lt;", "<"},  {"&gt;", ">"},   {"&quot;", "\""},
        {"&#34;", "\""}, {"&#39;", "'"}, {"&apos;", "'"}, {"&nbsp;", "\u00a0"},
    };
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        bool replaced = false;
        if (text[i] == '&') {
            for (const auto &[entity, character] : entities) {
                if (text.substr(i).starts_with(entity)) {
                    out += character;
                    i += entity.size();
                    replaced = true;
                    break;
                }
            }
        }
        if (!replaced)
            out += text[i++];
    }
    return out;
}

// Python's textwrap.wrap() as Jinja2's wordwrap filter uses it: words split on whitespace,
// lines filled up to `width`, words longer than a line broken when `breakLongWords`.
std::vector<std::string> wrapWords(const std::string &text, std::int64_t width, bool breakLongWords)
{
    std::vector<std::string> words;
    std::string current;
    for (std::size_t offset = 0; offset < text.size();) {
        const std::size_t start = offset;
        const char32_t c = Utf8::decode(text, offset);
        if (Utf8::isSpace(c)) {
            if (!current.empty())
                words.push_back(std::exchange(current, {}));
        } else {
            current.append(text, start, offset - start);
        }
    }
    if (!current.empty())
        words.push_back(current);
    std::vector<std::string> lines;
    std::string line;
    for (std::string word : words) {
        for (;;) {
            const auto lineLength = std::int64_t(Utf8::length(line));
            const auto wordLength = std::int64_t(Utf8::length(word));
            const std::int64_t needed = line.empty() ? wordLength : lineLength + 1 + wordLength;
            if (needed <= width) {
                line += (line.empty() ? "" : " ") + word;
                break;
            }
            if (!line.empty()) {
                lines.push_back(std::exchange(line, {}));
                continue;
            }
            if (!breakLongWords) {
                lines.push_back(word);
                break;
            }
            const std::size_t cut
                = Utf8::offsetOf(word, std::size_t(std::max<std::int64_t>(width, 1)));
            lines.push_back(word.substr(0, cut));
            word = word.substr(cut);
            if (word.empty())
                break;
        }
    }
    if (!line.empty())
        lines.push_back(line);
    return lines;
}

void installStringFilters(Environment &environment)
{
    environment.setFilter("lower",
                          [](CallContext &, const Value &input, Arguments &) -> Result<Value> {
                              return caseMapped(input, false);
                          });
    environment.setFilter("upper",
                          [](CallContext &, const Value &input, Arguments &) -> Result<Value> {
                              return caseMapped(input, true);
                          });
    environment.setFilter(
        "capitalize", [](CallContext &context, const Value &input, Arguments &) -> Result<Value> {
            Arguments none;
            return BuiltinMethods::call(context, softString(input), "capitalize", none);
        });
    environment.setFilter(
        "title", [](CallContext &, const Value &input, Arguments &) -> Result<Value> {
            std::string storage;
            return titleCase(printedText(input, storage), input.isSafe());
        });
    environment.setFilter(
        "trim", [](CallContext &, const Value &input, Arguments &arguments) -> Result<Value> {
            auto bound = bind("trim", arguments, {"chars"});
            if (!bound)
                return fail(bound.error());
            const Value text = softString(input);
            const std::string_view stripped
                = BuiltinMethods::strip(text.text(), (*bound)[0], true, true);
            // Text with nothing to strip (most) is its own result.
            if (stripped.size() == text.text().size())
                return text;
            return Value::stringCopy(stripped, text.isSafe());
        });
    environment.setFilter("string",
                          [](CallContext &, const Value &input, Arguments &) -> Result<Value> {
                              return softString(input);
                          });
    environment.setFilter(
        "replace", [](CallContext &, const Value &input, Arguments &arguments) -> Result<Value> {
            // `|replace(old, new)`, as nearly every call is written, is read in place.
            if (const Value *given = positionalOnly(arguments, 2))
                return replaceText(input, given[0], given[1], -1);
            auto bound = bind("replace", arguments, {"old", "new", "count"}, 2);
            if (!bound)
                return fail(bound.error());
            std::int64_t count = -1;
            if ((*bound)[2] && !(*bound)[2]->isNone()) {
                auto given = integerArgument((*bound)[2], -1, "count");
                if (!given)
                    return fail(given.error());
                count = *given;
            }
            return replaceText(input, *(*bound)[0], *(*bound)[1], count);
        });
    environment.setFilter(
        "truncate",
        [](CallContext &context, const Value &input, Arguments &arguments) -> Result<Value> {
            auto bound = bind("truncate", arguments, {"length", "killwords", "end", "leeway"});
            if (!bound)
                return fail(bound.error());
            auto length = integerArgument((*bound)[0], 255, "length");
            auto leeway = integerArgument(
                (*bound)[3] && !(*bound)[3]->isNone() ? (*bound)[3] : std::nullopt, 5, "leeway");
            if (!length || !leeway)
                return fail((!length ? length : leeway).error());
            const std::string end = (*bound)[2] ? (*bound)[2]->str() : "...";
            const auto endLength = std::int64_t(Utf8::length(end));
            if (*length < endLength)
                return failure("expected length >= " + std::to_string(endLength) + ", got "
                               + std::to_string(*length));
            if (*leeway < 0)
                return failure("expected leeway >= 0, got " + std::to_string(*leeway));
            if (!input.isString())
                return truncateOther(context, input, *length + *leeway, flag((*bound)[1]));
            const std::string_view text = input.text();
            // Like Jinja2, a short string comes back as it is, and Markup stays Markup (its
            // `end` escaped, as Markup + str escapes).
            if (std::int64_t(Utf8::length(text)) <= *length + *leeway)
                return input;
            std::string head(
                text.substr(0, Utf8::offsetOf(text, std::size_t(*length - endLength))));
            if (!flag((*bound)[1])) {
                const std::size_t space = head.rfind(' ');
                if (space != std::string::npos)
                    head.resize(space);
            }
            head += input.isSafe() ? Markup::escapeText(end) : end;
            return Value::string(std::move(head), input.isSafe());
        });
    environment.setFilter(
        "center",
        [](CallContext &context, const Value &input, Arguments &arguments) -> Result<Value> {
            auto bound = bind("center", arguments, {"width"});
            if (!bound)
                return fail(bound.error());
            Arguments center;
            center.positional.push_back((*bound)[0] ? *(*bound)[0] : Value::integer(80));
            return BuiltinMethods::call(context, Value::string(input.str()), "center", center);
        });
    environment.setFilter(
        "indent", [](CallContext &, const Value &input, Arguments &arguments) -> Result<Value> {
            auto bound = bind("indent", arguments, {"width", "first", "blank"});
            if (!bound)
                return fail(bound.error());
            std::string indentation;
            if ((*bound)[0] && (*bound)[0]->isString()) {
                indentation = (*bound)[0]->text();
            } else {
                auto width = integerArgument((*bound)[0], 4, "width");
                if (!width)
                    return fail(width.error());
                indentation.assign(std::size_t(std::clamp<std::int64_t>(*width, 0, 1 << 16)), ' ');
            }
            if (!input.isString())
                return indentInputError(input);
            const std::string_view text = input.text();
            const bool indentBlankLines = flag((*bound)[2]);
            // Room for a line every 16 bytes, which SQL text rarely exceeds: one allocation. The
            // text is a few hundred short pieces, which a string would append more slowly.
            OutputBuffer out(std::numeric_limits<std::size_t>::max(),
                             text.size() + text.size() / 16 * indentation.size());
            if (flag((*bound)[1]))
                out.append(indentation);
            // Each line after the first starts with the break and the indentation, one append.
            const std::string breakAndIndent = '\n' + indentation;
            bool firstLine = true;
            forEachLine(text, [&](std::string_view line) {
                if (!firstLine)
                    out.append(indentBlankLines || !line.empty() ? std::string_view(breakAndIndent)
                                                                 : std::string_view("\n"));
                firstLine = false;
                out.append(line);
            });
            return Value::stringCopy(out.text(), input.isSafe());
        });
    environment.setFilter("wordcount",
                          [](CallContext &, const Value &input, Arguments &) -> Result<Value> {
                              const std::string text = input.str();
                              std::int64_t words = 0;
                              bool inWord = false;
                              for (std::size_t offset = 0; offset < text.size();) {
                                  const char32_t c = Utf8::decode(text, offset);
                                  const bool wordCharacter = Utf8::isWordCharacter(c);
                                  if (wordCharacter && !inWord)
                                      ++words;
                                  inWord = wordCharacter;
                              }
                              return Value::integer(words);
                          });
    environment.setFilter(
        "format", [](CallContext &, const Value &input, Arguments &arguments) -> Result<Value> {
            if (!arguments.positional.empty() && !arguments.keyword.empty())
                return failure("can't handle positional and keyword arguments at the same time");
            Value formatArguments;
            if (!arguments.keyword.empty()) {
                auto dict = makeRef<Dict>();
                for (auto &[key, value] : arguments.keyword)
                    dict->set(key, value);
                formatArguments = Value::dict(std::move(dict));
            } else {
                formatArguments = Value::tuple(std::move(arguments.positional));
            }
            const Value text = softString(input);
            auto formatted = TextFormatter::percent(
                text.text(), text.isSafe() ? Markup::escape(formatArguments) : formatArguments);
            if (!formatted)
                return fail(formatted.error());
            return Value::string(std::move(*formatted), text.isSafe());
        });
    environment.setFilter("escape",
                          [](CallContext &, const Value &input, Arguments &) -> Result<Value> {
                              return Markup::escape(input);
                          });
    environment.setFilter("e", [](CallContext &, const Value &input, Arguments &) -> Result<Value> {
        return Markup::escape(input);
    });
    environment.setFilter("forceescape",
                          [](CallContext &, const Value &input, Arguments &) -> Result<Value> {
                              return Value::string(Markup::escapeText(input.str()), true);
                          });
    environment.setFilter("safe",
                          [](CallContext &, const Value &input, Arguments &) -> Result<Value> {
                              return Value::string(input.str(), true);
                          });
    environment.setFilter("striptags",
                          [](CallContext &, const Value &input, Arguments &) -> Result<Value> {
                              const std::string text = input.str();
                              std::string out;
                              bool inTag = false;
                              for (const char c : text) {
                                  if (c == '<')
                                      inTag = true;
                                  else if (c == '>' && inTag)
                                      inTag = false;
                                  else if (!inTag)
                                      out += c;
                              }
                              std::string collapsed;
                              for (std::size_t i = 0; i < out.size(); ++i) {
                                  if (Utf8::isSpace(static_cast<unsigned char>(out[i]))) {
                                      if (!collapsed.empty() && collapsed.back() != ' ')
                                          collapsed += ' ';
                                  } else {
                                      collapsed += out[i];
                                  }
                              }
                              while (!collapsed.empty() && collapsed.back() == ' ')
                                  collapsed.pop_back();
                              return Value::string(unescapeEntities(collapsed));
                          });
}

void installNumberFilters(Environment &environment)
{
    environment.setFilter(
        "int", [](CallContext &, const Value &input, Arguments &arguments) -> Result<Value> {
            auto bound = bind("int", arguments, {"default", "base"});
            if (!bound)
                return fail(bound.error());
            const Value fallback = (*bound)[0] ? *(*bound)[0] : Value::integer(0);
            auto base = integerArgument((*bound)[1], 10, "base");
            if (!base)
                return fail(base.error());
            if (input.isUndefined())
                return failure(input.undefinedMessage());
            if (input.isInt() || input.isBool())
                return Value::integer(input.asInt());
            if (input.isFloat()) {
                if (!std::isfinite(input.asFloat()))
                    return failure("cannot convert float " + input.str() + " to integer");
                if (std::fabs(input.asFloat()) >= 9.2e18)
                    return failure("integer result too large (Trellis integers are 64-bit)");
                return Value::integer(std::int64_t(input.asFloat()));
            }
            if (input.isString()) {
                if (*base == 0 || (*base >= 2 && *base <= 36)) {
                    if (auto parsed = parseInteger(input.text(), int(*base)))
                        return Value::integer(*parsed);
                }
                if (auto parsed = parseFloat(input.text())) {
                    if (!std::isfinite(*parsed))
                        return failure("cannot convert float " + formatFloat(*parsed)
                                       + " to integer");
                    if (std::fabs(*parsed) < 9.2e18)
                        return Value::integer(std::int64_t(*parsed));
                }
            }
            return fallback;
        });
    environment.setFilter(
        "float", [](CallContext &, const Value &input, Arguments &arguments) -> Result<Value> {
            auto bound = bind("float", arguments, {"default"});
            if (!bound)
                return fail(bound.error());
            if (input.isUndefined())
                return failure(input.undefinedMessage());
            if (input.isNumber())
                return Value::number(input.asFloat());
            if (input.isString()) {
                if (auto parsed = parseFloat(input.text()))
                    return Value::number(*parsed);
            }
            return (*bound)[0] ? *(*bound)[0] : Value::number(0.0);
        });
    environment.setFilter(
        "abs", [](CallContext &, const Value &input, Arguments &) -> Result<Value> {
            if (input.isFloat())
                return Value::number(std::fabs(input.asFloat()));
            if (input.isInt() || input.isBool()) {
                if (input.asInt() == INT64_MIN)
                    return failure("integer result too large (Trellis integers are 64-bit)");
                return Value::integer(std::abs(input.asInt()));
            }
            if (input.isUndefined())
                return failure(input.undefinedMessage());
            return failure("bad operand type for abs(): '" + input.typeName() + "'");
        });
    environment.setFilter(
        "round", [](CallContext &, const Value &input, Arguments &arguments) -> Result<Value> {
            auto bound = bind("round", arguments, {"precision", "method"});
            if (!bound)
                return fail(bound.error());
            auto precision = integerArgument((*bound)[0], 0, "precision");
            if (!precision)
                return fail(precision.error());
            const std::string method = (*bound)[1] ? (*bound)[1]->str() : "common";
            if (method != "common" && method != "ceil" && method != "floor")
                return failure("method must be common, ceil or floor");
            if (input.isUndefined())
                return failure(input.undefinedMessage());
            if (!input.isNumber())
                return failure("type " + input.typeName() + " doesn't define __round__ method");
            if (method == "common") {
                if (!input.isFloat())
                    return Value::integer(input.asInt());
                return Value::number(roundHalfEven(input.asFloat(), *precision));
            }
            const double scale = std::pow(10.0, double(*precision));
            const double scaled = input.asFloat() * scale;
            return Value::number((method == "ceil" ? std::ceil(scaled) : std::floor(scaled))
                                 / scale);
        });
    environment.setFilter(
        "filesizeformat",
        [](CallContext &, const Value &input, Arguments &arguments) -> Result<Value> {
            auto bound = bind("filesizeformat", arguments, {"binary"});
            if (!bound)
                return fail(bound.error());
            const bool binary = flag((*bound)[0]);
            const double bytes = input.isNumber() ? input.asFloat() : 0.0;
            const double base = binary ? 1024.0 : 1000.0;
            static const char *decimalUnits[] = {"kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"};
            static const char *binaryUnits[]
                = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"};
            if (bytes == 1)
                return Value::string("1 Byte");
            if (bytes < base)
                return Value::string(std::to_string(std::int64_t(bytes)) + " Bytes");
            char buffer[64];
            for (int i = 0; i < 8; ++i) {
                const double unit = std::pow(base, i + 2);
                if (bytes < unit || i == 7) {
                    std::snprintf(buffer, sizeof buffer, "%.1f %s", base * bytes / unit,
                                  (binary ? binaryUnits : decimalUnits)[i]);
                    break;
                }
            }
            return Value::string(buffer);
        });
}

void installSequenceFilters(Environment &environment)
{
    auto length = [](CallContext &context, const Value &input, Arguments &) -> Result<Value> {
        auto size = lengthOf(context, input);
        if (!size)
            return fail(size.error());
        return Value::integer(*size);
    };
    environment.setFilter("length", length);
    environment.setFilter("count", length);
    environment.setFilter(
        "list", [](CallContext &context, const Value &input, Arguments &) -> Result<Value> {
            auto elements = items(context, input);
            if (!elements)
                return fail(elements.error());
            return Value::list(std::move(*elements));
        });
    environment.setFilter(
        "join",
        [](CallContext &context, const Value &input, Arguments &arguments) -> Result<Value> {
            // `|join(', ')` and `|join`, as nearly every call is written, are read in place.
            if (arguments.keyword.empty() && arguments.positional.size() <= 1) {
                return joinElements(context, input,
                                    arguments.positional.empty() ? nullptr
                                                                 : &arguments.positional.front(),
                                    std::nullopt);
            }
            auto bound = bind("join", arguments, {"d", "attribute"});
            if (!bound)
                return fail(bound.error());
            std::optional<AttributePath> path;
            if ((*bound)[1] && !(*bound)[1]->isNone())
                path = AttributePath::parse(*(*bound)[1]);
            return joinElements(context, input, (*bound)[0] ? &*(*bound)[0] : nullptr, path);
        });
    environment.setFilter(
        "first", [](CallContext &context, const Value &input, Arguments &) -> Result<Value> {
            auto elements = items(context, input);
            if (!elements)
                return fail(elements.error());
            if (elements->empty())
                return Value::undefined("No first item, sequence was empty.");
            return elements->front();
        });
    environment.setFilter(
        "last", [](CallContext &context, const Value &input, Arguments &) -> Result<Value> {
            auto elements = items(context, input);
            if (!elements)
                return fail(elements.error());
            if (elements->empty())
                return Value::undefined("No last item, sequence was empty.");
            return elements->back();
        });
    environment.setFilter(
        "reverse", [](CallContext &context, const Value &input, Arguments &) -> Result<Value> {
            if (input.isString())
                return Value::string(reversedText(input.text()), input.isSafe());
            auto elements = items(context, input);
            if (!elements)
                return fail(elements.error());
            std::reverse(elements->begin(), elements->end());
            return Value::list(std::move(*elements));
        });
    environment.setFilter(
        "sort",
        [](CallContext &context, const Value &input, Arguments &arguments) -> Result<Value> {
            auto bound = bind("sort", arguments, {"reverse", "case_sensitive", "attribute"});
            if (!bound)
                return fail(bound.error());
            auto readable = ReadOnlyElements::of(context, input);
            if (!readable)
                return fail(readable.error());
            const std::vector<Value> &elements = **readable;
            const bool caseSensitive = flag((*bound)[1]);
            std::vector<AttributePath> paths;
            if ((*bound)[2] && !(*bound)[2]->isNone()) {
                if ((*bound)[2]->isString()) {
                    std::string_view list = (*bound)[2]->text();
                    for (;;) {
                        const std::size_t comma = list.find(',');
                        paths.push_back(
                            AttributePath::parse(Value::stringCopy(list.substr(0, comma))));
                        if (comma == std::string_view::npos)
                            break;
                        list.remove_prefix(comma + 1);
                    }
                } else {
                    paths.push_back(AttributePath::parse(*(*bound)[2]));
                }
            }
            if (auto charged = context.chargeSteps(elements.size()); !charged)
                return fail(charged.error());
            std::vector<std::pair<Value, Value>> keyed;
            keyed.reserve(elements.size());
            auto keyOf = [&](const Value &element) -> Result<Value> {
                if (paths.empty())
                    return lowerIfString(element, caseSensitive);
                std::vector<Value> parts;
                for (const AttributePath &path : paths) {
                    auto found = path.get(element);
                    if (!found)
                        return found;
                    if (paths.size() == 1)
                        return lowerIfString(*found, caseSensitive);
                    parts.push_back(lowerIfString(*found, caseSensitive));
                }
                return Value::list(std::move(parts));
            };
            for (const Value &element : elements) {
                auto key = keyOf(element);
                if (!key)
                    return fail(key.error());
                keyed.emplace_back(std::move(*key), element);
            }
            // Jinja2 compares attribute keys as lists, so equal (even Undefined) keys never
            // reach an ordering comparison. A list of one string orders as the string does, so
            // single keys stay bare when all are strings (sortByKeys() compares those directly).
            const auto isString = [](const auto &entry) {
                return entry.first.isString();
            };
            if (paths.size() == 1 && !std::all_of(keyed.begin(), keyed.end(), isString)) {
                for (auto &entry : keyed)
                    entry.first = Value::list({std::move(entry.first)});
            }
            if (auto sorted = sortByKeys(keyed, flag((*bound)[0])); !sorted)
                return fail(sorted.error());
            std::vector<Value> out;
            out.reserve(keyed.size());
            for (auto &[key, element] : keyed)
                out.push_back(std::move(element));
            return Value::list(std::move(out));
        });
    environment.setFilter(
        "dictsort", [](CallContext &, const Value &input, Arguments &arguments) -> Result<Value> {
            auto bound = bind("dictsort", arguments, {"case_sensitive", "by", "reverse"});
            if (!bound)
                return fail(bound.error());
            if (!input.isDict())
                return failure("dictsort can only sort a mapping");
            const std::string by = (*bound)[1] ? (*bound)[1]->str() : "key";
            if (by != "key" && by != "value")
                return failure("You can only sort by either \"key\" or \"value\"");
            std::vector<std::pair<Value, Value>> keyed;
            for (const auto &[key, value] : input.asDict().entries())
                keyed.emplace_back(lowerIfString(by == "key" ? key : value, flag((*bound)[0])),
                                   Value::tuple({key, value}));
            if (auto sorted = sortByKeys(keyed, flag((*bound)[2])); !sorted)
                return fail(sorted.error());
            std::vector<Value> out;
            for (auto &[key, pair] : keyed)
                out.push_back(std::move(pair));
            return Value::list(std::move(out));
        });
    environment.setFilter("items",
                          [](CallContext &, const Value &input, Arguments &) -> Result<Value> {
                              if (input.isUndefined())
                                  return Value::list();
                              if (!input.isDict())
                                  return failure("Can only get item pairs from a mapping.");
                              std::vector<Value> out;
                              for (const auto &[key, value] : input.asDict().entries())
                                  out.push_back(Value::tuple({key, value}));
                              return Value::list(std::move(out));
                          });
    environment.setFilter(
        "unique",
        [](CallContext &context, const Value &input, Arguments &arguments) -> Result<Value> {
            auto bound = bind("unique", arguments, {"case_sensitive", "attribute"});
            if (!bound)
                return fail(bound.error());
            auto elements = items(context, input);
            if (!elements)
                return fail(elements.error());
            std::optional<AttributePath> path;
            if ((*bound)[1] && !(*bound)[1]->isNone())
                path = AttributePath::parse(*(*bound)[1]);
            auto seen = makeRef<Dict>();
            std::vector<Value> out;
            for (const Value &element : *elements) {
                Value key = element;
                if (path) {
                    auto found = path->get(element);
                    if (!found)
                        return fail(found.error());
                    key = std::move(*found);
                }
                key = lowerIfString(key, flag((*bound)[0]));
                if (!key.isHashable())
                    return failure("unhashable type: '" + key.typeName() + "'");
                if (seen->find(key))
                    continue;
                seen->set(key, Value());
                out.push_back(element);
            }
            return Value::list(std::move(out));
        });
    environment.setFilter(
        "sum", [](CallContext &context, const Value &input, Arguments &arguments) -> Result<Value> {
            auto bound = bind("sum", arguments, {"attribute", "start"});
            if (!bound)
                return fail(bound.error());
            auto elements = items(context, input);
            if (!elements)
                return fail(elements.error());
            std::optional<AttributePath> path;
            if ((*bound)[0] && !(*bound)[0]->isNone())
                path = AttributePath::parse(*(*bound)[0]);
            Value total = (*bound)[1] ? *(*bound)[1] : Value::integer(0);
            for (const Value &element : *elements) {
                Value term = element;
                if (path) {
                    auto found = path->get(element);
                    if (!found)
                        return fail(found.error());
                    term = std::move(*found);
                }
                auto sum
                    = Operators::binary(Ast::BinaryOperator::Add, total, term, context.limits());
                if (!sum)
                    return sum;
                total = std::move(*sum);
            }
            return total;
        });
    environment.setFilter("max",
                          [](CallContext &context, const Value &input, Arguments &arguments) {
                              return extreme(context, input, arguments, true);
                          });
    environment.setFilter("min",
                          [](CallContext &context, const Value &input, Arguments &arguments) {
                              return extreme(context, input, arguments, false);
                          });
    environment.setFilter(
        "batch",
        [](CallContext &context, const Value &input, Arguments &arguments) -> Result<Value> {
            auto bound = bind("batch", arguments, {"linecount", "fill_with"}, 1);
            if (!bound)
                return fail(bound.error());
            auto size = integerArgument((*bound)[0], 1, "linecount");
            if (!size)
                return fail(size.error());
            if (*size <= 0)
                return failure("batch size must be positive");
            auto elements = items(context, input);
            if (!elements)
                return fail(elements.error());
            std::vector<Value> out;
            std::vector<Value> current;
            for (const Value &element : *elements) {
                current.push_back(element);
                if (std::int64_t(current.size()) == *size)
                    out.push_back(Value::list(std::exchange(current, {})));
            }
            if (!current.empty()) {
                if ((*bound)[1] && !(*bound)[1]->isNone()) {
                    while (std::int64_t(current.size()) < *size)
                        current.push_back(*(*bound)[1]);
                }
                out.push_back(Value::list(std::move(current)));
            }
            return Value::list(std::move(out));
        });
    environment.setFilter(
        "slice",
        [](CallContext &context, const Value &input, Arguments &arguments) -> Result<Value> {
            auto bound = bind("slice", arguments, {"slices", "fill_with"}, 1);
            if (!bound)
                return fail(bound.error());
            auto slices = integerArgument((*bound)[0], 1, "slices");
            if (!slices)
                return fail(slices.error());
            if (*slices <= 0 || *slices > 1 << 20)
                return failure("the number of slices must be positive");
            auto elements = items(context, input);
            if (!elements)
                return fail(elements.error());
            const auto count = std::int64_t(elements->size());
            const std::int64_t perSlice = count / *slices;
            const std::int64_t withExtra = count % *slices;
            std::int64_t offset = 0;
            std::vector<Value> out;
            for (std::int64_t i = 0; i < *slices; ++i) {
                const std::int64_t start = offset + i * perSlice;
                if (i < withExtra)
                    ++offset;
                const std::int64_t end = offset + (i + 1) * perSlice;
                std::vector<Value> part(elements->begin() + start, elements->begin() + end);
                if ((*bound)[1] && !(*bound)[1]->isNone() && i >= withExtra)
                    part.push_back(*(*bound)[1]);
                out.push_back(Value::list(std::move(part)));
            }
            return Value::list(std::move(out));
        });
    environment.setFilter(
        "groupby",
        [](CallContext &context, const Value &input, Arguments &arguments) -> Result<Value> {
            auto bound = bind("groupby", arguments, {"attribute", "default", "case_sensitive"}, 1);
            if (!bound)
                return fail(bound.error());
            auto readable = ReadOnlyElements::of(context, input);
            if (!readable)
                return fail(readable.error());
            const std::vector<Value> &elements = **readable;
            const bool caseSensitive = flag((*bound)[2]);
            const AttributePath path = AttributePath::parse(
                *(*bound)[0], (*bound)[1] && !(*bound)[1]->isNone() ? (*bound)[1] : std::nullopt);
            std::vector<std::pair<Value, Value>> keyed;
            keyed.reserve(elements.size());
            for (const Value &element : elements) {
                auto key = path.get(element);
                if (!key)
                    return fail(key.error());
                keyed.emplace_back(lowerIfString(*key, caseSensitive), element);
            }
            if (auto sorted = sortByKeys(keyed, false); !sorted)
                return fail(sorted.error());
            std::vector<Value> groups;
            for (std::size_t i = 0; i < keyed.size();) {
                std::size_t end = i;
                std::vector<Value> members;
                while (end < keyed.size() && keyed[end].first.equals(keyed[i].first))
                    members.push_back(keyed[end++].second);
                Value grouper = keyed[i].first;
                if (!caseSensitive) {
                    auto original = path.get(members.front());
                    if (!original)
                        return fail(original.error());
                    grouper = *original;
                }
                groups.push_back(
                    Value::object(makeRef<GroupTuple>(grouper, Value::list(std::move(members)))));
                i = end;
            }
            return Value::list(std::move(groups));
        });
    environment.setFilter(
        "map", [](CallContext &context, const Value &input, Arguments &arguments) -> Result<Value> {
            if (arguments.positional.empty()) {
                std::optional<Value> attribute;
                std::optional<Value> fallback;
                for (auto &[key, value] : arguments.keyword) {
                    if (key == "attribute")
                        attribute = value;
                    else if (key == "default")
                        fallback = value;
                    else
                        return failure("Unexpected keyword argument '" + key + "'");
                }
                auto readable = ReadOnlyElements::of(context, input);
                if (!readable)
                    return fail(readable.error());
                const std::vector<Value> &elements = **readable;
                if (!attribute)
                    return Value::list(elements);
                const AttributePath path = AttributePath::parse(*attribute, fallback);
                std::vector<Value> out;
                out.reserve(elements.size());
                for (const Value &element : elements) {
                    auto found = path.get(element);
                    if (!found)
                        return fail(found.error());
                    out.push_back(std::move(*found));
                }
                return Value::list(std::move(out));
            }
            auto elements = items(context, input);
            if (!elements)
                return fail(elements.error());
            std::vector<Value> out;
            out.reserve(elements->size());
            if (!arguments.positional.front().isString())
                return failure("the filter name given to map must be a string");
            const std::string filter(arguments.positional.front().text());
            Arguments filterArguments;
            for (const Value &element : *elements) {
                refill(filterArguments, arguments, 1);
                auto mapped = context.applyFilter(filter, element, filterArguments);
                if (!mapped)
                    return mapped;
                out.push_back(std::move(*mapped));
            }
            return Value::list(std::move(out));
        });
    environment.setFilter("select",
                          [](CallContext &context, const Value &input, Arguments &arguments) {
                              return selectOrReject(context, input, arguments, false, true);
                          });
    environment.setFilter("reject",
                          [](CallContext &context, const Value &input, Arguments &arguments) {
                              return selectOrReject(context, input, arguments, false, false);
                          });
    environment.setFilter("selectattr",
                          [](CallContext &context, const Value &input, Arguments &arguments) {
                              return selectOrReject(context, input, arguments, true, true);
                          });
    environment.setFilter("rejectattr",
                          [](CallContext &context, const Value &input, Arguments &arguments) {
                              return selectOrReject(context, input, arguments, true, false);
                          });
}

void installValueFilters(Environment &environment)
{
    auto defaultFilter
        = [](CallContext &, const Value &input, Arguments &arguments) -> Result<Value> {
        auto bound = bind("default", arguments, {"default_value", "boolean"});
        if (!bound)
            return fail(bound.error());
        if (input.isUndefined() || (flag((*bound)[1]) && !input.truthy()))
            return (*bound)[0] ? *(*bound)[0] : Value::string({});
        return input;
    };
    environment.setFilter("default", defaultFilter);
    environment.setFilter("d", defaultFilter);
    environment.setFilter(
        "attr", [](CallContext &, const Value &input, Arguments &arguments) -> Result<Value> {
            auto bound = bind("attr", arguments, {"name"}, 1);
            if (!bound)
                return fail(bound.error());
            const std::string name = (*bound)[0]->str();
            if (input.isUndefined())
                return failure(input.undefinedMessage());
            if (input.isObject())
                return input.asObject().attribute(name);
            if (BuiltinMethods::exists(input, name))
                return BuiltinMethods::bind(input, name);
            return missingAttribute(input, name);
        });
    environment.setFilter(
        "tojson", [](CallContext &, const Value &input, Arguments &arguments) -> Result<Value> {
            auto bound = bind("tojson", arguments, {"indent"});
            if (!bound)
                return fail(bound.error());
            auto indent = integerArgument(
                (*bound)[0] && !(*bound)[0]->isNone() ? (*bound)[0] : std::nullopt, -1, "indent");
            if (!indent)
                return fail(indent.error());
            auto json
                = JsonConversion::toJson(input, int(std::clamp<std::int64_t>(*indent, -1, 64)));
            if (!json)
                return fail(json.error());
            std::string out;
            for (const char c : *json) {
                switch (c) {
                case '<':
                    out += "\\u003c";
                    break;
                case '>':
                    out += "\\u003e";
                    break;
                case '&':
                    out += "\\u0026";
                    break;
                case '\'':
                    out += "\\u0027";
                    break;
                default:
                    out += c;
                }
            }
            return Value::string(std::move(out), true);
        });
    environment.setFilter(
        "wordwrap", [](CallContext &, const Value &input, Arguments &arguments) -> Result<Value> {
            auto bound = bind("wordwrap", arguments,
                              {"width", "break_long_words", "wrapstring", "break_on_hyphens"});
            if (!bound)
                return fail(bound.error());
            auto width = integerArgument((*bound)[0], 79, "width");
            if (!width)
                return fail(width.error());
            if (*width <= 0)
                return failure("invalid width " + std::to_string(*width) + " (must be > 0)");
            const std::string separator
                = (*bound)[2] && !(*bound)[2]->isNone() ? (*bound)[2]->str() : "\n";
            // Jinja2 wraps each paragraph (line) separately and keeps the line breaks.
            const std::string text = input.str();
            std::string out;
            std::size_t start = 0;
            bool firstParagraph = true;
            for (;;) {
                const std::size_t end = text.find('\n', start);
                const std::string paragraph = text.substr(
                    start, end == std::string::npos ? std::string::npos : end - start);
                if (!firstParagraph)
                    out += separator;
                firstParagraph = false;
                const std::vector<std::string> lines
                    = wrapWords(paragraph, *width, flag((*bound)[1], true));
                for (std::size_t i = 0; i < lines.size(); ++i)
                    out += (i > 0 ? separator : std::string()) + lines[i];
                if (end == std::string::npos)
                    break;
                start = end + 1;
            }
            return Value::string(std::move(out));
        });
    environment.setFilter(
        "xmlattr", [](CallContext &, const Value &input, Arguments &arguments) -> Result<Value> {
            auto bound = bind("xmlattr", arguments, {"autospace"});
            if (!bound)
                return fail(bound.error());
            if (!input.isDict())
                return failure("xmlattr expects a mapping");
            std::string out;
            for (const auto &[key, value] : input.asDict().entries()) {
                if (value.isNone() || value.isUndefined())
                    continue;
                const std::string name = key.str();
                if (name.find_first_of(" />=\t\n\f") != std::string::npos)
                    return failure("Invalid character in attribute name: " + key.repr());
                if (!out.empty())
                    out += ' ';
                out += Markup::escapeText(name) + "=\"" + Markup::escapeText(value.str()) + "\"";
            }
            if (!out.empty() && flag((*bound)[0], true))
                out.insert(0, " ");
            return Value::string(std::move(out), true);
        });
    environment.setFilter("pprint",
                          [](CallContext &, const Value &input, Arguments &) -> Result<Value> {
                              return Value::string(prettyRepr(input, 0));
                          });
    environment.setFilter("urlencode",
                          [](CallContext &, const Value &input, Arguments &) -> Result<Value> {
                              // A string is quoted as a URL path ('/' kept, ' ' as %20); a dict as
                              // a query string
                              // (' ' as '+', '/' quoted), as Jinja2 does.
                              const bool query = input.isDict();
                              auto quote = [query](const std::string &text) {
                                  std::string out;
                                  for (const char c : text) {
                                      const auto byte = static_cast<unsigned char>(c);
                                      if (query && c == ' ') {
                                          out += '+';
                                      } else if (std::isalnum(byte) || c == '_' || c == '.'
                                                 || c == '-' || c == '~' || (c == '/' && !query)) {
                                          out += c;
                                      } else {
                                          char escape[4];
                                          std::snprintf(escape, sizeof escape, "%%%02X", byte);
                                          out += escape;
                                      }
                                  }
                                  return out;
                              };
                              if (input.isDict()) {
                                  std::string out;
                                  for (const auto &[key, value] : input.asDict().entries()) {
                                      if (!out.empty())
                                          out += '&';
                                      out += quote(key.str()) + "=" + quote(value.str());
                                  }
                                  return Value::string(std::move(out));
                              }
                              return Value::string(quote(input.str()));
                          });
}

} // namespace

void BuiltinFilters::install(Environment &environment)
{
    installStringFilters(environment);
    installNumberFilters(environment);
    installSequenceFilters(environment);
    installValueFilters(environment);
}

} // namespace Trellis::Core::Jinja
