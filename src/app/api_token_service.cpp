#include "app/api_token_service.hpp"

#include "app/audit_trail.hpp"
#include "app/authorisation.hpp"
#include "app/credentials.hpp"
#include "app/session_service.hpp"
#include "app/use_case.hpp"
#include "common/text.hpp"
#include "store/credential_repository.hpp"
#include "store/database.hpp"
#include "store/user_repository.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::app {

namespace {

constexpr std::string_view token_prefix = "bwk_";
constexpr std::size_t token_bytes = 32;

nlohmann::json token_to_json(domain::ApiToken const& token)
{
    return {{"id", token.id}, {"name", token.name}, {"user_id", token.user.value()},
        {"organisation_id", token.organisation.value()}, {"role", domain::to_string(token.role)},
        {"expires_at", format_timestamp(token.expires_at)}, {"revoked", token.revoked}};
}

} // namespace

Result<IssuedApiToken> ApiTokenService::issue(Actor const& actor, OrganisationId organisation, domain::Role role,
    std::string const& name, std::chrono::days validity)
{
    return run_use_case(m_database, m_clock, actor, Permission::ApiTokenManage, organisation,
        [&](UseCase& use_case) -> Result<IssuedApiToken> {
            if (!actor.user_id)
                return Error::forbidden("only a user can own an API token");
            auto const trimmed = std::string(trim(name));
            if (trimmed.empty() || trimmed.size() > 100)
                return Error::invalid("a name of 1 to 100 characters is required", {.field = "name"});
            if (validity < std::chrono::days(1) || validity > max_api_token_validity)
                return Error::invalid("the validity must be 1 to 365 days", {.field = "valid_days"});
            IssuedApiToken issued;
            issued.secret = std::string(token_prefix) + random_token(token_bytes);
            domain::ApiToken draft{.name = trimmed,
                .user = *actor.user_id,
                .organisation = organisation,
                .role = role,
                .created_at = use_case.now(),
                .expires_at = use_case.now() + validity};
            issued.record = TRY(store::CredentialRepository::insert_api_token(
                use_case.transaction(), draft, secret_digest(issued.secret)));
            auto const after = token_to_json(issued.record);
            TRY(use_case.audit(audit_change(
                organisation, "api_token.issue", "api_token", std::to_string(issued.record.id), nullptr, &after)));
            return issued;
        });
}

Result<std::vector<domain::ApiToken>> ApiTokenService::list(Actor const& actor, OrganisationId organisation)
{
    TRY(authorise(actor, Permission::ApiTokenManage, organisation));
    auto connection = TRY(m_database.acquire());
    return store::CredentialRepository::api_tokens(*connection, organisation);
}

Result<void> ApiTokenService::revoke(Actor const& actor, OrganisationId organisation, std::int64_t token_id)
{
    return run_use_case(
        m_database, m_clock, actor, Permission::ApiTokenManage, organisation, [&](UseCase& use_case) -> Result<void> {
            if (!TRY(store::CredentialRepository::revoke_api_token(use_case.transaction(), organisation, token_id)))
                return Error::not_found("API token " + std::to_string(token_id) + " does not exist");
            TRY(use_case.audit(audit_change(
                organisation, "api_token.revoke", "api_token", std::to_string(token_id), nullptr, nullptr)));
            return ok();
        });
}

Result<std::optional<Actor>> ApiTokenService::authenticate(std::string_view secret)
{
    if (!secret.starts_with(token_prefix) || secret.size() > 100)
        return std::optional<Actor>();
    auto connection = TRY(m_database.acquire());
    auto const token = TRY(store::CredentialRepository::find_api_token(*connection, secret_digest(secret)));
    if (!token || token->revoked || token->expires_at <= m_clock.now())
        return std::optional<Actor>();
    // A disabled user's tokens are refused while they are disabled (issue #13 item 8).
    if (TRY(store::UserRepository::find(*connection, token->user)).disabled)
        return std::optional<Actor>();
    return std::optional(Actor::api_token(token->id, token->user, {token->organisation, token->role}));
}

} // namespace bolwerk::app
