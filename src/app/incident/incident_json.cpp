#include "app/incident/incident_json.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::app {

namespace {

using namespace domain::incident;

nlohmann::json optional_time(std::optional<Timestamp> time)
{
    return time ? nlohmann::json(format_timestamp(*time)) : nlohmann::json(nullptr);
}

nlohmann::json classification_to_json(Classification const& classification)
{
    auto systems = nlohmann::json::array();
    for (auto const system : classification.systems)
        systems.push_back(system.value());
    return {{"type", to_string(classification.type)}, {"severity", to_string(classification.severity)},
        {"systems", systems}, {"services", classification.services}, {"personal_data", classification.personal_data},
        {"member_states", classification.member_states}, {"suspected_malicious", classification.suspected_malicious}};
}

nlohmann::json significance_to_json(SignificanceStatus const& status)
{
    return {{"state", to_string(status.state)}, {"clocks_run", status.clocks_run()},
        {"latest", status.latest ? significance_decision_to_json(*status.latest) : nlohmann::json(nullptr)}};
}

nlohmann::json deadline_to_json(DeadlineStatus const& status)
{
    return {{"report", to_string(status.deadline.report)}, {"due", optional_time(status.deadline.due)},
        {"provisional", status.deadline.provisional}, {"met_at", optional_time(status.deadline.met_at)},
        {"state", to_string(status.state)}, {"time_left_seconds", status.time_left.count()},
        {"lateness_seconds", status.lateness.count()}, {"escalation_level", status.escalation_level}};
}

} // namespace

nlohmann::json incident_to_json(Incident const& incident)
{
    return {{"id", incident.id.value()}, {"title", incident.title}, {"description", incident.description},
        {"reported_by", incident.reported_by}, {"reporter_contact", incident.reporter_contact},
        {"noticed_at", format_timestamp(incident.noticed_at)}, {"reported_at", format_timestamp(incident.reported_at)},
        {"aware_at", format_timestamp(incident.aware_at)},
        {"personal_data_aware_at", optional_time(incident.personal_data_aware_at)},
        {"status", to_string(incident.status)}, {"classification", classification_to_json(incident.classification)},
        {"process_owner", incident.process_owner}, {"crisis_procedure_reference", incident.crisis_procedure_reference},
        {"handled_at", optional_time(incident.handled_at)}, {"closed_at", optional_time(incident.closed_at)},
        {"version", incident.version}};
}

nlohmann::json timeline_entry_to_json(TimelineEntry const& entry)
{
    return {{"id", entry.id.value()}, {"incident", entry.incident.value()}, {"kind", to_string(entry.kind)},
        {"author", entry.author}, {"recorded_at", format_timestamp(entry.recorded_at)},
        {"occurred_at", optional_time(entry.occurred_at)}, {"text", entry.text},
        {"corrects", entry.corrects ? nlohmann::json(entry.corrects->value()) : nlohmann::json(nullptr)}};
}

nlohmann::json significance_decision_to_json(SignificanceDecision const& decision)
{
    return {{"incident", decision.incident.value()}, {"regime", to_string(decision.regime)},
        {"outcome", to_string(decision.outcome)}, {"criteria_met", decision.criteria_met},
        {"reasons", decision.reasons}, {"decided_by", decision.decided_by},
        {"decided_at", format_timestamp(decision.decided_at)}};
}

nlohmann::json sent_report_to_json(SentReport const& report)
{
    auto fields = nlohmann::json::array();
    for (auto const& field : report.fields)
        fields.push_back({{"key", field.key}, {"value", field.value}, {"required", field.required}});
    return {{"incident", report.incident.value()}, {"kind", to_string(report.kind)},
        {"recipient",
            {{"kind", to_string(report.recipient.kind)}, {"name", report.recipient.name},
                {"address", report.recipient.address}}},
        {"channel", report.channel}, {"sent_at", format_timestamp(report.sent_at)}, {"sent_by", report.sent_by},
        {"late_reason", report.late_reason}, {"fields", fields}, {"sha256", report.digest}};
}

nlohmann::json incident_overview_to_json(IncidentOverview const& overview)
{
    auto json = incident_to_json(overview.incident);
    json["significance"] = {{"cbw", significance_to_json(overview.cbw)}, {"avg", significance_to_json(overview.avg)}};
    auto deadlines = nlohmann::json::array();
    for (auto const& status : overview.deadlines)
        deadlines.push_back(deadline_to_json(status));
    json["deadlines"] = deadlines;
    json["overdue"] = overview.overdue();
    return json;
}

} // namespace bolwerk::app
