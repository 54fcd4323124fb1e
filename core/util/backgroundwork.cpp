#include "backgroundwork.h"

#include <QThreadPool>

namespace Trellis::Core {

namespace {

struct BackgroundPool : QThreadPool
{
    BackgroundPool()
    {
        setObjectName(QStringLiteral("Trellis background"));
        setThreadPriority(BackgroundPriority);
    }
};

Q_GLOBAL_STATIC(BackgroundPool, pool)

} // namespace

void runInBackground(std::function<void()> task)
{
    if (QThreadPool *background = pool())
        background->start(std::move(task));
    else
        task();
}

} // namespace Trellis::Core
