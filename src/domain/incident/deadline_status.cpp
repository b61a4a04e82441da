#include "domain/incident/deadline_status.hpp"

#include "common/named_enum.hpp"
#include "common/text.hpp"

#include <algorithm>
#include <set>

namespace bolwerk::domain::incident {

namespace {

using namespace std::chrono;

constexpr std::array state_names{EnumName<DeadlineState>{DeadlineState::Waiting, "waiting"},
    EnumName<DeadlineState>{DeadlineState::Upcoming, "upcoming"},
    EnumName<DeadlineState>{DeadlineState::DueSoon, "due_soon"},
    EnumName<DeadlineState>{DeadlineState::Overdue, "overdue"},
    EnumName<DeadlineState>{DeadlineState::MetOnTime, "met_on_time"},
    EnumName<DeadlineState>{DeadlineState::MetLate, "met_late"}};

constexpr minutes longest_point = days{31};

std::size_t points_passed(std::vector<minutes> const& points, Timestamp due, Timestamp now)
{
    return static_cast<std::size_t>(
        std::count_if(points.begin(), points.end(), [&](minutes point) { return now >= due - point; }));
}

} // namespace

std::string_view to_string(DeadlineState state) { return enum_name(state_names, state); }

EscalationPolicy EscalationPolicy::standard()
{
    EscalationPolicy policy;
    auto set = [&](ReportKind kind, std::vector<minutes> points) {
        policy.points[static_cast<std::size_t>(kind)] = std::move(points);
    };
    set(ReportKind::EarlyWarning, {hours{12}, hours{4}, hours{1}});
    set(ReportKind::Notification, {hours{24}, hours{8}, hours{2}});
    set(ReportKind::InterimReport, {hours{24}, hours{4}});
    set(ReportKind::ProgressReport, {days{7}, days{2}, days{1}});
    set(ReportKind::FinalReport, {days{7}, days{2}, days{1}});
    set(ReportKind::DataBreachNotification, {hours{24}, hours{8}, hours{2}});
    return policy;
}

Result<void> check_escalation_policy(EscalationPolicy const& policy)
{
    for (auto const kind : all_report_kinds) {
        std::set<minutes> seen;
        for (auto const point : policy.points_for(kind)) {
            auto const field = "escalation." + std::string(to_string(kind));
            if (point <= minutes::zero() || point > longest_point)
                return Error::invalid(
                    "an escalation point lies between 1 minute and 31 days before the deadline", {.field = field});
            if (!seen.insert(point).second)
                return Error::invalid("an escalation point is given twice", {.field = field});
        }
    }
    return ok();
}

DeadlineStatus evaluate_deadline(Deadline const& deadline, EscalationPolicy const& policy, Timestamp now)
{
    DeadlineStatus status{deadline};
    if (!deadline.due)
        return status;
    auto const due = *deadline.due;
    if (deadline.met_at) {
        bool const late = *deadline.met_at > due;
        status.state = late ? DeadlineState::MetLate : DeadlineState::MetOnTime;
        status.lateness = late ? floor<seconds>(*deadline.met_at - due) : seconds::zero();
        return status;
    }
    status.time_left = floor<seconds>(due - now);
    if (now > due) {
        status.state = DeadlineState::Overdue;
        status.lateness = floor<seconds>(now - due);
        status.escalation_level = policy.points_for(deadline.report).size() + 1;
        return status;
    }
    status.escalation_level = points_passed(policy.points_for(deadline.report), due, now);
    status.state = status.escalation_level > 0 ? DeadlineState::DueSoon : DeadlineState::Upcoming;
    return status;
}

Result<void> check_late_reason(std::optional<Timestamp> due, Timestamp sent_at, std::string_view reason)
{
    if (due && sent_at > *due && trim(reason).empty())
        return Error::invalid(
            "the report is sent after its deadline of " + format_timestamp(*due) + "; record the reason it is late",
            {.field = "late_reason"});
    return ok();
}

} // namespace bolwerk::domain::incident
