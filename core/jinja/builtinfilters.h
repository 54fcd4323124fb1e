#pragma once

namespace Trellis::Core::Jinja {

class Environment;

// Jinja2's built-in filters with their Python argument forms (`default(v, true)`,
// `map(attribute='x')`, `selectattr('x', 'equalto', 1)`, ...), output as Jinja2 prints it
// with autoescape off. Installed into every Environment by its constructor.
class BuiltinFilters
{
public:
    static void install(Environment &environment);
};

} // namespace Trellis::Core::Jinja
