#include "markup.h"

namespace Trellis::Core::Jinja {

std::string Markup::escapeText(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&#34;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

Value Markup::escape(const Value &value)
{
    if (value.isString() && value.isSafe())
        return value;
    return Value::string(escapeText(value.str()), true);
}

} // namespace Trellis::Core::Jinja
