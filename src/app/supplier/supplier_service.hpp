#pragma once

#include "app/actor.hpp"
#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/risk/methodology.hpp"
#include "domain/supplier/concentration.hpp"
#include "domain/supplier/contract_gate.hpp"
#include "domain/supplier/supplier_register.hpp"
#include "domain/supplier/supplier_tasks.hpp"
#include "store/forward.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bolwerk::app {

/// A service with its derived criticality and its chain of sub-suppliers.
struct SupplierServiceView {
    domain::DeliveredService service;
    domain::CriticalityAssessment criticality;
    std::vector<domain::ChainNode> chain; ///< Depth-first (a parent before its children).
    std::vector<std::size_t> depths; ///< Per chain node, 1 = works directly for the supplier.
    std::optional<domain::ChainDisclosure> disclosure;
};

/// A contract with what the pre-contract gate says about it now.
struct SupplierContractView {
    domain::Contract contract;
    domain::GateResult gate;
    std::optional<domain::GateDeviation> deviation; ///< The decision it was activated under.
};

/// Everything the supplier page shows.
struct SupplierDetail {
    domain::Supplier supplier;
    domain::RegisterEntry entry;
    std::vector<SupplierServiceView> services;
    std::vector<SupplierContractView> contracts;
    std::vector<domain::AssuranceReport> reports;
    std::map<InformationSystemId, std::string> system_names;
};

/// A request to activate a contract although the gate found items missing (BIO2
/// 5.20.06): decided by a person with the authority the methodology asks, with a
/// reason; it waives exactly the items the gate finds at that moment.
struct GateDeviationRequest {
    std::string decided_by;
    domain::AcceptanceAuthority authority = domain::AcceptanceAuthority::ProcessOwner;
    std::string reason;
};

/// Use cases of the supplier register (issue #14; BIO2 5.19–5.23). Each authorises the
/// actor for the organisation (SupplierRead, SupplierWrite, ContractDeviate), runs a
/// change in one transaction and writes an audit event with it. Keeps references to
/// `database` and `clock`; safe to share between threads.
class SupplierService {
public:
    SupplierService(store::Database& database, Clock const& clock)
        : m_database(database)
        , m_clock(clock)
    {
    }

    Result<domain::Supplier> register_supplier(
        Actor const& actor, OrganisationId organisation, domain::SupplierInput const& input);
    Result<domain::Supplier> update_supplier(Actor const& actor, OrganisationId organisation, SupplierId id,
        domain::SupplierInput const& input, std::int64_t expected_version);
    /// A service of the supplier with the systems it touches (criticality follows from them).
    Result<domain::DeliveredService> add_service(
        Actor const& actor, OrganisationId organisation, SupplierId supplier, domain::DeliveredServiceDraft raw);
    /// A new contract in status concept. Without clauses, the BIV clauses are pre-filled at
    /// the level the covered services' systems demand (BIO2 5.19.01).
    Result<domain::Contract> add_contract(
        Actor const& actor, OrganisationId organisation, SupplierId supplier, domain::ContractTerms raw);
    Result<domain::Contract> update_contract(Actor const& actor, OrganisationId organisation, ContractId id,
        domain::ContractTerms raw, std::int64_t expected_version);
    /// What the pre-contract gate finds missing now (read only).
    Result<SupplierContractView> contract_gate(Actor const& actor, OrganisationId organisation, ContractId id);
    /// Moves a concept contract to "actief". Refused (Conflict, naming every missing item
    /// with its measure) while the gate finds items missing, unless `deviation` records
    /// the decision of someone with the authority asked (ContractDeviate, audited).
    Result<domain::Contract> activate_contract(Actor const& actor, OrganisationId organisation, ContractId id,
        std::int64_t expected_version, std::optional<GateDeviationRequest> const& deviation = {});
    Result<domain::Contract> end_contract(
        Actor const& actor, OrganisationId organisation, ContractId id, std::int64_t expected_version);

    /// A sub-supplier in a service's chain (BIO2 5.21.02–03).
    Result<domain::ChainNode> add_chain_node(Actor const& actor, OrganisationId organisation, domain::ChainNode node);
    /// The supplier's disclosure of a service's chain and the organisation's judgement.
    Result<domain::ChainDisclosure> record_chain_disclosure(
        Actor const& actor, OrganisationId organisation, domain::ChainDisclosure const& disclosure);
    /// An independent assurance report (BIO2 5.20.03).
    Result<domain::AssuranceReport> add_assurance_report(
        Actor const& actor, OrganisationId organisation, domain::AssuranceReport report);

    /// The register (BIO2 5.22.02), suppliers by name.
    Result<std::vector<domain::RegisterEntry>> supplier_register(Actor const& actor, OrganisationId organisation);
    Result<SupplierDetail> supplier_detail(Actor const& actor, OrganisationId organisation, SupplierId id);
    /// Parties behind at least `minimum_services` services (BIO2 5.21.05).
    Result<std::vector<domain::ConcentrationEntry>> concentration(
        Actor const& actor, OrganisationId organisation, std::size_t minimum_services = 2);
    /// The supplier work due now, for the home page and task list.
    Result<std::vector<domain::SupplierTask>> tasks(Actor const& actor, OrganisationId organisation);
    /// The organisation's systems by id, for forms that link services to them.
    Result<std::map<InformationSystemId, std::string>> system_names(Actor const& actor, OrganisationId organisation);
    /// The organisation's risk analyses, for the contract form's dependency assessment.
    Result<std::vector<std::pair<RiskAnalysisId, std::string>>> analysis_choices(
        Actor const& actor, OrganisationId organisation);

private:
    Result<store::PooledConnection> open_for_reading(Actor const& actor, OrganisationId organisation);
    store::Database& m_database;
    Clock const& m_clock;
};

} // namespace bolwerk::app
