#pragma once

#include "core/engine/relationname.h"
#include "core/graph/node.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace Trellis::Core::Build {

// A query that finds the rows of a model breaking one constraint.
struct ConstraintProbe
{
    QString description; // "not_null on station_id", "check station_has_docks", …
    QString sql;
};

// The table Trellis builds for a model with an enforced contract: a STRICT table whose columns
// come in contract order with their types mapped to SQLite's strict types (integer family →
// INTEGER, real → REAL, numeric/decimal → ANY so whole numbers stay integers, text, date and
// time → TEXT, blob → BLOB), with NOT NULL, UNIQUE, PRIMARY KEY and CHECK constraints, column-
// and model-level. Foreign keys are checked after the load with a probe instead: SQLite cannot
// reference another schema's table, and enforced keys would stop a parent from being rebuilt.
// Also writes the probes that show which rows break a constraint. Pure; thread-safe.
class ConstrainedTable
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::Build::ConstrainedTable)

public:
    // Renders a foreign key's `to:` (ref('x')) into the relation it names.
    using RelationRenderer = std::function<Result<QString>(const QString &expression)>;

    static QString strictType(const QString &contractType);
    // A config value that is one name or a list of names (columns:, unique_key:, check_cols:).
    static QStringList names(const QJsonValue &value);
    static QString createStatement(const RelationName &target, const Node &node);
    static QString insertStatement(const RelationName &target, const Node &node,
                                   const QString &query);
    // Probes over `query` (the model's SELECT) for every constraint but foreign keys.
    static std::vector<ConstraintProbe> probes(const Node &node, const QString &query);
    // Probes over the built table for the foreign keys.
    static Result<std::vector<ConstraintProbe>>
    foreignKeyProbes(const Node &node, const RelationName &built, const RelationRenderer &renderer);
};

} // namespace Trellis::Core::Build
