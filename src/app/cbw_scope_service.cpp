#include "app/cbw_scope_service.hpp"

#include "app/audit_trail.hpp"
#include "app/authorisation.hpp"
#include "app/use_case.hpp"
#include "store/control_scope_repository.hpp"
#include "store/database.hpp"
#include "store/organisation_repository.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::app {

namespace {

Result<domain::catalog::CbwScope> parse_scope(std::string const& text)
{
    if (text == "in" || text == "in_scope")
        return domain::catalog::CbwScope::InScope;
    if (text == "out" || text == "out_of_scope")
        return domain::catalog::CbwScope::OutOfScope;
    return Error::invalid("scope must be 'in' or 'out', not '" + text + "'", {.field = "scope"});
}

} // namespace

Result<void> CbwScopeService::set(
    Actor const& actor, OrganisationId organisation, std::string const& control_text, std::string const& scope_text)
{
    return run_use_case(m_database, m_clock, actor, Permission::OrganisationUpdate, organisation,
        [&](UseCase& use_case) -> Result<void> {
            auto const control = TRY(domain::catalog::ControlNumber::parse(control_text));
            auto const scope = TRY(parse_scope(scope_text));
            TRY(require_organisation(use_case.connection(), organisation)); // NotFound before any write
            auto const current = TRY(store::ControlScopeRepository::load(use_case.connection(), organisation));
            auto const before
                = nlohmann::json{{"control", control.to_string()}, {"cbw_scope", to_string(current.scope(control))}};
            TRY(store::ControlScopeRepository::set(use_case.transaction(), organisation, control, scope));
            auto const after = nlohmann::json{{"control", control.to_string()}, {"cbw_scope", to_string(scope)}};
            TRY(use_case.audit(audit_change(
                organisation, "control_scope.set", "control_scope", control.to_string(), &before, &after)));
            return ok();
        });
}

Result<domain::catalog::CbwScopeMap> CbwScopeService::scopes(Actor const& actor, OrganisationId organisation)
{
    TRY(authorise(actor, Permission::OrganisationRead, organisation));
    auto connection = TRY(m_database.acquire());
    TRY(store::OrganisationRepository::find(*connection, organisation));
    return store::ControlScopeRepository::load(*connection, organisation);
}

} // namespace bolwerk::app
