#pragma once

// Internal to QueryRunner: the object that lives on the runner's worker thread.

#include "queryresult.h"
#include "sqliteconnection.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

struct sqlite3_stmt;

namespace Trellis::Core {

// Where a worker gets its connection: open() once on the worker thread, then
// beforeEachQuery() (optional) before every query, e.g. to attach schemas ensured since.
struct QueryConnectionSource
{
    std::function<Result<SqliteConnection>()> open;
    std::function<Result<void>(SqliteConnection &)> beforeEachQuery;
};

// State shared by the runner (GUI thread) and its worker. The mutex guards db and
// runningToken: sqlite3_interrupt() is only ever called under it, and the worker only closes
// the connection under it, so an interrupt never reaches a closed handle.
struct QueryRunnerShared
{
    QMutex mutex;
    struct sqlite3 *db = nullptr;
    quint64 runningToken = 0;
    std::atomic<quint64> latestToken { 0 };
    std::atomic<quint64> cancelledToken { 0 };
};

// Runs one preview at a time on its thread and reports pages and the outcome, each tagged with
// the request's token. Opens its connection lazily, on first use, on its own thread.
class QueryWorker : public QObject
{
    Q_OBJECT

public:
    QueryWorker(QueryConnectionSource source, std::shared_ptr<QueryRunnerShared> shared);
    ~QueryWorker() override;

    // Runs on the worker thread (queued from QueryRunner::run).
    void execute(quint64 token, const QString &query, const QueryOptions &options);

Q_SIGNALS:
    void pageReady(const Trellis::Core::QueryPage &page);
    void finished(const Trellis::Core::QueryOutcome &outcome);

private:
    static int progress(void *self);
    bool shouldStop() const;
    Result<void> ensureConnection();
    void setRunning(quint64 token);

    QueryConnectionSource m_source;
    std::shared_ptr<QueryRunnerShared> m_shared;
    SqliteConnection m_connection;
    quint64 m_token = 0;
    QDeadlineTimer m_deadline;
    bool m_timedOut = false;
};

} // namespace Trellis::Core
