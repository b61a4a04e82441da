#include "support/store_test.hpp"

#include "app/audit_trail.hpp"
#include "app/incident/incident_service.hpp"
#include "app/organisation_service.hpp"
#include "app/risk/risk_service.hpp"
#include "store/connection.hpp"
#include "store/incident/incident_repository.hpp"
#include "store/incident/incident_timeline_repository.hpp"
#include "store/user_repository.hpp"

// Issue #15: the incident register on both backends, through its use cases.
namespace bolwerk::testing {
namespace {

using namespace std::chrono;
using namespace domain::incident;

class IncidentServiceTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        m_service.emplace(database(), m_clock);
        app::OrganisationService organisations(database(), m_clock);
        m_organisation = organisations.create(m_operator, {"Gemeente Voorbeeld", "gemeente", {}, {}})->id;
        m_other = organisations.create(m_operator, {"Gemeente Elders", "gemeente", {}, {}})->id;
        m_ciso = user("ciso@voorbeeld.nl", "Carla Ciso", domain::Role::Ciso);
        m_employee = user("piet@voorbeeld.nl", "Piet Medewerker", domain::Role::Medewerker);
    }

    app::Actor user(std::string const& email, std::string const& name, domain::Role role)
    {
        auto connection = database().acquire();
        auto transaction = store::Transaction::begin(**connection);
        auto const stored = store::UserRepository::insert(*transaction, {email, name, {}, false}, m_clock.now());
        EXPECT_TRUE(stored) << stored.error().to_string();
        EXPECT_TRUE(transaction->commit());
        return app::Actor::user(stored->id, {{m_organisation, role}});
    }

    IncidentReport report_input(std::string const& title = "Verdachte mail met bijlage")
    {
        IncidentReport report;
        report.title = title;
        report.description = "Een collega opende een bijlage; daarna versleutelde bestanden op de share.";
        report.noticed_at = m_clock.now() - 30min;
        report.reporter_contact = "06-12345678";
        return report;
    }

    Incident must_report(app::Actor const& actor)
    {
        auto const incident = m_service->report(actor, m_organisation, report_input());
        EXPECT_TRUE(incident) << incident.error().to_string();
        return incident ? *incident : Incident{};
    }

    SignificanceDecision reportable()
    {
        SignificanceDecision decision;
        decision.regime = ReportingRegime::Cbw;
        decision.outcome = SignificanceOutcome::Reportable;
        decision.criteria_met = {"operational_disruption"};
        decision.reasons = "Burgerzaken ligt plat.";
        return decision;
    }

    app::ReportSending early_warning()
    {
        app::ReportSending sending;
        sending.kind = ReportKind::EarlyWarning;
        sending.recipient = {domain::incident::RecipientKind::Csirt, "NCSC", "https://portaal.example"};
        sending.channel = "portal";
        sending.sent_at = m_clock.now();
        sending.contact = "Carla Ciso, 06-1111";
        return sending;
    }

    std::vector<domain::AuditEvent> audit_events()
    {
        auto const page = app::list_audit_events(database(), m_operator, m_organisation, 0, 500);
        EXPECT_TRUE(page);
        return page ? page->events : std::vector<domain::AuditEvent>{};
    }

    FixedClock m_clock{sys_days{2026y / December / 7} + 9h};
    app::Actor m_operator = app::Actor::system_operator("test");
    app::Actor m_ciso;
    app::Actor m_employee;
    std::optional<app::IncidentService> m_service;
    OrganisationId m_organisation{0};
    OrganisationId m_other{0};
};

TEST_P(IncidentServiceTest, AnEmployeeReportsAndItArrivesAsNewWithAwarenessAtArrival)
{
    auto const incident = must_report(m_employee);
    EXPECT_EQ(incident.status, IncidentStatus::New);
    EXPECT_EQ(incident.reported_by, "Piet Medewerker");
    EXPECT_EQ(incident.aware_at, m_clock.now());
    EXPECT_EQ(incident.noticed_at, m_clock.now() - 30min);

    auto const detail = m_service->get(m_ciso, m_organisation, incident.id);
    ASSERT_TRUE(detail) << detail.error().to_string();
    ASSERT_EQ(detail->story.size(), 1u);
    EXPECT_EQ(detail->story.front().entry.kind, TimelineEntryKind::Observation);
    EXPECT_EQ(detail->story.front().entry.occurred_at, m_clock.now() - 30min);
    EXPECT_EQ(detail->overview.cbw.state, SignificanceState::Undecided);
    // Undecided: the Cbw clocks run provisionally from the moment of arrival.
    ASSERT_FALSE(detail->overview.deadlines.empty());
    EXPECT_EQ(detail->overview.deadlines.front().deadline.report, ReportKind::EarlyWarning);
    EXPECT_EQ(detail->overview.deadlines.front().deadline.due, m_clock.now() + 24h);
    EXPECT_TRUE(detail->overview.deadlines.front().deadline.provisional);
    EXPECT_EQ(audit_events().back().action, "incident.report");
}

TEST_P(IncidentServiceTest, TheAwarenessMomentRoundTripsAsTheSameUtcInstant)
{
    auto const incident = must_report(m_ciso);
    app::IncidentClassifying change;
    change.classification.type = IncidentType::Ransomware;
    change.classification.severity = Severity::High;
    change.aware_at = sys_days{2026y / December / 7} + 1h + 15min + 30s; // 02:15:30 CET
    auto const classified = m_service->classify(m_ciso, m_organisation, incident.id, change);
    ASSERT_TRUE(classified) << classified.error().to_string();
    auto connection = database().acquire();
    auto const stored = store::IncidentRepository::find(**connection, m_organisation, incident.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->aware_at, *change.aware_at);
    EXPECT_EQ(stored->status, IncidentStatus::InProgress); // picked up by the handler
    EXPECT_EQ(stored->classification.type, IncidentType::Ransomware);
    EXPECT_EQ(must_query("SELECT aware_at FROM incidents").front().text(0), "2026-12-07T01:15:30.000000Z");
}

TEST_P(IncidentServiceTest, DecidingReportableConfirmsTheClocksAndNewFactsReopen)
{
    auto const incident = must_report(m_employee);
    auto const decision = m_service->decide(m_ciso, m_organisation, incident.id, reportable());
    ASSERT_TRUE(decision) << decision.error().to_string();
    EXPECT_EQ(decision->decided_by, "Carla Ciso");

    auto detail = m_service->get(m_ciso, m_organisation, incident.id);
    ASSERT_TRUE(detail);
    EXPECT_EQ(detail->overview.cbw.state, SignificanceState::Reportable);
    EXPECT_FALSE(detail->overview.deadlines.front().deadline.provisional);
    EXPECT_EQ(detail->overview.incident.status, IncidentStatus::InProgress);

    m_clock.advance(1h);
    auto const fact = m_service->add_entry(m_ciso, m_organisation, incident.id,
        {TimelineEntryKind::Observation, "ignored", "Ook de back-up is geraakt.", {}, {}});
    ASSERT_TRUE(fact) << fact.error().to_string();
    EXPECT_EQ(fact->author, "Carla Ciso");
    detail = m_service->get(m_ciso, m_organisation, incident.id);
    EXPECT_EQ(detail->overview.cbw.state, SignificanceState::Reopened);
}

TEST_P(IncidentServiceTest, NotReportableIsADecisionWithReasonsAndStopsTheClocks)
{
    auto const incident = must_report(m_employee);
    SignificanceDecision decision;
    decision.outcome = SignificanceOutcome::NotReportable;
    decision.reasons = "Phishingmail is niet geopend; geen verstoring.";
    ASSERT_TRUE(m_service->decide(m_ciso, m_organisation, incident.id, decision));
    auto const listed = m_service->list(m_ciso, m_organisation, {.reportable = false});
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 1u);
    EXPECT_TRUE(listed->front().deadlines.empty());
    EXPECT_TRUE(m_service->list(m_ciso, m_organisation, {.reportable = true})->empty());

    decision.reasons = "";
    auto const without_reasons = m_service->decide(m_ciso, m_organisation, incident.id, decision);
    ASSERT_FALSE(without_reasons);
    EXPECT_EQ(without_reasons.error().kind(), ErrorKind::Invalid);
}

TEST_P(IncidentServiceTest, AReportSentIsFrozenWithItsDigestAndMeetsTheClock)
{
    auto const incident = must_report(m_employee);
    ASSERT_TRUE(m_service->decide(m_ciso, m_organisation, incident.id, reportable()));
    m_clock.advance(3h);
    auto const sent = m_service->mark_sent(m_ciso, m_organisation, incident.id, early_warning());
    ASSERT_TRUE(sent) << sent.error().to_string();
    EXPECT_EQ(sent->digest.size(), 64u);
    EXPECT_TRUE(digest_matches(*sent));

    auto const detail = m_service->get(m_ciso, m_organisation, incident.id);
    ASSERT_TRUE(detail);
    ASSERT_EQ(detail->reports.size(), 1u);
    EXPECT_EQ(detail->reports.front().digest, sent->digest);
    EXPECT_TRUE(digest_matches(detail->reports.front())); // stored fields give the same digest
    EXPECT_EQ(detail->overview.deadlines.front().state, DeadlineState::MetOnTime);
    EXPECT_EQ(detail->story.back().entry.kind, TimelineEntryKind::Message);
    EXPECT_EQ(audit_events().back().action, "incident.report_sent");
}

TEST_P(IncidentServiceTest, ALateReportWithoutAReasonIsRefusedAndWithOneIsAccepted)
{
    auto const incident = must_report(m_employee);
    m_clock.advance(25h);
    auto sending = early_warning();
    sending.sent_at = m_clock.now();
    auto const refused = m_service->mark_sent(m_ciso, m_organisation, incident.id, sending);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().location().field, "late_reason");
    sending.late_reason = "Het incident werd pas 's ochtends als ernstig herkend.";
    auto const accepted = m_service->mark_sent(m_ciso, m_organisation, incident.id, sending);
    ASSERT_TRUE(accepted) << accepted.error().to_string();
    auto const detail = m_service->get(m_ciso, m_organisation, incident.id);
    EXPECT_EQ(detail->overview.deadlines.front().state, DeadlineState::MetLate);
}

TEST_P(IncidentServiceTest, TheRegisterFiltersByStatusAndShowsOnlyTheOrganisationsIncidents)
{
    auto const first = must_report(m_employee);
    must_report(m_employee);
    ASSERT_TRUE(m_service->change_status(m_ciso, m_organisation, first.id, IncidentStatus::InProgress));
    EXPECT_EQ(m_service->list(m_ciso, m_organisation)->size(), 2u);
    auto const in_progress = m_service->list(m_ciso, m_organisation, {.status = IncidentStatus::InProgress});
    ASSERT_EQ(in_progress->size(), 1u);
    EXPECT_EQ(in_progress->front().incident.id, first.id);
    EXPECT_TRUE(m_service->list(m_operator, m_other)->empty());
    auto const elsewhere = m_service->get(m_operator, m_other, first.id);
    ASSERT_FALSE(elsewhere);
    EXPECT_EQ(elsewhere.error().kind(), ErrorKind::NotFound);
}

TEST_P(IncidentServiceTest, ClosingNeedsADecisionFirst)
{
    auto const incident = must_report(m_employee);
    auto const refused = m_service->change_status(m_ciso, m_organisation, incident.id, IncidentStatus::Closed);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind(), ErrorKind::Conflict);
}

TEST_P(IncidentServiceTest, ClassificationRefusesASystemOfAnotherOrganisation)
{
    app::RiskService risks(database(), m_clock);
    domain::InformationSystemDraft draft;
    draft.name = "Zaaksysteem";
    draft.owner = "Elders";
    auto const foreign = risks.create_system(m_operator, m_other, draft);
    ASSERT_TRUE(foreign) << foreign.error().to_string();
    auto const incident = must_report(m_employee);
    app::IncidentClassifying change;
    change.classification.systems = {foreign->id};
    auto const refused = m_service->classify(m_ciso, m_organisation, incident.id, change);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().location().field, "systems");
}

TEST_P(IncidentServiceTest, EachRoleMayDoWhatTheMatrixGivesAndNoMore)
{
    struct Case {
        domain::Role role;
        bool report;
        bool read;
        bool handle;
    };
    auto const incident = must_report(m_employee);
    std::vector<Case> const cases{{domain::Role::Beheerder, true, false, false}, {domain::Role::Ciso, true, true, true},
        {domain::Role::Bestuurder, true, true, false}, {domain::Role::Lijnmanager, true, true, true},
        {domain::Role::Medewerker, true, false, false}, {domain::Role::Auditor, true, true, false},
        {domain::Role::Leverancier, false, false, false}};
    int number = 0;
    for (auto const& test : cases) {
        SCOPED_TRACE(std::string(domain::to_string(test.role)));
        auto const label = std::to_string(++number);
        auto const actor = user("rol" + label + "@voorbeeld.nl", "Rol " + label, test.role);
        EXPECT_EQ(m_service->report(actor, m_organisation, report_input()).has_value(), test.report);
        EXPECT_EQ(m_service->list(actor, m_organisation).has_value(), test.read);
        EXPECT_EQ(m_service->get(actor, m_organisation, incident.id).has_value(), test.read);
        auto const note = m_service->add_entry(
            actor, m_organisation, incident.id, {TimelineEntryKind::Action, "", "Account geblokkeerd.", {}, {}});
        EXPECT_EQ(note.has_value(), test.handle);
        if (!note) {
            EXPECT_EQ(note.error().kind(), ErrorKind::Forbidden);
        }
        EXPECT_EQ(m_service->decide(actor, m_organisation, incident.id, reportable()).has_value(), test.handle);
        EXPECT_EQ(m_service->running_clocks(actor, m_organisation).has_value(), true);
    }
    auto const stranger = app::Actor::user(UserId(999), {{m_other, domain::Role::Ciso}});
    auto const hidden = m_service->get(stranger, m_organisation, incident.id);
    ASSERT_FALSE(hidden);
    EXPECT_EQ(hidden.error().kind(), ErrorKind::NotFound);
}

TEST_P(IncidentServiceTest, RunningClocksListOpenIncidentsMostUrgentFirst)
{
    auto const older = must_report(m_employee);
    m_clock.advance(2h);
    auto const newer = must_report(m_employee);
    SignificanceDecision not_reportable;
    not_reportable.outcome = SignificanceOutcome::NotReportable;
    not_reportable.reasons = "Geen verstoring.";
    auto const third = must_report(m_employee);
    ASSERT_TRUE(m_service->decide(m_ciso, m_organisation, third.id, not_reportable));
    auto const running = m_service->running_clocks(m_ciso, m_organisation);
    ASSERT_TRUE(running);
    ASSERT_EQ(running->size(), 2u);
    EXPECT_EQ(running->at(0).incident.id, older.id);
    EXPECT_EQ(running->at(1).incident.id, newer.id);
    EXPECT_TRUE(m_service->running_clocks(m_employee, m_organisation)->empty());
}

// The timeline store has no update or delete; a correction is a new row.
TEST_P(IncidentServiceTest, ACorrectionIsANewEntryAndTheOriginalStays)
{
    auto const incident = must_report(m_employee);
    auto const first = m_service->add_entry(
        m_ciso, m_organisation, incident.id, {TimelineEntryKind::Observation, "", "Server A is geraakt.", {}, {}});
    ASSERT_TRUE(first);
    auto const correction = m_service->add_entry(m_ciso, m_organisation, incident.id,
        {TimelineEntryKind::Observation, "", "Niet server A maar server B.", {}, first->id});
    ASSERT_TRUE(correction) << correction.error().to_string();
    auto connection = database().acquire();
    auto const entries = store::IncidentTimelineRepository::list(**connection, m_organisation, incident.id);
    ASSERT_TRUE(entries);
    ASSERT_GE(entries->size(), 3u);
    EXPECT_EQ(std::count_if(entries->begin(), entries->end(),
                  [](TimelineEntry const& entry) { return entry.text == "Server A is geraakt."; }),
        1);
    auto const again = m_service->add_entry(
        m_ciso, m_organisation, incident.id, {TimelineEntryKind::Observation, "", "Toch server A.", {}, first->id});
    ASSERT_FALSE(again); // correct the latest correction instead
    EXPECT_TRUE(store::IncidentTimelineRepository::list(**connection, m_other, incident.id)->empty());
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(IncidentServiceTest);

} // namespace
} // namespace bolwerk::testing
