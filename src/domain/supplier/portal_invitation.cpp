#include "domain/supplier/portal_invitation.hpp"

#include "common/digest.hpp"
#include "common/text.hpp"
#include "domain/supplier/supplier.hpp"

namespace bolwerk::domain {

namespace {

constexpr std::size_t token_length = 2 * invitation_token_bytes;
constexpr std::chrono::hours min_invitation_validity{1};

std::string hex(std::span<std::uint8_t const> bytes)
{
    constexpr std::string_view digits = "0123456789abcdef";
    std::string text;
    text.reserve(bytes.size() * 2);
    for (auto const byte : bytes) {
        text += digits[byte >> 4];
        text += digits[byte & 0x0f];
    }
    return text;
}

bool is_token(std::string_view token)
{
    if (token.size() != token_length)
        return false;
    return token.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

} // namespace

Result<IssuedInvitation> issue_invitation(OrganisationId organisation, SupplierId supplier, std::string_view email,
    std::span<std::uint8_t const> random, Timestamp now, std::chrono::hours validity)
{
    if (random.size() != invitation_token_bytes)
        return Error::internal("an invitation token needs 32 random bytes");
    if (validity < min_invitation_validity || validity > max_invitation_validity)
        return Error::invalid("an invitation is valid for 1 hour to 14 days", {.field = "validity"});
    auto const address = to_ascii_lower(trim(email));
    TRY(check_email_address(address, "email"));
    IssuedInvitation issued;
    issued.token = hex(random);
    issued.invitation.organisation_id = organisation;
    issued.invitation.supplier_id = supplier;
    issued.invitation.email = address;
    issued.invitation.token_hash = invitation_token_hash(issued.token);
    issued.invitation.created_at = now;
    issued.invitation.expires_at = now + validity;
    return issued;
}

std::string invitation_token_hash(std::string_view token) { return sha256_hex(token); }

Result<void> redeem_invitation(PortalInvitation& invitation, std::string_view token, Timestamp now)
{
    // Hash even a malformed token, so that the answer takes the same path either way.
    auto const presented = invitation_token_hash(token);
    if (!constant_time_equal(presented, invitation.token_hash) || !is_token(token))
        return Error::not_found("this invitation link is not valid");
    if (invitation.revoked_at)
        return Error::conflict("this invitation was withdrawn; ask for a new one");
    if (invitation.used_at)
        return Error::conflict("this invitation was already used; sign in instead");
    if (now >= invitation.expires_at)
        return Error::conflict("this invitation has expired; ask for a new one");
    invitation.used_at = now;
    return ok();
}

bool invitation_open(PortalInvitation const& invitation, Timestamp now)
{
    return !invitation.used_at && !invitation.revoked_at && now < invitation.expires_at;
}

} // namespace bolwerk::domain
