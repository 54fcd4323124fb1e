#include "queryrunner.h"

#include "workspacedatabase.h"

#include "core/util/backgroundwork.h"

#include <QMutexLocker>

#include <sqlite3.h>

#include <limits>

namespace Trellis::Core {

QueryRunner::QueryRunner(QueryConnectionSource source, QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<QueryRunnerShared>())
{
    qRegisterMetaType<Trellis::Core::QueryPage>();
    qRegisterMetaType<Trellis::Core::QueryOutcome>();
    m_worker = new QueryWorker(std::move(source), m_shared);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("Trellis preview"));
    connect(m_worker, &QueryWorker::pageReady, this, &QueryRunner::onPage, Qt::QueuedConnection);
    connect(m_worker, &QueryWorker::finished, this, &QueryRunner::onFinished, Qt::QueuedConnection);
    m_thread.start(BackgroundPriority);
}

QueryRunner::QueryRunner(const WorkspaceDatabase &workspace, QObject *parent)
    : QueryRunner(QueryConnectionSource { [&workspace] { return workspace.openConnection(); },
                                          [&workspace](SqliteConnection &connection) {
                                              return workspace.attachSchemas(connection);
                                          } },
                  parent)
{ }

QueryRunner::~QueryRunner()
{
    // No token ever equals this, so a running query stops at its next progress check.
    m_shared->latestToken = std::numeric_limits<quint64>::max();
    interruptRunning(0);
    m_thread.quit();
    m_thread.wait();
    // The thread has ended: nothing else can touch the worker or its connection now.
    delete m_worker;
}

quint64 QueryRunner::latestToken() const
{
    return m_shared->latestToken.load();
}

void QueryRunner::interruptRunning(quint64 unlessToken)
{
    QMutexLocker lock(&m_shared->mutex);
    if (m_shared->db && m_shared->runningToken != 0 && m_shared->runningToken != unlessToken)
        sqlite3_interrupt(m_shared->db);
}

quint64 QueryRunner::run(const QString &query, const QueryOptions &options)
{
    const quint64 token = m_nextToken++;
    m_shared->latestToken = token;
    interruptRunning(token);
    QueryWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, token, query, options] { worker->execute(token, query, options); },
        Qt::QueuedConnection);
    return token;
}

void QueryRunner::cancel()
{
    const quint64 token = m_shared->latestToken.load();
    m_shared->cancelledToken = token;
    QMutexLocker lock(&m_shared->mutex);
    if (m_shared->db && m_shared->runningToken == token)
        sqlite3_interrupt(m_shared->db);
}

void QueryRunner::onPage(const QueryPage &page)
{
    if (page.token == m_shared->latestToken.load())
        Q_EMIT pageReady(page);
}

void QueryRunner::onFinished(const QueryOutcome &outcome)
{
    if (outcome.token == m_shared->latestToken.load())
        Q_EMIT finished(outcome);
}

} // namespace Trellis::Core
