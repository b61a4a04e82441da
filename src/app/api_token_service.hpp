#pragma once

#include "app/actor.hpp"
#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/api_token.hpp"
#include "store/forward.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace bolwerk::app {

/// A token just issued: the secret is shown once and stored only as a digest.
struct IssuedApiToken {
    domain::ApiToken record;
    std::string secret;
};

inline constexpr std::chrono::days max_api_token_validity{365};

/// API tokens for automation (e.g. the release gate in CI): each is scoped to one
/// organisation and one role and expires. Safe to share between threads.
class ApiTokenService {
public:
    ApiTokenService(store::Database& database, Clock const& clock)
        : m_database(database)
        , m_clock(clock)
    {
    }

    /// Needs ApiTokenManage in `organisation`. `validity` is 1 to 365 days.
    Result<IssuedApiToken> issue(Actor const& actor, OrganisationId organisation, domain::Role role,
        std::string const& name, std::chrono::days validity);
    Result<std::vector<domain::ApiToken>> list(Actor const& actor, OrganisationId organisation);
    Result<void> revoke(Actor const& actor, OrganisationId organisation, std::int64_t token_id);

    /// The actor a bearer token stands for; nothing when it is unknown, revoked or expired.
    Result<std::optional<Actor>> authenticate(std::string_view secret);

private:
    store::Database& m_database;
    Clock const& m_clock;
};

} // namespace bolwerk::app
