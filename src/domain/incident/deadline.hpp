#pragma once

#include "common/clock.hpp"
#include "domain/incident/incident.hpp"
#include "domain/incident/significance.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The reporting clocks of an incident (issue #15). All of them run from the moment the
// organisation became aware (Incident::aware_at):
// - early warning within 24 hours (NIS2 art. 23(4)(a), implemented by the Cbw);
// - incident notification within 72 hours (art. 23(4)(b));
// - an interim report when the CSIRT or supervisor asks, by the time they set (23(4)(c));
// - a final report within one month of the notification (23(4)(d)); if the incident is
//   still being handled then, a progress report at that time and the final report
//   within one month of the end of handling (23(4)(e));
// - a personal data breach to the Autoriteit Persoonsgegevens within 72 hours (AVG
//   art. 33(1)).
// Hours are elapsed hours: 24 hours after 10:00 CET on the Saturday before summer time
// starts is 11:00 CEST on Sunday. "One month" keeps the Dutch wall-clock time and clamps
// to the month end (add_local_months): the strict reading. Regulation 1182/71 art. 3
// would allow until the end of that day; the earlier instant is never late under either.
namespace bolwerk::domain::incident {

/// Stored: "early_warning", "notification", "interim_report", "progress_report",
/// "final_report", "data_breach_notification".
enum class ReportKind : std::uint8_t {
    EarlyWarning, ///< vroegtijdige waarschuwing
    Notification, ///< incidentmelding
    InterimReport, ///< tussentijds verslag (on request)
    ProgressReport, ///< voortgangsverslag (still being handled after a month)
    FinalReport, ///< eindverslag
    DataBreachNotification, ///< melding datalek aan de AP
};
inline constexpr std::array all_report_kinds{ReportKind::EarlyWarning, ReportKind::Notification,
    ReportKind::InterimReport, ReportKind::ProgressReport, ReportKind::FinalReport, ReportKind::DataBreachNotification};
std::string_view to_string(ReportKind kind);
Result<ReportKind> parse_report_kind(std::string_view text);
/// The law a report kind is owed under.
ReportingRegime regime_of(ReportKind kind);

inline constexpr std::chrono::hours early_warning_period{24};
inline constexpr std::chrono::hours notification_period{72};
inline constexpr int final_report_months = 1;
inline constexpr std::chrono::hours data_breach_period{72};

/// A request for an interim report, with the time the requester set.
struct InterimRequest {
    Timestamp requested_at;
    Timestamp due;
    std::string requested_by;
};

/// A report as far as the clocks care: what it was and when it went out.
struct SentReportTime {
    ReportKind kind = ReportKind::EarlyWarning;
    Timestamp sent_at;
};

/// One deadline of an incident.
struct Deadline {
    ReportKind report = ReportKind::EarlyWarning;
    /// Absent for a final report that waits for the end of handling.
    std::optional<Timestamp> due;
    /// The regime's test has not (or not again) found the incident reportable: the
    /// deadline holds if it will.
    bool provisional = false;
    /// When a report that meets it was sent: the first one of its kind, where a
    /// notification also meets the early warning and a final report the progress report.
    std::optional<Timestamp> met_at;
};

/// Everything the clocks are computed from.
struct ClockInput {
    Timestamp aware_at;
    bool personal_data = false;
    Timestamp personal_data_aware_at;
    std::optional<Timestamp> handled_at;
    SignificanceStatus cbw;
    SignificanceStatus avg;
    std::vector<InterimRequest> interim_requests;
    std::vector<SentReportTime> sent;

    /// The input for `incident`, with its decisions and timeline already evaluated.
    static ClockInput of(Incident const& incident, SignificanceStatus cbw, SignificanceStatus avg,
        std::vector<InterimRequest> interim_requests, std::vector<SentReportTime> sent);
};

/// The incident's deadlines in a fixed order (early warning, notification, interim
/// reports by request, progress, final, data breach). None for a regime whose test
/// decided "not reportable" (unless reopened), none for the AVG without personal data.
std::vector<Deadline> incident_deadlines(ClockInput const& input);

} // namespace bolwerk::domain::incident
