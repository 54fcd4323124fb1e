#include "jsonconversion.h"

#include "dict.h"
#include "operators.h"
#include "utf8.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace Trellis::Core::Jinja {

namespace {

void appendJsonString(std::string &out, std::string_view text)
{
    out += '"';
    for (std::size_t offset = 0; offset < text.size();) {
        const char32_t c = Utf8::decode(text, offset);
        char escape[16];
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (c < 0x20 || c >= 0x7F) {
                if (c > 0xFFFF) {
                    const char32_t v = c - 0x10000;
                    std::snprintf(escape, sizeof escape, "\\u%04x\\u%04x",
                                  unsigned(0xD800 + (v >> 10)), unsigned(0xDC00 + (v & 0x3FF)));
                } else {
                    std::snprintf(escape, sizeof escape, "\\u%04x", unsigned(c));
                }
                out += escape;
            } else {
                out += char(c);
            }
        }
    }
    out += '"';
}

Result<std::string> keyText(const Value &key)
{
    switch (key.kind()) {
    case ValueKind::String:
        return std::string(key.text());
    case ValueKind::Int:
        return key.str();
    case ValueKind::Float:
        return key.str();
    case ValueKind::Bool:
        return std::string(key.asBool() ? "true" : "false");
    case ValueKind::None:
        return std::string("null");
    default:
        return failure("keys must be str, int, float, bool or None, not " + key.typeName());
    }
}

Result<void> write(std::string &out, const Value &value, int indent, int level)
{
    if (level > 200)
        return failure("the value is nested too deeply to convert to JSON");
    auto newline = [&](int depth) {
        if (indent < 0)
            return;
        out += '\n';
        out.append(std::size_t(indent) * std::size_t(depth), ' ');
    };
    const char *itemSeparator = indent < 0 ? ", " : ",";
    switch (value.kind()) {
    case ValueKind::None:
        out += "null";
        return {};
    case ValueKind::Bool:
        out += value.asBool() ? "true" : "false";
        return {};
    case ValueKind::Int:
        value.appendStr(out);
        return {};
    case ValueKind::Float: {
        const double number = value.asFloat();
        if (std::isnan(number))
            out += "NaN";
        else if (std::isinf(number))
            out += number < 0 ? "-Infinity" : "Infinity";
        else
            value.appendStr(out);
        return {};
    }
    case ValueKind::String:
        appendJsonString(out, value.text());
        return {};
    case ValueKind::List:
    case ValueKind::Tuple: {
        const auto &items = value.items();
        if (items.empty()) {
            out += "[]";
            return {};
        }
        out += '[';
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i > 0)
                out += itemSeparator;
            newline(level + 1);
            if (auto written = write(out, items[i], indent, level + 1); !written)
                return written;
        }
        newline(level);
        out += ']';
        return {};
    }
    case ValueKind::Dict: {
        std::vector<Dict::Entry> entries = value.asDict().entries();
        if (entries.empty()) {
            out += "{}";
            return {};
        }
        std::optional<Error> problem;
        std::stable_sort(entries.begin(), entries.end(),
                         [&](const Dict::Entry &a, const Dict::Entry &b) {
                             auto less = Operators::lessThan(a.first, b.first);
                             if (!less) {
                                 problem = less.error();
                                 return false;
                             }
                             return *less;
                         });
        if (problem)
            return fail(*problem);
        out += '{';
        for (std::size_t i = 0; i < entries.size(); ++i) {
            if (i > 0)
                out += itemSeparator;
            newline(level + 1);
            auto key = keyText(entries[i].first);
            if (!key)
                return fail(key.error());
            appendJsonString(out, *key);
            out += ": ";
            if (auto written = write(out, entries[i].second, indent, level + 1); !written)
                return written;
        }
        newline(level);
        out += '}';
        return {};
    }
    default:
        return failure("Object of type " + value.typeName() + " is not JSON serializable");
    }
}

// A strict JSON reader (RFC 8259) that keeps object key order.
class JsonReader
{
public:
    explicit JsonReader(std::string_view text)
        : m_text(text)
    { }

    Result<Value> document()
    {
        auto value = parseValue(0);
        if (!value)
            return value;
        skipSpace();
        if (m_position != m_text.size())
            return error("unexpected text after the JSON value");
        return value;
    }

private:
    Failure<Error> error(std::string message) const
    {
        int line = 1;
        std::size_t lineStart = 0;
        for (std::size_t i = 0; i < m_position && i < m_text.size(); ++i) {
            if (m_text[i] == '\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        return fail(
            Error{{}, line, int(m_position - lineStart) + 1, QString::fromStdString(message)});
    }

    void skipSpace()
    {
        while (m_position < m_text.size()
               && (m_text[m_position] == ' ' || m_text[m_position] == '\t'
                   || m_text[m_position] == '\n' || m_text[m_position] == '\r'))
            ++m_position;
    }

    bool consume(std::string_view word)
    {
        if (m_text.substr(m_position).starts_with(word)) {
            m_position += word.size();
            return true;
        }
        return false;
    }

    Result<Value> parseValue(int depth)
    {
        if (depth > 500)
            return error("JSON nested too deeply");
        skipSpace();
        if (m_position >= m_text.size())
            return error("unexpected end of JSON");
        const char c = m_text[m_position];
        if (c == '{')
            return parseObject(depth);
        if (c == '[')
            return parseArray(depth);
        if (c == '"') {
            auto text = parseString();
            if (!text)
                return fail(text.error());
            return Value::string(std::move(*text));
        }
        if (consume("true"))
            return Value::boolean(true);
        if (consume("false"))
            return Value::boolean(false);
        if (consume("null"))
            return Value();
        if (consume("NaN"))
            return Value::number(NAN);
        if (consume("Infinity"))
            return Value::number(INFINITY);
        if (consume("-Infinity"))
            return Value::number(-INFINITY);
        return parseNumber();
    }

    Result<Value> parseNumber()
    {
        const std::size_t start = m_position;
        bool isFloat = false;
        if (m_position < m_text.size() && m_text[m_position] == '-')
            ++m_position;
        while (m_position < m_text.size()) {
            const char c = m_text[m_position];
            if (c >= '0' && c <= '9') {
                ++m_position;
            } else if (c == '.' || c == 'e' || c == 'E' || ((c == '+' || c == '-') && isFloat)) {
                isFloat = true;
                ++m_position;
            } else {
                break;
            }
        }
        const std::string number(m_text.substr(start, m_position - start));
        if (number.empty() || number == "-")
            return error("unexpected character in JSON");
        if (!isFloat) {
            std::int64_t value = 0;
            const auto parsed
                = std::from_chars(number.data(), number.data() + number.size(), value);
            if (parsed.ec == std::errc() && parsed.ptr == number.data() + number.size())
                return Value::integer(value);
            if (parsed.ec != std::errc::result_out_of_range)
                return error("invalid number in JSON");
        }
        char *end = nullptr;
        const double value = std::strtod(number.c_str(), &end);
        if (end != number.c_str() + number.size())
            return error("invalid number in JSON");
        return Value::number(value);
    }

    Result<std::string> parseString()
    {
        ++m_position;
        std::string out;
        while (m_position < m_text.size()) {
            const char c = m_text[m_position++];
            if (c == '"')
                return out;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_position >= m_text.size())
                break;
            const char escape = m_text[m_position++];
            switch (escape) {
            case 'n':
                out += '\n';
                break;
            case 't':
                out += '\t';
                break;
            case 'r':
                out += '\r';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'u': {
                auto codePoint = parseHex();
                if (!codePoint)
                    return fail(codePoint.error());
                char32_t value = *codePoint;
                if (value >= 0xD800 && value < 0xDC00
                    && m_text.substr(m_position).starts_with("\\u")) {
                    m_position += 2;
                    auto low = parseHex();
                    if (!low)
                        return fail(low.error());
                    value = 0x10000 + ((value - 0xD800) << 10) + (*low - 0xDC00);
                }
                Utf8::append(out, value);
                break;
            }
            default:
                out += escape;
            }
        }
        return error("unterminated string in JSON");
    }

    Result<char32_t> parseHex()
    {
        if (m_position + 4 > m_text.size())
            return error("invalid \\u escape in JSON");
        char32_t value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_text[m_position++];
            value <<= 4;
            if (c >= '0' && c <= '9')
                value |= char32_t(c - '0');
            else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
                value |= char32_t((c | 0x20) - 'a' + 10);
            else
                return error("invalid \\u escape in JSON");
        }
        return value;
    }

    Result<Value> parseArray(int depth)
    {
        ++m_position;
        std::vector<Value> items;
        skipSpace();
        if (consume("]"))
            return Value::list(std::move(items));
        for (;;) {
            auto item = parseValue(depth + 1);
            if (!item)
                return item;
            items.push_back(std::move(*item));
            skipSpace();
            if (consume("]"))
                return Value::list(std::move(items));
            if (!consume(","))
                return error("expected ',' or ']' in JSON array");
        }
    }

    Result<Value> parseObject(int depth)
    {
        ++m_position;
        auto dict = makeRef<Dict>();
        skipSpace();
        if (consume("}"))
            return Value::dict(std::move(dict));
        for (;;) {
            skipSpace();
            if (m_position >= m_text.size() || m_text[m_position] != '"')
                return error("expected a string key in JSON object");
            auto key = parseString();
            if (!key)
                return fail(key.error());
            skipSpace();
            if (!consume(":"))
                return error("expected ':' in JSON object");
            auto value = parseValue(depth + 1);
            if (!value)
                return value;
            dict->set(std::string_view(*key), std::move(*value));
            skipSpace();
            if (consume("}"))
                return Value::dict(std::move(dict));
            if (!consume(","))
                return error("expected ',' or '}' in JSON object");
        }
    }

    std::string_view m_text;
    std::size_t m_position = 0;
};

} // namespace

Result<Value> JsonConversion::parse(std::string_view text)
{
    return JsonReader(text).document();
}

Value JsonConversion::fromJson(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Bool:
        return Value::boolean(json.toBool());
    case QJsonValue::Double: {
        const double number = json.toDouble();
        // Qt keeps one number type; integral values read as the ints they most likely were.
        if (std::floor(number) == number && std::fabs(number) < 9.007199254740992e15)
            return Value::integer(static_cast<std::int64_t>(number));
        return Value::number(number);
    }
    case QJsonValue::String:
        return Value::string(json.toString().toStdString());
    case QJsonValue::Array: {
        std::vector<Value> items;
        for (const QJsonValue &item : json.toArray())
            items.push_back(fromJson(item));
        return Value::list(std::move(items));
    }
    case QJsonValue::Object: {
        auto dict = makeRef<Dict>();
        const QJsonObject object = json.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            dict->set(it.key().toStdString(), fromJson(it.value()));
        return Value::dict(std::move(dict));
    }
    default:
        return Value();
    }
}

Result<std::string> JsonConversion::toJson(const Value &value, int indent)
{
    std::string out;
    if (auto written = write(out, value, indent, 0); !written)
        return fail(written.error());
    return out;
}

} // namespace Trellis::Core::Jinja
