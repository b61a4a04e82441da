#pragma once

#include "common/result.hpp"
#include "domain/supplier/delivered_service.hpp"
#include "store/forward.hpp"

#include <cstdint>
#include <vector>

namespace bolwerk::store {

/// SQL for `supplier_services` and the systems they touch (BIO2 5.22.02). Scoped to
/// one organisation; a linked system must be one of the organisation's (Invalid
/// "systems" otherwise).
class DeliveredServiceRepository {
public:
    static Result<domain::DeliveredService> insert(Transaction& transaction, OrganisationId organisation,
        SupplierId supplier, domain::DeliveredServiceDraft const& draft, Timestamp now);
    static Result<domain::DeliveredService> update(Transaction& transaction, OrganisationId organisation,
        DeliveredServiceId id, domain::DeliveredServiceDraft const& draft, std::int64_t expected_version,
        Timestamp now);
    static Result<domain::DeliveredService> find(
        Connection& connection, OrganisationId organisation, DeliveredServiceId id);
    /// Every service of the organisation, by supplier and name.
    static Result<std::vector<domain::DeliveredService>> list(Connection& connection, OrganisationId organisation);
};

} // namespace bolwerk::store
