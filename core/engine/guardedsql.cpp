#include "guardedsql.h"

#include "dialectrewriter.h"
#include "sqlauthorizer.h"
#include "sqliteerror.h"
#include "sqlitevalue.h"

#include <QDeadlineTimer>

#include <sqlite3.h>

namespace Trellis::Core {

namespace {

constexpr int kProgressInterval = 1000;

// Installs the time limit for as long as it lives; reports whether it struck.
class TimeLimit
{
public:
    TimeLimit(sqlite3 *db, int milliseconds)
        : m_db(db)
        , m_deadline(milliseconds > 0 ? QDeadlineTimer(milliseconds) : QDeadlineTimer::Forever)
    {
        if (milliseconds > 0)
            sqlite3_progress_handler(m_db, kProgressInterval, &TimeLimit::check, this);
    }
    ~TimeLimit() { sqlite3_progress_handler(m_db, 0, nullptr, nullptr); }
    TimeLimit(const TimeLimit &) = delete;
    TimeLimit &operator=(const TimeLimit &) = delete;

    bool struck() const { return m_struck; }

private:
    static int check(void *self)
    {
        auto *limit = static_cast<TimeLimit *>(self);
        limit->m_struck = limit->m_deadline.hasExpired();
        return limit->m_struck ? 1 : 0;
    }

    sqlite3 *m_db;
    QDeadlineTimer m_deadline;
    bool m_struck = false;
};

} // namespace

GuardedSql::GuardedSql(sqlite3 *db, int timeLimitMs)
    : m_db(db)
    , m_timeLimitMs(timeLimitMs)
{ }

Error GuardedSql::errorAt(const QString &original, const RewrittenSql &rewritten,
                          const QByteArray &utf8, int statementStart, const QString &denial) const
{
    Error error;
    error.message = denial.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(m_db)) : denial;
    const int offset = SqliteError::errorOffset(m_db);
    const int byte = offset >= 0 ? statementStart + offset : statementStart;
    const qsizetype index = rewritten.originalIndex(SqliteError::indexOfByte(utf8, byte));
    const TextPosition position = SqliteError::positionOfIndex(original, index);
    if (offset >= 0 || statementStart > 0) {
        error.line = position.line;
        error.column = position.column;
    }
    return error;
}

Result<void> GuardedSql::execute(const QString &sql,
                                 const std::optional<RelationName> &target) const
{
    const RewrittenSql rewritten = DialectRewriter::rewrite(sql);
    const QByteArray utf8 = rewritten.sql.toUtf8();
    const TimeLimit limit(m_db, m_timeLimitMs);
    const char *start = utf8.constData();
    const char *tail = start;
    while (*tail) {
        const char *statementStart = tail;
        sqlite3_stmt *statement = nullptr;
        int rc;
        QString denial;
        {
            const SqlAuthorizer guard(m_db, target);
            rc = sqlite3_prepare_v2(m_db, statementStart, -1, &statement, &tail);
            denial = guard.denial();
        }
        if (rc != SQLITE_OK)
            return fail(errorAt(sql, rewritten, utf8, int(statementStart - start), denial));
        if (!statement) // only whitespace or comments were left
            continue;
        do
            rc = sqlite3_step(statement);
        while (rc == SQLITE_ROW);
        if (rc != SQLITE_DONE) {
            Error error = errorAt(sql, rewritten, utf8, int(statementStart - start), {});
            if (limit.struck())
                error.message
                    = tr("stopped after the time limit of %1 s").arg(m_timeLimitMs / 1000.0);
            sqlite3_finalize(statement);
            return fail(std::move(error));
        }
        sqlite3_finalize(statement);
    }
    return {};
}

Result<SqlRows> GuardedSql::query(const QString &sql, qint64 maxRows) const
{
    return run(sql, maxRows, true);
}

Result<SqlRows> GuardedSql::describe(const QString &sql) const
{
    return run(sql, 0, false);
}

Result<SqlRows> GuardedSql::run(const QString &sql, qint64 maxRows, bool step) const
{
    const RewrittenSql rewritten = DialectRewriter::rewrite(sql);
    const QByteArray utf8 = rewritten.sql.toUtf8();
    const TimeLimit limit(m_db, m_timeLimitMs);
    sqlite3_stmt *statement = nullptr;
    const char *tail = nullptr;
    int rc;
    QString denial;
    {
        const SqlAuthorizer guard(m_db, std::nullopt);
        rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &statement, &tail);
        denial = guard.denial();
    }
    if (rc != SQLITE_OK)
        return fail(errorAt(sql, rewritten, utf8, 0, denial));
    if (!statement)
        return fail(Error{{}, 0, 0, tr("there is no query to run")});
    SqlRows result;
    const int columns = sqlite3_column_count(statement);
    for (int i = 0; i < columns; ++i) {
        result.names.append(QString::fromUtf8(sqlite3_column_name(statement, i)));
        result.declaredTypes.append(QString::fromUtf8(sqlite3_column_decltype(statement, i)));
    }
    rc = SQLITE_DONE;
    while (step && (rc = sqlite3_step(statement)) == SQLITE_ROW) {
        if (maxRows >= 0 && result.rows.size() >= maxRows) {
            result.truncated = true;
            rc = SQLITE_DONE;
            break;
        }
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.append(sqliteColumnValue(statement, i));
        result.rows.append(std::move(row));
    }
    if (rc != SQLITE_DONE) {
        Error error = errorAt(sql, rewritten, utf8, 0, {});
        if (limit.struck())
            error.message = tr("stopped after the time limit of %1 s").arg(m_timeLimitMs / 1000.0);
        sqlite3_finalize(statement);
        return fail(std::move(error));
    }
    sqlite3_finalize(statement);
    return result;
}

} // namespace Trellis::Core
