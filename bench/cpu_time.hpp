#pragma once

#include <sys/resource.h>

namespace bolwerk::bench {

/// User plus system CPU time of this process so far, in seconds. On a shared machine
/// the wall clock also counts other processes; CPU time does not.
inline double cpu_seconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto const seconds = [](timeval const& time) {
        return static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

} // namespace bolwerk::bench
