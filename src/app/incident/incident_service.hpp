#pragma once

#include "app/actor.hpp"
#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/incident/incident_overview.hpp"
#include "domain/incident/sent_report.hpp"
#include "store/forward.hpp"

#include <optional>
#include <string>
#include <vector>

namespace bolwerk::app {

/// Which incidents the register lists; every part optional.
struct IncidentQuery {
    std::optional<domain::incident::IncidentStatus> status;
    /// true: the Cbw test decided "reportable" (and not reopened since); false: decided
    /// "not reportable"; absent: any.
    std::optional<bool> reportable;
};

/// A system of the systems register as the incident forms offer it.
struct SystemChoice {
    InformationSystemId id{0};
    std::string name;
};

/// One incident as its page shows it: the overview at this moment (significance states
/// and clocks), the timeline as a story, every decision and every report sent.
struct IncidentDetail {
    domain::incident::IncidentOverview overview;
    std::vector<domain::incident::StoryLine> story;
    std::vector<domain::incident::SignificanceDecision> decisions;
    std::vector<domain::incident::SentReport> reports;
    std::vector<domain::incident::SignificanceCriterion> criteria;
    std::vector<SystemChoice> systems; ///< Every system of the register, by name.
};

/// What the handler enters when a report went out: which report, to whom, how and when,
/// the contact for questions and what is known so far. The report itself is drafted from
/// the register (domain::incident::draft_report) and frozen with its SHA-256.
struct ReportSending {
    domain::incident::ReportKind kind = domain::incident::ReportKind::EarlyWarning;
    domain::incident::ReportRecipient recipient;
    std::string channel;
    Timestamp sent_at;
    std::string late_reason;
    std::string contact;
    domain::incident::ReportFacts facts;
};

/// A change of classification; `aware_at` moves the moment the clocks start from.
struct IncidentClassifying {
    domain::incident::Classification classification;
    std::optional<Timestamp> aware_at;
    std::string process_owner;
    std::int64_t expected_version = 0;
};

/// The use cases of the incident register (issue #15; BIO2 5.24.01-5.24.05, 5.26.02).
/// Each authorises the actor for the organisation (IncidentReport, IncidentRead or
/// IncidentHandle), runs in one transaction and writes an audit event for every change.
/// The clocks are computed by the domain rules at the service clock's `now`. Keeps
/// references to `database` and `clock`; safe to share between threads.
class IncidentService {
public:
    IncidentService(store::Database& database, Clock const& clock)
        : m_database(database)
        , m_clock(clock)
    {
    }

    /// The meldloket (5.24.01): any member reports a suspected incident; it arrives as
    /// "nieuw", aware at the moment of arrival, with a first observation on its timeline.
    /// The reporter is the actor, whatever `report.reported_by` says.
    Result<domain::incident::Incident> report(
        Actor const& actor, OrganisationId organisation, domain::incident::IncidentReport report);

    /// The systems a reporter may name (IncidentReport: the meldloket offers them to
    /// every member, though the systems register itself needs RiskRead).
    Result<std::vector<SystemChoice>> system_choices(Actor const& actor, OrganisationId organisation);

    /// The register with each incident's significance states and clocks, newest first.
    Result<std::vector<domain::incident::IncidentOverview>> list(
        Actor const& actor, OrganisationId organisation, IncidentQuery const& query = {});
    Result<IncidentDetail> get(Actor const& actor, OrganisationId organisation, IncidentId incident);

    /// Appends an entry to the timeline, written by the actor (corrections included).
    Result<domain::incident::TimelineEntry> add_entry(Actor const& actor, OrganisationId organisation,
        IncidentId incident, domain::incident::TimelineEntryDraft draft);
    /// Changes type, severity, personal data, systems (of the systems register) and the
    /// moment of awareness; the change is written to the timeline as well.
    Result<domain::incident::Incident> classify(
        Actor const& actor, OrganisationId organisation, IncidentId incident, IncidentClassifying change);
    /// Moves the incident through its lifecycle; closing needs every report sent and the
    /// significance test decided (domain::incident::check_may_close).
    Result<domain::incident::Incident> change_status(
        Actor const& actor, OrganisationId organisation, IncidentId incident, domain::incident::IncidentStatus status);
    /// Records an answer of the significance test, decided by the actor as a named
    /// person. Deciding again (after new facts) is a new decision; the old ones stay.
    Result<domain::incident::SignificanceDecision> decide(Actor const& actor, OrganisationId organisation,
        IncidentId incident, domain::incident::SignificanceDecision proposed);
    /// Freezes the report as sent (SHA-256 over its canonical text); a late one must
    /// carry a reason.
    Result<domain::incident::SentReport> mark_sent(
        Actor const& actor, OrganisationId organisation, IncidentId incident, ReportSending sending);

    /// Open incidents whose clocks run, most urgent first, for the home page and the task
    /// list; empty (not refused) for a role without IncidentRead.
    Result<std::vector<domain::incident::IncidentOverview>> running_clocks(
        Actor const& actor, OrganisationId organisation);

private:
    store::Database& m_database;
    Clock const& m_clock;
};

} // namespace bolwerk::app
