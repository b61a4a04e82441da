#pragma once

#include "common/result.hpp"
#include "domain/supplier/contract.hpp"
#include "domain/supplier/contract_gate.hpp"
#include "store/forward.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace bolwerk::store {

/// SQL for `supplier_contracts` and the services they cover (BIO2 5.19–5.23). Scoped to
/// one organisation; every covered service must be one of the contract's supplier.
class ContractRepository {
public:
    /// Stores a new contract in status concept.
    static Result<domain::Contract> insert(Transaction& transaction, OrganisationId organisation, SupplierId supplier,
        domain::ContractTerms const& terms, Timestamp now);
    /// Saves new terms if the stored version is still `expected_version`.
    static Result<domain::Contract> update_terms(Transaction& transaction, OrganisationId organisation, ContractId id,
        domain::ContractTerms const& terms, std::int64_t expected_version, Timestamp now);
    /// Moves the contract to `status`, recording the gate deviation it was activated
    /// under, if any (never overwritten by a later status change).
    static Result<domain::Contract> set_status(Transaction& transaction, OrganisationId organisation, ContractId id,
        domain::ContractStatus status, std::optional<domain::GateDeviation> const& deviation,
        std::int64_t expected_version, Timestamp now);
    static Result<domain::Contract> find(Connection& connection, OrganisationId organisation, ContractId id);
    /// The deviation the contract was activated under; none when the gate passed.
    static Result<std::optional<domain::GateDeviation>> deviation(
        Connection& connection, OrganisationId organisation, ContractId id);
    /// Every contract of the organisation, by supplier and start.
    static Result<std::vector<domain::Contract>> list(Connection& connection, OrganisationId organisation);
};

} // namespace bolwerk::store
