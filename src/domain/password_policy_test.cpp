#include "domain/password_policy.hpp"
#include "domain/role.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain {
namespace {

TEST(CheckPassword, AcceptsLongPasswordsWithoutCompositionRules)
{
    CommonPasswords const common({"password1234", "welkom123456"});
    for (auto const* good : {"correct horse battery", "aaaaaaaaaaaa", "ëëëëëëëëëëëë", "twaalf tekens"})
        EXPECT_TRUE(check_password(good, common)) << good;
}

TEST(CheckPassword, RefusesShortLongAndCommonPasswords)
{
    CommonPasswords const common({"password1234", "welkom123456"});
    struct Case {
        std::string password;
        std::string_view reason;
    };
    for (auto const& test : {
             Case{"elf tekens!", "at least 12"},
             Case{"ëëëëëëëëëëë", "at least 12"}, // 11 code points, 22 bytes
             Case{std::string(129, 'a'), "at most 128"},
             Case{"Password1234", "too common"},
             Case{"welkom123456", "too common"},
         }) {
        auto const checked = check_password(test.password, common);
        ASSERT_FALSE(checked) << test.password;
        EXPECT_NE(checked.error().message().find(test.reason), std::string::npos) << checked.error().message();
        EXPECT_EQ(checked.error().location().field, "password");
    }
}

TEST(NormaliseEmail, LowerCasesAndChecksShape)
{
    EXPECT_EQ(normalise_email("  Anna@Gemeente.NL ").value(), "anna@gemeente.nl");
    for (auto const* bad : {"", "anna", "@x.nl", "anna@", "a b@x.nl", "<a>@x.nl"})
        EXPECT_FALSE(normalise_email(bad)) << bad;
}

TEST(Role, ParsesEveryNameAndKnowsWhichNeedMfa)
{
    for (auto const role : all_roles)
        EXPECT_EQ(parse_role(to_string(role)).value(), role);
    EXPECT_EQ(parse_role("CISO").value(), Role::Ciso);
    EXPECT_FALSE(parse_role("root"));
    EXPECT_TRUE(requires_mfa(Role::Beheerder));
    EXPECT_TRUE(requires_mfa(Role::Ciso));
    EXPECT_TRUE(requires_mfa(Role::Bestuurder));
    EXPECT_FALSE(requires_mfa(Role::Medewerker));
    EXPECT_FALSE(requires_mfa(Role::Auditor));
}

} // namespace
} // namespace bolwerk::domain
