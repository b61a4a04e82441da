#pragma once

#include "common/id.hpp"
#include "common/result.hpp"
#include "domain/catalog/cbw_scope.hpp"
#include "store/forward.hpp"

namespace bolwerk::store {

/// SQL for organisation_control_scopes: the Cbw scope an organisation has set per
/// ISO/IEC 27002:2022 control. Only deviations from the default are stored; setting
/// a control back to the default deletes its row.
class ControlScopeRepository {
public:
    static Result<void> set(Transaction& transaction, OrganisationId organisation,
        domain::catalog::ControlNumber control, domain::catalog::CbwScope scope);
    static Result<domain::catalog::CbwScopeMap> load(Connection& connection, OrganisationId organisation);
};

} // namespace bolwerk::store
