#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"

#include <optional>
#include <string>

namespace bolwerk::domain {

/// A server-side session: known by the SHA-256 of its id, never by the id itself
/// (store/session_repository).
struct Session {
    std::string id_hash;
    UserId user{0};
    std::string csrf_token;
    bool mfa_passed = false;
    std::optional<OrganisationId> organisation; ///< The organisation the user works in now.
    std::string language = "nl";
    Timestamp created_at{};
    Timestamp last_seen_at{};
};

} // namespace bolwerk::domain
