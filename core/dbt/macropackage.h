#pragma once

#include "core/jinja/environment.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

namespace Trellis::Core::Dbt {

// The parsed macro files of one package: a project, an installed package, or dbt's own macros
// (the package named "dbt"). Parsed once per workspace load and shared by every context that
// renders with them; templates are immutable, so threads may share a package.
struct MacroPackage
{
    QString name;
    std::vector<std::shared_ptr<const Jinja::Template>> templates;
};

class MacroLoader
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::Dbt::MacroLoader)

public:
    // Reads and parses `files`. A file that cannot be read or parsed is left out and reported in
    // `problems` with its position; the rest of the package still loads.
    static MacroPackage load(const QString &packageName, const QStringList &files,
                             const Jinja::Environment &environment, std::vector<Error> &problems);
    // dbt's built-in macros as Trellis ships them (is_incremental, statement, run_query, the
    // generate_*_name defaults, the cross-database macros for SQLite), as the package "dbt".
    static MacroPackage builtins(const Jinja::Environment &environment);
};

} // namespace Trellis::Core::Dbt
