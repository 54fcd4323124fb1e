#pragma once

#include "core/dbt/contextmembers.h"
#include "core/jinja/environment.h"
#include "core/project/dbtproject.h"

#include <QCoreApplication>

namespace Trellis::Core::Dbt {

// Renders the Jinja in a project's dbt_project.yml values before anything else reads them, as
// dbt does: `+schema: "{{ env_var('SCHEMA', 'analytics') }}"`, `profile: "{{ ... }}"`. The
// context holds env_var, var (no command-line vars exist here, so only defaults answer) and
// target. As in dbt, `vars:`, run hooks, pre-/post-hooks and query-comment stay as written
// (they are rendered where they are used). A rendered value becomes the Python literal it
// spells (True, 3, 1.5), else a string. A value that fails to render stays as written and is
// reported at its line.
class ProjectFileRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::Dbt::ProjectFileRenderer)

public:
    static std::vector<Error> render(DbtProject &project, const Jinja::Environment &environment,
                                     const Target &target);
};

} // namespace Trellis::Core::Dbt
