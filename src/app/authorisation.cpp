#include "app/authorisation.hpp"

namespace bolwerk::app {

Result<void> authorise(Actor const& actor, Permission /*permission*/, std::optional<OrganisationId> organisation)
{
    if (actor.kind == Actor::Kind::Operator)
        return ok();
    // TODO(#4): roles per organisation decide this once users can sign in.
    if (organisation)
        return Error::not_found("organisation " + organisation->to_string() + " does not exist");
    return Error::forbidden("you do not have permission for this action");
}

} // namespace bolwerk::app
