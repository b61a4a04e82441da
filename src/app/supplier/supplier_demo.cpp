#include "app/supplier/supplier_demo.hpp"

#include "app/risk/risk_service.hpp"
#include "app/supplier/supplier_service.hpp"

#include <algorithm>
#include <array>

namespace bolwerk::app {

namespace {

using namespace std::chrono;

enum class ContractState { None, Concept, Blocked, Complete, Deviation, EndingSoon };
enum class Assurance { None, Valid, Expiring, Expired };

struct DemoSupplier {
    std::string_view name;
    std::string_view kvk; ///< Empty for a supplier abroad.
    std::string_view country;
    std::string_view service;
    std::size_t system; ///< Index into the register's systems (modulo its size).
    domain::Dependency dependency;
    bool cloud;
    ContractState contract;
    Assurance assurance;
    bool behind_cloud; ///< Nimbus Cloud hosts this service (the concentration view).
};

using D = domain::Dependency;
using C = ContractState;
using A = Assurance;

// Fictional companies; KvK numbers pass the eleven test.
constexpr std::array<DemoSupplier, 25> demo_suppliers{{
    {"Nimbus Cloud Europe B.V.", "30277172", "NL", "IaaS-hosting", 0, D::Hoog, true, C::Complete, A::Valid, false},
    {"Zaakwijs Software B.V.", "", "NL", "Zaaksysteem SaaS", 0, D::Hoog, true, C::Complete, A::Expired, true},
    {"Burgerportaal Nederland B.V.", "", "NL", "Burgerportaal", 1, D::Hoog, true, C::Blocked, A::Valid, true},
    {"Financieel Rekenhuis B.V.", "", "NL", "Financiële administratie", 2, D::Midden, true, C::Complete, A::Expiring,
        true},
    {"Salarisdienst Oost B.V.", "", "NL", "Salarisverwerking", 3, D::Midden, true, C::Complete, A::Valid, true},
    {"Archiefbeheer Plus B.V.", "", "NL", "e-Depot", 4, D::Midden, true, C::Deviation, A::None, true},
    {"Geo Inzicht B.V.", "", "NL", "GIS-viewer", 5, D::Laag, true, C::Complete, A::Valid, true},
    {"Vergunningwerk B.V.", "", "NL", "Omgevingsvergunningen", 6, D::Midden, true, C::EndingSoon, A::Valid, true},
    {"Mailhuis Europa GmbH", "", "DE", "E-mail en agenda", 7, D::Hoog, true, C::Complete, A::Valid, true},
    {"Netwerkbeheer Midden B.V.", "", "NL", "Netwerkbeheer", 1, D::Hoog, false, C::Complete, A::Valid, false},
    {"Printservice Regio B.V.", "", "NL", "Print en scan", 2, D::Laag, false, C::Complete, A::None, false},
    {"Telefonie Direct B.V.", "", "NL", "Telefonie", 3, D::Midden, true, C::Complete, A::Expiring, false},
    {"Werkplek Totaal B.V.", "", "NL", "Werkplekbeheer", 4, D::Hoog, false, C::Complete, A::Valid, false},
    {"Back-up Bunker B.V.", "", "NL", "Back-up en herstel", 5, D::Hoog, true, C::Complete, A::Valid, true},
    {"Pentest Partners B.V.", "", "NL", "Penetratietesten", 6, D::Laag, false, C::None, A::None, false},
    {"Schoonmaak Data B.V.", "", "NL", "Datavernietiging", 7, D::Laag, false, C::Complete, A::Valid, false},
    {"Parkeerapp B.V.", "", "NL", "Parkeervergunningen", 0, D::Laag, true, C::Complete, A::Expiring, false},
    {"Sociaal Domein Online B.V.", "", "NL", "Sociaal domein", 1, D::Hoog, true, C::Complete, A::Valid, true},
    {"Belastingen Samen B.V.", "", "NL", "Gemeentelijke belastingen", 2, D::Midden, true, C::Complete, A::Valid, false},
    {"Raadsinformatie B.V.", "", "NL", "Raadsinformatiesysteem", 3, D::Laag, true, C::Complete, A::Valid, false},
    {"Klantcontact Centraal B.V.", "", "NL", "Klantcontactsysteem", 4, D::Midden, true, C::Concept, A::None, false},
    {"Cameratoezicht B.V.", "", "NL", "Cameratoezicht", 5, D::Laag, false, C::None, A::None, false},
    {"Identity Services Ltd.", "", "IE", "Identiteitsbeheer", 6, D::Hoog, true, C::Complete, A::Valid, false},
    {"Documentcreatie B.V.", "", "NL", "Documentcreatie", 7, D::Midden, true, C::Complete, A::Valid, true},
    {"Analytics Atlantic Inc.", "", "US", "Webstatistieken", 0, D::Laag, true, C::None, A::None, false},
}};

domain::ContractTerms complete_terms(std::string const& reference, DemoSupplier const& demo, DeliveredServiceId service,
    std::vector<domain::SecurityClause> clauses, RiskAnalysisId analysis, Date today)
{
    domain::ContractTerms terms;
    terms.reference = reference;
    terms.title = std::string(demo.service);
    terms.services = {service};
    terms.starts_on = today - days{400};
    terms.ends_on = today + days{900};
    terms.notice_days = 90;
    for (auto& clause : clauses)
        clause.text = "Bijlage B, " + std::string(domain::to_string(clause.topic));
    terms.clauses = std::move(clauses);
    terms.general_terms.handling = domain::TermsHandling::Excluded;
    terms.duties = {true, true, true, true, true};
    terms.termination_triggers = {"Faillissement van de leverancier", "Verplaatsing van gegevens buiten de EER"};
    terms.exit_strategy = domain::ExitStrategy{"Overstap naar opvolger binnen zes maanden",
        "Volledige export in open formaat en verwijderverklaring", today - days{30}};
    terms.dependency_assessment
        = domain::DependencyAssessment{analysis, domain::DependencyDecision::Manageable, today - days{420}, "CISO"};
    return terms;
}

domain::AssuranceReport demo_report(SupplierId supplier, Assurance assurance, Date today)
{
    domain::AssuranceReport report;
    report.supplier_id = supplier;
    report.kind = domain::AssuranceKind::Isae3402Type2;
    report.issuer = "Leverancier";
    report.auditor = "Accountantskantoor Voorbeeld";
    auto const until = assurance == Assurance::Valid ? today + days{240}
        : assurance == Assurance::Expiring           ? today + days{35}
                                                     : today - days{45};
    report.period_start = until - days{730};
    report.period_end = until - days{365};
    report.valid_until = until;
    report.scope_covers_services = true;
    report.opinion = domain::AuditOpinion::Unqualified;
    return report;
}

} // namespace

Result<std::optional<std::string>> set_up_supplier_demo(
    store::Database& database, Actor const& actor, Clock const& clock, OrganisationId organisation)
{
    SupplierService suppliers(database, clock);
    if (!TRY(suppliers.supplier_register(actor, organisation)).empty())
        return std::optional<std::string>();
    RiskService risks(database, clock);
    auto const systems = TRY(risks.list_systems(actor, organisation));
    auto const analyses = TRY(risks.list_analyses(actor, organisation));
    auto const completed = std::find_if(analyses.begin(), analyses.end(),
        [](auto const& analysis) { return analysis.status == domain::RiskAnalysisStatus::Completed; });
    if (systems.empty() || completed == analyses.end())
        return std::optional<std::string>(); // the risk demo provides both
    auto const today = floor<days>(clock.now());
    std::size_t contracts = 0;
    for (std::size_t i = 0; i < demo_suppliers.size(); ++i) {
        auto const& demo = demo_suppliers[i];
        auto const supplier = TRY(suppliers.register_supplier(actor, organisation,
            {.name = std::string(demo.name),
                .kvk_number = std::string(demo.kvk),
                .country = std::string(demo.country),
                .contacts = {{"Contactpersoon " + std::to_string(i + 1), "accountmanager",
                    "contact" + std::to_string(i + 1) + "@leverancier.example", ""}}}));
        domain::DeliveredServiceDraft raw{.name = std::string(demo.service),
            .systems = {systems[demo.system % systems.size()].system.id},
            .personal_data = demo.dependency != domain::Dependency::Laag,
            .data_locations = {TRY(domain::CountryCode::parse(demo.country))},
            .dependency = demo.dependency,
            .cloud_service_provider = demo.cloud};
        auto const service = TRY(suppliers.add_service(actor, organisation, supplier.id, raw));
        if (demo.behind_cloud) {
            auto const node = TRY(suppliers.add_chain_node(actor, organisation,
                {.service_id = service.id,
                    .name = "Nimbus Cloud Europe B.V.",
                    .kvk_number = TRY(domain::KvkNumber::parse("30277172")),
                    .provides = "hosting",
                    .cloud_service_provider = true}));
            TRY(suppliers.add_chain_node(actor, organisation,
                {.service_id = service.id,
                    .parent = node.id,
                    .name = "Datacenter Noord B.V.",
                    .provides = "datacenter"}));
        }
        if (demo.contract != ContractState::Blocked && demo.contract != ContractState::None
            && demo.contract != ContractState::Concept)
            TRY(suppliers.record_chain_disclosure(actor, organisation,
                {service.id, today - days{450}, "Hosting bij een cloudaanbieder", domain::ChainJudgement::Acceptable,
                    "CISO", today - days{440}}));
        if (demo.assurance != Assurance::None)
            TRY(suppliers.add_assurance_report(actor, organisation, demo_report(supplier.id, demo.assurance, today)));
        if (demo.contract == ContractState::None)
            continue;
        auto const reference = "INK-" + std::to_string(2024 + static_cast<int>(i % 3)) + "-" + std::to_string(100 + i);
        domain::ContractTerms bare{.reference = reference,
            .title = std::string(demo.service),
            .services = {service.id},
            .starts_on = today - days{400},
            .ends_on = today + days{900},
            .notice_days = 90};
        auto contract = TRY(suppliers.add_contract(actor, organisation, supplier.id, bare));
        ++contracts;
        if (demo.contract == ContractState::Blocked || demo.contract == ContractState::Concept)
            continue;
        auto terms = complete_terms(reference, demo, service.id, contract.terms.clauses, completed->id, today);
        if (demo.contract == ContractState::EndingSoon) {
            terms.ends_on = today + days{60};
            terms.exit_strategy->last_checked = today - days{200};
        }
        if (demo.contract == ContractState::Deviation) {
            terms.exit_strategy.reset();
            terms.duties.right_to_audit = false;
        }
        contract = TRY(suppliers.update_contract(actor, organisation, contract.id, terms, contract.version));
        std::optional<GateDeviationRequest> deviation;
        if (demo.contract == ContractState::Deviation)
            deviation = GateDeviationRequest{"Burgemeester en wethouders", domain::AcceptanceAuthority::Board,
                "Wettelijke bewaartermijn loopt door; overstap in voorbereiding"};
        TRY(suppliers.activate_contract(actor, organisation, contract.id, contract.version, deviation));
    }
    return std::optional<std::string>("registered " + std::to_string(demo_suppliers.size()) + " demo suppliers with "
        + std::to_string(contracts) + " contracts");
}

} // namespace bolwerk::app
