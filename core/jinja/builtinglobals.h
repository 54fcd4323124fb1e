#pragma once

#include "core/jinja/value.h"

namespace Trellis::Core::Jinja {

class Environment;

// Jinja2's default globals: range, dict, namespace, cycler and joiner (installed by the
// Environment constructor), plus helpers a host may add: Python's zip(), which dbt provides.
class BuiltinGlobals
{
public:
    static void install(Environment &environment);
    static Value zip();
};

} // namespace Trellis::Core::Jinja
