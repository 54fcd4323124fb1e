#pragma once

#include "core/dbt/relationobject.h"
#include "core/dbt/sqlcalls.h"
#include "core/util/result.h"

#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

namespace Trellis::Core::Dbt {

// Rows a query gave, as run_query and adapter.execute hand them to templates. Values are
// qint64, double, QString, QByteArray or a null QVariant (SQL NULL).
struct QueryTable
{
    QStringList columnNames;
    QStringList columnTypes; // declared or inferred type per column, may be empty
    QList<QVariantList> rows;
};

// A column of a relation, as adapter.get_columns_in_relation reports it.
struct RelationColumn
{
    QString name;
    QString dataType;
};

// What dbt's execute mode asks of the outside world while a node renders: where a ref() or
// source() points (the build knows the manifest and where each node was built), and the
// workspace database (read-only queries, which relations exist, their columns). Implemented by
// the build (core/build); the execute context only calls it, on the thread rendering.
class ExecuteHost
{
public:
    virtual ~ExecuteHost() = default;

    // The relation a ref() of the node being rendered stands for. An ephemeral model answers
    // its CTE name (__dbt__cte__<name>) and is remembered for injection.
    virtual Result<Relation> resolveRef(const RefCall &call) = 0;
    virtual Result<Relation> resolveSource(const QString &sourceName, const QString &tableName) = 0;

    // Runs read-only SQL against the workspace (run_query, statement blocks).
    virtual Result<QueryTable> query(const QString &sql) = 0;
    // "table" or "view" when the relation exists, else nothing.
    virtual std::optional<QString> relationType(const QString &schema, const QString &identifier)
        = 0;
    virtual std::vector<RelationColumn> columns(const QString &schema, const QString &identifier)
        = 0;
};

} // namespace Trellis::Core::Dbt
