#pragma once

#include "common/id.hpp"
#include "domain/user.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bolwerk::app {

/// Who asks for a use case. Every use case takes an Actor and checks it before it
/// touches data (ARCHITECTURE.md: authorisation in the app layer). A user's actor
/// carries the roles they hold, loaded when the session or API token was checked.
struct Actor {
    enum class Kind : std::uint8_t {
        /// Someone running `bolwerk` on the server with access to the database: the
        /// system operator. Trusted with everything the CLI offers.
        Operator,
        /// A signed-in user; what they may do follows from their roles per organisation.
        User,
    };

    Kind kind = Kind::User;
    std::string label; ///< Written to the audit trail: "operator:alice", "user:12".
    std::optional<UserId> user_id;
    bool administrator = false; ///< A system administrator: every organisation, every role.
    std::vector<domain::Membership> memberships;

    static Actor system_operator(std::string const& login_name)
    {
        return {Kind::Operator, "operator:" + login_name, {}, false, {}};
    }
    static Actor user(UserId id, std::vector<domain::Membership> memberships = {}, bool administrator = false)
    {
        return {Kind::User, "user:" + id.to_string(), id, administrator, std::move(memberships)};
    }
    /// An API token acts as its user, but only with the token's one role.
    static Actor api_token(std::int64_t token_id, UserId user, domain::Membership membership)
    {
        return {
            Kind::User, "user:" + user.to_string() + ":token:" + std::to_string(token_id), user, false, {membership}};
    }
};

} // namespace bolwerk::app
