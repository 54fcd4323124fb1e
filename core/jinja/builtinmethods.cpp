#include "builtinmethods.h"

#include "dict.h"
#include "dictview.h"
#include "object.h"
#include "operators.h"
#include "textformatter.h"
#include "utf8.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace Trellis::Core::Jinja {

namespace {

constexpr std::string_view kStringMethods[] = {
    "upper",      "lower",    "title",        "capitalize",   "strip",      "lstrip",
    "rstrip",     "split",    "rsplit",       "replace",      "startswith", "endswith",
    "join",       "count",    "index",        "find",         "rfind",      "isdigit",
    "isalpha",    "isalnum",  "isupper",      "islower",      "isspace",    "isnumeric",
    "isdecimal",  "zfill",    "format",       "center",       "ljust",      "rjust",
    "splitlines", "casefold", "removeprefix", "removesuffix", "swapcase",   "partition",
    "rpartition", "encode",
};
constexpr std::string_view kListMethods[] = {
    "append", "extend",  "pop",  "insert", "remove", "index",
    "count",  "reverse", "sort", "copy",   "clear",
};
constexpr std::string_view kTupleMethods[] = {"index", "count"};
constexpr std::string_view kIntMethods[] = {"bit_length"};
constexpr std::string_view kFloatMethods[] = {"is_integer"};
constexpr std::string_view kDictMethods[] = {
    "get", "items", "keys", "values", "update", "pop", "setdefault", "copy", "clear", "popitem",
};

template<std::size_t N> bool contains(const std::string_view (&names)[N], std::string_view name)
{
    return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

class BoundMethod final : public Callable
{
public:
    BoundMethod(Value receiver, std::string name)
        : m_receiver(std::move(receiver))
        , m_name(std::move(name))
    { }
    Result<Value> call(CallContext &context, Arguments &arguments) const override
    {
        return BuiltinMethods::call(context, m_receiver, m_name, arguments);
    }
    std::string name() const override { return m_name; }
    std::string repr() const override
    {
        return "<built-in method " + m_name + " of " + m_receiver.typeName() + " object>";
    }
    void forEachReferencedValue(const std::function<void(const Value &)> &visit) const override
    {
        visit(m_receiver);
    }

private:
    Value m_receiver;
    std::string m_name;
};

// What str.encode() returns: bytes, which templates only measure or print.
class Bytes final : public Object
{
public:
    explicit Bytes(std::string data)
        : m_data(std::move(data))
    { }
    std::string typeName() const override { return "bytes"; }
    std::optional<std::int64_t> length() const override { return std::int64_t(m_data.size()); }
    bool truthy() const override { return !m_data.empty(); }
    bool isIterable() const override { return true; }
    Result<std::vector<Value>> iterate(CallContext &) const override
    {
        std::vector<Value> out;
        for (const char c : m_data)
            out.push_back(Value::integer(static_cast<unsigned char>(c)));
        return out;
    }
    std::string repr() const override
    {
        std::string out = "b'";
        for (const char c : m_data) {
            const auto byte = static_cast<unsigned char>(c);
            char escape[8];
            if (c == '\'' || c == '\\') {
                out += '\\';
                out += c;
            } else if (byte >= 0x20 && byte < 0x7F) {
                out += c;
            } else {
                std::snprintf(escape, sizeof escape, "\\x%02x", byte);
                out += escape;
            }
        }
        return out + "'";
    }

private:
    std::string m_data;
};

Failure<Error> cycleError()
{
    return failure("cannot put a container inside itself");
}

} // namespace

std::string_view BuiltinMethods::strip(std::string_view text,
                                       const std::optional<Value> &characters, bool left,
                                       bool right)
{
    const bool byWhitespace = !characters || characters->isNone();
    const std::string set = byWhitespace ? std::string() : characters->str();
    auto isStripped = [&](char32_t c) {
        if (byWhitespace)
            return Utf8::isSpace(c);
        std::size_t offset = 0;
        while (offset < set.size()) {
            if (Utf8::decode(set, offset) == c)
                return true;
        }
        return false;
    };
    // Most text is ASCII and most stripping is of whitespace: those bytes are decided inline.
    auto decidedInline = [&](unsigned char byte) {
        return byWhitespace && byte < 0x80;
    };
    std::size_t begin = 0;
    std::size_t end = text.size();
    if (left) {
        while (begin < end) {
            const auto byte = static_cast<unsigned char>(text[begin]);
            if (decidedInline(byte)) {
                if (!Utf8::isSpace(byte))
                    break;
                ++begin;
                continue;
            }
            std::size_t next = begin;
            if (!isStripped(Utf8::decode(text, next)))
                break;
            begin = next;
        }
    }
    if (right) {
        while (end > begin) {
            const auto byte = static_cast<unsigned char>(text[end - 1]);
            if (decidedInline(byte)) {
                if (!Utf8::isSpace(byte))
                    break;
                --end;
                continue;
            }
            std::size_t start = end - 1;
            while (start > begin && Utf8::isContinuation(static_cast<unsigned char>(text[start])))
                --start;
            std::size_t probe = start;
            if (!isStripped(Utf8::decode(text, probe)))
                break;
            end = start;
        }
    }
    return text.substr(begin, end - begin);
}

namespace {

Result<Value> split(std::string_view text, const std::optional<Value> &separator,
                    const std::optional<Value> &maxSplitValue, bool fromRight)
{
    std::int64_t maxSplit = -1;
    if (maxSplitValue && !maxSplitValue->isNone()) {
        if (!maxSplitValue->isInt())
            return failure("maxsplit must be an integer");
        maxSplit = maxSplitValue->asInt();
    }
    std::vector<std::string> parts;
    if (!separator || separator->isNone()) {
        // Runs of whitespace separate; leading and trailing whitespace produce nothing.
        std::vector<std::pair<std::size_t, std::size_t>> words;
        std::size_t offset = 0;
        while (offset < text.size()) {
            std::size_t start = offset;
            std::size_t probe = offset;
            if (Utf8::isSpace(Utf8::decode(text, probe))) {
                offset = probe;
                continue;
            }
            while (offset < text.size()) {
                probe = offset;
                if (Utf8::isSpace(Utf8::decode(text, probe)))
                    break;
                offset = probe;
            }
            words.emplace_back(start, offset);
        }
        if (maxSplit >= 0 && std::int64_t(words.size()) > maxSplit + 1) {
            if (fromRight) {
                const std::size_t keep = words.size() - std::size_t(maxSplit);
                std::string head(BuiltinMethods::strip(text.substr(0, words[keep - 1].second),
                                                       std::nullopt, true, false));
                parts.push_back(std::move(head));
                for (std::size_t i = keep; i < words.size(); ++i)
                    parts.emplace_back(
                        text.substr(words[i].first, words[i].second - words[i].first));
            } else {
                for (std::int64_t i = 0; i < maxSplit; ++i)
                    parts.emplace_back(
                        text.substr(words[std::size_t(i)].first,
                                    words[std::size_t(i)].second - words[std::size_t(i)].first));
                parts.emplace_back(BuiltinMethods::strip(
                    text.substr(words[std::size_t(maxSplit)].first), std::nullopt, false, true));
            }
        } else {
            for (const auto &[start, end] : words)
                parts.emplace_back(text.substr(start, end - start));
        }
    } else {
        if (!separator->isString())
            return failure("must be str or None, not " + separator->typeName());
        const std::string_view sep = separator->text();
        if (sep.empty())
            return failure("empty separator");
        if (!fromRight) {
            std::size_t start = 0;
            std::int64_t splits = 0;
            for (;;) {
                const std::size_t found = maxSplit >= 0 && splits >= maxSplit
                    ? std::string::npos
                    : text.find(sep, start);
                if (found == std::string::npos) {
                    parts.emplace_back(text.substr(start));
                    break;
                }
                parts.emplace_back(text.substr(start, found - start));
                start = found + sep.size();
                ++splits;
            }
        } else {
            std::size_t end = text.size();
            std::int64_t splits = 0;
            for (;;) {
                std::size_t found = std::string::npos;
                if ((maxSplit < 0 || splits < maxSplit) && end >= sep.size())
                    found = text.rfind(sep, end - sep.size());
                if (found == std::string::npos) {
                    parts.emplace_back(text.substr(0, end));
                    break;
                }
                parts.emplace_back(text.substr(found + sep.size(), end - found - sep.size()));
                end = found;
                ++splits;
            }
            std::reverse(parts.begin(), parts.end());
        }
    }
    std::vector<Value> values;
    values.reserve(parts.size());
    for (std::string &part : parts)
        values.push_back(Value::string(std::move(part)));
    return Value::list(std::move(values));
}

// Python's title-casing of one character: 'ß' becomes "Ss", 'ﬁ' becomes "Fi".
void appendTitleCase(std::string &out, std::string_view character)
{
    const std::string upper = Utf8::upper(character);
    const std::size_t first = Utf8::sequenceLength(upper, 0);
    out.append(upper, 0, first);
    out += Utf8::lower(std::string_view(upper).substr(first));
}

std::string pythonTitle(std::string_view text)
{
    std::string out;
    bool previousCased = false;
    for (std::size_t offset = 0; offset < text.size();) {
        const std::size_t start = offset;
        const char32_t c = Utf8::decode(text, offset);
        const bool cased = Utf8::isAlpha(c);
        const std::string_view character = text.substr(start, offset - start);
        if (cased && !previousCased)
            appendTitleCase(out, character);
        else
            out += cased ? Utf8::lower(character) : std::string(character);
        previousCased = cased;
    }
    return out;
}

std::string capitalize(std::string_view text)
{
    if (text.empty())
        return {};
    std::string out;
    const std::size_t first = Utf8::sequenceLength(text, 0);
    appendTitleCase(out, text.substr(0, first));
    out += Utf8::lower(text.substr(first));
    return out;
}

template<typename Predicate> bool allCharacters(std::string_view text, Predicate predicate)
{
    if (text.empty())
        return false;
    for (std::size_t offset = 0; offset < text.size();) {
        if (!predicate(Utf8::decode(text, offset)))
            return false;
    }
    return true;
}

// The argument's text, viewed in place (the bound arguments outlive every use).
Result<std::string_view> requireString(const std::optional<Value> &value, std::string_view what)
{
    if (!value || !value->isString())
        return failure(std::string(what) + " must be str, not "
                       + (value ? value->typeName() : "nothing"));
    return value->text();
}

Result<Value> pad(std::string_view text, Arguments &arguments, std::string_view name, int alignment)
{
    auto bound = bindArguments(name, arguments, {"width", "fillchar"}, 1);
    if (!bound)
        return fail(bound.error());
    if (!(*bound)[0]->isInt())
        return failure("width must be an integer");
    const std::string fill = (*bound)[1] ? (*bound)[1]->str() : " ";
    if (Utf8::length(fill) != 1)
        return failure("the fill character must be exactly one character long");
    const auto length = std::int64_t(Utf8::length(text));
    const std::int64_t width = std::min<std::int64_t>((*bound)[0]->asInt(), 1 << 24);
    if (width <= length)
        return Value::stringCopy(text);
    const std::int64_t total = width - length;
    std::int64_t left = alignment < 0 ? 0 : alignment > 0 ? total : total / 2 + (total & width & 1);
    std::string out;
    for (std::int64_t i = 0; i < left; ++i)
        out += fill;
    out += text;
    for (std::int64_t i = 0; i < total - left; ++i)
        out += fill;
    return Value::string(std::move(out));
}

std::int64_t codePointIndex(std::string_view text, std::size_t byteOffset)
{
    return std::int64_t(Utf8::length(text.substr(0, byteOffset)));
}

Result<Value> callStringMethod(const Value &receiver, std::string_view name, Arguments &arguments)
{
    const std::string_view text = receiver.text();
    auto noArguments = [&]() -> Result<void> {
        if (!arguments.positional.empty() || !arguments.keyword.empty())
            return failure("str." + std::string(name) + "() takes no arguments");
        return {};
    };
    if (name == "upper" || name == "lower" || name == "casefold" || name == "title"
        || name == "capitalize" || name == "swapcase") {
        if (auto ok = noArguments(); !ok)
            return fail(ok.error());
        std::string out;
        if (name == "upper")
            out = Utf8::upper(text);
        else if (name == "lower" || name == "casefold")
            out = Utf8::lower(text);
        else if (name == "title")
            out = pythonTitle(text);
        else if (name == "capitalize")
            out = capitalize(text);
        else {
            for (std::size_t offset = 0; offset < text.size();) {
                const char32_t c = Utf8::decode(text, offset);
                Utf8::append(out, Utf8::toUpper(c) != c ? Utf8::toUpper(c) : Utf8::toLower(c));
            }
        }
        return Value::string(std::move(out), receiver.isSafe());
    }
    if (name == "strip" || name == "lstrip" || name == "rstrip") {
        auto bound = bindArguments("str." + std::string(name), arguments, {"chars"});
        if (!bound)
            return fail(bound.error());
        return Value::stringCopy(
            BuiltinMethods::strip(text, (*bound)[0], name != "rstrip", name != "lstrip"),
            receiver.isSafe());
    }
    if (name == "split" || name == "rsplit") {
        auto bound = bindArguments("str." + std::string(name), arguments, {"sep", "maxsplit"});
        if (!bound)
            return fail(bound.error());
        return split(text, (*bound)[0], (*bound)[1], name == "rsplit");
    }
    if (name == "splitlines") {
        std::vector<Value> lines;
        std::size_t start = 0;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\n' || text[i] == '\r') {
                lines.push_back(Value::stringCopy(text.substr(start, i - start)));
                if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                    ++i;
                start = i + 1;
            }
        }
        if (start < text.size())
            lines.push_back(Value::stringCopy(text.substr(start)));
        return Value::list(std::move(lines));
    }
    if (name == "replace") {
        auto bound = bindArguments("str.replace", arguments, {"old", "new", "count"}, 2);
        if (!bound)
            return fail(bound.error());
        auto old = requireString((*bound)[0], "replace() argument 1");
        auto replacement = requireString((*bound)[1], "replace() argument 2");
        if (!old || !replacement)
            return fail((!old ? old : replacement).error());
        const std::int64_t count = (*bound)[2] ? (*bound)[2]->asInt() : -1;
        return Value::string(BuiltinMethods::replace(text, *old, *replacement, count));
    }
    if (name == "startswith" || name == "endswith") {
        auto bound
            = bindArguments("str." + std::string(name), arguments, {"prefix", "start", "end"}, 1);
        if (!bound)
            return fail(bound.error());
        std::vector<Value> candidates;
        if ((*bound)[0]->isTuple())
            candidates = (*bound)[0]->items();
        else
            candidates.push_back(*(*bound)[0]);
        for (const Value &candidate : candidates) {
            if (!candidate.isString())
                return failure(std::string(name) + " first arg must be str or a tuple of str, not "
                               + candidate.typeName());
            const bool matches = name == "startswith" ? text.starts_with(candidate.text())
                                                      : text.ends_with(candidate.text());
            if (matches)
                return Value::boolean(true);
        }
        return Value::boolean(false);
    }
    if (name == "removeprefix" || name == "removesuffix") {
        auto bound = bindArguments("str." + std::string(name), arguments, {"affix"}, 1);
        if (!bound)
            return fail(bound.error());
        auto affix = requireString((*bound)[0], std::string(name) + "() argument");
        if (!affix)
            return fail(affix.error());
        std::string_view view(text);
        if (name == "removeprefix" && view.starts_with(*affix))
            view.remove_prefix(affix->size());
        else if (name == "removesuffix" && view.ends_with(*affix) && !affix->empty())
            view.remove_suffix(affix->size());
        return Value::stringCopy(view);
    }
    if (name == "join") {
        if (arguments.positional.size() != 1 || !arguments.keyword.empty())
            return failure("str.join() takes exactly one argument");
        const Value &iterable = arguments.positional.front();
        std::vector<Value> items;
        if (iterable.isSequence())
            items = iterable.items();
        else if (iterable.isDict() || iterable.isString()) {
            for (const auto &entry :
                 iterable.isDict() ? iterable.asDict().entries() : std::vector<Dict::Entry>())
                items.push_back(entry.first);
            if (iterable.isString()) {
                for (std::size_t offset = 0; offset < iterable.text().size();) {
                    const std::size_t length = Utf8::sequenceLength(iterable.text(), offset);
                    items.push_back(Value::stringCopy(iterable.text().substr(offset, length)));
                    offset += length;
                }
            }
        } else {
            return failure("can only join an iterable");
        }
        std::string out;
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (!items[i].isString())
                return failure("sequence item " + std::to_string(i) + ": expected str instance, "
                               + items[i].typeName() + " found");
            if (i > 0)
                out += text;
            out += items[i].text();
        }
        return Value::string(std::move(out));
    }
    if (name == "count" || name == "index" || name == "find" || name == "rfind") {
        auto bound
            = bindArguments("str." + std::string(name), arguments, {"sub", "start", "end"}, 1);
        if (!bound)
            return fail(bound.error());
        auto sub = requireString((*bound)[0], "substring");
        if (!sub)
            return fail(sub.error());
        // start and end count code points and clamp like slice bounds.
        const auto length = std::int64_t(Utf8::length(text));
        auto bound_ = [&](const std::optional<Value> &value, std::int64_t fallback) {
            if (!value || value->isNone() || !(value->isInt() || value->isBool()))
                return fallback;
            std::int64_t index = value->asInt();
            if (index < 0)
                index = std::max<std::int64_t>(0, index + length);
            return std::min(index, length);
        };
        const std::int64_t startIndex = bound_((*bound)[1], 0);
        const std::int64_t endIndex = bound_((*bound)[2], length);
        if (startIndex > endIndex)
            return Value::integer(name == "count" ? 0 : -1);
        const std::size_t startByte = Utf8::offsetOf(text, std::size_t(startIndex));
        const std::size_t endByte = Utf8::offsetOf(text, std::size_t(endIndex));
        const std::string_view window = text.substr(startByte, endByte - startByte);
        if (name == "count") {
            if (sub->empty())
                return Value::integer(endIndex - startIndex + 1);
            std::int64_t count = 0;
            for (std::size_t at = window.find(*sub); at != std::string::npos;
                 at = window.find(*sub, at + sub->size()))
                ++count;
            return Value::integer(count);
        }
        const std::size_t found = name == "rfind" ? window.rfind(*sub) : window.find(*sub);
        if (found == std::string::npos) {
            if (name == "index")
                return failure("substring not found");
            return Value::integer(-1);
        }
        return Value::integer(codePointIndex(text, startByte + found));
    }
    if (name == "isdigit" || name == "isnumeric" || name == "isdecimal")
        return Value::boolean(allCharacters(text, Utf8::isDigit));
    if (name == "isalpha")
        return Value::boolean(allCharacters(text, Utf8::isAlpha));
    if (name == "isalnum")
        return Value::boolean(
            allCharacters(text, [](char32_t c) { return Utf8::isAlpha(c) || Utf8::isDigit(c); }));
    if (name == "isspace")
        return Value::boolean(allCharacters(text, Utf8::isSpace));
    if (name == "isupper" || name == "islower") {
        bool anyCased = false;
        for (std::size_t offset = 0; offset < text.size();) {
            const char32_t c = Utf8::decode(text, offset);
            const bool upper = Utf8::toLower(c) != c;
            const bool lower = Utf8::toUpper(c) != c;
            if ((name == "isupper" && lower) || (name == "islower" && upper))
                return Value::boolean(false);
            anyCased |= upper || lower;
        }
        return Value::boolean(anyCased);
    }
    if (name == "zfill") {
        auto bound = bindArguments("str.zfill", arguments, {"width"}, 1);
        if (!bound)
            return fail(bound.error());
        if (!(*bound)[0]->isInt())
            return failure("zfill() width must be an integer");
        const auto length = std::int64_t(Utf8::length(text));
        const std::int64_t width = std::min<std::int64_t>((*bound)[0]->asInt(), 1 << 24);
        if (width <= length)
            return Value::stringCopy(text);
        std::string out(text);
        const std::size_t signLength = !text.empty() && (text[0] == '-' || text[0] == '+') ? 1 : 0;
        out.insert(signLength, std::size_t(width - length), '0');
        return Value::string(std::move(out));
    }
    if (name == "center")
        return pad(text, arguments, "str.center", 0);
    if (name == "ljust")
        return pad(text, arguments, "str.ljust", -1);
    if (name == "rjust")
        return pad(text, arguments, "str.rjust", 1);
    if (name == "encode")
        return Value::object(makeRef<Bytes>(std::string(text)));
    if (name == "format") {
        auto formatted = TextFormatter::brace(text, arguments);
        if (!formatted)
            return fail(formatted.error());
        return Value::string(std::move(*formatted));
    }
    if (name == "partition" || name == "rpartition") {
        auto bound = bindArguments("str." + std::string(name), arguments, {"sep"}, 1);
        if (!bound)
            return fail(bound.error());
        auto sep = requireString((*bound)[0], "separator");
        if (!sep)
            return fail(sep.error());
        if (sep->empty())
            return failure("empty separator");
        const std::size_t found = name == "partition" ? text.find(*sep) : text.rfind(*sep);
        if (found == std::string::npos) {
            return name == "partition"
                ? Value::tuple({Value::stringCopy(text), Value::string({}), Value::string({})})
                : Value::tuple({Value::string({}), Value::string({}), Value::stringCopy(text)});
        }
        return Value::tuple({Value::stringCopy(text.substr(0, found)), Value::stringCopy(*sep),
                             Value::stringCopy(text.substr(found + sep->size()))});
    }
    return failure("'str' object has no attribute '" + std::string(name) + "'");
}

std::int64_t normalisedIndex(std::int64_t index, std::size_t size)
{
    return index < 0 ? index + std::int64_t(size) : index;
}

Result<Value> callSequenceMethod(CallContext &context, const Value &receiver, std::string_view name,
                                 Arguments &arguments)
{
    std::vector<Value> &items = receiver.items();
    if (name == "index" || name == "count") {
        const std::string typeName = receiver.typeName();
        auto bound = bindArguments(typeName + "." + std::string(name), arguments, {"value"}, 1);
        if (!bound)
            return fail(bound.error());
        std::int64_t count = 0;
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (items[i].equals(*(*bound)[0])) {
                if (name == "index")
                    return Value::integer(std::int64_t(i));
                ++count;
            }
        }
        if (name == "index")
            return failure((*bound)[0]->repr() + " is not in " + typeName);
        return Value::integer(count);
    }
    if (name == "append") {
        if (arguments.positional.size() != 1 || !arguments.keyword.empty())
            return failure("list.append() takes exactly one argument");
        if (isReachable(arguments.positional.front(), receiver))
            return cycleError();
        if (std::int64_t(items.size()) >= context.limits().maxSequenceLength)
            return failure("list exceeds the sequence length limit");
        items.push_back(std::move(arguments.positional.front()));
        return Value();
    }
    if (name == "extend") {
        if (arguments.positional.size() != 1 || !arguments.keyword.empty())
            return failure("list.extend() takes exactly one argument");
        auto extra = Operators::iterate(context, arguments.positional.front());
        if (!extra)
            return fail(extra.error());
        for (const Value &item : *extra) {
            if (isReachable(item, receiver))
                return cycleError();
        }
        if (std::int64_t(items.size() + extra->size()) > context.limits().maxSequenceLength)
            return failure("list exceeds the sequence length limit");
        items.insert(items.end(), extra->begin(), extra->end());
        return Value();
    }
    if (name == "insert") {
        auto bound = bindArguments("list.insert", arguments, {"index", "object"}, 2);
        if (!bound)
            return fail(bound.error());
        if (!(*bound)[0]->isInt())
            return failure("list.insert() index must be an integer");
        if (isReachable(*(*bound)[1], receiver))
            return cycleError();
        const std::int64_t index = std::clamp<std::int64_t>(
            normalisedIndex((*bound)[0]->asInt(), items.size()), 0, std::int64_t(items.size()));
        items.insert(items.begin() + index, *(*bound)[1]);
        return Value();
    }
    if (name == "pop") {
        auto bound = bindArguments("list.pop", arguments, {"index"});
        if (!bound)
            return fail(bound.error());
        if (items.empty())
            return failure("pop from empty list");
        const std::int64_t index
            = normalisedIndex((*bound)[0] ? (*bound)[0]->asInt() : -1, items.size());
        if (index < 0 || index >= std::int64_t(items.size()))
            return failure("pop index out of range");
        Value popped = std::move(items[std::size_t(index)]);
        items.erase(items.begin() + index);
        return popped;
    }
    if (name == "remove") {
        auto bound = bindArguments("list.remove", arguments, {"value"}, 1);
        if (!bound)
            return fail(bound.error());
        const auto found = std::find_if(items.begin(), items.end(), [&](const Value &item) {
            return item.equals(*(*bound)[0]);
        });
        if (found == items.end())
            return failure("list.remove(x): x not in list");
        items.erase(found);
        return Value();
    }
    if (name == "reverse") {
        std::reverse(items.begin(), items.end());
        return Value();
    }
    if (name == "sort") {
        auto bound = bindArguments("list.sort", arguments, {"key", "reverse"});
        if (!bound)
            return fail(bound.error());
        if ((*bound)[0] && !(*bound)[0]->isNone())
            return failure("list.sort(key=...) is not supported; use the sort filter");
        const bool descending = (*bound)[1] && (*bound)[1]->truthy();
        std::optional<Error> problem;
        std::stable_sort(items.begin(), items.end(), [&](const Value &a, const Value &b) {
            if (problem)
                return false;
            auto less = descending ? Operators::lessThan(b, a) : Operators::lessThan(a, b);
            if (!less) {
                problem = less.error();
                return false;
            }
            return *less;
        });
        if (problem)
            return fail(*problem);
        return Value();
    }
    if (name == "copy")
        return Value::list(items);
    if (name == "clear") {
        std::vector<Value> removed = std::move(items);
        items.clear();
        Detail::releaseIteratively(removed);
        return Value();
    }
    return failure("'" + receiver.typeName() + "' object has no attribute '" + std::string(name)
                   + "'");
}

Result<Value> callDictMethod(CallContext &context, const Value &receiver, std::string_view name,
                             Arguments &arguments)
{
    Dict &dict = receiver.asDict();
    if (name == "get") {
        auto bound = bindArguments("dict.get", arguments, {"key", "default"}, 1);
        if (!bound)
            return fail(bound.error());
        if (!(*bound)[0]->isHashable())
            return failure("unhashable type: '" + (*bound)[0]->typeName() + "'");
        if (const Value *found = dict.find(*(*bound)[0]))
            return *found;
        return (*bound)[1] ? *(*bound)[1] : Value();
    }
    if (name == "items" || name == "keys" || name == "values") {
        if (!arguments.positional.empty() || !arguments.keyword.empty())
            return failure("dict." + std::string(name) + "() takes no arguments");
        const DictView::Part part = name == "items" ? DictView::Part::Items
            : name == "keys"                        ? DictView::Part::Keys
                                                    : DictView::Part::Values;
        return Value::object(makeRef<DictView>(receiver, part));
    }
    if (name == "update") {
        if (arguments.positional.size() > 1)
            return failure("dict.update() takes at most 1 positional argument");
        std::vector<std::pair<Value, Value>> updates;
        if (!arguments.positional.empty()) {
            const Value &other = arguments.positional.front();
            if (other.isDict()) {
                updates = other.asDict().entries();
            } else {
                auto pairs = Operators::iterate(context, other);
                if (!pairs)
                    return fail(pairs.error());
                for (const Value &pair : *pairs) {
                    if (!pair.isSequence() || pair.items().size() != 2)
                        return failure("dictionary update sequence element has the wrong length; 2 "
                                       "is required");
                    updates.emplace_back(pair.items()[0], pair.items()[1]);
                }
            }
        }
        for (auto &[key, value] : arguments.keyword)
            updates.emplace_back(Value::string(key), value);
        for (auto &[key, value] : updates) {
            if (!key.isHashable())
                return failure("unhashable type: '" + key.typeName() + "'");
            if (isReachable(value, receiver))
                return cycleError();
            dict.set(std::move(key), std::move(value));
        }
        return Value();
    }
    if (name == "pop") {
        auto bound = bindArguments("dict.pop", arguments, {"key", "default"}, 1);
        if (!bound)
            return fail(bound.error());
        Value removed;
        if ((*bound)[0]->isHashable() && dict.remove(*(*bound)[0], &removed))
            return removed;
        if ((*bound)[1])
            return *(*bound)[1];
        return failure("KeyError: " + (*bound)[0]->repr());
    }
    if (name == "popitem") {
        if (dict.empty())
            return failure("popitem(): dictionary is empty");
        const Dict::Entry last = dict.entries().back();
        dict.remove(last.first);
        return Value::tuple({last.first, last.second});
    }
    if (name == "setdefault") {
        auto bound = bindArguments("dict.setdefault", arguments, {"key", "default"}, 1);
        if (!bound)
            return fail(bound.error());
        if (!(*bound)[0]->isHashable())
            return failure("unhashable type: '" + (*bound)[0]->typeName() + "'");
        if (const Value *found = dict.find(*(*bound)[0]))
            return *found;
        Value value = (*bound)[1] ? *(*bound)[1] : Value();
        if (isReachable(value, receiver))
            return cycleError();
        dict.set(*(*bound)[0], value);
        return value;
    }
    if (name == "copy")
        return Value::dict(makeRef<Dict>(dict.entries()));
    if (name == "clear") {
        dict.clear();
        return Value();
    }
    return failure("'dict' object has no attribute '" + std::string(name) + "'");
}

} // namespace

bool isReachable(const Value &start, const Value &target)
{
    const void *targetIdentity = target.identity();
    if (!targetIdentity || !start.identity() || start.isString())
        return false;
    if (start.identity() == targetIdentity)
        return true;
    // Most stored values are flat (a list of strings, a dict of scalars): decide those without
    // the walk's allocations.
    auto isLeaf = [](const Value &child) {
        return !child.identity() || child.isString() || child.isUndefined();
    };
    if (start.isSequence() && std::all_of(start.items().begin(), start.items().end(), isLeaf))
        return false;
    if (start.isDict()
        && std::all_of(start.asDict().entries().begin(), start.asDict().entries().end(),
                       [&](const Dict::Entry &entry) { return isLeaf(entry.second); }))
        return false;
    std::unordered_set<const void *> visited;
    std::vector<Value> pending{start};
    auto push = [&pending](const Value &child) {
        if (child.identity() && !child.isString() && !child.isUndefined())
            pending.push_back(child);
    };
    while (!pending.empty()) {
        const Value value = std::move(pending.back());
        pending.pop_back();
        if (value.identity() == targetIdentity)
            return true;
        if (!visited.insert(value.identity()).second)
            continue;
        switch (value.kind()) {
        case ValueKind::List:
        case ValueKind::Tuple:
            for (const Value &item : value.items())
                push(item);
            break;
        case ValueKind::Dict:
            for (const auto &entry : value.asDict().entries())
                push(entry.second);
            break;
        case ValueKind::Callable:
            value.asCallable().forEachReferencedValue(push);
            break;
        case ValueKind::Object:
            value.asObject().forEachReferencedValue(push);
            break;
        default:
            break;
        }
    }
    return false;
}

std::uint8_t BuiltinMethods::kindsWithMethod(std::string_view name)
{
    std::uint8_t mask = 0;
    if (contains(kStringMethods, name))
        mask |= kindBit(ValueKind::String);
    if (contains(kListMethods, name))
        mask |= kindBit(ValueKind::List);
    if (contains(kTupleMethods, name))
        mask |= kindBit(ValueKind::Tuple);
    if (contains(kDictMethods, name))
        mask |= kindBit(ValueKind::Dict);
    if (contains(kIntMethods, name))
        mask |= kindBit(ValueKind::Int);
    if (contains(kFloatMethods, name))
        mask |= kindBit(ValueKind::Float);
    return mask;
}

bool BuiltinMethods::exists(const Value &receiver, std::string_view name)
{
    switch (receiver.kind()) {
    case ValueKind::String:
        return contains(kStringMethods, name);
    case ValueKind::List:
        return contains(kListMethods, name);
    case ValueKind::Tuple:
        return contains(kTupleMethods, name);
    case ValueKind::Dict:
        return contains(kDictMethods, name);
    case ValueKind::Int:
        return contains(kIntMethods, name);
    case ValueKind::Float:
        return contains(kFloatMethods, name);
    default:
        return false;
    }
}

Result<Value> BuiltinMethods::call(CallContext &context, const Value &receiver,
                                   std::string_view name, Arguments &arguments)
{
    switch (receiver.kind()) {
    case ValueKind::String:
        return callStringMethod(receiver, name, arguments);
    case ValueKind::List:
    case ValueKind::Tuple:
        return callSequenceMethod(context, receiver, name, arguments);
    case ValueKind::Dict:
        return callDictMethod(context, receiver, name, arguments);
    case ValueKind::Int:
        if (name == "bit_length") {
            const std::uint64_t magnitude = receiver.asInt() < 0
                ? 0 - std::uint64_t(receiver.asInt())
                : std::uint64_t(receiver.asInt());
            return Value::integer(magnitude == 0 ? 0 : 64 - __builtin_clzll(magnitude));
        }
        break;
    case ValueKind::Float:
        if (name == "is_integer")
            return Value::boolean(std::isfinite(receiver.asFloat())
                                  && std::floor(receiver.asFloat()) == receiver.asFloat());
        break;
    default:
        break;
    }
    return failure("'" + receiver.typeName() + "' object has no attribute '" + std::string(name)
                   + "'");
}

std::string BuiltinMethods::replace(std::string_view text, std::string_view old,
                                    std::string_view replacement, std::int64_t count)
{
    std::string out;
    if (old.empty()) {
        std::size_t offset = 0;
        if (count != 0) {
            out += replacement;
            --count;
        }
        while (offset < text.size()) {
            const std::size_t length = Utf8::sequenceLength(text, offset);
            out.append(text.substr(offset, length));
            offset += length;
            if (count != 0) {
                out += replacement;
                --count;
            }
        }
        return out;
    }
    out.reserve(text.size());
    std::size_t start = 0;
    while (count != 0) {
        const std::size_t found = text.find(old, start);
        if (found == std::string_view::npos)
            break;
        out.append(text.substr(start, found - start));
        out += replacement;
        start = found + old.size();
        --count;
    }
    out.append(text.substr(start));
    return out;
}

Value BuiltinMethods::bind(const Value &receiver, std::string_view name)
{
    return Value::callable(makeRef<BoundMethod>(receiver, std::string(name)));
}

} // namespace Trellis::Core::Jinja
