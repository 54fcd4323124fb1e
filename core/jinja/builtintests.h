#pragma once

namespace Trellis::Core::Jinja {

class Environment;

// Jinja2's built-in tests (`is defined`, `is divisibleby 3`, `is eq`, ...) including the
// operator aliases (`==`, `<`, `lessthan`, ...). Installed by the Environment constructor.
class BuiltinTests
{
public:
    static void install(Environment &environment);
};

} // namespace Trellis::Core::Jinja
