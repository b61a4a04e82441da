#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"
#include "domain/role.hpp"

#include <optional>
#include <string>
#include <vector>

namespace bolwerk::domain {

/// A person who can sign in. The password hash and TOTP secret are credentials:
/// never logged, never sent to a client, never part of an audit snapshot.
struct User {
    UserId id{0};
    std::string email; ///< Normalised (lower case); unique.
    std::string display_name;
    std::optional<std::string> password_hash; ///< argon2id string; absent for SSO-only accounts.
    bool disabled = false; ///< A disabled user cannot sign in; their API tokens are refused.
    std::optional<Timestamp> disabled_at;
    std::optional<std::string> disabled_by; ///< The audit actor who disabled them ("user:4").
    bool administrator = false;
    std::optional<std::string> totp_secret; ///< Hex; set at enrolment, confirmed by totp_enabled.
    bool totp_enabled = false;
    std::int64_t totp_last_step = 0;
    /// Set by a password reset: the temporary password signs in once, and the user must
    /// choose a new password before anything else.
    bool must_change_password = false;
    std::optional<Timestamp> last_sign_in_at;
    Timestamp created_at{};
    Timestamp updated_at{};
    std::int64_t version = 1;
};

/// One role of a user in one organisation.
struct Membership {
    OrganisationId organisation{0};
    Role role = Role::Medewerker;
    friend bool operator==(Membership const&, Membership const&) = default;
};

} // namespace bolwerk::domain
