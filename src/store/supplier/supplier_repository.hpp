#pragma once

#include "common/result.hpp"
#include "domain/supplier/supplier.hpp"
#include "store/forward.hpp"

#include <cstdint>
#include <vector>

namespace bolwerk::store {

/// SQL for `suppliers` (BIO2 5.22.02: the register). Every call is scoped to one
/// organisation: a supplier of another organisation is NotFound.
class SupplierRepository {
public:
    static Result<domain::Supplier> insert(
        Transaction& transaction, OrganisationId organisation, domain::SupplierDraft const& draft, Timestamp now);
    /// Saves `draft` if the stored version is still `expected_version` (Conflict otherwise).
    static Result<domain::Supplier> update(Transaction& transaction, OrganisationId organisation, SupplierId id,
        domain::SupplierDraft const& draft, std::int64_t expected_version, Timestamp now);
    static Result<domain::Supplier> find(Connection& connection, OrganisationId organisation, SupplierId id);
    /// By name.
    static Result<std::vector<domain::Supplier>> list(Connection& connection, OrganisationId organisation);
};

} // namespace bolwerk::store
