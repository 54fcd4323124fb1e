#include "workspacedatabase.h"

#include "relationname.h"
#include "sqlauthorizer.h"
#include "sqlfunctions.h"
#include "sqliteerror.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QStandardPaths>

#include <sqlite3.h>

namespace Trellis::Core {

namespace {

// Per schema, so applied again after each ATTACH. Negative cache sizes are KiB.
QString schemaPragmas(const QString &schema)
{
    const QString prefix = RelationName::quoteIdentifier(schema) + QLatin1Char('.');
    return QStringLiteral("PRAGMA %1synchronous=NORMAL; PRAGMA %1cache_size=-32768;").arg(prefix);
}

} // namespace

WorkspaceDatabase::WorkspaceDatabase(QString mainPath, SqliteConnection connection)
    : m_mainPath(std::move(mainPath))
    , m_directory(QFileInfo(m_mainPath).absolutePath())
    , m_connection(std::move(connection))
{ }

WorkspaceDatabase::~WorkspaceDatabase() = default;

QString WorkspaceDatabase::defaultPath(const QString &workspaceFolder)
{
    const QString clean = QDir::cleanPath(QFileInfo(workspaceFolder).absoluteFilePath());
    const QByteArray hash
        = QCryptographicHash::hash(clean.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        + QStringLiteral("/workspaces/") + QString::fromLatin1(hash)
        + QStringLiteral("/workspace.db");
}

Result<std::unique_ptr<WorkspaceDatabase>> WorkspaceDatabase::open(const QString &mainPath)
{
    const QFileInfo info(mainPath);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(Error { mainPath, 0, 0, tr("cannot create the workspace database folder") });
    auto connection = SqliteConnection::open(info.absoluteFilePath());
    if (!connection)
        return fail(connection.error());
    // WAL is a property of the file: set once here, every later connection inherits it.
    if (auto wal = connection->execute(QStringLiteral("PRAGMA main.journal_mode=WAL;")); !wal)
        return fail(Error { mainPath, 0, 0, wal.error().message });
    if (auto configured = configure(*connection); !configured)
        return fail(Error { mainPath, 0, 0, configured.error().message });
    return std::unique_ptr<WorkspaceDatabase>(
        new WorkspaceDatabase(info.absoluteFilePath(), std::move(connection).value()));
}

Result<void> WorkspaceDatabase::configure(SqliteConnection &connection)
{
    sqlite3 *db = connection.handle();
    SqlAuthorizer::hardenConnection(db);
    // Another connection may hold the write lock briefly (a seed load while a preview starts):
    // wait for it instead of failing with SQLITE_BUSY.
    sqlite3_busy_timeout(db, 5000);
    if (auto functions = SqlFunctions::registerAll(db); !functions)
        return functions;
    return connection.execute(QStringLiteral("PRAGMA temp_store=MEMORY;")
                              + schemaPragmas(QStringLiteral("main")));
}

Result<void> WorkspaceDatabase::validateSchemaName(const QString &schema)
{
    static const QRegularExpression kValid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_$-]{0,127}$"));
    if (!kValid.match(schema).hasMatch())
        return fail(
            Error { {},
                    0,
                    0,
                    tr("'%1' cannot be a schema here: use letters, digits, '_', '-' or '$', "
                       "starting with a letter or '_'")
                        .arg(schema) });
    if (schema.compare(QLatin1String("temp"), Qt::CaseInsensitive) == 0)
        return fail(Error { {}, 0, 0, tr("'temp' is reserved by SQLite and cannot be a schema") });
    return {};
}

QString WorkspaceDatabase::schemaPath(const QString &schema) const
{
    // Lower case: SQLite treats schema names case-insensitively, the file system may not.
    return m_directory + QLatin1Char('/') + schema.toLower() + QStringLiteral(".db");
}

QStringList WorkspaceDatabase::schemas() const
{
    QMutexLocker lock(&m_schemasMutex);
    return m_schemas;
}

QStringList WorkspaceDatabase::attachedSchemas(const SqliteConnection &connection)
{
    QStringList names;
    sqlite3 *db = connection.handle();
    for (int i = 0;; ++i) {
        const char *name = sqlite3_db_name(db, i);
        if (!name)
            break;
        names.append(QString::fromUtf8(name).toLower());
    }
    return names;
}

Result<void> WorkspaceDatabase::attach(SqliteConnection &connection, const QString &schema) const
{
    sqlite3 *db = connection.handle();
    // main and temp occupy two slots; SQLITE_MAX_ATTACHED counts the others.
    if (attachedSchemas(connection).size() - 2 >= kMaxAttachedSchemas)
        return fail(Error { schemaPath(schema), 0, 0,
                            tr("cannot attach schema '%1': this SQLite attaches at most %2 schemas "
                               "per connection")
                                .arg(schema)
                                .arg(kMaxAttachedSchemas) });
    sqlite3_stmt *statement = nullptr;
    // Both operands are bound values, so no name or path is ever spliced into SQL.
    if (sqlite3_prepare_v2(db, "ATTACH DATABASE ?1 AS ?2", -1, &statement, nullptr) != SQLITE_OK)
        return fail(SqliteError::fromConnection(db));
    const QByteArray path = schemaPath(schema).toUtf8();
    const QByteArray name = schema.toLower().toUtf8();
    sqlite3_bind_text(statement, 1, path.constData(), int(path.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(statement, 2, name.constData(), int(name.size()), SQLITE_TRANSIENT);
    const int rc = sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE) {
        Error error = SqliteError::fromConnection(db);
        error.file = schemaPath(schema);
        return fail(std::move(error));
    }
    return connection.execute(schemaPragmas(schema.toLower()));
}

Result<void> WorkspaceDatabase::ensureSchema(const QString &schema)
{
    if (auto valid = validateSchemaName(schema); !valid)
        return valid;
    const QString name = schema.toLower();
    if (name == QLatin1String("main"))
        return {};
    if (attachedSchemas(m_connection).contains(name))
        return {};
    if (auto attached = attach(m_connection, name); !attached)
        return attached;
    // A new file starts in rollback-journal mode; make it WAL like the main file.
    if (auto wal = m_connection.execute(
            QStringLiteral("PRAGMA %1.journal_mode=WAL;").arg(RelationName::quoteIdentifier(name)));
        !wal)
        return wal;
    QMutexLocker lock(&m_schemasMutex);
    if (!m_schemas.contains(name))
        m_schemas.append(name);
    return {};
}

Result<SqliteConnection> WorkspaceDatabase::openConnection() const
{
    auto connection = SqliteConnection::open(m_mainPath, SqliteConnection::Mode::ReadWrite);
    if (!connection)
        return connection;
    if (auto configured = configure(*connection); !configured)
        return fail(configured.error());
    if (auto attached = attachSchemas(*connection); !attached)
        return fail(attached.error());
    return connection;
}

Result<void> WorkspaceDatabase::attachSchemas(SqliteConnection &connection) const
{
    const QStringList wanted = schemas();
    const QStringList present = attachedSchemas(connection);
    for (const QString &schema : wanted) {
        if (present.contains(schema))
            continue;
        if (auto attached = attach(connection, schema); !attached)
            return attached;
    }
    return {};
}

} // namespace Trellis::Core
