#pragma once

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/incident/incident_id.hpp"
#include "domain/incident/timeline.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The significance test: is an incident reportable? Under the Cbw (NIS2 art. 23(3)) an
// incident is significant when it causes, or can cause, severe operational disruption
// of the services or financial loss for the entity, or considerable material or
// immaterial damage to other persons. A personal data breach is reported to the
// Autoriteit Persoonsgegevens unless it is unlikely to result in a risk to people
// (AVG art. 33(1)). Either answer is a recorded decision with reasons by a named person;
// new facts reopen it.
namespace bolwerk::domain::incident {

/// Which law a report is owed under. Stored: "cbw", "avg".
enum class ReportingRegime : std::uint8_t {
    Cbw, ///< Cyberbeveiligingswet (NIS2): to the CSIRT and the supervisor.
    Avg, ///< AVG / GDPR art. 33: to the Autoriteit Persoonsgegevens.
};
std::string_view to_string(ReportingRegime regime);
Result<ReportingRegime> parse_reporting_regime(std::string_view text);

/// One criterion of the test, as configurable data. `code` is stable (stored in
/// decisions); the labels are our own words, shown in the UI.
struct SignificanceCriterion {
    std::string code;
    ReportingRegime regime = ReportingRegime::Cbw;
    std::string label_nl;
    std::string label_en;
};

/// The defaults: the three Cbw criteria of NIS2 art. 23(3) (a: severe operational
/// disruption, a: financial loss for the entity, b: considerable damage to others) and
/// the AVG criterion of art. 33(1) (a risk to the rights and freedoms of people).
std::vector<SignificanceCriterion> default_significance_criteria();

/// Checks an organisation's criteria: codes of lower-case letters, digits and '_', each
/// once; both labels filled in; at least one criterion per regime.
Result<void> check_significance_criteria(std::vector<SignificanceCriterion> const& criteria);

/// Stored: "reportable", "not_reportable".
enum class SignificanceOutcome : std::uint8_t { Reportable, NotReportable };
std::string_view to_string(SignificanceOutcome outcome);
Result<SignificanceOutcome> parse_significance_outcome(std::string_view text);

/// A recorded answer of the test for one regime.
struct SignificanceDecision {
    IncidentId incident{0};
    ReportingRegime regime = ReportingRegime::Cbw;
    SignificanceOutcome outcome = SignificanceOutcome::NotReportable;
    std::vector<std::string> criteria_met; ///< Codes of the criteria that hold.
    std::string reasons;
    std::string decided_by;
    Timestamp decided_at;
};

/// The decision as proposed, checked against the criteria in force: the criteria met
/// belong to the decision's regime; "reportable" names at least one of them and "not
/// reportable" none (a criterion that holds makes the incident significant by
/// definition); both answers give reasons and name who decided. `decided_at` becomes
/// `now`.
Result<SignificanceDecision> decide_significance(
    SignificanceDecision proposed, std::vector<SignificanceCriterion> const& criteria, Timestamp now);

/// Where the test stands for one regime. Stored names are not needed: it is derived.
enum class SignificanceState : std::uint8_t {
    Undecided, ///< No decision yet: the clocks run provisionally.
    Reportable, ///< Decided reportable, no newer facts.
    NotReportable, ///< Decided not reportable, no newer facts: no clocks.
    Reopened, ///< Facts were recorded after the latest decision: decide again.
};
std::string_view to_string(SignificanceState state);

struct SignificanceStatus {
    SignificanceState state = SignificanceState::Undecided;
    std::optional<SignificanceDecision> latest; ///< The decision in force, if any.
    std::vector<TimelineEntryId> new_facts; ///< Observations recorded after it.

    /// Whether the reporting clocks of this regime run: unless the latest decision says
    /// "not reportable" and nothing new has been learned since. While undecided or
    /// reopened they run, so that a late decision cannot make a report late unseen.
    bool clocks_run() const { return state != SignificanceState::NotReportable; }
    /// Whether the clocks run on a decision that the incident is reportable.
    bool confirmed() const { return latest && latest->outcome == SignificanceOutcome::Reportable; }
};

/// The status of the test for `regime`, from the incident's decisions (any regime, any
/// order) and its timeline: the latest decision of that regime counts; an observation
/// recorded after it, or a correction of any entry, reopens it.
SignificanceStatus significance_status(ReportingRegime regime, std::vector<SignificanceDecision> const& decisions,
    std::vector<TimelineEntry> const& timeline);

} // namespace bolwerk::domain::incident
