#include "support/store_test.hpp"

#include "app/assessment/assessment_service.hpp"
#include "app/audit_detail.hpp"
#include "app/audit_trail.hpp"
#include "app/catalog_service.hpp"
#include "app/organisation_service.hpp"
#include "app/risk/methodology_json.hpp"
#include "app/risk/risk_service.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::testing {
namespace {

using namespace std::chrono;

class RiskServiceTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        m_service.emplace(database(), m_clock);
        app::OrganisationService organisations(database(), m_clock);
        m_organisation = organisations.create(m_operator, {"Gemeente Voorbeeld", "gemeente", {}, {}})->id;
        m_other = organisations.create(m_operator, {"Gemeente Elders", "gemeente", {}, {}})->id;
    }

    domain::InformationSystem add_system(std::string const& name, domain::Cia cia,
        std::vector<InformationSystemId> depends_on = {}, OrganisationId const* organisation = nullptr)
    {
        auto const system = m_service->create_system(m_operator, organisation ? *organisation : m_organisation,
            {.name = name,
                .owner = "Afdelingshoofd Burgerzaken",
                .classification = cia,
                .internet_facing = true,
                .depends_on = std::move(depends_on)});
        EXPECT_TRUE(system) << system.error().to_string();
        return system ? *system : domain::InformationSystem{};
    }

    domain::RiskDraft draft(std::string const& title, int likelihood, int impact)
    {
        domain::RiskDraft draft;
        draft.title = title;
        draft.threat = "Ransomware";
        draft.vulnerability = "Ongepatchte servers";
        draft.owner = "CIO";
        draft.inherent_likelihood = likelihood;
        draft.inherent_impacts = {{"financieel", impact}, {"vertrouwen", 1}};
        draft.existing_controls = {"8.08"};
        draft.planned_measures = {{"Patchbeleid binnen een week", "Beheer", sys_days{2027y / January / 31}}};
        return draft;
    }

    FixedClock m_clock{sys_days{2026y / November / 25} + 9h};
    app::Actor m_operator = app::Actor::system_operator("test");
    std::optional<app::RiskService> m_service;
    OrganisationId m_organisation{0};
    OrganisationId m_other{0};
};

TEST_P(RiskServiceTest, RegistersScoresAndReadsBackARisk)
{
    auto const system = add_system("Zaaksysteem", {});
    auto input = draft("Ransomware op zaaksysteem", 4, 5);
    input.systems = {system.id};
    input.residual_likelihood = 2;
    input.residual_impact = 4;
    input.review_due = sys_days{2027y / May / 1};
    auto const registered = m_service->register_risk(m_operator, m_organisation, input);
    ASSERT_TRUE(registered) << registered.error().to_string();
    EXPECT_EQ(registered->inherent.level, domain::RiskLevel::ZeerHoog);
    EXPECT_EQ(registered->residual->level, domain::RiskLevel::Midden);

    auto const shown = m_service->show_risk(m_operator, m_organisation, registered->id);
    ASSERT_TRUE(shown);
    EXPECT_EQ(shown->title, "Ransomware op zaaksysteem");
    EXPECT_EQ(shown->systems, std::vector<InformationSystemId>{system.id});
    EXPECT_EQ(shown->inherent_impacts.size(), 2u);
    EXPECT_EQ(shown->existing_controls, std::vector<std::string>{"8.08"});
    ASSERT_EQ(shown->planned_measures.size(), 1u);
    EXPECT_EQ(shown->planned_measures[0].due, sys_days{2027y / January / 31});
    EXPECT_EQ(shown->review_due, sys_days{2027y / May / 1});
    EXPECT_EQ(shown->residual->impact, 4);
}

TEST_P(RiskServiceTest, AnotherOrganisationsRisksAndSystemsAreInvisible)
{
    auto const foreign_system = add_system("Elders systeem", {}, {}, &m_other);
    auto const risk = m_service->register_risk(m_operator, m_other, draft("Risico elders", 2, 2));
    ASSERT_TRUE(risk);
    EXPECT_EQ(m_service->show_risk(m_operator, m_organisation, risk->id).error().kind(), ErrorKind::NotFound);
    EXPECT_TRUE(m_service->register_of(m_operator, m_organisation)->risks.empty());
    auto linked = draft("Koppeling naar vreemd systeem", 2, 2);
    linked.systems = {foreign_system.id};
    auto const refused = m_service->register_risk(m_operator, m_organisation, linked);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().location().field, "systems");
    auto const dependent = m_service->create_system(
        m_operator, m_organisation, {.name = "Afhankelijk", .owner = "x", .depends_on = {foreign_system.id}});
    ASSERT_FALSE(dependent);
    EXPECT_EQ(dependent.error().location().field, "depends_on");
}

TEST_P(RiskServiceTest, AcceptanceFollowsTheAppetite)
{
    auto const risk = m_service->register_risk(m_operator, m_organisation, draft("Storing", 3, 4)); // hoog
    ASSERT_TRUE(risk);
    domain::AcceptanceRequest request{"P. Eigenaar", domain::AcceptanceAuthority::ProcessOwner,
        sys_days{2026y / November / 25}, sys_days{2027y / May / 25},
        "Vervanging gepland in Q2 2027, tot dan extra monitoring"};
    auto const by_owner = m_service->accept_risk(m_operator, m_organisation, risk->id, request);
    ASSERT_FALSE(by_owner);
    EXPECT_EQ(by_owner.error().kind(), ErrorKind::Forbidden);

    request.accepted_by = "B. Bestuurder";
    request.authority = domain::AcceptanceAuthority::Board;
    auto const by_board = m_service->accept_risk(m_operator, m_organisation, risk->id, request);
    ASSERT_TRUE(by_board) << by_board.error().to_string();
    EXPECT_EQ(by_board->level, domain::RiskLevel::Hoog);

    auto const tasks = m_service->tasks(m_operator, m_organisation);
    ASSERT_TRUE(tasks);
    for (auto const& task : *tasks)
        EXPECT_NE(task.risk, risk->id) << "an accepted risk should not be a task";
}

TEST_P(RiskServiceTest, ExpiredAcceptanceComesBackAsATask)
{
    auto const risk = m_service->register_risk(m_operator, m_organisation, draft("Datalek", 2, 3)); // midden
    ASSERT_TRUE(risk);
    ASSERT_TRUE(m_service->accept_risk(m_operator, m_organisation, risk->id,
        {"P. Eigenaar", domain::AcceptanceAuthority::ProcessOwner, sys_days{2026y / November / 25},
            sys_days{2026y / December / 31}, "Tijdelijk geaccepteerd tot de migratie klaar is"}));
    m_clock.advance(days{40});
    auto const tasks = m_service->tasks(m_operator, m_organisation);
    ASSERT_TRUE(tasks);
    ASSERT_EQ(tasks->size(), 1u);
    EXPECT_EQ((*tasks)[0].kind, domain::RiskTaskKind::AcceptanceExpired);
}

// Issue #11 item 7, BIO2 Deel 1 §16: an acceptance may name the measures it relies on
// waiving, never a substantive overheidsmaatregel of the catalog version in force.
TEST_P(RiskServiceTest, AcceptanceNeverWaivesASubstantiveGovernmentMeasure)
{
    auto const risk = m_service->register_risk(m_operator, m_organisation, draft("Datalek", 2, 3)); // midden
    ASSERT_TRUE(risk);
    domain::AcceptanceRequest request{"P. Eigenaar", domain::AcceptanceAuthority::ProcessOwner,
        sys_days{2026y / November / 25}, sys_days{2027y / May / 25}, "Tijdelijk geaccepteerd tot de migratie klaar is"};
    request.waived_measures = {"5.3.1", "5.17.01"}; // built-in bio2@1.3: none, substantive
    auto const refused = m_service->accept_risk(m_operator, m_organisation, risk->id, request);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind(), ErrorKind::Invalid);
    EXPECT_EQ(refused.error().location().field, "waived_measures[1]");
    EXPECT_NE(refused.error().message().find("BIO2 Deel 1"), std::string::npos) << refused.error().to_string();
    EXPECT_TRUE(m_service->acceptances_of(m_operator, m_organisation, risk->id)->empty());

    // 5.21.01 was withdrawn in v1.3 but is substantive in v1.2: the assessment's version decides.
    request.waived_measures = {"5.3.1", "5.21.01"};
    auto const accepted = m_service->accept_risk(m_operator, m_organisation, risk->id, request);
    ASSERT_TRUE(accepted) << accepted.error().to_string();
    EXPECT_EQ(accepted->waived_measures, (std::vector<std::string>{"5.03.01", "5.21.01"}));
    auto const stored = m_service->acceptances_of(m_operator, m_organisation, risk->id);
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->size(), 1u);
    EXPECT_EQ(stored->front().waived_measures, (std::vector<std::string>{"5.03.01", "5.21.01"}));
    auto const audit = app::list_audit_events(database(), m_operator, m_organisation, 0, app::max_audit_page_size);
    ASSERT_TRUE(audit);
    EXPECT_EQ(audit->events.back().action, "risk.accept");
    EXPECT_EQ(app::read_audit_detail(audit->events.back().detail).note, "waives 5.03.01, 5.21.01");

    auto catalogs = app::CatalogService::create(database(), m_clock);
    ASSERT_TRUE(catalogs);
    app::AssessmentService assessments(database(), m_clock, *catalogs);
    ASSERT_TRUE(assessments.start(m_operator, m_organisation, "bio2@1.2"));
    app::RiskService with_catalogs(database(), m_clock, &*catalogs);
    auto const under_v12 = with_catalogs.accept_risk(m_operator, m_organisation, risk->id, request);
    ASSERT_FALSE(under_v12);
    EXPECT_EQ(under_v12.error().location().field, "waived_measures[1]");
}

TEST_P(RiskServiceTest, SystemsInheritClassificationAndNeedAnalyses)
{
    auto const database_server = add_system("Databaseserver", {});
    domain::Cia const secret{domain::CiaLevel::Midden, domain::CiaLevel::Hoog, domain::CiaLevel::Hoog};
    auto const register_system = add_system("Basisregistratie Personen", secret, {database_server.id});
    auto const views = m_service->list_systems(m_operator, m_organisation);
    ASSERT_TRUE(views);
    ASSERT_EQ(views->size(), 2u);
    EXPECT_EQ((*views)[0].system.name, "Basisregistratie Personen");
    EXPECT_EQ((*views)[1].effective_classification, secret);

    auto tasks = m_service->tasks(m_operator, m_organisation);
    ASSERT_TRUE(tasks);
    EXPECT_EQ(tasks->size(), 2u);
    domain::RiskAnalysis analysis;
    analysis.organisation_id = m_organisation;
    analysis.kind = domain::RiskAnalysisKind::Quickscan;
    analysis.system = register_system.id;
    analysis.held_on = sys_days{2026y / November / 25};
    analysis.participants = {"CISO", "Proceseigenaar"};
    analysis.status = domain::RiskAnalysisStatus::Completed;
    ASSERT_TRUE(m_service->record_analysis(m_operator, analysis));
    tasks = m_service->tasks(m_operator, m_organisation);
    ASSERT_EQ(tasks->size(), 1u);
    EXPECT_EQ((*tasks)[0].system, database_server.id);

    // Reclassifying after the analysis asks for a new one (BIO2 5.12.01).
    m_clock.advance(days{2});
    ASSERT_TRUE(m_service->update_system(m_operator, m_organisation, register_system.id,
        {.name = "Basisregistratie Personen",
            .owner = "Afdelingshoofd Burgerzaken",
            .classification = {domain::CiaLevel::Hoog, domain::CiaLevel::Hoog, domain::CiaLevel::Hoog},
            .depends_on = {database_server.id}},
        1));
    tasks = m_service->tasks(m_operator, m_organisation);
    ASSERT_EQ(tasks->size(), 2u);
    EXPECT_EQ((*tasks)[0].kind, domain::RiskTaskKind::AnalyseReclassifiedSystem);
}

TEST_P(RiskServiceTest, StaleUpdateIsAConflict)
{
    auto const risk = m_service->register_risk(m_operator, m_organisation, draft("Uitval", 2, 2));
    ASSERT_TRUE(risk);
    ASSERT_TRUE(m_service->update_risk(m_operator, m_organisation, risk->id, draft("Uitval netwerk", 2, 2), 1));
    auto const stale = m_service->update_risk(m_operator, m_organisation, risk->id, draft("Oud", 2, 2), 1);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().kind(), ErrorKind::Conflict);
    EXPECT_EQ(m_service->show_risk(m_operator, m_organisation, risk->id)->title, "Uitval netwerk");
}

TEST_P(RiskServiceTest, NewMethodologyRescoresOrIsRefused)
{
    ASSERT_TRUE(m_service->register_risk(m_operator, m_organisation, draft("Phishing", 5, 5)));
    auto definition = domain::RiskMethodology::standard().definition();
    definition.matrix[4][4] = domain::RiskLevel::ZeerHoog;
    for (auto& row : definition.matrix) {
        for (auto& cell : row)
            cell = std::max(cell, domain::RiskLevel::Midden);
    }
    auto const stricter = domain::RiskMethodology::create(definition);
    ASSERT_TRUE(stricter) << stricter.error().to_string();
    auto const stored = m_service->set_methodology(m_operator, m_organisation, *stricter);
    ASSERT_TRUE(stored) << stored.error().to_string();
    EXPECT_EQ(stored->version, 1);
    EXPECT_EQ(m_service->methodology(m_operator, m_organisation)->version, 1);

    auto smaller = domain::RiskMethodology::standard().definition();
    smaller.likelihood.resize(3);
    smaller.matrix.resize(3);
    auto const three_by_five = domain::RiskMethodology::create(smaller);
    ASSERT_TRUE(three_by_five);
    auto const refused = m_service->set_methodology(m_operator, m_organisation, *three_by_five);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind(), ErrorKind::Conflict);
    EXPECT_EQ(m_service->methodology(m_operator, m_organisation)->version, 1);
}

TEST_P(RiskServiceTest, ImportIsAllOrNothingUnlessSkipping)
{
    std::vector<app::RiskService::NumberedDraft> drafts{
        {2, draft("Eerste", 2, 2)}, {3, draft("", 2, 2)}, {4, draft("Derde", 9, 2)}, {5, draft("Vierde", 1, 1)}};
    auto const refused
        = m_service->import_risks(m_operator, m_organisation, drafts, app::RiskService::InvalidRows::RefuseAll);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().location().line, 3u);
    EXPECT_TRUE(m_service->register_of(m_operator, m_organisation)->risks.empty());

    auto const skipped
        = m_service->import_risks(m_operator, m_organisation, drafts, app::RiskService::InvalidRows::Skip);
    ASSERT_TRUE(skipped) << skipped.error().to_string();
    EXPECT_EQ(skipped->imported, 2);
    ASSERT_EQ(skipped->rejected.size(), 2u);
    EXPECT_EQ(skipped->rejected[0].location().line, 3u);
    EXPECT_EQ(skipped->rejected[0].location().field, "title");
    EXPECT_EQ(skipped->rejected[1].location().line, 4u);
    EXPECT_EQ(m_service->register_of(m_operator, m_organisation)->risks.size(), 2u);
    EXPECT_TRUE(app::verify_audit_trail(database(), m_operator)->intact());
}

TEST_P(RiskServiceTest, PagesAndScoresCoverTheWholeRegister)
{
    for (int i = 1; i <= 7; ++i)
        ASSERT_TRUE(
            m_service->register_risk(m_operator, m_organisation, draft("Risico " + std::to_string(i), i % 5 + 1, 2)));
    auto const page = m_service->register_page(m_operator, m_organisation, 5, 5);
    ASSERT_TRUE(page) << page.error().to_string();
    EXPECT_EQ(page->total, 7);
    ASSERT_EQ(page->risks.size(), 2u);
    EXPECT_EQ(page->risks[0].title, "Risico 6");
    EXPECT_EQ(page->risks[1].planned_measures.size(), 1u); // parts of the page's risks are loaded
    EXPECT_EQ(m_service->register_page(m_operator, m_organisation, 0, 0).error().location().field, "limit");
    auto const sheet = m_service->scores(m_operator, m_organisation);
    ASSERT_TRUE(sheet);
    ASSERT_EQ(sheet->scores.size(), 7u);
    EXPECT_EQ(sheet->scores[0].inherent.likelihood, 2);
    EXPECT_EQ(m_service->scores(m_operator, m_other)->scores.size(), 0u);
}

TEST_P(RiskServiceTest, ControlLinksListTheRisksPerControlOfTheOwnOrganisation)
{
    auto first = draft("Phishing", 4, 4);
    first.existing_controls = {"5.17.01", "8.08"};
    auto second = draft("Datalek", 2, 3);
    second.existing_controls = {"8.08"};
    auto const a = m_service->register_risk(m_operator, m_organisation, first);
    auto const b = m_service->register_risk(m_operator, m_organisation, second);
    ASSERT_TRUE(a && b);
    ASSERT_TRUE(m_service->register_risk(m_operator, m_other, draft("Elders", 2, 2)));

    auto const links = m_service->control_links(m_operator, m_organisation);
    ASSERT_TRUE(links) << links.error().to_string();
    ASSERT_EQ(links->size(), 3u);
    EXPECT_EQ((*links)[0].reference, "5.17.01");
    EXPECT_EQ((*links)[0].risk_id, a->id);
    EXPECT_EQ((*links)[0].current.level, a->current().level);
    EXPECT_EQ((*links)[1].reference, "8.08");
    EXPECT_EQ((*links)[1].title, "Phishing");
    EXPECT_EQ((*links)[2].risk_id, b->id);
    EXPECT_EQ(m_service->control_links(m_operator, m_other)->size(), 1u);
}

TEST_P(RiskServiceTest, UnknownOrganisationIsNotFound)
{
    EXPECT_EQ(m_service->register_risk(m_operator, OrganisationId(999), draft("X", 1, 1)).error().kind(),
        ErrorKind::NotFound);
    EXPECT_EQ(m_service->tasks(m_operator, OrganisationId(999)).error().kind(), ErrorKind::NotFound);
}

TEST(MethodologyJson, RoundTripsAndNamesBrokenFields)
{
    auto const standard = domain::RiskMethodology::standard();
    auto const json = app::methodology_to_json(standard.definition()).dump();
    auto const parsed = app::methodology_from_json(json);
    ASSERT_TRUE(parsed) << parsed.error().to_string();
    EXPECT_EQ(parsed->definition().areas, standard.definition().areas);
    EXPECT_EQ(parsed->definition().matrix, standard.definition().matrix);

    struct Case {
        std::string from;
        std::string to;
        char const* field;
    };
    Case const cases[] = {
        {R"("matrix":[["laag")", R"("matrix":[["paars")", "matrix[0][0]"},
        {R"("value":1)", R"("value":"een")", "impact[0].value"},
        {R"("appetite":["binnen_risicobereidheid")", R"("appetite":["niemand")", "appetite[0]"},
        {R"("max_acceptance_days":365)", R"("max_acceptance_days":"lang")", "max_acceptance_days"},
        {R"("label_en":"Very unlikely")", R"("label_en":5)", "likelihood[0].label_en"},
    };
    for (auto const& c : cases) {
        auto broken = json;
        auto const at = broken.find(c.from);
        ASSERT_NE(at, std::string::npos) << c.from;
        broken.replace(at, c.from.size(), c.to);
        auto const result = app::methodology_from_json(broken);
        ASSERT_FALSE(result) << c.field;
        EXPECT_EQ(result.error().location().field, c.field) << result.error().to_string();
    }
    EXPECT_FALSE(app::methodology_from_json("{not json"));
    EXPECT_FALSE(app::methodology_from_json("[]"));
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(RiskServiceTest);

} // namespace
} // namespace bolwerk::testing
