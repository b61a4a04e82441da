#pragma once

#include "common/result.hpp"
#include "domain/supplier/assurance.hpp"
#include "store/forward.hpp"

#include <vector>

namespace bolwerk::store {

/// SQL for `supplier_assurance_reports` (BIO2 5.20.03). Scoped to one organisation;
/// the supplier, its listed services and the evidence item must be the organisation's.
class AssuranceReportRepository {
public:
    static Result<domain::AssuranceReport> insert(
        Transaction& transaction, OrganisationId organisation, domain::AssuranceReport const& report, Timestamp now);
    /// Every report of the organisation, by supplier and valid-until.
    static Result<std::vector<domain::AssuranceReport>> list(Connection& connection, OrganisationId organisation);
};

} // namespace bolwerk::store
