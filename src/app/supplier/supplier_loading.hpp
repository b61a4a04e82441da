#pragma once

#include "common/result.hpp"
#include "domain/risk/information_system.hpp"
#include "domain/supplier/contract_gate.hpp"
#include "domain/supplier/supplier_records.hpp"
#include "store/forward.hpp"

#include <map>
#include <vector>

// Loading the supplier records of one organisation for the reads and the gate.
// Internal to app/supplier.
namespace bolwerk::app::supplier_detail {

struct LoadedSuppliers {
    std::vector<domain::Supplier> suppliers;
    std::vector<domain::DeliveredService> services;
    std::vector<domain::Contract> contracts;
    std::vector<domain::AssuranceReport> reports;
    std::vector<domain::SupplierReview> reviews; ///< Not stored yet: the review is a later slice.
    std::vector<domain::InformationSystem> systems;
    std::map<InformationSystemId, domain::Cia> classifications; ///< Effective, as the risk module derives them.
    std::vector<domain::ChainDisclosure> disclosures;

    domain::SupplierRecords records() const { return {suppliers, services, contracts, reports, reviews}; }
    /// The services with these ids, in the order given.
    std::vector<domain::DeliveredService> services_of(std::vector<DeliveredServiceId> const& ids) const;
};

Result<LoadedSuppliers> load_suppliers(store::Connection& connection, OrganisationId organisation);

/// What the pre-contract gate finds missing in `terms` against the loaded records.
Result<domain::GateResult> check_gate(store::Connection& connection, OrganisationId organisation,
    domain::ContractTerms const& terms, LoadedSuppliers const& loaded);

/// The contract is as critical as its most critical service.
domain::Criticality contract_criticality(domain::ContractTerms const& terms, LoadedSuppliers const& loaded);

} // namespace bolwerk::app::supplier_detail
