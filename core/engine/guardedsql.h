#pragma once

#include "dialectrewriter.h"
#include "relationname.h"

#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

struct sqlite3;

namespace Trellis::Core {

// Rows a query gave: column names, each column's declared type when it comes straight from a
// table (else empty), and values as sqliteColumnValue() gives them.
struct SqlRows
{
    QStringList names;
    QStringList declaredTypes;
    QList<QVariantList> rows;
    bool truncated = false; // more rows existed beyond the limit
};

// Runs SQL that came from a model, a test or a template on one connection, the way all such SQL
// must run: rewritten for SQLite (DialectRewriter), prepared under an SqlAuthorizer (read-only,
// or allowed to write only the relation being built), stopped by a time limit, and with errors
// placed (line, column) in the SQL as given rather than as rewritten. Trellis's own bookkeeping
// statements do not go through here. Used on the connection's thread; cheap to create.
class GuardedSql
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::GuardedSql)

public:
    // timeLimitMs: a statement running longer is stopped (0: no limit).
    explicit GuardedSql(sqlite3 *db, int timeLimitMs = 0);

    // Runs every statement of `sql`; `target` is the only relation it may create, replace or
    // write (std::nullopt: nothing).
    Result<void> execute(const QString &sql, const std::optional<RelationName> &target) const;
    // Runs one read-only query and returns at most maxRows rows (-1: all of them).
    Result<SqlRows> query(const QString &sql, qint64 maxRows = -1) const;
    // The columns one read-only query would give (names, declared types), without running it.
    Result<SqlRows> describe(const QString &sql) const;

    static constexpr int kDefaultTimeLimitMs = 300'000;

private:
    Result<SqlRows> run(const QString &sql, qint64 maxRows, bool step) const;
    Error errorAt(const QString &original, const RewrittenSql &rewritten, const QByteArray &utf8,
                  int statementStart, const QString &denial) const;

    sqlite3 *m_db;
    int m_timeLimitMs;
};

} // namespace Trellis::Core
