#pragma once

#include "core/dbt/executehost.h"
#include "core/dbt/macronamespace.h"
#include "core/jinja/object.h"

#include <QJsonArray>

namespace Trellis::Core::Dbt {

// dbt's `adapter` for the SQLite workspace. dispatch() finds the adapter-specific implementation
// of a macro exactly as dbt searches (the `dispatch:` search order of the root project, then
// `sqlite__`, then `default__` prefixes). While parsing (no host), the methods that would query
// the database answer as dbt's do with no connection: no relation, no columns. In execute mode
// they ask the host: get_relation, load_relation, get_columns_in_relation, already_exists and
// execute (read-only).
class AdapterObject final : public Jinja::Object
{
public:
    // `dispatchConfig` is the root project's `dispatch:` list; `rootProject` its name. `host`,
    // when given, must outlive the object.
    AdapterObject(const MacroNamespace &macros, QJsonArray dispatchConfig, QString rootProject,
                  ExecuteHost *host = nullptr);

    std::string typeName() const override { return "SQLiteAdapter"; }
    Jinja::Value attribute(std::string_view name) const override;

    static constexpr std::string_view kType = "sqlite";

private:
    Result<Jinja::Value> dispatch(Jinja::Arguments &arguments) const;
    std::vector<std::string> searchPackages(const Jinja::Value &macroNamespace) const;
    Jinja::Value hostMethod(std::string_view name) const;

    const MacroNamespace &m_macros;
    QJsonArray m_dispatchConfig;
    QString m_rootProject;
    ExecuteHost *m_host;
};

} // namespace Trellis::Core::Dbt
