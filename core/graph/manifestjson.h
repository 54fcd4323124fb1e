#pragma once

#include "core/graph/manifest.h"

#include <QJsonObject>

namespace Trellis::Core {

// Writes a Manifest as dbt's manifest.json (schema v12) for the fields Trellis has: nodes,
// sources, macros, docs, exposures, groups, disabled, parent_map, child_map, group_map and
// metadata. Tools that read dbt's manifest (dbt-loom's upstream reading, docs generators) can
// consume it. Relations are named for Trellis's SQLite workspace: database "trellis", schema as
// dbt's default generate_schema_name gives it for the target schema "main". Pure function.
class ManifestJson
{
public:
    static QJsonObject write(const Manifest &manifest, const QString &generatedAt);

    // One node as it appears under "nodes" / "sources" / … (also what `ls --output json` prints).
    static QJsonObject nodeObject(const Node &node);
};

} // namespace Trellis::Core
