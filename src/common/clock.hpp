#pragma once

#include "common/result.hpp"

#include <chrono>
#include <string>
#include <string_view>

namespace bolwerk {

/// A point in time with microsecond precision, always UTC.
using Timestamp = std::chrono::sys_time<std::chrono::microseconds>;

/// Formats as RFC 3339 UTC with microseconds, e.g. "2026-11-25T01:29:52.123456Z".
/// The fixed width makes stored timestamps sort correctly as text on every backend.
std::string format_timestamp(Timestamp time);

/// Parses the format written by format_timestamp, and also accepts the forms without
/// fraction ("…:52Z") and with fewer fraction digits.
Result<Timestamp> parse_timestamp(std::string_view text);

/// A calendar day without time of day or zone (review dates, validity periods).
using Date = std::chrono::sys_days;

/// Formats as ISO 8601 "2026-11-25".
std::string format_date(Date date);
/// Parses "YYYY-MM-DD" and refuses days that do not exist.
Result<Date> parse_date(std::string_view text);

/// The source of "now". Domain and app code take a Clock (or a Timestamp) instead of
/// reading the system clock, so rules about dates are deterministic in tests.
/// Implementations are safe to share between threads.
class Clock {
public:
    virtual ~Clock() = default;
    virtual Timestamp now() const = 0;
};

/// The real wall clock.
class SystemClock final : public Clock {
public:
    Timestamp now() const override;
};

/// A clock that stands still until told to move; for tests. Not thread-safe.
class FixedClock final : public Clock {
public:
    explicit FixedClock(Timestamp time)
        : m_time(time)
    {
    }
    Timestamp now() const override { return m_time; }
    void advance(std::chrono::microseconds by) { m_time += by; }

private:
    Timestamp m_time;
};

} // namespace bolwerk
