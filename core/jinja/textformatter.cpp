#include "textformatter.h"

#include "dict.h"
#include "operators.h"
#include "utf8.h"

#include <cmath>
#include <cstdio>

namespace Trellis::Core::Jinja {

namespace {

struct Spec
{
    char32_t fill = ' ';
    char align = 0; // '<', '>', '^', '=' or 0 for the type's default
    char sign = '-';
    bool alternate = false;
    bool zeroPad = false;
    std::int64_t width = -1;
    char grouping = 0;
    std::int64_t precision = -1;
    char type = 0;
};

constexpr std::int64_t kMaxWidth = 1 << 20;

std::string printfNumber(const char *format, int precision, double value)
{
    char buffer[512];
    const int length = std::snprintf(buffer, sizeof buffer, format, precision, value);
    if (length < int(sizeof buffer))
        return std::string(buffer, std::size_t(std::max(length, 0)));
    std::string big(std::size_t(length) + 1, '\0');
    std::snprintf(big.data(), big.size(), format, precision, value);
    big.resize(std::size_t(length));
    return big;
}

void insertGrouping(std::string &digits, char separator)
{
    const std::size_t point = digits.find_first_of(".eE");
    std::size_t end = point == std::string::npos ? digits.size() : point;
    std::size_t start = 0;
    while (start < end && !(digits[start] >= '0' && digits[start] <= '9'))
        ++start;
    for (std::ptrdiff_t at = std::ptrdiff_t(end) - 3; at > std::ptrdiff_t(start); at -= 3)
        digits.insert(std::size_t(at), 1, separator);
}

std::string applyWidth(std::string body, const Spec &spec, char defaultAlign, bool numeric)
{
    const auto length = std::int64_t(Utf8::length(body));
    if (spec.width <= length)
        return body;
    const std::int64_t padding = std::min(spec.width, kMaxWidth) - length;
    const char align = spec.align ? spec.align : defaultAlign;
    std::string fill;
    Utf8::append(fill, spec.fill);
    auto repeated = [&](std::int64_t count) {
        std::string out;
        for (std::int64_t i = 0; i < count; ++i)
            out += fill;
        return out;
    };
    if (align == '=' && numeric) {
        const std::size_t signLength
            = !body.empty() && (body[0] == '-' || body[0] == '+' || body[0] == ' ') ? 1 : 0;
        return body.substr(0, signLength) + repeated(padding) + body.substr(signLength);
    }
    if (align == '<')
        return body + repeated(padding);
    if (align == '^')
        return repeated(padding / 2) + body + repeated(padding - padding / 2);
    return repeated(padding) + body;
}

Result<Spec> parseSpec(std::string_view text)
{
    Spec spec;
    std::size_t i = 0;
    auto isAlign = [](char c) {
        return c == '<' || c == '>' || c == '^' || c == '=';
    };
    if (!text.empty()) {
        std::size_t next = 0;
        const char32_t first = Utf8::decode(text, next);
        if (next < text.size() && isAlign(text[next])) {
            spec.fill = first;
            spec.align = text[next];
            i = next + 1;
        } else if (isAlign(text[0])) {
            spec.align = text[0];
            i = 1;
        }
    }
    if (i < text.size() && (text[i] == '+' || text[i] == '-' || text[i] == ' '))
        spec.sign = text[i++];
    if (i < text.size() && text[i] == '#') {
        spec.alternate = true;
        ++i;
    }
    if (i < text.size() && text[i] == '0') {
        spec.zeroPad = true;
        ++i;
    }
    auto readNumber = [&](std::int64_t &out) {
        const std::size_t start = i;
        std::int64_t value = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9' && value < kMaxWidth)
            value = value * 10 + (text[i++] - '0');
        if (i > start)
            out = value;
        return i > start;
    };
    readNumber(spec.width);
    if (i < text.size() && (text[i] == ',' || text[i] == '_'))
        spec.grouping = text[i++];
    if (i < text.size() && text[i] == '.') {
        ++i;
        if (!readNumber(spec.precision))
            return failure("format specifier missing precision");
    }
    if (i < text.size())
        spec.type = text[i++];
    if (i != text.size())
        return failure("invalid format specifier '" + std::string(text) + "'");
    if (spec.zeroPad && !spec.align) {
        spec.fill = '0';
        spec.align = '=';
    }
    return spec;
}

std::string signed_(std::string digits, bool negative, char sign)
{
    if (negative)
        return "-" + digits;
    if (sign == '+')
        return "+" + digits;
    if (sign == ' ')
        return " " + digits;
    return digits;
}

Result<std::string> formatInteger(std::int64_t value, const Spec &spec)
{
    const bool negative = value < 0;
    const std::uint64_t magnitude = negative ? 0 - std::uint64_t(value) : std::uint64_t(value);
    std::string digits;
    const char type = spec.type ? spec.type : 'd';
    int base = 10;
    if (type == 'x' || type == 'X')
        base = 16;
    else if (type == 'o')
        base = 8;
    else if (type == 'b')
        base = 2;
    else if (type == 'c') {
        std::string out;
        Utf8::append(out, char32_t(value));
        return applyWidth(out, spec, '<', false);
    } else if (type != 'd' && type != 'n')
        return failure(std::string("unknown format code '") + type + "' for object of type 'int'");
    std::uint64_t rest = magnitude;
    do {
        const int digit = int(rest % std::uint64_t(base));
        digits.insert(digits.begin(),
                      char(digit < 10 ? '0' + digit : (type == 'X' ? 'A' : 'a') + digit - 10));
        rest /= std::uint64_t(base);
    } while (rest > 0);
    if (spec.grouping)
        insertGrouping(digits, spec.grouping);
    if (spec.alternate && base != 10)
        digits.insert(0, base == 16 ? (type == 'X' ? "0X" : "0x") : base == 8 ? "0o" : "0b");
    return applyWidth(signed_(digits, negative, spec.sign), spec, '>', true);
}

Result<std::string> formatFloating(double value, const Spec &spec)
{
    std::string body;
    const bool negative = std::signbit(value) && !std::isnan(value);
    const double magnitude = std::fabs(value);
    const char type = spec.type;
    const int precision = int(std::min<std::int64_t>(spec.precision < 0 ? 6 : spec.precision, 400));
    if (std::isinf(magnitude) || std::isnan(magnitude)) {
        body = std::isnan(magnitude) ? "nan" : "inf";
        if (type == 'F' || type == 'E' || type == 'G')
            for (char &c : body)
                c = char(c - 32);
    } else if (type == 'f' || type == 'F') {
        body = printfNumber("%.*f", precision, magnitude);
    } else if (type == 'e' || type == 'E') {
        body = printfNumber(type == 'e' ? "%.*e" : "%.*E", precision, magnitude);
    } else if (type == 'g' || type == 'G') {
        body = printfNumber(spec.alternate ? (type == 'g' ? "%#.*g" : "%#.*G")
                                           : (type == 'g' ? "%.*g" : "%.*G"),
                            precision == 0 ? 1 : precision, magnitude);
    } else if (type == '%') {
        body = printfNumber("%.*f", precision, magnitude * 100) + "%";
    } else if (type == 0) {
        if (spec.precision < 0) {
            body = formatFloat(magnitude);
        } else {
            body = printfNumber("%.*g", precision == 0 ? 1 : precision, magnitude);
            if (body.find_first_of(".e") == std::string::npos
                && body.find("inf") == std::string::npos)
                body += ".0";
        }
    } else {
        return failure(std::string("unknown format code '") + type
                       + "' for object of type 'float'");
    }
    if (spec.grouping)
        insertGrouping(body, spec.grouping);
    return applyWidth(signed_(body, negative, spec.sign), spec, '>', true);
}

} // namespace

Result<std::string> TextFormatter::formatSpec(const Value &value, std::string_view specText)
{
    auto spec = parseSpec(specText);
    if (!spec)
        return fail(spec.error());
    if (value.isInt() || (value.isBool() && spec->type && spec->type != 's')) {
        const char type = spec->type;
        if (type == 'f' || type == 'F' || type == 'e' || type == 'E' || type == 'g' || type == 'G'
            || type == '%')
            return formatFloating(value.asFloat(), *spec);
        return formatInteger(value.asInt(), *spec);
    }
    if (value.isFloat()) {
        if (spec->type == 'd')
            return failure("unknown format code 'd' for object of type 'float'");
        return formatFloating(value.asFloat(), *spec);
    }
    if (spec->type && spec->type != 's')
        return failure(std::string("unknown format code '") + spec->type + "' for object of type '"
                       + value.typeName() + "'");
    std::string text = value.str();
    if (spec->precision >= 0)
        text = text.substr(0, Utf8::offsetOf(text, std::size_t(spec->precision)));
    return applyWidth(std::move(text), *spec, '<', false);
}

Result<std::string> TextFormatter::brace(std::string_view format, const Arguments &arguments)
{
    std::string out;
    std::size_t automatic = 0;
    bool usedAutomatic = false;
    bool usedManual = false;
    for (std::size_t i = 0; i < format.size(); ++i) {
        const char c = format[i];
        if (c == '}') {
            if (i + 1 < format.size() && format[i + 1] == '}') {
                out += '}';
                ++i;
                continue;
            }
            return failure("Single '}' encountered in format string");
        }
        if (c != '{') {
            out += c;
            continue;
        }
        if (i + 1 < format.size() && format[i + 1] == '{') {
            out += '{';
            ++i;
            continue;
        }
        std::size_t end = i + 1;
        int nesting = 1;
        while (end < format.size() && nesting > 0) {
            if (format[end] == '{')
                ++nesting;
            else if (format[end] == '}')
                --nesting;
            if (nesting > 0)
                ++end;
        }
        if (end >= format.size())
            return failure("Single '{' encountered in format string");
        std::string_view field = format.substr(i + 1, end - i - 1);
        i = end;
        std::string_view spec;
        char conversion = 0;
        if (const std::size_t colon = field.find(':'); colon != std::string_view::npos) {
            spec = field.substr(colon + 1);
            field = field.substr(0, colon);
        }
        if (const std::size_t bang = field.find('!'); bang != std::string_view::npos) {
            if (bang + 2 != field.size())
                return failure("expected ':' after conversion specifier");
            conversion = field[bang + 1];
            field = field.substr(0, bang);
        }
        const std::size_t accessor = field.find_first_of(".[");
        const std::string_view head = field.substr(0, accessor);
        Value value;
        if (head.empty() || (head[0] >= '0' && head[0] <= '9')) {
            std::size_t index = 0;
            if (head.empty()) {
                if (usedManual)
                    return failure("cannot switch from manual field specification to automatic "
                                   "field numbering");
                usedAutomatic = true;
                index = automatic++;
            } else {
                if (usedAutomatic)
                    return failure("cannot switch from automatic field numbering to manual field "
                                   "specification");
                usedManual = true;
                for (const char digit : head)
                    index = std::min<std::size_t>(index * 10 + std::size_t(digit - '0'), 1u << 20);
            }
            if (index >= arguments.positional.size())
                return failure("Replacement index " + std::to_string(index)
                               + " out of range for positional args tuple");
            value = arguments.positional[index];
        } else {
            const auto found = std::find_if(arguments.keyword.begin(), arguments.keyword.end(),
                                            [&](const auto &entry) { return entry.first == head; });
            if (found == arguments.keyword.end())
                return failure("KeyError: '" + std::string(head) + "'");
            value = found->second;
        }
        for (std::size_t at = accessor; at != std::string_view::npos && at < field.size();) {
            if (field[at] == '.') {
                const std::size_t next = field.find_first_of(".[", at + 1);
                value = Operators::attribute(value, field.substr(at + 1, next - at - 1));
                at = next;
            } else {
                const std::size_t close = field.find(']', at);
                if (close == std::string_view::npos)
                    return failure("Missing ']' in format string");
                const std::string_view key = field.substr(at + 1, close - at - 1);
                const bool numeric
                    = !key.empty() && key.find_first_not_of("0123456789") == std::string_view::npos;
                value = Operators::item(
                    value,
                    numeric ? Value::integer(std::stoll(std::string(key.substr(0, 15))))
                            : Value::stringCopy(key));
                at = close + 1;
            }
            if (value.isUndefined())
                return failure(value.undefinedMessage());
        }
        if (conversion == 'r' || conversion == 'a')
            value = Value::string(value.repr());
        else if (conversion == 's')
            value = Value::string(value.str());
        else if (conversion != 0)
            return failure(std::string("Unknown conversion specifier ") + conversion);
        auto formatted = formatSpec(value, spec);
        if (!formatted)
            return fail(formatted.error());
        out += *formatted;
    }
    return out;
}

Result<std::string> TextFormatter::percent(std::string_view format, const Value &arguments)
{
    // A tuple supplies its items; any other value is the one argument (read in place).
    if (arguments.isTuple())
        return percent(format, arguments.items().data(), arguments.items().size());
    return percent(format, &arguments, 1, arguments.isDict() ? &arguments : nullptr);
}

Result<std::string> TextFormatter::percent(std::string_view format, const Value *positional,
                                           std::size_t positionalCount, const Value *mapping)
{
    std::size_t next = 0;
    bool usedMapping = false;
    std::string out;
    out.reserve(format.size());
    for (std::size_t i = 0; i < format.size(); ++i) {
        if (format[i] != '%') {
            const std::size_t literalEnd = std::min(format.find('%', i), format.size());
            out.append(format, i, literalEnd - i);
            i = literalEnd - 1;
            continue;
        }
        if (++i >= format.size())
            return failure("incomplete format");
        Value value;
        bool haveValue = false;
        if (format[i] == '(') {
            const std::size_t close = format.find(')', i);
            if (close == std::string_view::npos)
                return failure("incomplete format key");
            if (!mapping)
                return failure("format requires a mapping");
            const std::string key(format.substr(i + 1, close - i - 1));
            const Value *found = mapping->asDict().find(key);
            if (!found)
                return failure("KeyError: '" + key + "'");
            value = *found;
            haveValue = true;
            usedMapping = true;
            i = close + 1;
        }
        Spec spec;
        bool leftAlign = false;
        for (; i < format.size(); ++i) {
            const char flag = format[i];
            if (flag == '-')
                leftAlign = true;
            else if (flag == '+' || flag == ' ')
                spec.sign = flag;
            else if (flag == '0')
                spec.zeroPad = true;
            else if (flag == '#')
                spec.alternate = true;
            else
                break;
        }
        std::int64_t width = -1;
        while (i < format.size() && format[i] >= '0' && format[i] <= '9')
            width = std::min<std::int64_t>(
                std::max<std::int64_t>(width, 0) * 10 + (format[i++] - '0'), kMaxWidth);
        if (i < format.size() && format[i] == '.') {
            ++i;
            spec.precision = 0;
            while (i < format.size() && format[i] >= '0' && format[i] <= '9')
                spec.precision
                    = std::min<std::int64_t>(spec.precision * 10 + (format[i++] - '0'), 400);
        }
        if (i >= format.size())
            return failure("incomplete format");
        const char type = format[i];
        if (type == '%') {
            out += '%';
            continue;
        }
        if (!haveValue) {
            if (next >= positionalCount)
                return failure("not enough arguments for format string");
            value = positional[next++];
        }
        // The common unpadded %s goes straight into the output.
        if (type == 's' && spec.precision < 0 && width < 0) {
            value.appendStr(out);
            continue;
        }
        std::string piece;
        switch (type) {
        case 's':
        case 'r':
        case 'a': {
            piece = type == 's' ? value.str() : value.repr();
            if (spec.precision >= 0)
                piece = piece.substr(0, Utf8::offsetOf(piece, std::size_t(spec.precision)));
            break;
        }
        case 'd':
        case 'i':
        case 'u':
        case 'x':
        case 'X':
        case 'o': {
            if (!value.isNumber())
                return failure(std::string("%") + type + " format: a real number is required, not "
                               + value.typeName());
            std::int64_t integer = value.asInt();
            if (value.isFloat()) {
                if (!std::isfinite(value.asFloat()) || std::fabs(value.asFloat()) > 9.2e18)
                    return failure("cannot convert float to integer");
                integer = std::int64_t(value.asFloat());
            }
            Spec integerSpec = spec;
            integerSpec.type = type == 'i' || type == 'u' ? 'd' : type;
            integerSpec.zeroPad = false;
            auto formatted = formatInteger(integer, integerSpec);
            if (!formatted)
                return fail(formatted.error());
            piece = std::move(*formatted);
            if (spec.precision > std::int64_t(piece.size())) {
                const std::size_t signLength = piece[0] == '-' ? 1 : 0;
                piece.insert(signLength, std::size_t(spec.precision) - piece.size() + signLength,
                             '0');
            }
            break;
        }
        case 'f':
        case 'F':
        case 'e':
        case 'E':
        case 'g':
        case 'G': {
            if (!value.isNumber())
                return failure(std::string("must be real number, not ") + value.typeName());
            Spec floatSpec = spec;
            floatSpec.type = type;
            floatSpec.zeroPad = false;
            auto formatted = formatFloating(value.asFloat(), floatSpec);
            if (!formatted)
                return fail(formatted.error());
            piece = std::move(*formatted);
            break;
        }
        case 'c':
            piece = value.isInt() ? std::string(1, char(value.asInt())) : value.str();
            break;
        default:
            return failure(std::string("unsupported format character '") + type + "'");
        }
        const std::size_t pieceLength = width > 0 ? Utf8::length(piece) : 0;
        const std::size_t padding
            = width > std::int64_t(pieceLength) ? std::size_t(width) - pieceLength : 0;
        if (padding == 0 || leftAlign) {
            out += piece;
            out.append(padding, ' ');
        } else if (spec.zeroPad && type != 's' && type != 'r') {
            const std::size_t signLength
                = !piece.empty() && (piece[0] == '-' || piece[0] == '+' || piece[0] == ' ') ? 1 : 0;
            out.append(piece, 0, signLength);
            out.append(padding, '0');
            out.append(piece, signLength);
        } else {
            out.append(padding, ' ');
            out += piece;
        }
    }
    if (!usedMapping && next < positionalCount && !(mapping && positionalCount == 1))
        return failure("not all arguments converted during string formatting");
    return out;
}

} // namespace Trellis::Core::Jinja
