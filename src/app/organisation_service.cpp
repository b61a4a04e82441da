#include "app/organisation_service.hpp"

#include "app/use_case.hpp"
#include "store/database.hpp"
#include "store/organisation_repository.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::app {

namespace {

Result<domain::OrganisationDraft> validate(OrganisationInput const& input)
{
    auto const optional_view = [](std::optional<std::string> const& text) -> std::optional<std::string_view> {
        if (!text)
            return std::nullopt;
        return std::string_view(*text);
    };
    return domain::OrganisationDraft::create(
        input.name, input.kind, optional_view(input.oin), optional_view(input.kvk_number));
}

} // namespace

nlohmann::json organisation_to_json(domain::Organisation const& organisation)
{
    auto const optional = [](auto const& value) { return value ? nlohmann::json(value->value()) : nlohmann::json(); };
    return {
        {"id", organisation.id.value()},
        {"name", organisation.name},
        {"kind", domain::to_string(organisation.kind)},
        {"oin", optional(organisation.oin)},
        {"kvk_number", optional(organisation.kvk_number)},
        {"created_at", format_timestamp(organisation.created_at)},
        {"updated_at", format_timestamp(organisation.updated_at)},
        {"version", organisation.version},
    };
}

Result<domain::Organisation> OrganisationService::create(Actor const& actor, OrganisationInput const& input)
{
    return run_use_case(m_database, m_clock, actor, Permission::OrganisationCreate, std::nullopt,
        [&](UseCase& use_case) -> Result<domain::Organisation> {
            auto const draft = TRY(validate(input));
            auto organisation
                = TRY(store::OrganisationRepository::insert(use_case.transaction(), draft, use_case.now()));
            auto const after = organisation_to_json(organisation);
            TRY(use_case.audit(audit_change(
                organisation.id, "organisation.create", "organisation", organisation.id.to_string(), nullptr, &after)));
            return organisation;
        });
}

Result<domain::Organisation> OrganisationService::update(
    Actor const& actor, OrganisationId id, OrganisationInput const& input, std::int64_t expected_version)
{
    return run_use_case(m_database, m_clock, actor, Permission::OrganisationUpdate, id,
        [&](UseCase& use_case) -> Result<domain::Organisation> {
            auto const draft = TRY(validate(input));
            auto const before
                = organisation_to_json(TRY(store::OrganisationRepository::find(use_case.connection(), id)));
            auto organisation = TRY(store::OrganisationRepository::update(
                use_case.transaction(), id, draft, expected_version, use_case.now()));
            auto const after = organisation_to_json(organisation);
            TRY(use_case.audit(audit_change(
                organisation.id, "organisation.update", "organisation", organisation.id.to_string(), &before, &after)));
            return organisation;
        });
}

Result<domain::Organisation> OrganisationService::show(Actor const& actor, OrganisationId id)
{
    TRY(authorise(actor, Permission::OrganisationRead, id));
    auto connection = TRY(m_database.acquire());
    return store::OrganisationRepository::find(*connection, id);
}

Result<std::vector<domain::Organisation>> OrganisationService::list(Actor const& actor)
{
    TRY(authorise(actor, Permission::OrganisationRead));
    auto connection = TRY(m_database.acquire());
    auto organisations = TRY(store::OrganisationRepository::list(*connection));
    // A user sees only the organisations they have a role in.
    std::erase_if(
        organisations, [&](domain::Organisation const& organisation) { return !can_see(actor, organisation.id); });
    return organisations;
}

} // namespace bolwerk::app
