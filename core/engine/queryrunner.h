#pragma once

#include "queryresult.h"
#include "queryworker.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace Trellis::Core {

class WorkspaceDatabase;

// Runs preview queries off the GUI thread. Lives on the thread that creates it (the GUI
// thread) and owns a worker thread with its own SQLite connection. run() returns a token at
// once; rows arrive in pages (pageReady, the first as soon as there is something to show) and
// then exactly one finished() for that token. The latest request wins: run() cancels whatever
// is running, and pages or outcomes of older requests are dropped, never emitted. cancel()
// stops the current query within milliseconds (sqlite3_interrupt plus a progress handler that
// also enforces the time limit). The SQL is rewritten for SQLite (DialectRewriter), wrapped
// with the row limit (PreviewSql) and prepared under a read-only SqlAuthorizer; error
// positions point into the query as given.
class QueryRunner : public QObject
{
    Q_OBJECT

public:
    explicit QueryRunner(QueryConnectionSource source, QObject *parent = nullptr);
    // Worker connections from a workspace, catching up on schemas before each query. The
    // workspace must outlive the runner.
    explicit QueryRunner(const WorkspaceDatabase &workspace, QObject *parent = nullptr);
    ~QueryRunner() override;

    quint64 run(const QString &query, const QueryOptions &options = {});
    // Cancels the latest request, if it is still running; its finished() says Cancelled.
    void cancel();
    quint64 latestToken() const;

Q_SIGNALS:
    void pageReady(const Trellis::Core::QueryPage &page);
    void finished(const Trellis::Core::QueryOutcome &outcome);

private:
    void interruptRunning(quint64 unlessToken);
    void onPage(const Trellis::Core::QueryPage &page);
    void onFinished(const Trellis::Core::QueryOutcome &outcome);

    std::shared_ptr<QueryRunnerShared> m_shared;
    QThread m_thread;
    QueryWorker *m_worker = nullptr;
    quint64 m_nextToken = 1;
};

} // namespace Trellis::Core
