#include "domain/incident/deadline.hpp"

#include "common/amsterdam_time.hpp"
#include "common/named_enum.hpp"

#include <algorithm>
#include <initializer_list>

namespace bolwerk::domain::incident {

namespace {

constexpr std::array kind_names{EnumName<ReportKind>{ReportKind::EarlyWarning, "early_warning"},
    EnumName<ReportKind>{ReportKind::Notification, "notification"},
    EnumName<ReportKind>{ReportKind::InterimReport, "interim_report"},
    EnumName<ReportKind>{ReportKind::ProgressReport, "progress_report"},
    EnumName<ReportKind>{ReportKind::FinalReport, "final_report"},
    EnumName<ReportKind>{ReportKind::DataBreachNotification, "data_breach_notification"}};

/// When reports of one of `kinds` were sent, earliest first.
std::vector<Timestamp> sent_times(std::vector<SentReportTime> const& sent, std::initializer_list<ReportKind> kinds)
{
    std::vector<Timestamp> times;
    for (auto const& report : sent) {
        if (std::find(kinds.begin(), kinds.end(), report.kind) != kinds.end())
            times.push_back(report.sent_at);
    }
    std::sort(times.begin(), times.end());
    return times;
}

std::optional<Timestamp> first_sent(std::vector<SentReportTime> const& sent, std::initializer_list<ReportKind> kinds)
{
    auto const times = sent_times(sent, kinds);
    return times.empty() ? std::nullopt : std::optional(times.front());
}

/// One deadline per request, in the order asked. Each interim report answers the
/// earliest unanswered request made before it was sent.
void add_interim_deadlines(ClockInput const& input, bool provisional, std::vector<Deadline>& deadlines)
{
    auto requests = input.interim_requests;
    std::sort(requests.begin(), requests.end(),
        [](InterimRequest const& left, InterimRequest const& right) { return left.requested_at < right.requested_at; });
    auto const times = sent_times(input.sent, {ReportKind::InterimReport});
    std::size_t next = 0;
    for (auto const& request : requests) {
        while (next < times.size() && times[next] < request.requested_at)
            ++next;
        std::optional<Timestamp> met;
        if (next < times.size())
            met = times[next++];
        deadlines.push_back({ReportKind::InterimReport, request.due, provisional, met});
    }
}

void add_cbw_deadlines(ClockInput const& input, std::vector<Deadline>& deadlines)
{
    bool const provisional = !input.cbw.confirmed() || input.cbw.state == SignificanceState::Reopened;
    auto const& sent = input.sent;
    Timestamp const notification_due = input.aware_at + notification_period;
    auto const notification_sent = first_sent(sent, {ReportKind::Notification});
    deadlines.push_back({ReportKind::EarlyWarning, input.aware_at + early_warning_period, provisional,
        first_sent(sent, {ReportKind::EarlyWarning, ReportKind::Notification})});
    deadlines.push_back({ReportKind::Notification, notification_due, provisional, notification_sent});

    add_interim_deadlines(input, provisional, deadlines);

    // 23(4)(d): one month from the notification as sent (or as due, until it is sent).
    auto const month_after_notification
        = add_local_months(notification_sent.value_or(notification_due), final_report_months);
    auto const final_sent = first_sent(sent, {ReportKind::FinalReport});
    if (input.handled_at && *input.handled_at <= month_after_notification) {
        deadlines.push_back({ReportKind::FinalReport, month_after_notification, provisional, final_sent});
        return;
    }
    // 23(4)(e): still being handled a month after the notification.
    deadlines.push_back({ReportKind::ProgressReport, month_after_notification, provisional,
        first_sent(sent, {ReportKind::ProgressReport, ReportKind::FinalReport})});
    auto const final_due
        = input.handled_at ? std::optional(add_local_months(*input.handled_at, final_report_months)) : std::nullopt;
    deadlines.push_back({ReportKind::FinalReport, final_due, provisional, final_sent});
}

} // namespace

std::string_view to_string(ReportKind kind) { return enum_name(kind_names, kind); }
Result<ReportKind> parse_report_kind(std::string_view text) { return parse_enum(kind_names, text, "report kind"); }

ReportingRegime regime_of(ReportKind kind)
{
    return kind == ReportKind::DataBreachNotification ? ReportingRegime::Avg : ReportingRegime::Cbw;
}

ClockInput ClockInput::of(Incident const& incident, SignificanceStatus cbw, SignificanceStatus avg,
    std::vector<InterimRequest> interim_requests, std::vector<SentReportTime> sent)
{
    return {incident.aware_at, incident.classification.personal_data, incident.personal_data_awareness(),
        incident.handled_at, std::move(cbw), std::move(avg), std::move(interim_requests), std::move(sent)};
}

std::vector<Deadline> incident_deadlines(ClockInput const& input)
{
    std::vector<Deadline> deadlines;
    if (input.cbw.clocks_run())
        add_cbw_deadlines(input, deadlines);
    if (input.personal_data && input.avg.clocks_run()) {
        bool const provisional = !input.avg.confirmed() || input.avg.state == SignificanceState::Reopened;
        deadlines.push_back({ReportKind::DataBreachNotification, input.personal_data_aware_at + data_breach_period,
            provisional, first_sent(input.sent, {ReportKind::DataBreachNotification})});
    }
    return deadlines;
}

} // namespace bolwerk::domain::incident
