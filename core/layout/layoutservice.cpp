#include "layoutservice.h"

#include "graphvizlayout.h"

#include "core/util/backgroundwork.h"

#include <QMetaObject>
#include <QThread>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>

namespace Trellis::Core {

// The thread that runs the layouts, with a mailbox of one: posting replaces whatever request is
// still waiting, which is how stale requests are dropped without ever reaching Graphviz.
class LayoutWorker
{
public:
    using Deliver = std::function<void(quint64 token, LayoutResult result)>;

    explicit LayoutWorker(Deliver deliver)
        : m_deliver(std::move(deliver))
        , m_thread(QThread::create([this] { run(); }))
    {
        m_thread->setObjectName(QStringLiteral("Trellis layout"));
        m_thread->start(BackgroundPriority);
    }

    ~LayoutWorker()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
            m_pending.reset();
        }
        m_wake.notify_one();
        m_thread->wait();
    }

    void post(quint64 token, LayoutRequest request)
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_pending)
                ++m_skipped;
            m_pending = Job{token, std::move(request)};
        }
        m_wake.notify_one();
    }

    void dropPending()
    {
        std::lock_guard lock(m_mutex);
        if (m_pending) {
            ++m_skipped;
            m_pending.reset();
        }
    }

    quint64 skipped() const { return m_skipped; }

private:
    struct Job
    {
        quint64 token;
        LayoutRequest request;
    };

    void run()
    {
        for (;;) {
            std::optional<Job> job;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || m_pending.has_value(); });
                if (m_stopping)
                    return;
                job.swap(m_pending);
            }
            m_deliver(job->token, computeLayout(job->request));
        }
    }

    Deliver m_deliver;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<Job> m_pending;
    bool m_stopping = false;
    std::atomic<quint64> m_skipped = 0;
    std::unique_ptr<QThread> m_thread;
};

LayoutService::LayoutService(QObject *parent)
    : QObject(parent)
{
    // Results hop back to this object's thread as queued calls; the worker is joined in the
    // destructor before this object goes away, and Qt discards calls queued to a dead object.
    m_worker = std::make_unique<LayoutWorker>([this](quint64 token, LayoutResult result) {
        QMetaObject::invokeMethod(
            this, [this, token, result = std::move(result)] { deliver(token, result); },
            Qt::QueuedConnection);
    });
}

LayoutService::~LayoutService() = default;

quint64 LayoutService::requestLayout(LayoutRequest request)
{
    const quint64 token = ++m_latestToken;
    m_worker->post(token, std::move(request));
    return token;
}

void LayoutService::cancel()
{
    // A fresh token that no request carries: whatever is in flight becomes stale.
    ++m_latestToken;
    m_worker->dropPending();
}

quint64 LayoutService::skippedCount() const
{
    return m_worker->skipped();
}

void LayoutService::deliver(quint64 token, const LayoutResult &result)
{
    if (token != m_latestToken)
        return;
    Q_EMIT layoutFinished(token, result);
}

} // namespace Trellis::Core
