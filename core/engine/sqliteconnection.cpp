#include "sqliteconnection.h"

#include "sqliteerror.h"

#include <sqlite3.h>

#include <utility>

namespace Trellis::Core {

SqliteConnection::SqliteConnection(sqlite3 *db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{ }

SqliteConnection::SqliteConnection(SqliteConnection &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
{ }

SqliteConnection &SqliteConnection::operator=(SqliteConnection &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

SqliteConnection::~SqliteConnection()
{
    close();
}

Result<SqliteConnection> SqliteConnection::open(const QString &path, Mode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        // Even a failed open may allocate a handle that carries the message.
        Error error { path, 0, 0,
                      db ? QString::fromUtf8(sqlite3_errmsg(db))
                         : QString::fromUtf8(sqlite3_errstr(rc)) };
        sqlite3_close_v2(db);
        return fail(std::move(error));
    }
    return SqliteConnection(db, path);
}

Result<void> SqliteConnection::execute(const QString &sql) const
{
    if (!m_db)
        return fail(Error { m_path, 0, 0, tr("the database connection is closed") });
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(SqliteError::fromConnection(m_db, utf8));
    return {};
}

void SqliteConnection::close()
{
    // _v2 defers the close until stray statements are finalized instead of failing with BUSY.
    if (m_db)
        sqlite3_close_v2(std::exchange(m_db, nullptr));
}

} // namespace Trellis::Core
