#include "projectvars.h"

namespace Trellis::Core::Dbt {

ProjectVars::ProjectVars(const DbtProject &package, const DbtProject &root)
{
    const auto addLevels = [&](const DbtProject &owner) {
        const QJsonValue scoped = owner.vars.value(package.name);
        if (scoped.isObject())
            m_levels.push_back(scoped.toObject());
        m_levels.push_back(owner.vars);
    };
    addLevels(root);
    if (&package != &root)
        addLevels(package);
}

std::optional<QJsonValue> ProjectVars::find(const QString &name) const
{
    for (const QJsonObject &level : m_levels) {
        const auto found = level.constFind(name);
        if (found != level.constEnd())
            return *found;
    }
    return std::nullopt;
}

} // namespace Trellis::Core::Dbt
