#include "materializer.h"

#include "core/build/constrainedtable.h"
#include "core/build/contractcheck.h"
#include "core/engine/guardedsql.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>

#include <sqlite3.h>

namespace Trellis::Core::Build {

namespace {

// An error in a statement that embeds the compiled SQL after `prefixLines` lines of Trellis's
// own text, moved to the compiled SQL's line.
Error inCompiledSql(Error error, int prefixLines)
{
    if (error.line > prefixLines) {
        error.line -= prefixLines;
    } else {
        error.line = 0;
        error.column = 0;
    }
    return error;
}

QString quoted(const QString &identifier)
{
    return RelationName::quoteIdentifier(identifier);
}

const RelationName kIncrementalTemp{QStringLiteral("temp"),
                                    QStringLiteral("__trellis_incremental")};
const RelationName kSnapshotTemp{QStringLiteral("temp"), QStringLiteral("__trellis_snapshot")};

} // namespace

Materializer::Materializer(sqlite3 *db, int timeLimitMs, NodeCompiler &compiler)
    : m_db(db)
    , m_timeLimitMs(timeLimitMs)
    , m_compiler(compiler)
{ }

Result<void> Materializer::trusted(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    char *message = nullptr;
    if (sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message);
        sqlite3_free(message);
        return fail(Error{{}, 0, 0, text});
    }
    return {};
}

Result<void> Materializer::inTransaction(const std::function<Result<void>()> &work)
{
    if (auto begun = trusted(QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return begun;
    Result<void> done = work();
    if (!done) {
        // Cleanup: the statement that failed is what the caller reports.
        static_cast<void>(trusted(QStringLiteral("ROLLBACK")));
        return done;
    }
    return trusted(QStringLiteral("COMMIT"));
}

Result<void> Materializer::dropExisting(const RelationName &target)
{
    const std::optional<QString> type = m_compiler.relationType(target.schema, target.name);
    if (!type)
        return {};
    return trusted(
        QStringLiteral("DROP %1 %2")
            .arg(type == QLatin1String("view") ? QStringLiteral("VIEW") : QStringLiteral("TABLE"),
                 target.quoted()));
}

qint64 Materializer::countRows(const RelationName &target) const
{
    const QByteArray sql = QStringLiteral("SELECT count(*) FROM %1").arg(target.quoted()).toUtf8();
    sqlite3_stmt *statement = nullptr;
    qint64 count = -1;
    if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        count = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return count;
}

void Materializer::build(const Node &node, const RelationName &target, const QString &sql,
                         bool fullRefresh, NodeOutcome &outcome)
{
    const QString materialized
        = node.type == ResourceType::Snapshot ? QStringLiteral("snapshot") : node.materialized();
    if (node.contractEnforced() && !checkContract(node, sql, outcome))
        return;
    Result<void> built;
    if (materialized == QLatin1String("view")) {
        built = buildView(target, sql, outcome);
    } else if (materialized == QLatin1String("table")) {
        built = buildTable(node, target, sql, outcome);
    } else if (materialized == QLatin1String("incremental")) {
        const bool exists
            = m_compiler.relationType(target.schema, target.name) == QLatin1String("table");
        built = exists && !fullRefresh ? buildIncremental(node, target, sql)
                                       : buildTable(node, target, sql, outcome);
    } else if (materialized == QLatin1String("snapshot")) {
        built = buildSnapshot(node, target, sql);
    } else {
        built = fail(Error{
            node.absolutePath, 0, 0,
            tr("the materialization '%1' is not one Trellis can build (view, table, incremental, "
               "ephemeral, snapshot)")
                .arg(materialized)});
    }
    if (!built) {
        outcome.status = NodeOutcome::Status::Error;
        outcome.errors.append(built.error());
        return;
    }
    outcome.status = NodeOutcome::Status::Success;
    if (m_compiler.relationType(target.schema, target.name) == QLatin1String("table"))
        outcome.rowCount = countRows(target);
}

bool Materializer::checkContract(const Node &node, const QString &sql, NodeOutcome &outcome)
{
    // The first rows show the types of computed columns; a LIMIT keeps the preflight cheap.
    Result<SqlRows> sample
        = GuardedSql(m_db, m_timeLimitMs)
              .query(QStringLiteral("SELECT * FROM (\n%1\n) LIMIT 1000").arg(sql));
    if (!sample) {
        outcome.status = NodeOutcome::Status::Error;
        outcome.errors.append(inCompiledSql(sample.error(), 1));
        return false;
    }
    const std::vector<ContractMismatch> mismatches = ContractCheck::compare(*sample, node.columns);
    if (mismatches.empty())
        return true;
    outcome.status = NodeOutcome::Status::Error;
    outcome.errors.append(Error{node.patchPath.isEmpty() ? node.absolutePath : node.declaredAt.file,
                                node.declaredAt.line, node.declaredAt.column,
                                tr("the model's columns do not match its enforced contract")});
    outcome.detail = ContractCheck::message(mismatches);
    return false;
}

Result<void> Materializer::buildView(const RelationName &target, const QString &sql,
                                     NodeOutcome &outcome)
{
    const GuardedSql guarded(m_db, m_timeLimitMs);
    Result<void> built = inTransaction([&]() -> Result<void> {
        if (auto dropped = dropExisting(target); !dropped)
            return dropped;
        if (auto created = guarded.execute(
                QStringLiteral("CREATE VIEW %1 AS\n%2").arg(target.quoted(), sql), target);
            !created)
            return fail(inCompiledSql(created.error(), 1));
        return {};
    });
    // A SQLite view may only read its own schema; a table holds the same rows.
    if (!built
        && built.error().message.contains(QLatin1String("cannot reference objects in database"))) {
        outcome.note = tr("built as a table: SQLite views cannot read relations in other schemas");
        return inTransaction([&]() -> Result<void> {
            if (auto dropped = dropExisting(target); !dropped)
                return dropped;
            return createTableFromQuery(target, sql);
        });
    }
    return built;
}

Result<void> Materializer::createTableFromQuery(const RelationName &target, const QString &sql)
{
    const GuardedSql guarded(m_db, m_timeLimitMs);
    // Declared types are kept (CREATE TABLE … AS would reduce them to affinities).
    Result<SqlRows> columns = guarded.describe(QStringLiteral("SELECT * FROM (\n%1\n)").arg(sql));
    if (!columns)
        return fail(inCompiledSql(columns.error(), 1));
    QStringList definitions;
    QStringList seen;
    for (qsizetype i = 0; i < columns->names.size(); ++i) {
        QString name = columns->names[i];
        // SQLite's own rule for repeated names in CREATE TABLE … AS: name:1, name:2, …
        for (int n = 1; seen.contains(name, Qt::CaseInsensitive); ++n)
            name = columns->names[i] + QLatin1Char(':') + QString::number(n);
        seen.append(name);
        definitions.append((quoted(name) + QLatin1Char(' ') + columns->declaredTypes[i]).trimmed());
    }
    if (auto created
        = guarded.execute(QStringLiteral("CREATE TABLE %1 (%2)")
                              .arg(target.quoted(), definitions.join(QStringLiteral(", "))),
                          target);
        !created)
        return created;
    if (auto filled = guarded.execute(
            QStringLiteral("INSERT INTO %1 SELECT * FROM (\n%2\n)").arg(target.quoted(), sql),
            target);
        !filled)
        return fail(inCompiledSql(filled.error(), 1));
    return {};
}

Result<void> Materializer::buildTable(const Node &node, const RelationName &target,
                                      const QString &sql, NodeOutcome &outcome)
{
    const GuardedSql guarded(m_db, m_timeLimitMs);
    return inTransaction([&]() -> Result<void> {
        if (auto dropped = dropExisting(target); !dropped)
            return dropped;
        if (!node.contractEnforced())
            return createTableFromQuery(target, sql);
        if (auto created = guarded.execute(ConstrainedTable::createStatement(target, node), target);
            !created)
            return fail(Error{node.declaredAt.file, node.declaredAt.line, node.declaredAt.column,
                              tr("the table for the contract cannot be created: %1")
                                  .arg(created.error().message)});
        if (auto filled
            = guarded.execute(ConstrainedTable::insertStatement(target, node, sql), target);
            !filled) {
            explainConstraintFailure(node, sql, outcome);
            return fail(inCompiledSql(filled.error(), 2));
        }
        return checkForeignKeys(node, target, outcome);
    });
}

void Materializer::explainConstraintFailure(const Node &node, const QString &sql,
                                            NodeOutcome &outcome)
{
    const GuardedSql guarded(m_db, m_timeLimitMs);
    for (const ConstraintProbe &probe : ConstrainedTable::probes(node, sql)) {
        Result<SqlRows> rows = guarded.query(probe.sql, kSampleRows);
        if (rows && !rows->rows.isEmpty()) {
            outcome.detail = tr("rows that break the constraint %1:").arg(probe.description);
            outcome.sample = std::move(*rows);
            return;
        }
    }
}

Result<void> Materializer::checkForeignKeys(const Node &node, const RelationName &target,
                                            NodeOutcome &outcome)
{
    Result<std::vector<ConstraintProbe>> probes
        = ConstrainedTable::foreignKeyProbes(node, target, [&](const QString &expression) {
              return m_compiler.renderExpression(node, expression);
          });
    if (!probes)
        return fail(probes.error());
    const GuardedSql guarded(m_db, m_timeLimitMs);
    for (const ConstraintProbe &probe : *probes) {
        Result<SqlRows> rows = guarded.query(probe.sql, kSampleRows);
        if (!rows)
            return fail(Error{node.declaredAt.file, node.declaredAt.line, node.declaredAt.column,
                              tr("the constraint %1 cannot be checked: %2")
                                  .arg(probe.description, rows.error().message)});
        if (!rows->rows.isEmpty()) {
            outcome.detail = tr("rows that break the constraint %1:").arg(probe.description);
            outcome.sample = std::move(*rows);
            return fail(Error{node.declaredAt.file, node.declaredAt.line, node.declaredAt.column,
                              tr("FOREIGN KEY constraint failed: %1").arg(probe.description)});
        }
    }
    return {};
}

Result<void> Materializer::buildIncremental(const Node &node, const RelationName &target,
                                            const QString &sql)
{
    const GuardedSql guarded(m_db, m_timeLimitMs);
    if (auto cleared = trusted(QStringLiteral("DROP TABLE IF EXISTS temp.__trellis_incremental"));
        !cleared)
        return cleared;
    if (auto staged = guarded.execute(
            QStringLiteral("CREATE TEMP TABLE __trellis_incremental AS SELECT * FROM (\n%1\n)")
                .arg(sql),
            kIncrementalTemp);
        !staged)
        return fail(inCompiledSql(staged.error(), 1));
    QStringList existing;
    for (const Dbt::RelationColumn &column : m_compiler.columns(target.schema, target.name))
        existing.append(column.name);
    QStringList common;
    for (const Dbt::RelationColumn &column :
         m_compiler.columns(QStringLiteral("temp"), kIncrementalTemp.name)) {
        if (existing.contains(column.name, Qt::CaseInsensitive))
            common.append(quoted(column.name));
    }
    const QStringList keys
        = ConstrainedTable::names(node.config.value(QLatin1String("unique_key")));
    Result<void> merged = inTransaction([&]() -> Result<void> {
        if (!keys.isEmpty()) {
            QStringList keyColumns;
            for (const QString &key : keys)
                keyColumns.append(quoted(key));
            const QString tuple = keyColumns.join(QStringLiteral(", "));
            if (auto deleted = guarded.execute(
                    QStringLiteral(
                        "DELETE FROM %1 WHERE (%2) IN (SELECT %2 FROM temp.__trellis_incremental)")
                        .arg(target.quoted(), tuple),
                    target);
                !deleted)
                return deleted;
        }
        return guarded.execute(
            QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM temp.__trellis_incremental")
                .arg(target.quoted(), common.join(QStringLiteral(", "))),
            target);
    });
    // Cleanup: the statement that failed is what the caller reports.
    static_cast<void>(trusted(QStringLiteral("DROP TABLE IF EXISTS temp.__trellis_incremental")));
    return merged;
}

Result<void> Materializer::buildSnapshot(const Node &node, const RelationName &target,
                                         const QString &sql)
{
    const QString key = node.config.value(QLatin1String("unique_key")).toString();
    const QString strategy
        = node.config.value(QLatin1String("strategy")).toString(QStringLiteral("timestamp"));
    const QString updatedAt = node.config.value(QLatin1String("updated_at")).toString();
    if (key.isEmpty() || (strategy == QLatin1String("timestamp") && updatedAt.isEmpty()))
        return fail(
            Error{node.absolutePath, 0, 0,
                  tr("a snapshot needs unique_key, and updated_at for the timestamp strategy")});
    const GuardedSql guarded(m_db, m_timeLimitMs);
    if (auto cleared = trusted(QStringLiteral("DROP TABLE IF EXISTS temp.__trellis_snapshot"));
        !cleared)
        return cleared;
    if (auto staged = guarded.execute(
            QStringLiteral("CREATE TEMP TABLE __trellis_snapshot AS SELECT * FROM (\n%1\n)")
                .arg(sql),
            kSnapshotTemp);
        !staged)
        return fail(inCompiledSql(staged.error(), 1));
    const QString now
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("''yyyy-MM-dd HH:mm:ss''"));
    const QString updated
        = strategy == QLatin1String("timestamp") ? QStringLiteral("src.") + quoted(updatedAt) : now;
    const QString keyOf = QStringLiteral("%1.") + quoted(key);
    const QString scdId
        = QStringLiteral(
              "md5(coalesce(cast(%1 as text), '') || '|' || coalesce(cast(%2 as text), ''))")
              .arg(keyOf.arg(QStringLiteral("src")), updated);
    const QString newRows
        = QStringLiteral(
              "SELECT src.*, %1 AS dbt_scd_id, %2 AS dbt_updated_at, %2 AS dbt_valid_from, "
              "CAST(NULL AS TEXT) AS dbt_valid_to FROM temp.__trellis_snapshot AS src")
              .arg(scdId, updated);
    Result<void> built = inTransaction([&]() -> Result<void> {
        if (!m_compiler.relationType(target.schema, target.name))
            return createTableFromQuery(target, newRows);
        QStringList changed;
        if (strategy == QLatin1String("timestamp")) {
            changed.append(QStringLiteral("%1 > snap.dbt_updated_at").arg(updated));
        } else {
            QStringList columns
                = ConstrainedTable::names(node.config.value(QLatin1String("check_cols")));
            if (columns.isEmpty() || columns == QStringList{QStringLiteral("all")}) {
                columns.clear();
                for (const Dbt::RelationColumn &column :
                     m_compiler.columns(QStringLiteral("temp"), kSnapshotTemp.name))
                    columns.append(column.name);
            }
            for (const QString &column : columns)
                changed.append(QStringLiteral("src.%1 IS NOT snap.%1").arg(quoted(column)));
        }
        const QString matches = QStringLiteral("%1 = %2").arg(keyOf.arg(QStringLiteral("src")),
                                                              keyOf.arg(QStringLiteral("snap")));
        if (auto closed = guarded.execute(
                QStringLiteral("UPDATE %1 AS snap SET dbt_valid_to = (SELECT %2 FROM "
                               "temp.__trellis_snapshot AS src WHERE %3) "
                               "WHERE snap.dbt_valid_to IS NULL AND EXISTS (SELECT 1 FROM "
                               "temp.__trellis_snapshot AS src "
                               "WHERE %3 AND (%4))")
                    .arg(target.quoted(), updated, matches, changed.join(QStringLiteral(" OR "))),
                target);
            !closed)
            return closed;
        return guarded.execute(
            QStringLiteral("INSERT INTO %1 %2 WHERE NOT EXISTS (SELECT 1 FROM %1 AS snap WHERE %3 "
                           "AND snap.dbt_valid_to IS NULL)")
                .arg(target.quoted(), newRows, matches),
            target);
    });
    // Cleanup: the statement that failed is what the caller reports.
    static_cast<void>(trusted(QStringLiteral("DROP TABLE IF EXISTS temp.__trellis_snapshot")));
    return built;
}

} // namespace Trellis::Core::Build
