#include "web/incident/incident_view.hpp"

#include "common/integer_text.hpp"
#include "common/local_time_format.hpp"
#include "common/text.hpp"
#include "web/core/request_context.hpp"
#include "web/risk/risk_view_support.hpp"

namespace bolwerk::web {

using namespace domain::incident;

Result<IncidentId> incident_parameter(RequestContext const& context)
{
    auto const text = context.parameters.get("incident").value_or("");
    auto const number = parse_integer(text).value_or(0);
    if (number <= 0)
        return Error::not_found("incident '" + std::string(text) + "' does not exist");
    return IncidentId(number);
}

std::string incidents_path(OrganisationId organisation)
{
    return "/organisaties/" + organisation.to_string() + "/incidenten";
}

std::string incident_path(OrganisationId organisation, IncidentId incident)
{
    return incidents_path(organisation) + "/" + incident.to_string();
}

std::string label(RequestContext& context, std::string_view prefix, std::string_view name)
{
    return context.text(std::string(prefix) + std::string(name));
}

namespace {

// The common layer's language for its time formats.
bolwerk::Language time_language(RequestContext const& context)
{
    return context.language == Language::English ? bolwerk::Language::English : bolwerk::Language::Dutch;
}

std::string state_class(DeadlineState state)
{
    switch (state) {
    case DeadlineState::Overdue:
    case DeadlineState::MetLate: return "bolwerk-status--error";
    case DeadlineState::DueSoon: return "bolwerk-status--warning";
    default: return "";
    }
}

std::string remaining(RequestContext& context, DeadlineStatus const& status)
{
    switch (status.state) {
    case DeadlineState::Waiting: return context.text("incident_clock_waiting");
    case DeadlineState::Overdue:
        return fill(context.text("incident_clock_late"),
            {{"duration", format_duration(status.lateness, time_language(context))}});
    case DeadlineState::MetOnTime:
    case DeadlineState::MetLate:
        return fill(context.text("incident_clock_met"), {{"time", when(context, *status.deadline.met_at)}});
    case DeadlineState::Upcoming:
    case DeadlineState::DueSoon: break;
    }
    return fill(
        context.text("incident_clock_left"), {{"duration", format_duration(status.time_left, time_language(context))}});
}

} // namespace

std::string when(RequestContext& context, Timestamp time)
{
    return format_local_date_time(time, time_language(context), ZoneLabel::Abbreviation);
}

nlohmann::json deadline_view(RequestContext& context, DeadlineStatus const& status)
{
    auto const report = std::string(to_string(status.deadline.report));
    return {{"report", report}, {"report_label", label(context, "incident_kind_", report)},
        {"due", status.deadline.due ? when(context, *status.deadline.due) : ""},
        {"state", label(context, "incident_deadline_", to_string(status.state))},
        {"state_class", state_class(status.state)}, {"remaining", remaining(context, status)},
        {"provisional", status.deadline.provisional}};
}

nlohmann::json incident_row(RequestContext& context, IncidentOverview const& overview)
{
    auto const& incident = overview.incident;
    nlohmann::json row{{"id", incident.id.value()}, {"href", incident_path(incident.organisation_id, incident.id)},
        {"title", incident.title}, {"status", label(context, "incident_status_", to_string(incident.status))},
        {"severity", label(context, "incident_severity_", to_string(incident.classification.severity))},
        {"reported_at", when(context, incident.reported_at)},
        {"significance", label(context, "incident_significance_state_", to_string(overview.cbw.state))}};
    if (auto const urgent = overview.most_urgent())
        row["next"] = deadline_view(context, *urgent);
    return row;
}

} // namespace bolwerk::web
