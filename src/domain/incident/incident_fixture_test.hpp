#pragma once

#include "domain/incident/incident_overview.hpp"

// A small register shared by the monthly report and dashboard tests: five incidents
// around October 2026, two of them reported in the last hour of a month by UTC but in
// the next month by the Dutch clock.
namespace bolwerk::domain::incident::testing {

inline Timestamp utc(std::string_view text) { return parse_timestamp(text).value(); }

inline SignificanceDecision decision(std::int64_t incident, SignificanceOutcome outcome, std::string_view at)
{
    std::vector<std::string> criteria;
    if (outcome == SignificanceOutcome::Reportable)
        criteria.push_back("operational_disruption");
    return {IncidentId(incident), ReportingRegime::Cbw, outcome, criteria, "reden", "ciso", utc(at)};
}

inline IncidentRecord record(
    std::int64_t id, std::string_view reported_at, IncidentType type, Severity severity, IncidentStatus status)
{
    IncidentRecord record;
    auto& incident = record.incident;
    incident.id = IncidentId(id);
    incident.title = "incident " + std::to_string(id);
    incident.reported_at = utc(reported_at);
    incident.aware_at = incident.reported_at;
    incident.classification.type = type;
    incident.classification.severity = severity;
    incident.status = status;
    incident.process_owner = "eigenaar " + std::to_string(id);
    return record;
}

inline std::vector<IncidentRecord> october_register()
{
    using enum IncidentType;
    std::vector<IncidentRecord> records;
    auto ransomware = record(1, "2026-10-05T08:00:00Z", Ransomware, Severity::High, IncidentStatus::Closed);
    ransomware.decisions = {decision(1, SignificanceOutcome::Reportable, "2026-10-05T12:00:00Z")};
    ransomware.sent = {{ReportKind::EarlyWarning, utc("2026-10-05T18:00:00Z")},
        {ReportKind::Notification, utc("2026-10-06T14:00:00Z")}};
    ransomware.incident.handled_at = utc("2026-10-29T10:00:00Z");
    ransomware.incident.closed_at = utc("2026-10-30T10:00:00Z");
    records.push_back(ransomware);

    auto phishing = record(2, "2026-09-20T08:00:00Z", Phishing, Severity::Low, IncidentStatus::InProgress);
    phishing.decisions = {decision(2, SignificanceOutcome::NotReportable, "2026-09-21T08:00:00Z")};
    records.push_back(phishing);

    // 00:30 on 1 November in Amsterdam.
    records.push_back(record(3, "2026-10-31T23:30:00Z", Malware, Severity::Medium, IncidentStatus::New));

    auto leak = record(4, "2026-10-20T08:00:00Z", DataLeak, Severity::Medium, IncidentStatus::InProgress);
    leak.incident.classification.personal_data = true;
    records.push_back(leak);

    // 00:30 on 1 October in Amsterdam.
    auto other = record(5, "2026-09-30T22:30:00Z", Other, Severity::Low, IncidentStatus::InProgress);
    other.decisions = {decision(5, SignificanceOutcome::NotReportable, "2026-10-02T08:00:00Z")};
    records.push_back(other);
    return records;
}

inline std::vector<IncidentOverview> october_overviews(Timestamp now)
{
    std::vector<IncidentOverview> overviews;
    for (auto const& record : october_register())
        overviews.push_back(overview(record, EscalationPolicy::standard(), now));
    return overviews;
}

} // namespace bolwerk::domain::incident::testing
