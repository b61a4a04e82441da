// The handling use cases of IncidentService (issue #15): timeline entries,
// classification, status, the significance decision and reports marked as sent. Each
// appends what it did to the append-only timeline, so the incident page reads as a story.
#include "app/audit_trail.hpp"
#include "app/authorisation.hpp"
#include "app/incident/incident_json.hpp"
#include "app/incident/incident_records.hpp"
#include "app/incident/incident_service.hpp"
#include "app/incident/incident_story_text.hpp"
#include "app/use_case.hpp"
#include "store/incident/incident_repository.hpp"
#include "store/incident/incident_timeline_repository.hpp"
#include "store/incident/sent_report_repository.hpp"
#include "store/incident/significance_decision_repository.hpp"
#include "store/organisation_repository.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::app {

namespace {

using namespace domain::incident;

AuditChange incident_audit(OrganisationId organisation, std::string action, IncidentId incident,
    nlohmann::json const* before, nlohmann::json const* after, std::optional<std::string> detail = {})
{
    return audit_change(
        organisation, std::move(action), "incident", incident.to_string(), before, after, std::move(detail));
}

// Appends a system-written entry (status change, decision, message) by `author`.
Result<TimelineEntry> append_system_entry(UseCase& use_case, OrganisationId organisation, IncidentRecord const& record,
    TimelineEntryKind kind, std::string const& author, std::string text, std::optional<Timestamp> occurred_at = {})
{
    TimelineEntryDraft const draft{kind, author, std::move(text), occurred_at, std::nullopt};
    auto entry = TRY(append_entry(record.timeline, record.incident.id, draft, TimelineEntryId(0), use_case.now()));
    return store::IncidentTimelineRepository::append(use_case.transaction(), organisation, std::move(entry));
}

// A handler's first step on a new report picks it up: "nieuw" becomes "in behandeling"
// (5.24.02: the report has reached the incident handlers).
Result<void> pick_up(UseCase& use_case, IncidentRecord& record, std::string const& author)
{
    if (record.incident.status != IncidentStatus::New)
        return ok();
    auto const before = incident_to_json(record.incident);
    auto changed = TRY(change_status(record.incident, IncidentStatus::InProgress, use_case.now()));
    record.incident = TRY(store::IncidentRepository::update(use_case.transaction(), std::move(changed)));
    auto const organisation = record.incident.organisation_id;
    TRY(append_system_entry(use_case, organisation, record, TimelineEntryKind::StatusChange, author,
        status_change_text(IncidentStatus::New, IncidentStatus::InProgress)));
    auto const after = incident_to_json(record.incident);
    TRY(use_case.audit(incident_audit(organisation, "incident.status", record.incident.id, &before, &after)));
    return ok();
}

// Loads the record and the person acting, inside the use case.
struct Handling {
    IncidentRecord record;
    std::string person;
};

Result<Handling> begin_handling(UseCase& use_case, OrganisationId organisation, IncidentId incident)
{
    TRY(require_organisation(use_case.connection(), organisation));
    auto record = TRY(incident_records::load(use_case.connection(), organisation, incident));
    auto person = TRY(incident_records::person_name(use_case.connection(), use_case.actor()));
    return Handling{std::move(record), std::move(person)};
}

std::optional<Timestamp> due_of(IncidentOverview const& overview, ReportKind kind)
{
    for (auto const& status : overview.deadlines) {
        if (status.deadline.report == kind)
            return status.deadline.due;
    }
    return std::nullopt;
}

} // namespace

Result<TimelineEntry> IncidentService::add_entry(
    Actor const& actor, OrganisationId organisation, IncidentId incident, TimelineEntryDraft draft)
{
    return run_use_case(m_database, m_clock, actor, Permission::IncidentHandle, organisation,
        [&](UseCase& use_case) -> Result<TimelineEntry> {
            auto handling = TRY(begin_handling(use_case, organisation, incident));
            if (draft.kind == TimelineEntryKind::StatusChange)
                return Error::invalid("status changes are written by Bolwerk itself", {.field = "kind"});
            draft.author = handling.person;
            auto entry
                = TRY(append_entry(handling.record.timeline, incident, draft, TimelineEntryId(0), use_case.now()));
            TRY(pick_up(use_case, handling.record, handling.person));
            entry = TRY(
                store::IncidentTimelineRepository::append(use_case.transaction(), organisation, std::move(entry)));
            auto const after = timeline_entry_to_json(entry);
            TRY(use_case.audit(incident_audit(organisation, "incident.timeline_entry", incident, nullptr, &after)));
            return entry;
        });
}

Result<Incident> IncidentService::classify(
    Actor const& actor, OrganisationId organisation, IncidentId incident, IncidentClassifying change)
{
    return run_use_case(m_database, m_clock, actor, Permission::IncidentHandle, organisation,
        [&](UseCase& use_case) -> Result<Incident> {
            TRY(check_classification(change.classification));
            auto handling = TRY(begin_handling(use_case, organisation, incident));
            if (change.expected_version != 0 && change.expected_version != handling.record.incident.version)
                return Error::conflict("incident " + incident.to_string()
                    + " was changed by someone else in the meantime; reload and try again");
            TRY(pick_up(use_case, handling.record, handling.person));
            auto const before = incident_to_json(handling.record.incident);
            auto changed = handling.record.incident;
            changed.classification = change.classification;
            changed.process_owner = change.process_owner;
            if (change.aware_at)
                changed = TRY(set_awareness(std::move(changed), *change.aware_at, use_case.now()));
            auto const text = classification_text(handling.record.incident, changed);
            changed = TRY(store::IncidentRepository::update(use_case.transaction(), std::move(changed)));
            handling.record.incident = changed;
            TRY(append_system_entry(
                use_case, organisation, handling.record, TimelineEntryKind::Decision, handling.person, text));
            auto const after = incident_to_json(changed);
            TRY(use_case.audit(incident_audit(organisation, "incident.classify", incident, &before, &after)));
            return changed;
        });
}

Result<Incident> IncidentService::change_status(
    Actor const& actor, OrganisationId organisation, IncidentId incident, IncidentStatus status)
{
    return run_use_case(m_database, m_clock, actor, Permission::IncidentHandle, organisation,
        [&](UseCase& use_case) -> Result<Incident> {
            auto handling = TRY(begin_handling(use_case, organisation, incident));
            auto const from = handling.record.incident.status;
            if (status == IncidentStatus::Closed)
                TRY(check_may_close(incident_records::overview_of(handling.record, use_case.now())));
            auto const before = incident_to_json(handling.record.incident);
            auto changed = TRY(domain::incident::change_status(handling.record.incident, status, use_case.now()));
            changed = TRY(store::IncidentRepository::update(use_case.transaction(), std::move(changed)));
            handling.record.incident = changed;
            TRY(append_system_entry(use_case, organisation, handling.record, TimelineEntryKind::StatusChange,
                handling.person, status_change_text(from, status)));
            auto const after = incident_to_json(changed);
            TRY(use_case.audit(incident_audit(organisation, "incident.status", incident, &before, &after)));
            return changed;
        });
}

Result<SignificanceDecision> IncidentService::decide(
    Actor const& actor, OrganisationId organisation, IncidentId incident, SignificanceDecision proposed)
{
    return run_use_case(m_database, m_clock, actor, Permission::IncidentHandle, organisation,
        [&](UseCase& use_case) -> Result<SignificanceDecision> {
            auto handling = TRY(begin_handling(use_case, organisation, incident));
            proposed.incident = incident;
            proposed.decided_by = handling.person;
            auto const criteria = default_significance_criteria();
            auto const decision = TRY(decide_significance(std::move(proposed), criteria, use_case.now()));
            TRY(pick_up(use_case, handling.record, handling.person));
            TRY(store::SignificanceDecisionRepository::insert(use_case.transaction(), organisation, decision));
            TRY(append_system_entry(use_case, organisation, handling.record, TimelineEntryKind::Decision,
                handling.person, decision_text(decision, criteria)));
            auto const after = significance_decision_to_json(decision);
            TRY(use_case.audit(incident_audit(organisation, "incident.significance", incident, nullptr, &after)));
            return decision;
        });
}

Result<SentReport> IncidentService::mark_sent(
    Actor const& actor, OrganisationId organisation, IncidentId incident, ReportSending sending)
{
    return run_use_case(m_database, m_clock, actor, Permission::IncidentHandle, organisation,
        [&](UseCase& use_case) -> Result<SentReport> {
            auto handling = TRY(begin_handling(use_case, organisation, incident));
            auto const entity = TRY(store::OrganisationRepository::find(use_case.connection(), organisation));
            OrganisationProfile profile;
            profile.entity_name = entity.name;
            profile.contact_name = sending.contact;
            auto const draft = draft_report(sending.kind, profile, handling.record.incident, sending.facts);
            auto const due = due_of(incident_records::overview_of(handling.record, use_case.now()), sending.kind);
            SendDetails details{
                sending.recipient, sending.channel, sending.sent_at, handling.person, sending.late_reason};
            auto const report = TRY(domain::incident::mark_sent(draft, std::move(details), due, use_case.now()));
            TRY(pick_up(use_case, handling.record, handling.person));
            TRY(store::SentReportRepository::insert(use_case.transaction(), organisation, report));
            TRY(append_system_entry(use_case, organisation, handling.record, TimelineEntryKind::Message,
                handling.person, sent_report_text(report), report.sent_at));
            auto const after = sent_report_to_json(report);
            TRY(use_case.audit(incident_audit(organisation, "incident.report_sent", incident, nullptr, &after)));
            return report;
        });
}

} // namespace bolwerk::app
