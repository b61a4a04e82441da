#include "app/incident/incident_records.hpp"

#include "store/connection.hpp"
#include "store/incident/incident_repository.hpp"
#include "store/incident/incident_timeline_repository.hpp"
#include "store/incident/sent_report_repository.hpp"
#include "store/incident/significance_decision_repository.hpp"
#include "store/user_repository.hpp"

namespace bolwerk::app::incident_records {

using namespace domain::incident;

Result<IncidentRecord> load(store::Connection& connection, OrganisationId organisation, IncidentId incident)
{
    IncidentRecord record;
    record.incident = TRY(store::IncidentRepository::find(connection, organisation, incident));
    record.timeline = TRY(store::IncidentTimelineRepository::list(connection, organisation, incident));
    record.decisions = TRY(store::SignificanceDecisionRepository::list(connection, organisation, incident));
    for (auto const& report : TRY(store::SentReportRepository::list(connection, organisation, incident)))
        record.sent.push_back({report.kind, report.sent_at});
    return record;
}

Result<std::vector<IncidentRecord>> load_all(store::Connection& connection, OrganisationId organisation)
{
    auto incidents = TRY(store::IncidentRepository::list(connection, organisation));
    auto timelines = TRY(store::IncidentTimelineRepository::list_all(connection, organisation));
    auto decisions = TRY(store::SignificanceDecisionRepository::list_all(connection, organisation));
    auto sent = TRY(store::SentReportRepository::list_times(connection, organisation));
    std::vector<IncidentRecord> records;
    records.reserve(incidents.size());
    for (auto& incident : incidents) {
        auto const id = incident.id;
        records.push_back(
            {std::move(incident), std::move(timelines[id]), std::move(decisions[id]), {}, std::move(sent[id])});
    }
    return records;
}

IncidentOverview overview_of(IncidentRecord const& record, Timestamp now)
{
    return overview(record, EscalationPolicy::standard(), now);
}

Result<std::string> person_name(store::Connection& connection, Actor const& actor)
{
    if (!actor.user_id) {
        auto const colon = actor.label.find(':');
        return colon == std::string::npos ? actor.label : actor.label.substr(colon + 1);
    }
    auto const user = TRY(store::UserRepository::find(connection, *actor.user_id));
    return user.display_name.empty() ? user.email : user.display_name;
}

} // namespace bolwerk::app::incident_records
