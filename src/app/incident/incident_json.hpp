#pragma once

#include "domain/incident/incident_overview.hpp"
#include "domain/incident/sent_report.hpp"

#include <nlohmann/json_fwd.hpp>

namespace bolwerk::app {

/// JSON shapes of the incident register (issue #15): what the audit trail's digests
/// cover, what the API returns and what the CLI prints with --json. Times are RFC 3339
/// UTC; durations whole seconds.
nlohmann::json incident_to_json(domain::incident::Incident const& incident);
nlohmann::json timeline_entry_to_json(domain::incident::TimelineEntry const& entry);
nlohmann::json significance_decision_to_json(domain::incident::SignificanceDecision const& decision);
/// The report as sent, with its fields and digest.
nlohmann::json sent_report_to_json(domain::incident::SentReport const& report);
/// The incident with the state of both significance tests and every clock.
nlohmann::json incident_overview_to_json(domain::incident::IncidentOverview const& overview);

} // namespace bolwerk::app
