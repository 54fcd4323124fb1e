#pragma once

#include "core/jinja/value.h"

#include <QString>

namespace Trellis::Core::Dbt {

// The warehouse target templates see as `target` (dbt reads it from profiles.yml; Trellis
// builds into its local SQLite workspace, whose main schema is "main").
struct Target
{
    QString name = QStringLiteral("dev");
    QString database = QStringLiteral("main");
    QString schema = QStringLiteral("main");
    QString profileName;
    int threads = 1;
};

// Context members every dbt context shares, the project file's and the models' alike.
Jinja::Value targetDictionary(const Target &target);
// env_var(name, default=None): the process environment; a missing variable without a default
// fails as dbt does, and secret variables (DBT_ENV_SECRET_…) are refused outside profiles.
Jinja::Value envVarFunction();

} // namespace Trellis::Core::Dbt
