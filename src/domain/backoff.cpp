#include "domain/backoff.hpp"

#include <algorithm>

namespace bolwerk::domain {

namespace {

// 2^20 times the first wait is far beyond any longest wait that makes sense; the
// exponent stops there so that the shift cannot overflow.
constexpr std::int64_t largest_exponent = 20;

} // namespace

std::chrono::microseconds backoff(std::chrono::seconds first, std::chrono::seconds longest, std::int64_t excess)
{
    auto const exponent = std::clamp<std::int64_t>(excess, 0, largest_exponent);
    return std::min<std::chrono::microseconds>(first * (std::int64_t{1} << exponent), longest);
}

} // namespace bolwerk::domain
