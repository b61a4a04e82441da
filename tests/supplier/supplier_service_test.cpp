#include "support/store_test.hpp"

#include "app/audit_detail.hpp"
#include "app/audit_trail.hpp"
#include "app/organisation_service.hpp"
#include "app/risk/risk_service.hpp"
#include "app/supplier/supplier_service.hpp"

namespace bolwerk::testing {
namespace {

using namespace std::chrono;
using domain::GateItem;
using domain::Role;

// The supplier use cases on both backends: validation, derived criticality, the
// pre-contract gate naming every missing item, deviations only by the authority the
// methodology asks, assurance status, concentration, tasks, and refusals per role.
class SupplierServiceTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        m_service.emplace(database(), m_clock);
        app::OrganisationService organisations(database(), m_clock);
        m_organisation = organisations.create(m_operator, {"Gemeente Voorbeeld", "gemeente", {}, {}})->id;
        m_other = organisations.create(m_operator, {"Gemeente Elders", "gemeente", {}, {}})->id;
        app::RiskService risks(database(), m_clock);
        m_system = risks
                       .create_system(m_operator, m_organisation,
                           {.name = "Zaaksysteem",
                               .owner = "CIO",
                               .classification
                               = {domain::CiaLevel::Midden, domain::CiaLevel::Midden, domain::CiaLevel::Hoog}})
                       ->id;
        domain::RiskAnalysis analysis;
        analysis.organisation_id = m_organisation;
        analysis.kind = domain::RiskAnalysisKind::Quickscan;
        analysis.process = "Afhankelijkheid hosting";
        analysis.held_on = sys_days{2026y / November / 1};
        analysis.participants = {"CISO"};
        analysis.status = domain::RiskAnalysisStatus::Completed;
        m_analysis = risks.record_analysis(m_operator, analysis)->id;
    }

    app::Actor member(Role role) const { return app::Actor::user(UserId(42), {{m_organisation, role}}); }

    domain::Supplier supplier(std::string const& name = "Acme Cloud B.V.", std::string const& kvk = "30277172")
    {
        auto const registered = m_service->register_supplier(m_operator, m_organisation,
            {.name = name, .kvk_number = kvk, .contacts = {{"Jan", "security officer", "jan@acme.nl", ""}}});
        EXPECT_TRUE(registered) << registered.error().to_string();
        return registered ? *registered : domain::Supplier{};
    }

    domain::DeliveredService service(SupplierId owner, std::string const& name, bool cloud = true)
    {
        auto const added = m_service->add_service(m_operator, m_organisation, owner,
            {.name = name,
                .systems = {m_system},
                .personal_data = true,
                .data_locations = {*domain::CountryCode::parse("NL")},
                .dependency = domain::Dependency::Midden,
                .cloud_service_provider = cloud});
        EXPECT_TRUE(added) << added.error().to_string();
        return added ? *added : domain::DeliveredService{};
    }

    domain::ContractTerms bare_terms(DeliveredServiceId covered, std::string const& reference = "INK-1")
    {
        return {.reference = reference,
            .title = "Hosting",
            .services = {covered},
            .starts_on = sys_days{2027y / January / 1},
            .ends_on = sys_days{2029y / December / 31},
            .notice_days = 90};
    }

    // Everything the gate asks, on top of the stored (pre-filled) clauses.
    domain::ContractTerms completed(domain::Contract const& contract)
    {
        auto terms = contract.terms;
        for (auto& clause : terms.clauses)
            clause.text = "Bijlage 3, art. " + std::string(domain::to_string(clause.topic));
        terms.general_terms.handling = domain::TermsHandling::Excluded;
        terms.duties = {true, true, true, true, true};
        terms.termination_triggers = {"Faillissement", "Datalek"};
        terms.exit_strategy = domain::ExitStrategy{"Migratie naar opvolger", "Export en verwijderverklaring", {}};
        terms.dependency_assessment = domain::DependencyAssessment{
            m_analysis, domain::DependencyDecision::Manageable, sys_days{2026y / November / 2}, "CISO"};
        return terms;
    }

    FixedClock m_clock{sys_days{2026y / December / 1} + 9h};
    app::Actor m_operator = app::Actor::system_operator("test");
    std::optional<app::SupplierService> m_service;
    OrganisationId m_organisation{0};
    OrganisationId m_other{0};
    InformationSystemId m_system{0};
    RiskAnalysisId m_analysis{0};
};

TEST_P(SupplierServiceTest, RegistersASupplierAndAuditsIt)
{
    auto const refused
        = m_service->register_supplier(m_operator, m_organisation, {.name = "Acme", .kvk_number = "1234567"});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().location().field.value_or(""), "kvk_number");
    auto const unknown_country
        = m_service->register_supplier(m_operator, m_organisation, {.name = "Acme", .country = "XX"});
    ASSERT_FALSE(unknown_country);
    EXPECT_EQ(unknown_country.error().location().field.value_or(""), "country");

    auto const registered = supplier();
    auto const renamed = m_service->update_supplier(
        m_operator, m_organisation, registered.id, {.name = "Acme Nederland", .country = "DE"}, registered.version);
    ASSERT_TRUE(renamed) << renamed.error().to_string();
    EXPECT_EQ(renamed->country.value(), "DE");
    auto const stale
        = m_service->update_supplier(m_operator, m_organisation, registered.id, {.name = "Acme"}, registered.version);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().kind(), ErrorKind::Conflict);

    auto const audit = app::list_audit_events(database(), m_operator, m_organisation, 0, app::max_audit_page_size);
    ASSERT_TRUE(audit);
    std::vector<std::string> actions;
    for (auto const& event : audit->events)
        actions.push_back(event.action);
    EXPECT_NE(std::find(actions.begin(), actions.end(), "supplier.create"), actions.end());
    EXPECT_NE(std::find(actions.begin(), actions.end(), "supplier.update"), actions.end());
}

TEST_P(SupplierServiceTest, ServiceCriticalityFollowsTheLinkedSystemsBiv)
{
    auto const owner = supplier();
    service(owner.id, "Hosting zaaksysteem");
    auto const detail = m_service->supplier_detail(m_operator, m_organisation, owner.id);
    ASSERT_TRUE(detail) << detail.error().to_string();
    ASSERT_EQ(detail->services.size(), 1u);
    // Confidentiality "hoog" on the linked system makes the service critical.
    EXPECT_EQ(detail->services[0].criticality.level, domain::Criticality::Hoog);
    EXPECT_EQ(detail->services[0].criticality.decisive_system, m_system);
    EXPECT_EQ(detail->entry.criticality, domain::Criticality::Hoog);
    EXPECT_EQ(detail->system_names.at(m_system), "Zaaksysteem");
}

TEST_P(SupplierServiceTest, ContractStartsWithTheBivClausesItsSystemsDemand)
{
    auto const owner = supplier();
    auto const covered = service(owner.id, "Hosting");
    auto const contract = m_service->add_contract(m_operator, m_organisation, owner.id, bare_terms(covered.id));
    ASSERT_TRUE(contract) << contract.error().to_string();
    ASSERT_EQ(contract->terms.clauses.size(), 3u);
    EXPECT_EQ(contract->terms.clauses[2].topic, domain::ClauseTopic::Confidentiality);
    EXPECT_EQ(contract->terms.clauses[2].level, domain::CiaLevel::Hoog);
    EXPECT_EQ(contract->status, domain::ContractStatus::Concept);
}

TEST_P(SupplierServiceTest, ActivationIsRefusedNamingEveryMissingItemThenPasses)
{
    auto const owner = supplier();
    auto const covered = service(owner.id, "Hosting");
    auto const contract = *m_service->add_contract(m_operator, m_organisation, owner.id, bare_terms(covered.id));

    auto const gate = m_service->contract_gate(m_operator, m_organisation, contract.id);
    ASSERT_TRUE(gate);
    std::vector<GateItem> items;
    for (auto const& finding : gate->gate.missing)
        items.push_back(finding.item);
    for (auto const expected : {GateItem::DependencyAssessmentMissing, GateItem::ExitStrategyMissing,
             GateItem::ChainNotDisclosed, GateItem::SecurityClauseMissing, GateItem::GeneralTermsNotSettled,
             GateItem::RightToAuditMissing, GateItem::TerminationTriggersMissing})
        EXPECT_NE(std::find(items.begin(), items.end(), expected), items.end()) << domain::to_string(expected);

    auto const refused = m_service->activate_contract(m_operator, m_organisation, contract.id, contract.version);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind(), ErrorKind::Conflict);
    for (auto const& finding : gate->gate.missing)
        EXPECT_NE(refused.error().message().find(domain::describe(finding)), std::string::npos)
            << domain::describe(finding);

    auto const updated
        = m_service->update_contract(m_operator, m_organisation, contract.id, completed(contract), contract.version);
    ASSERT_TRUE(updated) << updated.error().to_string();
    ASSERT_TRUE(m_service->record_chain_disclosure(m_operator, m_organisation,
        {covered.id, sys_days{2026y / November / 1}, "Geen", domain::ChainJudgement::Acceptable, "CISO",
            sys_days{2026y / November / 3}}));
    auto const still_missing = m_service->contract_gate(m_operator, m_organisation, contract.id);
    ASSERT_TRUE(still_missing);
    EXPECT_TRUE(still_missing->gate.passed()) << domain::describe(still_missing->gate.missing.front());

    auto const active = m_service->activate_contract(m_operator, m_organisation, contract.id, updated->version);
    ASSERT_TRUE(active) << active.error().to_string();
    EXPECT_EQ(active->status, domain::ContractStatus::Active);
    auto const again = m_service->activate_contract(m_operator, m_organisation, contract.id, active->version);
    ASSERT_FALSE(again);
}

TEST_P(SupplierServiceTest, DeviationOnlyByTheAuthorityTheMethodologyAsksAndNeverSilently)
{
    auto const owner = supplier();
    auto const covered = service(owner.id, "Hosting");
    auto const contract = *m_service->add_contract(m_operator, m_organisation, owner.id, bare_terms(covered.id));
    app::GateDeviationRequest request{"A. de Vries", domain::AcceptanceAuthority::ProcessOwner,
        "Lopende aanbesteding; ketenopgave volgt binnen een maand"};

    // The CISO keeps the register but takes no deviation decision.
    auto const ciso
        = m_service->activate_contract(member(Role::Ciso), m_organisation, contract.id, contract.version, request);
    ASSERT_FALSE(ciso);
    EXPECT_EQ(ciso.error().kind(), ErrorKind::Forbidden);
    // A process owner cannot claim the board's authority.
    auto claimed = request;
    claimed.authority = domain::AcceptanceAuthority::Board;
    auto const overreach = m_service->activate_contract(
        member(Role::Lijnmanager), m_organisation, contract.id, contract.version, claimed);
    ASSERT_FALSE(overreach);
    EXPECT_EQ(overreach.error().kind(), ErrorKind::Forbidden);
    // A high-criticality contract needs the authority the default appetite gives for
    // "hoog": the board, not the process owner.
    auto const process_owner = m_service->activate_contract(
        member(Role::Lijnmanager), m_organisation, contract.id, contract.version, request);
    ASSERT_FALSE(process_owner);
    EXPECT_EQ(process_owner.error().kind(), ErrorKind::Forbidden);
    auto const board = m_service->activate_contract(
        member(Role::Bestuurder), m_organisation, contract.id, contract.version, claimed);
    ASSERT_TRUE(board) << board.error().to_string();
    auto const detail = m_service->contract_gate(m_operator, m_organisation, contract.id);
    ASSERT_TRUE(detail);
    EXPECT_EQ(detail->contract.status, domain::ContractStatus::Active);
    ASSERT_TRUE(detail->deviation);
    EXPECT_EQ(detail->deviation->waived.size(), [&] {
        std::vector<GateItem> distinct;
        for (auto const& finding : detail->gate.missing)
            if (std::find(distinct.begin(), distinct.end(), finding.item) == distinct.end()) {
                distinct.push_back(finding.item);
            }
        return distinct.size();
    }());

    auto const audit = app::list_audit_events(database(), m_operator, m_organisation, 0, app::max_audit_page_size);
    ASSERT_TRUE(audit);
    EXPECT_EQ(audit->events.back().action, "supplier_contract.activate");
    EXPECT_NE(
        app::read_audit_detail(audit->events.back().detail).note.find("exit_strategy_missing"), std::string::npos);
}

TEST_P(SupplierServiceTest, ADeviationNeedsAReason)
{
    auto const owner = supplier();
    auto const covered = service(owner.id, "Hosting");
    auto const contract = *m_service->add_contract(m_operator, m_organisation, owner.id, bare_terms(covered.id));
    auto const refused = m_service->activate_contract(m_operator, m_organisation, contract.id, contract.version,
        app::GateDeviationRequest{"Bestuur", domain::AcceptanceAuthority::Board, "te kort"});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().location().field.value_or(""), "reason");
}

TEST_P(SupplierServiceTest, AssuranceStatusValidExpiringExpiredMissing)
{
    struct Case {
        std::string name;
        std::optional<Date> valid_until;
        domain::AssuranceStatus expected;
    };
    std::vector<Case> const cases{{"Geldig", sys_days{2027y / June / 30}, domain::AssuranceStatus::Valid},
        {"Verloopt", sys_days{2027y / January / 15}, domain::AssuranceStatus::ExpiringSoon},
        {"Verlopen", sys_days{2026y / October / 1}, domain::AssuranceStatus::Expired},
        {"Ontbreekt", std::nullopt, domain::AssuranceStatus::Missing}};
    for (auto const& c : cases) {
        auto const owner = supplier(c.name);
        if (!c.valid_until)
            continue;
        domain::AssuranceReport report;
        report.supplier_id = owner.id;
        report.kind = domain::AssuranceKind::Iso27001Certificate;
        report.issuer = "Certificatie B.V.";
        report.auditor = "Lead auditor";
        report.period_start = sys_days{2025y / January / 1};
        report.period_end = sys_days{2025y / January / 1};
        report.scope_covers_services = true;
        report.valid_until = *c.valid_until;
        auto const added = m_service->add_assurance_report(m_operator, m_organisation, report);
        ASSERT_TRUE(added) << added.error().to_string();
    }
    auto const entries = m_service->supplier_register(m_operator, m_organisation);
    ASSERT_TRUE(entries);
    for (auto const& c : cases) {
        auto const entry = std::find_if(entries->begin(), entries->end(),
            [&](domain::RegisterEntry const& candidate) { return candidate.name == c.name; });
        ASSERT_NE(entry, entries->end());
        EXPECT_EQ(entry->assurance, c.expected) << c.name;
    }
}

TEST_P(SupplierServiceTest, ConcentrationShowsOneSubSupplierBehindManyServices)
{
    // Without KvK numbers: two suppliers with the same number would be one party.
    auto const first = supplier("Acme", "");
    auto const second = supplier("Beta", "");
    for (auto const& [owner, name] :
        {std::pair{first.id, std::string("Hosting")}, std::pair{second.id, std::string("Back-up")}}) {
        auto const covered = service(owner, name);
        domain::ChainNode node{.service_id = covered.id, .name = "Big Cloud Inc.", .cloud_service_provider = true};
        ASSERT_TRUE(m_service->add_chain_node(m_operator, m_organisation, node));
    }
    auto const entries = m_service->concentration(m_operator, m_organisation);
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 1u);
    EXPECT_EQ(entries->front().name, "Big Cloud Inc.");
    EXPECT_EQ(entries->front().services.size(), 2u);
    EXPECT_EQ(entries->front().suppliers.size(), 2u);
    EXPECT_TRUE(entries->front().cloud_service_provider);
}

TEST_P(SupplierServiceTest, ContractEndingWithoutExitCheckBecomesATask)
{
    auto const owner = supplier();
    auto const covered = service(owner.id, "Hosting");
    auto terms = bare_terms(covered.id);
    terms.starts_on = sys_days{2024y / January / 1};
    terms.ends_on = sys_days{2027y / January / 31};
    auto const contract = *m_service->add_contract(m_operator, m_organisation, owner.id, terms);
    ASSERT_TRUE(m_service->activate_contract(m_operator, m_organisation, contract.id, contract.version,
        app::GateDeviationRequest{
            "Bestuur", domain::AcceptanceAuthority::Board, "Bestaand contract uit 2024, vastgelegd bij invoering"}));
    auto const tasks = m_service->tasks(m_operator, m_organisation);
    ASSERT_TRUE(tasks);
    auto const ending = std::find_if(tasks->begin(), tasks->end(), [](domain::SupplierTask const& task) {
        return task.kind == domain::SupplierTaskKind::ContractEndingWithoutExitCheck;
    });
    ASSERT_NE(ending, tasks->end());
    EXPECT_EQ(ending->contract, contract.id);
    EXPECT_NE(std::find_if(tasks->begin(), tasks->end(),
                  [](domain::SupplierTask const& task) { return task.kind == domain::SupplierTaskKind::AssuranceDue; }),
        tasks->end());
}

TEST_P(SupplierServiceTest, RefusalsPerRole)
{
    auto const owner = supplier();
    struct Case {
        Role role;
        bool reads;
        bool writes;
    };
    for (auto const& c : std::vector<Case>{{Role::Beheerder, true, true}, {Role::Ciso, true, true},
             {Role::Bestuurder, true, false}, {Role::Lijnmanager, true, true}, {Role::Medewerker, false, false},
             {Role::Auditor, true, false}, {Role::Leverancier, false, false}}) {
        auto const actor = member(c.role);
        auto const read = m_service->supplier_register(actor, m_organisation);
        EXPECT_EQ(read.has_value(), c.reads) << domain::to_string(c.role);
        if (!read) {
            EXPECT_EQ(read.error().kind(), ErrorKind::Forbidden);
        }
        EXPECT_EQ(m_service->supplier_detail(actor, m_organisation, owner.id).has_value(), c.reads);
        auto const write = m_service->register_supplier(
            actor, m_organisation, {.name = "Nieuw " + std::string(domain::to_string(c.role))});
        EXPECT_EQ(write.has_value(), c.writes) << domain::to_string(c.role);
        if (!write) {
            EXPECT_EQ(write.error().kind(), ErrorKind::Forbidden);
        }
    }
    // Another organisation's member learns nothing: NotFound.
    auto const stranger = app::Actor::user(UserId(9), {{m_other, Role::Ciso}});
    auto const hidden = m_service->supplier_detail(stranger, m_organisation, owner.id);
    ASSERT_FALSE(hidden);
    EXPECT_EQ(hidden.error().kind(), ErrorKind::NotFound);
    auto const foreign = m_service->supplier_detail(m_operator, m_other, owner.id);
    ASSERT_FALSE(foreign);
    EXPECT_EQ(foreign.error().kind(), ErrorKind::NotFound);
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(SupplierServiceTest);

} // namespace
} // namespace bolwerk::testing
