#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "domain/incident/incident_id.hpp"
#include "domain/risk/information_system.hpp"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// An information security incident (Dutch: informatiebeveiligingsincident) as the
// register holds it (issue #15; BIO2 5.24.01–5.24.03, 5.26.02). Plain values and pure
// rules: the app layer stores them, the timeline (timeline.hpp) holds what happened.
namespace bolwerk::domain::incident {

/// Where an incident is in its handling. Stored names: "new", "in_progress",
/// "contained", "resolved", "closed"; Dutch UI: nieuw, in behandeling, ingedamd,
/// opgelost, gesloten.
enum class IncidentStatus : std::uint8_t {
    New, ///< Reported through the meldloket, not yet picked up.
    InProgress, ///< Being handled.
    Contained, ///< The damage is stopped; recovery goes on.
    Resolved, ///< Handling has ended: the final report's clock runs from here (NIS2 art. 23(4)(e)).
    Closed, ///< Done, including the reports and the analysis afterwards.
};
std::string_view to_string(IncidentStatus status);
Result<IncidentStatus> parse_incident_status(std::string_view text);

/// What kind of incident it is, for the figures per type. Stored names as listed.
enum class IncidentType : std::uint8_t {
    Ransomware, ///< "ransomware"
    Malware, ///< "malware"
    Phishing, ///< "phishing"
    UnauthorisedAccess, ///< "unauthorised_access"
    DataLeak, ///< "data_leak" (datalek)
    DenialOfService, ///< "denial_of_service"
    VulnerabilityExploited, ///< "vulnerability_exploited"
    LossOrTheft, ///< "loss_or_theft"
    HumanError, ///< "human_error"
    SupplierIncident, ///< "supplier": an incident at a supplier that touches us (5.20.05)
    Other, ///< "other"
};
inline constexpr std::array all_incident_types{IncidentType::Ransomware, IncidentType::Malware, IncidentType::Phishing,
    IncidentType::UnauthorisedAccess, IncidentType::DataLeak, IncidentType::DenialOfService,
    IncidentType::VulnerabilityExploited, IncidentType::LossOrTheft, IncidentType::HumanError,
    IncidentType::SupplierIncident, IncidentType::Other};
std::string_view to_string(IncidentType type);
Result<IncidentType> parse_incident_type(std::string_view text);

/// The handler's judgement of how bad it is. Stored: "low", "medium", "high", "critical".
enum class Severity : std::uint8_t { Low, Medium, High, Critical };
inline constexpr std::array all_severities{Severity::Low, Severity::Medium, Severity::High, Severity::Critical};
std::string_view to_string(Severity severity);
Result<Severity> parse_severity(std::string_view text);

/// How an incident is classified. Affected services are named as the organisation names
/// them (there is no services register yet); member states are ISO 3166-1 alpha-2 codes
/// of the other EU member states affected (NIS2 art. 23(4)(a) and (d) ask for them).
struct Classification {
    IncidentType type = IncidentType::Other;
    Severity severity = Severity::Low;
    std::vector<InformationSystemId> systems;
    std::vector<std::string> services;
    bool personal_data = false; ///< A personal data breach too (AVG art. 33).
    std::vector<std::string> member_states; ///< Other member states affected; empty: none known.
    bool suspected_malicious = false; ///< Suspected unlawful or malicious act (NIS2 art. 23(4)(a)).

    bool cross_border() const { return !member_states.empty(); }
    friend bool operator==(Classification const&, Classification const&) = default;
};

/// Checks a classification before it is stored: member states are two capital letters,
/// not "NL" (the entity's own state), each once; services are named.
Result<void> check_classification(Classification const& classification);

/// An incident in the register. Invariants (kept by the functions below): `handled_at`
/// is set exactly while the status is Resolved or Closed; `closed_at` exactly while
/// Closed.
struct Incident {
    IncidentId id{0};
    OrganisationId organisation_id{0};
    std::string title;
    std::string description;
    std::string reported_by; ///< Who used the meldloket (5.24.01).
    std::string reporter_contact;
    Timestamp noticed_at; ///< When the reporter noticed it.
    Timestamp reported_at; ///< When the report reached the meldloket.
    /// When the organisation became aware of the incident: every reporting clock starts
    /// here (NIS2 art. 23(4)). Recorded by the handler; the report's arrival by default.
    Timestamp aware_at;
    /// When the organisation became aware of a personal data breach, if later than
    /// aware_at (AVG art. 33(1) counts from there).
    std::optional<Timestamp> personal_data_aware_at;
    IncidentStatus status = IncidentStatus::New;
    Classification classification;
    std::string process_owner; ///< The proceseigenaar who resolves it (5.24.03).
    /// Set when escalated to the crisis procedure (5.24.05): the reference to it.
    std::string crisis_procedure_reference;
    std::optional<Timestamp> handled_at;
    std::optional<Timestamp> closed_at;
    std::int64_t version = 1;

    /// The moment the AVG's 72 hours start from, when personal data is involved.
    Timestamp personal_data_awareness() const { return personal_data_aware_at.value_or(aware_at); }
};

/// What someone fills in at the meldloket (5.24.01): what, when noticed, which system
/// or service, contact. Normalised and checked by create(); errors name the field.
struct IncidentReport {
    std::string title;
    std::string description;
    Timestamp noticed_at;
    std::vector<InformationSystemId> systems;
    std::vector<std::string> services;
    std::string reported_by;
    std::string reporter_contact;

    static Result<IncidentReport> create(IncidentReport raw, Timestamp now);
};

/// A new incident from a meldloket report: status New, aware at the moment of arrival.
Incident open_incident(IncidentReport const& report, OrganisationId organisation, Timestamp now);

/// Records when the organisation became aware; never in the future.
Result<Incident> set_awareness(Incident incident, Timestamp aware_at, Timestamp now);

/// Whether the lifecycle allows going from `from` to `to`:
/// new → in behandeling | gesloten (not an incident after all);
/// in behandeling → ingedamd | opgelost; ingedamd → in behandeling | opgelost;
/// opgelost → in behandeling (reopened) | gesloten; gesloten → in behandeling (new facts).
Result<void> check_status_change(IncidentStatus from, IncidentStatus to);

/// The incident in its new status, with handled_at and closed_at kept in step.
Result<Incident> change_status(Incident incident, IncidentStatus to, Timestamp now);

/// The BIV impact an incident can have: the strictest effective classification of the
/// systems it touches (BIO2 5.12.01 classification, inherited along dependencies; see
/// domain/risk). Absent when it touches no known system.
std::optional<Cia> derived_impact(
    Classification const& classification, std::map<InformationSystemId, Cia> const& effective);

/// The first Dutch calendar day on which the incident's records may be destroyed: the
/// day after three full years from the day it was closed (BIO2 5.28.01 asks for at
/// least three years). Absent while it is open.
std::optional<Date> retention_until(Incident const& incident);

} // namespace bolwerk::domain::incident
