#pragma once

// Timing helpers the benchmarks share: the median of several runs after one warm-up run (which
// also loads plugins and fills caches), as wall-clock time and as this thread's CPU time, which
// a busy shared machine inflates much less.

#include <QElapsedTimer>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace Trellis::Bench {

struct Timing
{
    double median;
    double min;
    double max;
    double cpuMedian;
};

inline double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

inline Timing measure(int runs, const std::function<void()> &work)
{
    work(); // warm-up
    std::vector<double> times;
    std::vector<double> cpuTimes;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpuTimes.push_back(threadCpuMs() - cpuStart);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpuTimes.begin(), cpuTimes.end());
    return {times[times.size() / 2], times.front(), times.back(), cpuTimes[cpuTimes.size() / 2]};
}

inline void report(const char *what, const Timing &timing, int runs)
{
    std::printf("%-56s median %7.2f ms (min %.2f, max %.2f; CPU median %.2f ms; %d runs)\n", what,
                timing.median, timing.min, timing.max, timing.cpuMedian, runs);
    std::fflush(stdout);
}

} // namespace Trellis::Bench
