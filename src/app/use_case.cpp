#include "app/use_case.hpp"

#include "store/organisation_repository.hpp"

namespace bolwerk::app {

Result<void> require_organisation(store::Connection& connection, OrganisationId organisation)
{
    TRY(store::OrganisationRepository::find(connection, organisation));
    return ok();
}

} // namespace bolwerk::app
