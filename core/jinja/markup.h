#pragma once

#include "core/jinja/value.h"

namespace Trellis::Core::Jinja {

// MarkupSafe's escaping, behind Jinja2's `escape`/`e` and `safe` filters and Markup
// concatenation: safe strings pass through, everything else is converted with str() and has
// & < > " ' replaced by entities. The result is always a safe string.
class Markup
{
public:
    static Value escape(const Value &value);
    static std::string escapeText(std::string_view text);
};

} // namespace Trellis::Core::Jinja
