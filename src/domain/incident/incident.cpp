#include "domain/incident/incident.hpp"

#include "common/amsterdam_time.hpp"
#include "common/calendar.hpp"
#include "common/named_enum.hpp"
#include "common/text.hpp"

#include <algorithm>
#include <set>

namespace bolwerk::domain::incident {

namespace {

constexpr std::size_t max_title_length = 200;
constexpr std::size_t max_text_length = 20000;
constexpr int retention_months = 36; // BIO2 5.28.01: at least three years.

constexpr std::array status_names{EnumName<IncidentStatus>{IncidentStatus::New, "new"},
    EnumName<IncidentStatus>{IncidentStatus::InProgress, "in_progress"},
    EnumName<IncidentStatus>{IncidentStatus::Contained, "contained"},
    EnumName<IncidentStatus>{IncidentStatus::Resolved, "resolved"},
    EnumName<IncidentStatus>{IncidentStatus::Closed, "closed"}};

constexpr std::array type_names{EnumName<IncidentType>{IncidentType::Ransomware, "ransomware"},
    EnumName<IncidentType>{IncidentType::Malware, "malware"},
    EnumName<IncidentType>{IncidentType::Phishing, "phishing"},
    EnumName<IncidentType>{IncidentType::UnauthorisedAccess, "unauthorised_access"},
    EnumName<IncidentType>{IncidentType::DataLeak, "data_leak"},
    EnumName<IncidentType>{IncidentType::DenialOfService, "denial_of_service"},
    EnumName<IncidentType>{IncidentType::VulnerabilityExploited, "vulnerability_exploited"},
    EnumName<IncidentType>{IncidentType::LossOrTheft, "loss_or_theft"},
    EnumName<IncidentType>{IncidentType::HumanError, "human_error"},
    EnumName<IncidentType>{IncidentType::SupplierIncident, "supplier"},
    EnumName<IncidentType>{IncidentType::Other, "other"}};

constexpr std::array severity_names{EnumName<Severity>{Severity::Low, "low"},
    EnumName<Severity>{Severity::Medium, "medium"}, EnumName<Severity>{Severity::High, "high"},
    EnumName<Severity>{Severity::Critical, "critical"}};

struct Transition {
    IncidentStatus from;
    IncidentStatus to;
};

// The lifecycle as data: every allowed step, nothing else.
constexpr std::array allowed_transitions{
    Transition{IncidentStatus::New, IncidentStatus::InProgress},
    Transition{IncidentStatus::New, IncidentStatus::Closed},
    Transition{IncidentStatus::InProgress, IncidentStatus::Contained},
    Transition{IncidentStatus::InProgress, IncidentStatus::Resolved},
    Transition{IncidentStatus::Contained, IncidentStatus::InProgress},
    Transition{IncidentStatus::Contained, IncidentStatus::Resolved},
    Transition{IncidentStatus::Resolved, IncidentStatus::InProgress},
    Transition{IncidentStatus::Resolved, IncidentStatus::Closed},
    Transition{IncidentStatus::Closed, IncidentStatus::InProgress},
};

bool is_member_state_code(std::string_view code)
{
    return code.size() == 2 && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

/// The trimmed text, or an error naming `field` and saying what `what` (for people) lacks.
Result<std::string> checked_text(
    std::string_view text, std::string const& field, std::string_view what, std::size_t max_length)
{
    auto const trimmed = trim(text);
    if (trimmed.empty())
        return Error::invalid(std::string(what) + " is missing", {.field = field});
    if (trimmed.size() > max_length)
        return Error::invalid(
            std::string(what) + " is longer than " + std::to_string(max_length) + " characters", {.field = field});
    return std::string(trimmed);
}

} // namespace

std::string_view to_string(IncidentStatus status) { return enum_name(status_names, status); }
Result<IncidentStatus> parse_incident_status(std::string_view text)
{
    return parse_enum(status_names, text, "incident status");
}
std::string_view to_string(IncidentType type) { return enum_name(type_names, type); }
Result<IncidentType> parse_incident_type(std::string_view text)
{
    return parse_enum(type_names, text, "incident type");
}
std::string_view to_string(Severity severity) { return enum_name(severity_names, severity); }
Result<Severity> parse_severity(std::string_view text) { return parse_enum(severity_names, text, "severity"); }

Result<void> check_classification(Classification const& classification)
{
    std::set<std::string> seen;
    for (auto const& code : classification.member_states) {
        if (!is_member_state_code(code))
            return Error::invalid(
                "'" + code + "' is not a member state code (two capital letters, e.g. BE)", {.field = "member_states"});
        if (code == "NL")
            return Error::invalid(
                "list the other member states affected; NL is the entity's own", {.field = "member_states"});
        if (!seen.insert(code).second)
            return Error::invalid("member state " + code + " is listed twice", {.field = "member_states"});
    }
    for (auto const& service : classification.services) {
        if (trim(service).empty())
            return Error::invalid("an affected service has no name", {.field = "services"});
    }
    return ok();
}

Result<IncidentReport> IncidentReport::create(IncidentReport raw, Timestamp now)
{
    raw.title = TRY(checked_text(raw.title, "title", "the title", max_title_length));
    raw.description = TRY(checked_text(raw.description, "description", "the description", max_text_length));
    raw.reported_by = TRY(checked_text(raw.reported_by, "reported_by", "who reports it", max_title_length));
    raw.reporter_contact = std::string(trim(raw.reporter_contact));
    if (raw.reporter_contact.size() > max_title_length)
        return Error::invalid("the contact is longer than 200 characters", {.field = "reporter_contact"});
    if (raw.noticed_at > now)
        return Error::invalid("the moment noticed lies in the future", {.field = "noticed_at"});
    std::sort(raw.systems.begin(), raw.systems.end());
    raw.systems.erase(std::unique(raw.systems.begin(), raw.systems.end()), raw.systems.end());
    for (auto& service : raw.services)
        service = std::string(trim(service));
    std::erase_if(raw.services, [](std::string const& service) { return service.empty(); });
    return raw;
}

Incident open_incident(IncidentReport const& report, OrganisationId organisation, Timestamp now)
{
    Incident incident;
    incident.organisation_id = organisation;
    incident.title = report.title;
    incident.description = report.description;
    incident.reported_by = report.reported_by;
    incident.reporter_contact = report.reporter_contact;
    incident.noticed_at = report.noticed_at;
    incident.reported_at = now;
    incident.aware_at = now;
    incident.classification.systems = report.systems;
    incident.classification.services = report.services;
    return incident;
}

Result<Incident> set_awareness(Incident incident, Timestamp aware_at, Timestamp now)
{
    if (aware_at > now)
        return Error::invalid("the moment of becoming aware lies in the future", {.field = "aware_at"});
    incident.aware_at = aware_at;
    return incident;
}

Result<void> check_status_change(IncidentStatus from, IncidentStatus to)
{
    for (auto const& step : allowed_transitions) {
        if (step.from == from && step.to == to)
            return ok();
    }
    return Error::conflict(
        "an incident cannot go from " + std::string(to_string(from)) + " to " + std::string(to_string(to)));
}

Result<Incident> change_status(Incident incident, IncidentStatus to, Timestamp now)
{
    TRY(check_status_change(incident.status, to));
    if (to == IncidentStatus::Resolved)
        incident.handled_at = now;
    if (to == IncidentStatus::Closed && !incident.handled_at)
        incident.handled_at = now; // Closed straight from New: nothing was left to handle.
    if (to == IncidentStatus::InProgress || to == IncidentStatus::Contained)
        incident.handled_at.reset(); // Reopened: handling has not ended after all.
    incident.closed_at = to == IncidentStatus::Closed ? std::optional<Timestamp>(now) : std::nullopt;
    incident.status = to;
    return incident;
}

std::optional<Cia> derived_impact(
    Classification const& classification, std::map<InformationSystemId, Cia> const& effective)
{
    std::optional<Cia> impact;
    for (auto const system : classification.systems) {
        auto const found = effective.find(system);
        if (found == effective.end())
            continue;
        impact = impact ? stricter_of(*impact, found->second) : found->second;
    }
    return impact;
}

std::optional<Date> retention_until(Incident const& incident)
{
    if (!incident.closed_at)
        return std::nullopt;
    return add_days(add_months(amsterdam_date(*incident.closed_at), retention_months), 1);
}

} // namespace bolwerk::domain::incident
