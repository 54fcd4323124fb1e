#pragma once

#include <QThread>

#include <functional>
#include <memory>

namespace Trellis::Core {

// The priority of the threads that work for the IDE in the background and that no keystroke
// waits for: layouts, lineage preparation, previews, builds and runInBackground(). On Linux this
// is SCHED_IDLE: such a worker gets a core whenever the GUI side does not want it, so a 0.1 s
// language index or a Graphviz layout never delays a repaint on a machine with two cores.
inline constexpr QThread::Priority BackgroundPriority = QThread::IdlePriority;

// Runs `task` on the pool of Trellis's own background tasks (language indexes, file loads,
// freeing large objects), or right here while the process exits. Not on
// QThreadPool::globalInstance(): Qt's raster engine splits large fills across the global pool
// and the GUI thread waits for them, so a 100 ms task of ours queued there held a paint for as
// long (measured with tests/bench/bench_typing).
void runInBackground(std::function<void()> task);

// Shares `object` so that whoever lets go of it last does not pay for its destruction: the last
// holder of a manifest copy, a language index or a selector graph is usually the GUI thread,
// and freeing tens of thousands of nodes there stalls it for milliseconds.
template<typename T>
std::shared_ptr<T> shareFreedInBackground(T *object)
{
    return std::shared_ptr<T>(object, [](T *last) { runInBackground([last] { delete last; }); });
}

} // namespace Trellis::Core
