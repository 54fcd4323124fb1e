#pragma once

#include "core/dbt/macropackage.h"
#include "core/jinja/dict.h"

#include <string>
#include <unordered_map>

namespace Trellis::Core::Dbt {

// The macros one node's render can call, arranged as dbt arranges them: every macro by its bare
// name (the node's own package first, then the root project, then other packages, then dbt's
// built-ins), and each package's macros under the package name (`dbt_utils.star(...)`,
// `dbt.current_timestamp()`). Macros are created once per context and, when called, run in the
// calling render, so they see that node's ref, this and config. Used by one thread.
class MacroNamespace
{
public:
    // `packages` in increasing precedence: the last one's macros win a bare-name clash. Installs
    // the bare names and the package namespaces into `context`, which the macro files also see
    // while their top level runs. A file whose top level fails is reported and skipped.
    void install(const Jinja::Environment &environment, Jinja::Dict &context,
                 const std::vector<const MacroPackage *> &packages, std::vector<Error> &problems);

    // The macro `name` of `package`, or by bare name when `package` is empty (dbt's
    // get_from_package). Null when there is none.
    const Jinja::Value *find(std::string_view package, std::string_view name) const;
    bool hasPackage(std::string_view package) const;

private:
    using MacroTable = std::unordered_map<std::string, Jinja::Value>;

    std::vector<Jinja::Value> m_modules; // keep the macros' top levels alive
    std::unordered_map<std::string, MacroTable> m_packages;
    MacroTable m_global;
};

} // namespace Trellis::Core::Dbt
