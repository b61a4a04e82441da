#pragma once

#include "app/incident/incident_service.hpp"
#include "common/result.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace bolwerk::web {

struct RequestContext;

/// Helpers shared by the incident pages, forms and API (issue #15).

/// The `{incident}` path parameter; NotFound when it is not a positive number.
Result<IncidentId> incident_parameter(RequestContext const& context);
/// "/organisaties/1/incidenten"
std::string incidents_path(OrganisationId organisation);
/// "/organisaties/1/incidenten/7"
std::string incident_path(OrganisationId organisation, IncidentId incident);

/// The label of a stored name in the request's language: `prefix` + name, e.g.
/// ("incident_status_", "in_progress").
std::string label(RequestContext& context, std::string_view prefix, std::string_view name);
/// Options for a <select>: value, label and whether chosen.
template <typename Range>
nlohmann::json options(RequestContext& context, std::string_view prefix, Range const& values, std::string const& chosen)
{
    auto list = nlohmann::json::array();
    for (auto const value : values) {
        auto const name = std::string(to_string(value));
        list.push_back({{"value", name}, {"label", label(context, prefix, name)}, {"selected", name == chosen}});
    }
    return list;
}

/// A Dutch time with its zone, in the request's language: "7 december 2026 14:05 CET".
std::string when(RequestContext& context, Timestamp time);
/// One deadline: report, due time, state with its CSS class, time left or lateness.
nlohmann::json deadline_view(RequestContext& context, domain::incident::DeadlineStatus const& status);
/// A row of the register: the incident with its status, significance and next deadline.
nlohmann::json incident_row(RequestContext& context, domain::incident::IncidentOverview const& overview);

} // namespace bolwerk::web
