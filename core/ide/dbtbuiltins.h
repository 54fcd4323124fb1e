#pragma once

#include <QStringList>

#include <string_view>

namespace Trellis::Core::Ide {

// What dbt itself offers a template, for colouring and completion: the names of its context
// (ref, source, config, var, this, …) and the built-in macros Trellis ships (the cross-database
// macros, is_incremental, …; dispatch implementations like sqlite__x left out). Thread-safe.
class DbtBuiltins
{
public:
    static bool isContextName(std::string_view lowerName);
    static QStringList contextNames();
    static const QStringList &macroNames();
};

} // namespace Trellis::Core::Ide
