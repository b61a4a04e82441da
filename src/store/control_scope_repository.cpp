#include "store/control_scope_repository.hpp"

#include "store/connection.hpp"

namespace bolwerk::store {

namespace {

Result<domain::catalog::CbwScope> parse_scope(std::string const& text)
{
    if (text == to_string(domain::catalog::CbwScope::InScope))
        return domain::catalog::CbwScope::InScope;
    if (text == to_string(domain::catalog::CbwScope::OutOfScope))
        return domain::catalog::CbwScope::OutOfScope;
    return Error::internal("unknown Cbw scope '" + text + "' in the database");
}

} // namespace

Result<void> ControlScopeRepository::set(Transaction& transaction, OrganisationId organisation,
    domain::catalog::ControlNumber control, domain::catalog::CbwScope scope)
{
    TRY(transaction.query("DELETE FROM organisation_control_scopes WHERE organisation_id = $1 AND control = $2",
        {organisation.value(), control.to_string()}));
    if (scope == domain::catalog::default_cbw_scope)
        return ok();
    TRY(transaction.query(
        "INSERT INTO organisation_control_scopes (organisation_id, control, cbw_scope) VALUES ($1, $2, $3)",
        {organisation.value(), control.to_string(), std::string(to_string(scope))}));
    return ok();
}

Result<domain::catalog::CbwScopeMap> ControlScopeRepository::load(Connection& connection, OrganisationId organisation)
{
    auto const rows
        = TRY(connection.query("SELECT control, cbw_scope FROM organisation_control_scopes WHERE organisation_id = $1",
            {organisation.value()}));
    domain::catalog::CbwScopeMap map;
    for (auto row : rows)
        map.set(TRY(domain::catalog::ControlNumber::parse(row.text(0))), TRY(parse_scope(row.text(1))));
    return map;
}

} // namespace bolwerk::store
