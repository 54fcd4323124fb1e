#pragma once

#include <QString>

namespace Trellis::Bench {

// Writes a synthetic dbt mesh that every benchmark shares: `projects` projects, each with
// `modelsPerProject` models in staging/intermediate/marts folders, property YAML with columns and
// tests for each folder, sources over seeds, groups, public contracted marts, one versioned
// model per project, Jinja loops, and two-argument refs to public models of upstream projects
// (project i depends on i-1 and i/2, so the project graph is a DAG). Deterministic: the same
// arguments write the same bytes.
struct MeshShape
{
    int projects = 10;
    int modelsPerProject = 1000;
    quint32 seed = 20261121;
};

class MeshGenerator
{
public:
    // Returns an error message, or an empty string on success.
    static QString write(const QString &folder, const MeshShape &shape);

    static QString projectName(int index);
    static QString modelName(int project, int model);
};

} // namespace Trellis::Bench
