#pragma once

#include "core/jinja/callable.h"

#include <string>
#include <string_view>

namespace Trellis::Core::Jinja {

// Python's two string-formatting languages, which dbt projects use through `"%s" % x`, the
// `format` filter and `"{:>10}".format(x)`. Conversions behave as CPython's do for str, int,
// float and bool arguments; anything else is formatted with str() or repr().
class TextFormatter
{
public:
    // printf-style: `format % arguments`; a tuple supplies several arguments, a dict named ones.
    static Result<std::string> percent(std::string_view format, const Value &arguments);
    // The same with the arguments one by one (the items of a tuple the render did not build),
    // and a dict for named ones when `mapping` is not null.
    static Result<std::string> percent(std::string_view format, const Value *positional,
                                       std::size_t positionalCount, const Value *mapping = nullptr);
    // str.format(): {} {0} {name} {0.attr} {0[key]}, !r/!s conversions and format specs.
    static Result<std::string> brace(std::string_view format, const Arguments &arguments);
    // format(value, spec), the mini-language after ':' in a replacement field.
    static Result<std::string> formatSpec(const Value &value, std::string_view spec);
};

} // namespace Trellis::Core::Jinja
