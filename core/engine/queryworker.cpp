#include "queryworker.h"

#include "dialectrewriter.h"
#include "previewsql.h"
#include "sqlauthorizer.h"
#include "sqliteerror.h"
#include "sqlitevalue.h"

#include <QMutexLocker>

#include <sqlite3.h>

namespace Trellis::Core {

namespace {

// How many virtual-machine steps pass between checks for cancel and time limit: often enough
// to stop within a millisecond, rare enough to cost nothing measurable.
constexpr int kProgressInterval = 1000;

} // namespace

QueryWorker::QueryWorker(QueryConnectionSource source, std::shared_ptr<QueryRunnerShared> shared)
    : m_source(std::move(source))
    , m_shared(std::move(shared))
{ }

QueryWorker::~QueryWorker()
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->db = nullptr;
    m_connection.close();
}

Result<void> QueryWorker::ensureConnection()
{
    if (!m_connection.isOpen()) {
        auto opened = m_source.open();
        if (!opened)
            return fail(opened.error());
        QMutexLocker lock(&m_shared->mutex);
        m_connection = std::move(opened).value();
        m_shared->db = m_connection.handle();
    }
    if (m_source.beforeEachQuery)
        return m_source.beforeEachQuery(m_connection);
    return {};
}

void QueryWorker::setRunning(quint64 token)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->runningToken = token;
}

bool QueryWorker::shouldStop() const
{
    return m_shared->latestToken.load(std::memory_order_relaxed) != m_token
        || m_shared->cancelledToken.load(std::memory_order_relaxed) == m_token;
}

int QueryWorker::progress(void *self)
{
    auto *worker = static_cast<QueryWorker *>(self);
    if (worker->shouldStop())
        return 1;
    if (worker->m_deadline.hasExpired()) {
        worker->m_timedOut = true;
        return 1;
    }
    return 0;
}

void QueryWorker::execute(quint64 token, const QString &query, const QueryOptions &options)
{
    m_token = token;
    // Superseded while queued: the runner has already forgotten this request.
    if (m_shared->latestToken.load() != token)
        return;

    QElapsedTimer timer;
    timer.start();
    QueryOutcome outcome;
    outcome.token = token;
    if (shouldStop()) {
        outcome.status = QueryOutcome::Status::Cancelled;
        Q_EMIT finished(outcome);
        return;
    }
    auto failWith = [&](Error error, QueryOutcome::Status status = QueryOutcome::Status::Failed) {
        outcome.status = status;
        outcome.error = std::move(error);
        outcome.elapsedMs = timer.elapsed();
        Q_EMIT finished(outcome);
    };

    if (auto ready = ensureConnection(); !ready)
        return failWith(ready.error());

    const RewrittenSql rewritten = DialectRewriter::rewrite(query);
    // One extra row tells whether the limit cut the result short.
    auto wrapped = PreviewSql::wrap(rewritten.sql, options.rowLimit + 1);
    if (!wrapped) {
        // wrap() located the problem in the rewritten text; rewriting rarely moves lines, but
        // report against the user's text to be exact.
        Error error = wrapped.error();
        if (error.line > 0) {
            const QList<QStringView> lines = QStringView(rewritten.sql).split(u'\n');
            qsizetype index = 0;
            for (int i = 0; i < error.line - 1 && i < lines.size(); ++i)
                index += lines[i].size() + 1;
            index += error.column - 1;
            const TextPosition position
                = SqliteError::positionOfIndex(query, rewritten.originalIndex(index));
            error.line = position.line;
            error.column = position.column;
        }
        return failWith(error);
    }
    const QByteArray sql = wrapped->sql.toUtf8();

    sqlite3 *db = m_connection.handle();
    sqlite3_stmt *statement = nullptr;
    setRunning(token);
    int rc;
    {
        SqlAuthorizer authorizer(db, std::nullopt);
        rc = sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), 0, &statement, nullptr);
        if (rc != SQLITE_OK) {
            Error error = SqliteError::fromConnection(db);
            // A refused function fails with SQLITE_ERROR, other refusals with SQLITE_AUTH: the
            // guard's own record says which it was.
            if (!authorizer.denial().isEmpty())
                error.message = authorizer.denial();
            const int offset = SqliteError::errorOffset(db);
            if (offset >= 0) {
                const qsizetype inRewritten
                    = wrapped->bodyIndex(SqliteError::indexOfByte(sql, offset));
                const TextPosition position
                    = SqliteError::positionOfIndex(query, rewritten.originalIndex(inRewritten));
                error.line = position.line;
                error.column = position.column;
            }
            sqlite3_finalize(statement);
            setRunning(0);
            return failWith(error);
        }
    }

    const int columnCount = sqlite3_column_count(statement);
    QList<QueryColumn> columns;
    for (int i = 0; i < columnCount; ++i) {
        const char *declared = sqlite3_column_decltype(statement, i);
        columns.append(QueryColumn { QString::fromUtf8(sqlite3_column_name(statement, i)),
                                     declared ? QString::fromUtf8(declared) : QString(),
                                     {} });
    }
    std::vector<ColumnTypeTally> tallies(static_cast<size_t>(columnCount));

    m_timedOut = false;
    m_deadline = options.timeLimitMs > 0 ? QDeadlineTimer(options.timeLimitMs)
                                         : QDeadlineTimer(QDeadlineTimer::Forever);
    sqlite3_progress_handler(db, kProgressInterval, &QueryWorker::progress, this);

    QueryPage page;
    page.token = token;
    page.columns = columns;
    bool firstPageSent = false;
    auto sendPage = [&]() {
        if (!firstPageSent)
            outcome.firstPageMs = timer.elapsed();
        firstPageSent = true;
        Q_EMIT pageReady(page);
        page.firstRow += page.rows.size();
        page.rows.clear();
        page.columns.clear();
    };

    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        if (outcome.rowCount == options.rowLimit) {
            outcome.truncated = true;
            break;
        }
        QVariantList row;
        row.reserve(columnCount);
        for (int i = 0; i < columnCount; ++i) {
            row.append(sqliteColumnValue(statement, i));
            tallies[size_t(i)].add(row.constLast());
        }
        page.rows.append(std::move(row));
        ++outcome.rowCount;
        if (page.rows.size() >= options.pageSize
            || (!firstPageSent && timer.elapsed() >= options.firstPageMs))
            sendPage();
    }
    const QByteArray stepError
        = rc == SQLITE_ROW || rc == SQLITE_DONE ? QByteArray() : QByteArray(sqlite3_errmsg(db));
    sqlite3_progress_handler(db, 0, nullptr, nullptr);
    sqlite3_finalize(statement);
    setRunning(0);

    if (!page.rows.isEmpty() || !firstPageSent)
        sendPage();
    for (int i = 0; i < columnCount; ++i)
        columns[i].inferredType = tallies[size_t(i)].type();
    outcome.columns = columns;

    if (rc == SQLITE_ROW || rc == SQLITE_DONE) {
        outcome.elapsedMs = timer.elapsed();
        Q_EMIT finished(outcome);
    } else if ((rc & 0xff) == SQLITE_INTERRUPT && m_timedOut) {
        failWith(Error { {},
                         0,
                         0,
                         tr("the query ran longer than %1 s and was stopped")
                             .arg(options.timeLimitMs / 1000.0) },
                 QueryOutcome::Status::TimedOut);
    } else if ((rc & 0xff) == SQLITE_INTERRUPT) {
        outcome.status = QueryOutcome::Status::Cancelled;
        outcome.elapsedMs = timer.elapsed();
        Q_EMIT finished(outcome);
    } else {
        failWith(Error { {}, 0, 0, QString::fromUtf8(stepError) });
    }
}

} // namespace Trellis::Core
