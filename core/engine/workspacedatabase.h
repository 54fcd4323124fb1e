#pragma once

#include "sqliteconnection.h"

#include "core/util/result.h"

#include <QCoreApplication>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>

namespace Trellis::Core {

// The SQLite workspace of one dbt workspace: a main database file plus one database file per
// dbt schema next to it (<dir>/<schema>.db), attached under the schema's name so compiled SQL
// can read "schema"."table". Owns the trusted main connection (used by the thread that opened
// the workspace: seeds, materialisation); workers get connections of their own from
// openConnection(), configured the same way and with the same schemas attached.
//
// Every connection is hardened (SqlAuthorizer::hardenConnection), has the warehouse SQL
// functions, and runs with journal_mode=WAL (readers never block the writer),
// synchronous=NORMAL (safe with WAL: a power cut may lose the last commits, never corrupt the
// file; the workspace is a rebuildable cache), temp_store=MEMORY and a larger page cache.
//
// A transaction that writes to two schemas is atomic per file only (WAL with ATTACH); Trellis
// writes one relation per transaction. This SQLite attaches at most 10 databases per
// connection (SQLITE_MAX_ATTACHED), so ensureSchema() fails clearly beyond that.
//
// schemas(), openConnection() and attachSchemas() are thread-safe; connection() and
// ensureSchema() belong to the owning thread.
class WorkspaceDatabase
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::WorkspaceDatabase)

public:
    // <CacheLocation>/workspaces/<first 16 hex digits of SHA-1(clean absolute path)>/workspace.db:
    // never inside the dbt project, stable across runs for the same folder.
    static QString defaultPath(const QString &workspaceFolder);

    // Opens (creating the file and its folder if needed) the main database at mainPath.
    static Result<std::unique_ptr<WorkspaceDatabase>> open(const QString &mainPath);

    ~WorkspaceDatabase();

    QString mainPath() const { return m_mainPath; }
    QString directory() const { return m_directory; }
    // The file that holds a schema (which need not exist yet).
    QString schemaPath(const QString &schema) const;

    // The trusted main connection. Never run model SQL here without an SqlAuthorizer.
    SqliteConnection &connection() { return m_connection; }

    // Attaches the schema's database file (creating it) to the main connection, once. "main"
    // is the workspace file itself and needs nothing. Names are dbt schema names: letters,
    // digits, '_', '-' and '$', starting with a letter or '_'.
    Result<void> ensureSchema(const QString &schema);
    QStringList schemas() const;

    // A new connection for another thread, configured like the main one, with every schema
    // ensured so far attached.
    Result<SqliteConnection> openConnection() const;
    // Attaches the schemas ensured since the connection was opened (a worker calls this before
    // each job). Cheap when nothing is missing.
    Result<void> attachSchemas(SqliteConnection &connection) const;

    static Result<void> validateSchemaName(const QString &schema);
    static constexpr int kMaxAttachedSchemas = 10;

private:
    WorkspaceDatabase(QString mainPath, SqliteConnection connection);
    static Result<void> configure(SqliteConnection &connection);
    Result<void> attach(SqliteConnection &connection, const QString &schema) const;
    static QStringList attachedSchemas(const SqliteConnection &connection);

    QString m_mainPath;
    QString m_directory;
    SqliteConnection m_connection;
    mutable QMutex m_schemasMutex;
    QStringList m_schemas; // guarded by m_schemasMutex; lower case
};

} // namespace Trellis::Core
