#include "app/assessment/measure_ownership.hpp"

#include "app/authorisation.hpp"
#include "domain/assessment/contribution.hpp"
#include "store/assessment/assessment_repository.hpp"
#include "store/user_repository.hpp"

namespace bolwerk::app {

Result<bool> owns_measure(
    store::Connection& connection, Actor const& actor, std::optional<domain::assessment::MeasureAnswer> const& answer)
{
    if (!actor.user_id || !answer)
        return false;
    auto const user = TRY(store::UserRepository::find(connection, *actor.user_id));
    return domain::assessment::is_owned_by(answer->owner, user.email);
}

Result<bool> may_change_measure(store::Connection& connection, Actor const& actor, OrganisationId organisation,
    domain::catalog::MeasureNumber measure)
{
    if (authorise(actor, Permission::AssessmentWrite, organisation))
        return true;
    if (!authorise(actor, Permission::AssessmentContribute, organisation))
        return false;
    return owns_measure(
        connection, actor, TRY(store::AssessmentRepository::find_measure(connection, organisation, measure)));
}

} // namespace bolwerk::app
