#pragma once

#include "common/id.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace bolwerk::app {

/// Who asks for a use case. Every use case takes an Actor and checks it before it
/// touches data (ARCHITECTURE.md: authorisation in the app layer).
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

    static Actor system_operator(std::string const& login_name)
    {
        return {Kind::Operator, "operator:" + login_name, {}};
    }
    static Actor user(UserId id) { return {Kind::User, "user:" + id.to_string(), id}; }
};

} // namespace bolwerk::app
