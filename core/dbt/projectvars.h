#pragma once

#include "core/project/dbtproject.h"

#include <optional>

namespace Trellis::Core::Dbt {

// `var()` lookup for the nodes of one package, with dbt's precedence: the root project's vars
// scoped to the package, the root project's global vars, then the package's own dbt_project.yml
// (scoped, then global). For a project's own nodes the root and the package are the same.
class ProjectVars
{
public:
    ProjectVars(const DbtProject &package, const DbtProject &root);

    std::optional<QJsonValue> find(const QString &name) const;

private:
    std::vector<QJsonObject> m_levels; // highest precedence first
};

} // namespace Trellis::Core::Dbt
