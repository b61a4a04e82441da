#pragma once

#include <chrono>
#include <cstdint>

namespace bolwerk::domain {

/// A wait that doubles: `first` after `excess` = 0, twice that after 1, and so on, never
/// longer than `longest`. Used wherever repeated failures slow the next try down
/// (sign-in throttling, second-factor limits, mail retries). Pure.
std::chrono::microseconds backoff(std::chrono::seconds first, std::chrono::seconds longest, std::int64_t excess);

} // namespace bolwerk::domain
