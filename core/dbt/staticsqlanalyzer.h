#pragma once

#include "core/dbt/sqlcalls.h"

#include <QCoreApplication>

namespace Trellis::Core {

// Finds ref(), source() and config() calls in a Jinja-SQL file without running any Jinja: a scan
// of the `{{ }}` and `{% %}` regions whose arguments are literals (strings, numbers, booleans,
// None, lists, dicts). It is dbt's own fallback idea — static extraction — and serves where a
// file cannot be rendered, and as the fast path while typing. Calls with computed arguments
// (`ref(model_name)`) are reported as problems, since only rendering can resolve them. Pure;
// thread-safe.
class StaticSqlAnalyzer
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::StaticSqlAnalyzer)

public:
    static SqlCalls analyze(const QString &text, const QString &file);
};

} // namespace Trellis::Core
