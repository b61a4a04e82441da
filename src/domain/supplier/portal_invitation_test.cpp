#include "domain/supplier/portal_invitation.hpp"

#include <array>

#include <gtest/gtest.h>

namespace bolwerk::domain {
namespace {

using namespace std::chrono;

Timestamp const now = sys_days{2026y / November / 25} + 9h;

std::array<std::uint8_t, invitation_token_bytes> random_bytes()
{
    std::array<std::uint8_t, invitation_token_bytes> bytes{};
    for (std::size_t i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<std::uint8_t>(i * 7 + 3);
    return bytes;
}

IssuedInvitation issued()
{
    return issue_invitation(OrganisationId(1), SupplierId(2), " Jan@Acme.NL ", random_bytes(), now).value();
}

TEST(PortalInvitation, StoresTheHashNeverTheToken)
{
    auto const invitation = issued();
    EXPECT_EQ(invitation.token.size(), 64u);
    EXPECT_EQ(invitation.token.substr(0, 6), "030a11");
    EXPECT_EQ(invitation.invitation.token_hash, invitation_token_hash(invitation.token));
    EXPECT_NE(invitation.invitation.token_hash, invitation.token);
    EXPECT_EQ(invitation.invitation.email, "jan@acme.nl");
    EXPECT_EQ(invitation.invitation.expires_at, now + default_invitation_validity);
    EXPECT_TRUE(invitation_open(invitation.invitation, now));
}

TEST(PortalInvitation, RefusesBadInput)
{
    auto const bytes = random_bytes();
    EXPECT_EQ(issue_invitation(OrganisationId(1), SupplierId(2), "jan@acme.nl", std::span(bytes).first(16), now)
                  .error()
                  .kind(),
        ErrorKind::Internal);
    EXPECT_EQ(issue_invitation(OrganisationId(1), SupplierId(2), "jan", bytes, now).error().location().field, "email");
    EXPECT_EQ(
        issue_invitation(OrganisationId(1), SupplierId(2), "jan@acme.nl", bytes, now, 0h).error().location().field,
        "validity");
    EXPECT_FALSE(
        issue_invitation(OrganisationId(1), SupplierId(2), "jan@acme.nl", bytes, now, max_invitation_validity + 1h));
    EXPECT_TRUE(issue_invitation(OrganisationId(1), SupplierId(2), "jan@acme.nl", bytes, now, max_invitation_validity));
}

TEST(PortalInvitation, WorksExactlyOnce)
{
    auto invitation = issued();
    EXPECT_TRUE(redeem_invitation(invitation.invitation, invitation.token, now + 1h));
    EXPECT_EQ(invitation.invitation.used_at, now + 1h);
    EXPECT_FALSE(invitation_open(invitation.invitation, now + 1h));
    auto const again = redeem_invitation(invitation.invitation, invitation.token, now + 2h);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind(), ErrorKind::Conflict);
}

TEST(PortalInvitation, RefusesWrongExpiredAndWithdrawnLinks)
{
    struct Case {
        std::string token; // empty: the right one
        Timestamp at;
        bool revoked;
        std::optional<ErrorKind> refused; // nullopt: the link works
    };
    auto const wrong = std::string(64, 'a');
    Case const cases[] = {
        {wrong, now, false, ErrorKind::NotFound},
        {"not a token", now, false, ErrorKind::NotFound},
        {"", now + default_invitation_validity, false, ErrorKind::Conflict},
        {"", now + default_invitation_validity - 1us, false, std::nullopt},
        {"", now, true, ErrorKind::Conflict},
    };
    for (auto const& c : cases) {
        auto invitation = issued();
        if (c.revoked)
            invitation.invitation.revoked_at = now;
        auto const token = c.token.empty() ? invitation.token : c.token;
        auto const redeemed = redeem_invitation(invitation.invitation, token, c.at);
        if (!c.refused) {
            EXPECT_TRUE(redeemed) << redeemed.error().to_string();
            continue;
        }
        ASSERT_FALSE(redeemed);
        EXPECT_EQ(redeemed.error().kind(), *c.refused) << redeemed.error().to_string();
        EXPECT_FALSE(invitation.invitation.used_at);
    }
}

} // namespace
} // namespace bolwerk::domain
