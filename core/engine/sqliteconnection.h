#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace Trellis::Core {

// Owns one SQLite connection handle and closes it when destroyed. Move-only. A connection
// belongs to one thread at a time (SQLite per thread: every worker opens its own); only
// sqlite3_interrupt may be called on it from elsewhere, and only by code that also guards its
// closing (see QueryRunner). This class sets nothing up: WorkspaceDatabase configures it.
class SqliteConnection
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::SqliteConnection)

public:
    enum class Mode { ReadWriteCreate, ReadWrite, ReadOnly };

    // Opens a file (or ":memory:") in multi-thread mode: the connection carries no mutex of its
    // own because it is never shared between threads.
    static Result<SqliteConnection> open(const QString &path, Mode mode = Mode::ReadWriteCreate);

    SqliteConnection() = default;
    SqliteConnection(SqliteConnection &&other) noexcept;
    SqliteConnection &operator=(SqliteConnection &&other) noexcept;
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;
    ~SqliteConnection();

    sqlite3 *handle() const { return m_db; }
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }

    // Runs every statement of trusted SQL (Trellis's own, never a model's) and drops any rows.
    Result<void> execute(const QString &sql) const;

    void close();

private:
    explicit SqliteConnection(sqlite3 *db, QString path);

    sqlite3 *m_db = nullptr;
    QString m_path;
};

} // namespace Trellis::Core
