#include "app/risk/methodology_in_force.hpp"
#include "app/supplier/supplier_json.hpp"
#include "app/supplier/supplier_loading.hpp"
#include "app/supplier/supplier_service.hpp"
#include "app/use_case.hpp"
#include "store/supplier/contract_repository.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace bolwerk::app {

namespace {

using supplier_detail::load_suppliers;

// The highest authority the actor holds in the organisation: the board above the
// proceseigenaar (the methodology's appetite decides which is asked). The operator and
// administrators record decisions taken elsewhere and are trusted with what they name.
domain::AcceptanceAuthority held_authority(Actor const& actor, OrganisationId organisation)
{
    if (actor.kind == Actor::Kind::Operator || actor.administrator)
        return domain::AcceptanceAuthority::Board;
    auto held = domain::AcceptanceAuthority::WithinAppetite;
    for (auto const& membership : actor.memberships) {
        if (membership.organisation != organisation)
            continue;
        if (membership.role == domain::Role::Bestuurder)
            held = std::max(held, domain::AcceptanceAuthority::Board);
        else if (membership.role == domain::Role::Lijnmanager)
            held = std::max(held, domain::AcceptanceAuthority::ProcessOwner);
    }
    return held;
}

// Without clauses of its own, a new contract starts with the BIV clauses the covered
// services' systems demand (BIO2 5.19.01: BIV is part of the purchase requirements).
void prefill_clauses(domain::ContractTerms& terms, supplier_detail::LoadedSuppliers const& loaded)
{
    if (!terms.clauses.empty())
        return;
    auto const services = loaded.services_of(terms.services);
    terms.clauses = domain::prefill_security_clauses(domain::required_classification(services, loaded.classifications));
}

std::string waived_detail(std::vector<domain::GateItem> const& waived)
{
    std::string detail = "gate deviation waives";
    for (auto const item : waived)
        detail += " " + std::string(domain::to_string(item));
    return detail;
}

} // namespace

Result<domain::Contract> SupplierService::add_contract(
    Actor const& actor, OrganisationId organisation, SupplierId supplier, domain::ContractTerms raw)
{
    return run_use_case(m_database, m_clock, actor, Permission::SupplierWrite, organisation,
        [&](UseCase& use_case) -> Result<domain::Contract> {
            auto terms = TRY(domain::ContractTerms::create(std::move(raw)));
            auto const loaded = TRY(load_suppliers(use_case.connection(), organisation));
            prefill_clauses(terms, loaded);
            auto contract = TRY(store::ContractRepository::insert(
                use_case.transaction(), organisation, supplier, terms, use_case.now()));
            auto const after = contract_to_json(contract);
            TRY(use_case.audit(audit_change(organisation, "supplier_contract.create", "supplier_contract",
                contract.id.to_string(), nullptr, &after)));
            return contract;
        });
}

Result<domain::Contract> SupplierService::update_contract(Actor const& actor, OrganisationId organisation,
    ContractId id, domain::ContractTerms raw, std::int64_t expected_version)
{
    return run_use_case(m_database, m_clock, actor, Permission::SupplierWrite, organisation,
        [&](UseCase& use_case) -> Result<domain::Contract> {
            auto const terms = TRY(domain::ContractTerms::create(std::move(raw)));
            auto const current = TRY(store::ContractRepository::find(use_case.connection(), organisation, id));
            if (current.status == domain::ContractStatus::Ended)
                return Error::conflict("contract " + id.to_string() + " has ended and can no longer be changed");
            auto const before = contract_to_json(current);
            auto contract = TRY(store::ContractRepository::update_terms(
                use_case.transaction(), organisation, id, terms, expected_version, use_case.now()));
            auto const after = contract_to_json(contract);
            TRY(use_case.audit(audit_change(
                organisation, "supplier_contract.update", "supplier_contract", id.to_string(), &before, &after)));
            return contract;
        });
}

Result<SupplierContractView> SupplierService::contract_gate(
    Actor const& actor, OrganisationId organisation, ContractId id)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    auto contract = TRY(store::ContractRepository::find(*connection, organisation, id));
    auto const loaded = TRY(load_suppliers(*connection, organisation));
    auto gate = TRY(supplier_detail::check_gate(*connection, organisation, contract.terms, loaded));
    auto deviation = TRY(store::ContractRepository::deviation(*connection, organisation, id));
    return SupplierContractView{std::move(contract), std::move(gate), std::move(deviation)};
}

Result<domain::Contract> SupplierService::activate_contract(Actor const& actor, OrganisationId organisation,
    ContractId id, std::int64_t expected_version, std::optional<GateDeviationRequest> const& request)
{
    // A deviation is a decision only the authorities of the methodology take (5.20.06):
    // the process owner or the board, who need not keep the register themselves.
    auto const permission = request ? Permission::ContractDeviate : Permission::SupplierWrite;
    return run_use_case(
        m_database, m_clock, actor, permission, organisation, [&](UseCase& use_case) -> Result<domain::Contract> {
            auto const current = TRY(store::ContractRepository::find(use_case.connection(), organisation, id));
            if (current.status == domain::ContractStatus::Active)
                return Error::conflict("contract " + id.to_string() + " is already active");
            TRY(domain::check_status_change(current.status, domain::ContractStatus::Active));
            auto const loaded = TRY(load_suppliers(use_case.connection(), organisation));
            auto const gate
                = TRY(supplier_detail::check_gate(use_case.connection(), organisation, current.terms, loaded));
            std::optional<domain::GateDeviation> deviation;
            if (request && !gate.passed()) {
                if (request->authority > held_authority(use_case.actor(), organisation))
                    return Error::forbidden("your role does not let you decide a deviation as "
                        + std::string(domain::to_string(request->authority)));
                deviation = domain::GateDeviation{request->decided_by, request->authority,
                    std::chrono::floor<std::chrono::days>(use_case.now()), request->reason, {}};
                for (auto const& finding : gate.missing) {
                    if (std::find(deviation->waived.begin(), deviation->waived.end(), finding.item)
                        == deviation->waived.end())
                        deviation->waived.push_back(finding.item);
                }
            }
            auto const methodology = TRY(load_methodology(use_case.connection(), organisation));
            // BIO2 5.19.01, 5.20.06, 5.21.02: refused naming every missing item, unless decided.
            TRY(domain::authorise_activation(gate, deviation, methodology.methodology,
                supplier_detail::contract_criticality(current.terms, loaded)));
            auto const before = contract_to_json(current);
            auto contract = TRY(store::ContractRepository::set_status(use_case.transaction(), organisation, id,
                domain::ContractStatus::Active, deviation, expected_version, use_case.now()));
            auto after = contract_to_json(contract);
            if (deviation)
                after["gate_deviation"] = deviation_to_json(*deviation);
            TRY(use_case.audit(
                audit_change(organisation, "supplier_contract.activate", "supplier_contract", id.to_string(), &before,
                    &after, deviation ? std::optional(waived_detail(deviation->waived)) : std::nullopt)));
            return contract;
        });
}

Result<domain::Contract> SupplierService::end_contract(
    Actor const& actor, OrganisationId organisation, ContractId id, std::int64_t expected_version)
{
    return run_use_case(m_database, m_clock, actor, Permission::SupplierWrite, organisation,
        [&](UseCase& use_case) -> Result<domain::Contract> {
            auto const current = TRY(store::ContractRepository::find(use_case.connection(), organisation, id));
            TRY(domain::check_status_change(current.status, domain::ContractStatus::Ended));
            auto const before = contract_to_json(current);
            auto contract = TRY(store::ContractRepository::set_status(use_case.transaction(), organisation, id,
                domain::ContractStatus::Ended, std::nullopt, expected_version, use_case.now()));
            auto const after = contract_to_json(contract);
            TRY(use_case.audit(audit_change(
                organisation, "supplier_contract.end", "supplier_contract", id.to_string(), &before, &after)));
            return contract;
        });
}

} // namespace bolwerk::app
