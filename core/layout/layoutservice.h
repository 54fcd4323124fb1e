#pragma once

#include "core/layout/layoutgeometry.h"
#include "core/layout/layoutrequest.h"

#include <QObject>

#include <memory>

namespace Trellis::Core {

class LayoutWorker;

// Lays out graphs without blocking its caller. Lives on the caller's (GUI) thread and owns one
// worker thread on which every layout runs (computeLayout(), so the worker also shares
// graphvizMutex() with any synchronous caller). Each request gets a token; only the newest
// request counts: one still waiting when a newer one arrives is dropped without being laid out,
// and a result that comes back after a newer request was made is dropped instead of delivered.
// So layoutFinished() fires at most once per token, and only for the latest one.
//
// Destroying the service waits for a layout in progress (Graphviz cannot be interrupted), then
// stops the thread; no signal is emitted after that.
class LayoutService : public QObject
{
    Q_OBJECT

public:
    explicit LayoutService(QObject *parent = nullptr);
    ~LayoutService() override;

    // Queues `request` and returns its token (increasing, never 0). Returns at once.
    quint64 requestLayout(LayoutRequest request);

    // Makes every request made so far stale, e.g. when the view is hidden.
    void cancel();

    quint64 latestToken() const { return m_latestToken; }

    // How many requests were dropped before reaching Graphviz, for tests and statistics.
    quint64 skippedCount() const;

Q_SIGNALS:
    // Emitted on the service's thread, for the latest token only.
    void layoutFinished(quint64 token, const Trellis::Core::LayoutResult &result);

private:
    void deliver(quint64 token, const LayoutResult &result);

    std::unique_ptr<LayoutWorker> m_worker;
    quint64 m_latestToken = 0;
};

} // namespace Trellis::Core
