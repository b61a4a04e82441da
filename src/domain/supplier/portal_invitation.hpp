#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "domain/supplier/supplier_ids.hpp"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace bolwerk::domain {

/// The random bytes behind an invitation token. The app draws them from libsodium
/// (randombytes_buf); the domain only takes them as a parameter.
inline constexpr std::size_t invitation_token_bytes = 32;
/// How long an invitation link works unless the buyer says otherwise, and at most.
inline constexpr std::chrono::hours default_invitation_validity{72};
inline constexpr std::chrono::hours max_invitation_validity{14 * 24};

/// An invitation of a supplier contact to the supplier portal: a one-time link that
/// expires. Only the SHA-256 of the token is stored, so a copy of the database does
/// not let anyone in; the token itself is shown (mailed) once.
/// Invariant: token_hash is 64 lower-case hex digits.
struct PortalInvitation {
    PortalInvitationId id{0};
    OrganisationId organisation_id{0};
    SupplierId supplier_id{0};
    std::string email; ///< The contact invited; the account created gets this address.
    std::string token_hash;
    Timestamp created_at;
    Timestamp expires_at;
    std::optional<Timestamp> used_at;
    std::optional<Timestamp> revoked_at;
};

/// A new invitation and the token to send, which is never stored.
struct IssuedInvitation {
    PortalInvitation invitation;
    std::string token; ///< 64 lower-case hex digits.
};

/// Makes an invitation from `random` (exactly invitation_token_bytes bytes, else a
/// programming error: Internal), valid for `validity` (1 hour to 14 days, Invalid
/// otherwise) from `now`. The e-mail address is checked like a contact's.
Result<IssuedInvitation> issue_invitation(OrganisationId organisation, SupplierId supplier, std::string_view email,
    std::span<std::uint8_t const> random, Timestamp now, std::chrono::hours validity = default_invitation_validity);

/// The hash an invitation is stored and looked up by.
std::string invitation_token_hash(std::string_view token);

/// Uses the invitation once, at `now`: NotFound when the token does not match (or
/// is not a token at all: the same answer, so a guess learns nothing), Conflict when
/// it was withdrawn, already used or has expired. On success marks it used.
Result<void> redeem_invitation(PortalInvitation& invitation, std::string_view token, Timestamp now);

/// Whether the link still works at `now`: not used, not withdrawn, not expired.
bool invitation_open(PortalInvitation const& invitation, Timestamp now);

} // namespace bolwerk::domain
