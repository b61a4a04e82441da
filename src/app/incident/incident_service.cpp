#include "app/incident/incident_service.hpp"

#include "app/audit_trail.hpp"
#include "app/authorisation.hpp"
#include "app/incident/incident_json.hpp"
#include "app/incident/incident_records.hpp"
#include "app/use_case.hpp"
#include "store/incident/incident_repository.hpp"
#include "store/incident/incident_timeline_repository.hpp"
#include "store/incident/sent_report_repository.hpp"
#include "store/incident/significance_decision_repository.hpp"
#include "store/risk/information_system_repository.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace bolwerk::app {

namespace {

using namespace domain::incident;

Result<store::PooledConnection> open_for_reading(
    store::Database& database, Actor const& actor, OrganisationId organisation)
{
    TRY(authorise(actor, Permission::IncidentRead, organisation));
    auto connection = TRY(database.acquire());
    TRY(require_organisation(*connection, organisation));
    return connection;
}

bool passes(IncidentOverview const& overview, IncidentQuery const& query)
{
    if (query.status && overview.incident.status != *query.status)
        return false;
    if (!query.reportable)
        return true;
    if (*query.reportable)
        return overview.cbw.confirmed();
    return overview.cbw.latest && overview.cbw.latest->outcome == SignificanceOutcome::NotReportable;
}

// The first entry of a reported incident: what the reporter saw, when they saw it.
TimelineEntry first_entry(Incident const& incident, Timestamp now)
{
    return {TimelineEntryId(0), incident.id, TimelineEntryKind::Observation, incident.reported_by, now,
        incident.noticed_at, incident.description, std::nullopt};
}

Result<std::vector<SystemChoice>> choices(store::Connection& connection, OrganisationId organisation)
{
    std::vector<SystemChoice> systems;
    for (auto const& system : TRY(store::InformationSystemRepository::list(connection, organisation)))
        systems.push_back({system.id, system.name});
    return systems;
}

} // namespace

Result<std::vector<SystemChoice>> IncidentService::system_choices(Actor const& actor, OrganisationId organisation)
{
    TRY(authorise(actor, Permission::IncidentReport, organisation));
    auto connection = TRY(m_database.acquire());
    TRY(require_organisation(*connection, organisation));
    return choices(*connection, organisation);
}

Result<Incident> IncidentService::report(Actor const& actor, OrganisationId organisation, IncidentReport raw)
{
    return run_use_case(m_database, m_clock, actor, Permission::IncidentReport, organisation,
        [&](UseCase& use_case) -> Result<Incident> {
            TRY(require_organisation(use_case.connection(), organisation));
            raw.reported_by = TRY(incident_records::person_name(use_case.connection(), actor));
            auto const checked = TRY(IncidentReport::create(std::move(raw), use_case.now()));
            auto incident = open_incident(checked, organisation, use_case.now());
            incident = TRY(store::IncidentRepository::insert(use_case.transaction(), std::move(incident)));
            auto const entry = TRY(store::IncidentTimelineRepository::append(
                use_case.transaction(), organisation, first_entry(incident, use_case.now())));
            auto const after = incident_to_json(incident);
            TRY(use_case.audit(audit_change(organisation, "incident.report", "incident", incident.id.to_string(),
                nullptr, &after, "timeline entry " + entry.id.to_string())));
            return incident;
        });
}

Result<std::vector<IncidentOverview>> IncidentService::list(
    Actor const& actor, OrganisationId organisation, IncidentQuery const& query)
{
    auto connection = TRY(open_for_reading(m_database, actor, organisation));
    auto const now = m_clock.now();
    std::vector<IncidentOverview> overviews;
    for (auto const& record : TRY(incident_records::load_all(*connection, organisation))) {
        auto overview = incident_records::overview_of(record, now);
        if (passes(overview, query))
            overviews.push_back(std::move(overview));
    }
    return overviews;
}

Result<IncidentDetail> IncidentService::get(Actor const& actor, OrganisationId organisation, IncidentId incident)
{
    auto connection = TRY(open_for_reading(m_database, actor, organisation));
    auto const record = TRY(incident_records::load(*connection, organisation, incident));
    IncidentDetail detail;
    detail.overview = incident_records::overview_of(record, m_clock.now());
    detail.story = story(record.timeline);
    detail.decisions = record.decisions;
    detail.reports = TRY(store::SentReportRepository::list(*connection, organisation, incident));
    detail.criteria = default_significance_criteria();
    detail.systems = TRY(choices(*connection, organisation));
    return detail;
}

Result<std::vector<IncidentOverview>> IncidentService::running_clocks(Actor const& actor, OrganisationId organisation)
{
    if (auto const allowed = authorise(actor, Permission::IncidentRead, organisation); !allowed) {
        if (allowed.error().kind() == ErrorKind::Forbidden)
            return std::vector<IncidentOverview>{};
        return allowed.error();
    }
    auto running = TRY(list(actor, organisation));
    std::erase_if(running, [](IncidentOverview const& overview) {
        return overview.incident.status == IncidentStatus::Closed || !overview.most_urgent()
            || !overview.most_urgent()->deadline.due;
    });
    std::stable_sort(running.begin(), running.end(), [](IncidentOverview const& a, IncidentOverview const& b) {
        return *a.most_urgent()->deadline.due < *b.most_urgent()->deadline.due;
    });
    return running;
}

} // namespace bolwerk::app
