#include "app/supplier/supplier_service.hpp"

#include "app/supplier/supplier_json.hpp"
#include "app/supplier/supplier_loading.hpp"
#include "app/use_case.hpp"
#include "store/risk/information_system_repository.hpp"
#include "store/risk/risk_analysis_repository.hpp"
#include "store/supplier/chain_repository.hpp"
#include "store/supplier/contract_repository.hpp"
#include "store/supplier/delivered_service_repository.hpp"
#include "store/supplier/supplier_repository.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace bolwerk::app {

namespace {

using supplier_detail::load_suppliers;

Date today_of(Clock const& clock) { return std::chrono::floor<std::chrono::days>(clock.now()); }

// The chain of one service depth-first, with each node's depth (domain::build_chain_tree).
Result<void> attach_chain(SupplierServiceView& view, std::vector<domain::ChainNode> const& nodes)
{
    std::vector<domain::ChainNode> own;
    std::copy_if(nodes.begin(), nodes.end(), std::back_inserter(own),
        [&](domain::ChainNode const& node) { return node.service_id == view.service.id; });
    auto const tree = TRY(domain::build_chain_tree(own));
    for (auto const& entry : tree.entries) {
        view.chain.push_back(*entry.node);
        view.depths.push_back(entry.depth);
    }
    return ok();
}

} // namespace

Result<store::PooledConnection> SupplierService::open_for_reading(Actor const& actor, OrganisationId organisation)
{
    TRY(authorise(actor, Permission::SupplierRead, organisation));
    auto connection = TRY(m_database.acquire());
    TRY(require_organisation(*connection, organisation));
    return connection;
}

Result<domain::Supplier> SupplierService::register_supplier(
    Actor const& actor, OrganisationId organisation, domain::SupplierInput const& input)
{
    return run_use_case(m_database, m_clock, actor, Permission::SupplierWrite, organisation,
        [&](UseCase& use_case) -> Result<domain::Supplier> {
            // BIO2 5.22.02: the register names each supplier with its KvK number and country.
            auto const draft = TRY(domain::SupplierDraft::create(input));
            TRY(require_organisation(use_case.connection(), organisation));
            auto supplier
                = TRY(store::SupplierRepository::insert(use_case.transaction(), organisation, draft, use_case.now()));
            auto const after = supplier_to_json(supplier);
            TRY(use_case.audit(
                audit_change(organisation, "supplier.create", "supplier", supplier.id.to_string(), nullptr, &after)));
            return supplier;
        });
}

Result<domain::Supplier> SupplierService::update_supplier(Actor const& actor, OrganisationId organisation,
    SupplierId id, domain::SupplierInput const& input, std::int64_t expected_version)
{
    return run_use_case(m_database, m_clock, actor, Permission::SupplierWrite, organisation,
        [&](UseCase& use_case) -> Result<domain::Supplier> {
            auto const draft = TRY(domain::SupplierDraft::create(input));
            auto const before
                = supplier_to_json(TRY(store::SupplierRepository::find(use_case.connection(), organisation, id)));
            auto supplier = TRY(store::SupplierRepository::update(
                use_case.transaction(), organisation, id, draft, expected_version, use_case.now()));
            auto const after = supplier_to_json(supplier);
            TRY(use_case.audit(
                audit_change(organisation, "supplier.update", "supplier", id.to_string(), &before, &after)));
            return supplier;
        });
}

Result<domain::DeliveredService> SupplierService::add_service(
    Actor const& actor, OrganisationId organisation, SupplierId supplier, domain::DeliveredServiceDraft raw)
{
    return run_use_case(m_database, m_clock, actor, Permission::SupplierWrite, organisation,
        [&](UseCase& use_case) -> Result<domain::DeliveredService> {
            auto const draft = TRY(domain::DeliveredServiceDraft::create(std::move(raw)));
            auto service = TRY(store::DeliveredServiceRepository::insert(
                use_case.transaction(), organisation, supplier, draft, use_case.now()));
            auto const after = service_to_json(service);
            TRY(use_case.audit(audit_change(
                organisation, "supplier_service.create", "supplier_service", service.id.to_string(), nullptr, &after)));
            return service;
        });
}

Result<std::vector<domain::RegisterEntry>> SupplierService::supplier_register(
    Actor const& actor, OrganisationId organisation)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    auto const loaded = TRY(load_suppliers(*connection, organisation));
    // BIO2 5.22.02: the register with criticality, contracts and this year's assurance.
    return domain::build_supplier_register(loaded.records(), loaded.classifications, today_of(m_clock));
}

Result<SupplierDetail> SupplierService::supplier_detail(Actor const& actor, OrganisationId organisation, SupplierId id)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    SupplierDetail detail;
    detail.supplier = TRY(store::SupplierRepository::find(*connection, organisation, id));
    auto const loaded = TRY(load_suppliers(*connection, organisation));
    auto const entries = domain::build_supplier_register(loaded.records(), loaded.classifications, today_of(m_clock));
    auto const entry = std::find_if(
        entries.begin(), entries.end(), [&](domain::RegisterEntry const& candidate) { return candidate.id == id; });
    if (entry != entries.end())
        detail.entry = *entry;
    auto const nodes = TRY(store::ChainRepository::list_nodes(*connection, organisation));
    for (auto const& service : loaded.services) {
        if (service.supplier_id != id)
            continue;
        SupplierServiceView view{service, domain::assess_criticality(service, loaded.classifications), {}, {}, {}};
        TRY(attach_chain(view, nodes));
        auto const disclosure = std::find_if(loaded.disclosures.begin(), loaded.disclosures.end(),
            [&](domain::ChainDisclosure const& candidate) { return candidate.service_id == service.id; });
        if (disclosure != loaded.disclosures.end())
            view.disclosure = *disclosure;
        detail.services.push_back(std::move(view));
    }
    for (auto const& contract : loaded.contracts) {
        if (contract.supplier_id != id)
            continue;
        auto gate = TRY(supplier_detail::check_gate(*connection, organisation, contract.terms, loaded));
        auto deviation = TRY(store::ContractRepository::deviation(*connection, organisation, contract.id));
        detail.contracts.push_back({contract, std::move(gate), std::move(deviation)});
    }
    std::copy_if(loaded.reports.begin(), loaded.reports.end(), std::back_inserter(detail.reports),
        [&](domain::AssuranceReport const& report) { return report.supplier_id == id; });
    for (auto const& system : loaded.systems)
        detail.system_names.emplace(system.id, system.name);
    return detail;
}

Result<std::vector<domain::ConcentrationEntry>> SupplierService::concentration(
    Actor const& actor, OrganisationId organisation, std::size_t minimum_services)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    auto const suppliers = TRY(store::SupplierRepository::list(*connection, organisation));
    auto const services = TRY(store::DeliveredServiceRepository::list(*connection, organisation));
    auto const nodes = TRY(store::ChainRepository::list_nodes(*connection, organisation));
    // BIO2 5.21.05: one party behind many services is a shared point of failure.
    return domain::supplier_concentration(suppliers, services, nodes, minimum_services);
}

Result<std::vector<domain::SupplierTask>> SupplierService::tasks(Actor const& actor, OrganisationId organisation)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    auto const loaded = TRY(load_suppliers(*connection, organisation));
    // Chain changes (5.21.04) are a later slice: none are stored yet.
    return domain::supplier_tasks(loaded.records(), {}, today_of(m_clock));
}

Result<std::map<InformationSystemId, std::string>> SupplierService::system_names(
    Actor const& actor, OrganisationId organisation)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    auto const systems = TRY(store::InformationSystemRepository::list(*connection, organisation));
    std::map<InformationSystemId, std::string> names;
    for (auto const& system : systems)
        names.emplace(system.id, system.name);
    return names;
}

Result<std::vector<std::pair<RiskAnalysisId, std::string>>> SupplierService::analysis_choices(
    Actor const& actor, OrganisationId organisation)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    auto const analyses = TRY(store::RiskAnalysisRepository::list(*connection, organisation));
    std::vector<std::pair<RiskAnalysisId, std::string>> choices;
    choices.reserve(analyses.size());
    for (auto const& analysis : analyses)
        choices.emplace_back(analysis.id,
            format_date(analysis.held_on) + " " + analysis.process + " ("
                + std::string(domain::to_string(analysis.status)) + ")");
    return choices;
}

} // namespace bolwerk::app
