#include "buildledger.h"

#include "core/engine/sqliteerror.h"

#include <sqlite3.h>

namespace Trellis::Core::Build {

namespace {

// Runs one trusted statement with text parameters; answers the first column of the first row.
Result<QString> run(sqlite3 *db, const char *sql, std::initializer_list<QString> parameters)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return fail(SqliteError::fromConnection(db));
    int index = 1;
    for (const QString &parameter : parameters) {
        const QByteArray utf8 = parameter.toUtf8();
        sqlite3_bind_text(statement, index++, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    const int rc = sqlite3_step(statement);
    QString answer;
    if (rc == SQLITE_ROW)
        answer
            = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return fail(SqliteError::fromConnection(db));
    return answer;
}

} // namespace

BuildLedger::BuildLedger(sqlite3 *db)
    : m_db(db)
{ }

Result<void> BuildLedger::ensureTable()
{
    Result<QString> created
        = run(m_db,
              "CREATE TABLE IF NOT EXISTS main.__trellis_builds ("
              "unique_id TEXT PRIMARY KEY, relation TEXT, hash TEXT, built_at TEXT)",
              {});
    if (!created)
        return fail(created.error());
    return {};
}

QString BuildLedger::hash(const QString &uniqueId) const
{
    Result<QString> stored
        = run(m_db, "SELECT hash FROM main.__trellis_builds WHERE unique_id = ?1", {uniqueId});
    return stored ? *stored : QString();
}

Result<void> BuildLedger::record(const QString &uniqueId, const QString &relation,
                                 const QString &hash)
{
    Result<QString> stored = run(m_db,
                                 "INSERT OR REPLACE INTO main.__trellis_builds VALUES (?1, ?2, ?3, "
                                 "strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
                                 {uniqueId, relation, hash});
    if (!stored)
        return fail(stored.error());
    return {};
}

Result<void> BuildLedger::forget(const QString &uniqueId)
{
    Result<QString> removed
        = run(m_db, "DELETE FROM main.__trellis_builds WHERE unique_id = ?1", {uniqueId});
    if (!removed)
        return fail(removed.error());
    return {};
}

} // namespace Trellis::Core::Build
