#include "support/store_test.hpp"

#include "app/organisation_service.hpp"
#include "app/risk/risk_service.hpp"
#include "store/supplier/assurance_report_repository.hpp"
#include "store/supplier/chain_repository.hpp"
#include "store/supplier/contract_repository.hpp"
#include "store/supplier/delivered_service_repository.hpp"
#include "store/supplier/supplier_repository.hpp"

namespace bolwerk::testing {
namespace {

using namespace std::chrono;

// The supplier repositories (migration 0015) on both backends: every field round-trips,
// every call is scoped to its organisation, stale versions and foreign links are refused.
class SupplierStoreTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        app::OrganisationService organisations(database(), m_clock);
        m_organisation = organisations.create(m_operator, {"Gemeente Voorbeeld", "gemeente", {}, {}})->id;
        m_other = organisations.create(m_operator, {"Gemeente Elders", "gemeente", {}, {}})->id;
        app::RiskService risks(database(), m_clock);
        m_system = risks
                       .create_system(
                           m_operator, m_organisation, {.name = "Zaaksysteem", .owner = "CIO", .classification = {}})
                       ->id;
    }

    template <typename Step>
    auto in_transaction(Step&& step)
    {
        auto connection = database().acquire();
        EXPECT_TRUE(connection);
        auto transaction = store::Transaction::begin(**connection);
        EXPECT_TRUE(transaction);
        auto result = step(*transaction);
        if (result) {
            EXPECT_TRUE(transaction->commit());
        }
        return result;
    }

    domain::Supplier add_supplier(std::string const& name, OrganisationId organisation)
    {
        auto const draft = domain::SupplierDraft::create({.name = name,
            .kvk_number = "30277172",
            .country = "nl",
            .contacts = {{"Jan Jansen", "accountmanager", "jan@example.nl", "030-1234567"}},
            .notes = "Hosting"});
        EXPECT_TRUE(draft) << draft.error().to_string();
        auto const stored = in_transaction([&](store::Transaction& transaction) {
            return store::SupplierRepository::insert(transaction, organisation, *draft, m_clock.now());
        });
        EXPECT_TRUE(stored) << stored.error().to_string();
        return stored ? *stored : domain::Supplier{};
    }

    domain::DeliveredService add_service(SupplierId supplier, std::string const& name)
    {
        domain::DeliveredServiceDraft raw;
        raw.name = name;
        raw.systems = {m_system};
        raw.personal_data = true;
        raw.data_locations = {*domain::CountryCode::parse("DE"), *domain::CountryCode::parse("NL")};
        raw.dependency = domain::Dependency::Hoog;
        raw.cloud_service_provider = true;
        auto const draft = domain::DeliveredServiceDraft::create(raw);
        EXPECT_TRUE(draft) << draft.error().to_string();
        auto const stored = in_transaction([&](store::Transaction& transaction) {
            return store::DeliveredServiceRepository::insert(
                transaction, m_organisation, supplier, *draft, m_clock.now());
        });
        EXPECT_TRUE(stored) << stored.error().to_string();
        return stored ? *stored : domain::DeliveredService{};
    }

    FixedClock m_clock{sys_days{2026y / December / 1} + 9h};
    app::Actor m_operator = app::Actor::system_operator("test");
    OrganisationId m_organisation{0};
    OrganisationId m_other{0};
    InformationSystemId m_system{0};
};

TEST_P(SupplierStoreTest, SupplierRoundTripsAndIsScopedToItsOrganisation)
{
    auto const supplier = add_supplier("Acme Cloud B.V.", m_organisation);
    auto connection = database().acquire();
    auto const found = store::SupplierRepository::find(**connection, m_organisation, supplier.id);
    ASSERT_TRUE(found) << found.error().to_string();
    EXPECT_EQ(found->name, "Acme Cloud B.V.");
    EXPECT_EQ(found->kvk_number->value(), "30277172");
    EXPECT_EQ(found->country.value(), "NL");
    ASSERT_EQ(found->contacts.size(), 1u);
    EXPECT_EQ(found->contacts[0].email, "jan@example.nl");
    EXPECT_EQ(found->notes, "Hosting");
    EXPECT_EQ(found->version, 1);

    auto const elsewhere = store::SupplierRepository::find(**connection, m_other, supplier.id);
    ASSERT_FALSE(elsewhere);
    EXPECT_EQ(elsewhere.error().kind(), ErrorKind::NotFound);
    EXPECT_TRUE(store::SupplierRepository::list(**connection, m_other)->empty());
}

TEST_P(SupplierStoreTest, DuplicateNameAndStaleVersionAreConflicts)
{
    auto const supplier = add_supplier("Acme", m_organisation);
    auto const draft = *domain::SupplierDraft::create({.name = "Acme"});
    auto const twice = in_transaction([&](store::Transaction& transaction) {
        return store::SupplierRepository::insert(transaction, m_organisation, draft, m_clock.now());
    });
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().kind(), ErrorKind::Conflict);
    EXPECT_EQ(twice.error().location().field.value_or(""), "name");

    auto const renamed = *domain::SupplierDraft::create({.name = "Acme Nederland"});
    auto const updated = in_transaction([&](store::Transaction& transaction) {
        return store::SupplierRepository::update(transaction, m_organisation, supplier.id, renamed, 1, m_clock.now());
    });
    ASSERT_TRUE(updated) << updated.error().to_string();
    EXPECT_EQ(updated->version, 2);
    EXPECT_FALSE(updated->kvk_number);
    auto const stale = in_transaction([&](store::Transaction& transaction) {
        return store::SupplierRepository::update(transaction, m_organisation, supplier.id, renamed, 1, m_clock.now());
    });
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().kind(), ErrorKind::Conflict);
}

TEST_P(SupplierStoreTest, ServiceKeepsItsSystemsAndDataLocations)
{
    auto const supplier = add_supplier("Acme", m_organisation);
    auto const service = add_service(supplier.id, "Hosting zaaksysteem");
    EXPECT_EQ(service.systems, std::vector<InformationSystemId>{m_system});
    ASSERT_EQ(service.data_locations.size(), 2u);
    EXPECT_EQ(service.data_locations[0].value(), "DE");
    EXPECT_TRUE(service.personal_data);
    EXPECT_TRUE(service.cloud_service_provider);
    EXPECT_EQ(service.dependency, domain::Dependency::Hoog);

    auto connection = database().acquire();
    auto const listed = store::DeliveredServiceRepository::list(**connection, m_organisation);
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 1u);
    EXPECT_EQ(listed->front().systems, service.systems);

    // A system of another organisation cannot be linked.
    auto const foreign_system = app::RiskService(database(), m_clock)
                                    .create_system(m_operator, m_other, {.name = "Elders", .owner = "CIO"})
                                    ->id;
    auto raw = domain::DeliveredServiceDraft{.name = "Tweede", .systems = {foreign_system}};
    auto const refused = in_transaction([&](store::Transaction& transaction) {
        return store::DeliveredServiceRepository::insert(
            transaction, m_organisation, supplier.id, *domain::DeliveredServiceDraft::create(raw), m_clock.now());
    });
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().location().field.value_or(""), "systems");
}

TEST_P(SupplierStoreTest, ContractRoundTripsEveryPartAndRecordsItsDeviation)
{
    auto const supplier = add_supplier("Acme", m_organisation);
    auto const service = add_service(supplier.id, "Hosting");
    domain::ContractTerms raw;
    raw.reference = "INK-2026-001";
    raw.title = "Hosting zaaksysteem";
    raw.services = {service.id};
    raw.starts_on = sys_days{2027y / January / 1};
    raw.ends_on = sys_days{2029y / December / 31};
    raw.notice_days = 90;
    raw.clauses = domain::prefill_security_clauses({});
    raw.clauses[0].text = "Art. 7.1";
    raw.general_terms = {domain::TermsHandling::ConsequencesRecorded,
        {{"Aansprakelijkheid beperkt", domain::ConsequenceDisposition::Mitigated, "Verzekering"}}};
    raw.duties.right_to_audit = true;
    raw.termination_triggers = {"Faillissement"};
    raw.exit_strategy = domain::ExitStrategy{"Overstap", "Export in CSV", sys_days{2026y / November / 1}};
    auto const terms = domain::ContractTerms::create(raw);
    ASSERT_TRUE(terms) << terms.error().to_string();
    auto const stored = in_transaction([&](store::Transaction& transaction) {
        return store::ContractRepository::insert(transaction, m_organisation, supplier.id, *terms, m_clock.now());
    });
    ASSERT_TRUE(stored) << stored.error().to_string();
    EXPECT_EQ(stored->status, domain::ContractStatus::Concept);
    EXPECT_EQ(stored->terms.services, std::vector<DeliveredServiceId>{service.id});
    EXPECT_EQ(stored->terms.clauses, terms->clauses);
    EXPECT_EQ(stored->terms.general_terms.consequences, terms->general_terms.consequences);
    EXPECT_TRUE(stored->terms.duties.right_to_audit);
    EXPECT_FALSE(stored->terms.duties.right_to_audit == stored->terms.duties.requirements_flow_down);
    EXPECT_EQ(stored->terms.termination_triggers, terms->termination_triggers);
    ASSERT_TRUE(stored->terms.exit_strategy);
    EXPECT_EQ(stored->terms.exit_strategy->last_checked, terms->exit_strategy->last_checked);
    EXPECT_EQ(stored->terms.ends_on, terms->ends_on);

    domain::GateDeviation deviation{"A. Bestuurder", domain::AcceptanceAuthority::Board, sys_days{2026y / December / 1},
        "Noodzakelijk voor de continuïteit van de dienstverlening", {domain::GateItem::ChainNotDisclosed}};
    auto const active = in_transaction([&](store::Transaction& transaction) {
        return store::ContractRepository::set_status(transaction, m_organisation, stored->id,
            domain::ContractStatus::Active, deviation, stored->version, m_clock.now());
    });
    ASSERT_TRUE(active) << active.error().to_string();
    EXPECT_EQ(active->status, domain::ContractStatus::Active);
    auto connection = database().acquire();
    auto const recorded = store::ContractRepository::deviation(**connection, m_organisation, stored->id);
    ASSERT_TRUE(recorded && *recorded);
    EXPECT_EQ((*recorded)->waived, deviation.waived);
    EXPECT_EQ((*recorded)->authority, domain::AcceptanceAuthority::Board);
    EXPECT_EQ((*recorded)->reason, deviation.reason);

    auto const stale = in_transaction([&](store::Transaction& transaction) {
        return store::ContractRepository::set_status(transaction, m_organisation, stored->id,
            domain::ContractStatus::Ended, std::nullopt, stored->version, m_clock.now());
    });
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().kind(), ErrorKind::Conflict);
}

TEST_P(SupplierStoreTest, ContractRefusesAServiceOfAnotherSupplier)
{
    auto const supplier = add_supplier("Acme", m_organisation);
    auto const other = add_supplier("Beta", m_organisation);
    auto const service = add_service(other.id, "Back-up");
    domain::ContractTerms raw{
        .reference = "X-1", .title = "T", .services = {service.id}, .starts_on = sys_days{2027y / January / 1}};
    auto const refused = in_transaction([&](store::Transaction& transaction) {
        return store::ContractRepository::insert(
            transaction, m_organisation, supplier.id, *domain::ContractTerms::create(raw), m_clock.now());
    });
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().location().field.value_or(""), "services");
}

TEST_P(SupplierStoreTest, ChainNodesDisclosuresAndReportsRoundTrip)
{
    auto const supplier = add_supplier("Acme", m_organisation);
    auto const service = add_service(supplier.id, "Hosting");
    domain::ChainNode root{.service_id = service.id,
        .name = "Big Cloud Inc.",
        .provides = "IaaS",
        .cloud_service_provider = true,
        .requirements = {{"vertrouwelijkheid", false, "Alleen versleutelde data"}}};
    root.country = *domain::CountryCode::parse("US");
    auto const stored_root = in_transaction([&](store::Transaction& transaction) {
        return store::ChainRepository::insert_node(transaction, m_organisation, root, m_clock.now());
    });
    ASSERT_TRUE(stored_root) << stored_root.error().to_string();
    domain::ChainNode child{.service_id = service.id, .parent = stored_root->id, .name = "Datacenter B.V."};
    ASSERT_TRUE(in_transaction([&](store::Transaction& transaction) {
        return store::ChainRepository::insert_node(transaction, m_organisation, child, m_clock.now());
    }));
    domain::ChainNode orphan{.service_id = service.id, .parent = ChainNodeId(9999), .name = "Los"};
    auto const refused = in_transaction([&](store::Transaction& transaction) {
        return store::ChainRepository::insert_node(transaction, m_organisation, orphan, m_clock.now());
    });
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().location().field.value_or(""), "parent");

    domain::ChainDisclosure disclosure{service.id, sys_days{2026y / November / 1}, "Hosting buiten de EER",
        domain::ChainJudgement::Acceptable, "CISO", sys_days{2026y / November / 2}};
    ASSERT_TRUE(in_transaction([&](store::Transaction& transaction) {
        return store::ChainRepository::save_disclosure(transaction, m_organisation, disclosure);
    }));

    domain::AssuranceReport report;
    report.supplier_id = supplier.id;
    report.services = {service.id};
    report.kind = domain::AssuranceKind::Isae3402Type2;
    report.issuer = "Acme";
    report.auditor = "Audit & Co";
    report.period_start = sys_days{2025y / January / 1};
    report.period_end = sys_days{2025y / December / 31};
    report.scope_covers_services = true;
    report.opinion = domain::AuditOpinion::Qualified;
    report.exceptions = {"Wijzigingsbeheer"};
    report.bridge_letter = domain::BridgeLetter{sys_days{2026y / February / 1}, sys_days{2026y / June / 30}};
    report.valid_until = sys_days{2026y / December / 31};
    report.aspects = domain::default_aspects(report.kind);
    ASSERT_TRUE(in_transaction([&](store::Transaction& transaction) {
        return store::AssuranceReportRepository::insert(transaction, m_organisation, report, m_clock.now());
    }));

    auto connection = database().acquire();
    auto const nodes = store::ChainRepository::list_nodes(**connection, m_organisation);
    ASSERT_TRUE(nodes);
    ASSERT_EQ(nodes->size(), 2u);
    EXPECT_EQ(nodes->at(0).requirements, root.requirements);
    EXPECT_EQ(nodes->at(0).country->value(), "US");
    EXPECT_EQ(nodes->at(1).parent, stored_root->id);
    auto const disclosures = store::ChainRepository::list_disclosures(**connection, m_organisation);
    ASSERT_TRUE(disclosures && disclosures->size() == 1);
    EXPECT_EQ(disclosures->front().judgement, domain::ChainJudgement::Acceptable);
    EXPECT_EQ(disclosures->front().judged_on, disclosure.judged_on);
    auto const reports = store::AssuranceReportRepository::list(**connection, m_organisation);
    ASSERT_TRUE(reports && reports->size() == 1);
    auto const& read = reports->front();
    EXPECT_EQ(read.services, report.services);
    EXPECT_EQ(read.opinion, report.opinion);
    EXPECT_EQ(read.exceptions, report.exceptions);
    ASSERT_TRUE(read.bridge_letter);
    EXPECT_EQ(read.bridge_letter->covers_until, report.bridge_letter->covers_until);
    EXPECT_EQ(read.aspects, report.aspects);
    EXPECT_TRUE(store::AssuranceReportRepository::list(**connection, m_other)->empty());
    EXPECT_TRUE(store::ChainRepository::list_nodes(**connection, m_other)->empty());
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(SupplierStoreTest);

} // namespace
} // namespace bolwerk::testing
