#pragma once

#include "domain/incident/deadline.hpp"

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

// Where a deadline stands at a moment: time left, escalation, lateness.
namespace bolwerk::domain::incident {

/// Stored / API names: "waiting", "upcoming", "due_soon", "overdue", "met_on_time",
/// "met_late".
enum class DeadlineState : std::uint8_t {
    Waiting, ///< No due time yet (a final report waiting for the end of handling).
    Upcoming, ///< Not yet near.
    DueSoon, ///< Past at least one escalation point.
    Overdue, ///< Past due and not met; stays visible with its lateness.
    MetOnTime,
    MetLate, ///< Sent after the due time: the report records why.
};
std::string_view to_string(DeadlineState state);

/// When to warn before each kind of deadline: durations before the due time, e.g. 12,
/// 4 and 1 hours before the early warning. Configurable per organisation.
struct EscalationPolicy {
    std::array<std::vector<std::chrono::minutes>, all_report_kinds.size()> points;

    std::vector<std::chrono::minutes> const& points_for(ReportKind kind) const
    {
        return points[static_cast<std::size_t>(kind)];
    }
    /// Early warning 12/4/1 h; notification and data breach 24/8/2 h; interim 24/4 h;
    /// progress and final report 7/2/1 days.
    static EscalationPolicy standard();
};

/// Refuses points that are not positive, longer than 31 days, or given twice.
Result<void> check_escalation_policy(EscalationPolicy const& policy);

struct DeadlineStatus {
    Deadline deadline;
    DeadlineState state = DeadlineState::Waiting;
    /// due − now: negative once past; zero while waiting or once met.
    std::chrono::seconds time_left{0};
    /// How late: now − due while overdue, sent − due when met late; zero otherwise.
    std::chrono::seconds lateness{0};
    /// How many escalation points have passed (0: none), one more than all of them once
    /// overdue. The app sends one mail each time this number grows.
    std::size_t escalation_level = 0;
};

/// The status of `deadline` at `now` under `policy`.
DeadlineStatus evaluate_deadline(Deadline const& deadline, EscalationPolicy const& policy, Timestamp now);

/// A report sent after its due time must say why (issue #15): refuses an empty reason
/// then, naming the field "late_reason".
Result<void> check_late_reason(std::optional<Timestamp> due, Timestamp sent_at, std::string_view reason);

} // namespace bolwerk::domain::incident
