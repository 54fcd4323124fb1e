#pragma once

#include "core/build/buildoutcome.h"
#include "core/build/nodecompiler.h"
#include "core/engine/relationname.h"

#include <QCoreApplication>

struct sqlite3;

namespace Trellis::Core::Build {

// Builds one model or snapshot from its compiled SQL into its relation, as dbt's
// materializations do on SQLite: view (a table instead when the query reads another schema,
// which SQLite views cannot), table, incremental (a table first, then delete+insert on
// unique_key or append), snapshot (timestamp or check strategy, dbt's dbt_scd_id /
// dbt_updated_at / dbt_valid_from / dbt_valid_to columns). A model with an enforced contract
// is checked first (ContractCheck) and built as a ConstrainedTable; a broken constraint
// reports the rows that break it. Tables keep their columns' declared types, so types flow
// from seeds to marts.
//
// The model's SQL always runs through GuardedSql (allowed to write only its relation, stopped
// by the time limit); the drop, transaction and bookkeeping statements around it are
// Trellis's own. Each relation is replaced in one transaction: on failure the old one stays.
// Errors are placed at the line of the compiled SQL. One thread (the connection's).
class Materializer
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::Build::Materializer)

public:
    Materializer(sqlite3 *db, int timeLimitMs, NodeCompiler &compiler);

    // Fills outcome.status, rowCount, note, errors, detail and sample.
    void build(const Node &node, const RelationName &target, const QString &sql, bool fullRefresh,
               NodeOutcome &outcome);

    static constexpr int kSampleRows = 5;

private:
    Result<void> buildView(const RelationName &target, const QString &sql, NodeOutcome &outcome);
    Result<void> buildTable(const Node &node, const RelationName &target, const QString &sql,
                            NodeOutcome &outcome);
    Result<void> buildIncremental(const Node &node, const RelationName &target, const QString &sql);
    Result<void> buildSnapshot(const Node &node, const RelationName &target, const QString &sql);
    Result<void> createTableFromQuery(const RelationName &target, const QString &sql);
    bool checkContract(const Node &node, const QString &sql, NodeOutcome &outcome);
    void explainConstraintFailure(const Node &node, const QString &sql, NodeOutcome &outcome);
    Result<void> checkForeignKeys(const Node &node, const RelationName &target,
                                  NodeOutcome &outcome);
    Result<void> dropExisting(const RelationName &target);
    Result<void> inTransaction(const std::function<Result<void>()> &work);
    Result<void> trusted(const QString &sql);
    qint64 countRows(const RelationName &target) const;

    sqlite3 *m_db;
    int m_timeLimitMs;
    NodeCompiler &m_compiler;
};

} // namespace Trellis::Core::Build
