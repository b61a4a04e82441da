#include "support/cli_test.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::testing {
namespace {

// Issue #13 item 8: `bolwerk user disable|enable|reset-password|revoke-role`, run
// against a fresh SQLite file as an operator would.
class UserCli : public CliTest {
protected:
    UserCli()
        : CliTest("user")
    {
    }
    void SetUp() override
    {
        ASSERT_EQ(run({"org", "create", "--name", "Gemeente Test", "--kind", "gemeente"}), 0) << m_err.str();
        for (auto const& [email, role] : {std::pair{"anna@test.nl", "beheerder"}, {"bert@test.nl", "medewerker"}}) {
            ASSERT_EQ(run({"user", "create", "--email", email, "--name", email, "--organisation", "1", "--role", role,
                          "--generate-password"}),
                0)
                << m_err.str();
        }
    }
};

TEST_F(UserCli, DisableAndEnable)
{
    ASSERT_EQ(run({"user", "disable", "--email", "bert@test.nl", "--organisation", "1", "--json"}), 0) << m_err.str();
    EXPECT_EQ(json_out()["action"], "disabled");
    EXPECT_NE(run({"user", "disable", "--email", "bert@test.nl"}), 0) << "already disabled";
    EXPECT_NE(m_err.str().find("disabled already"), std::string::npos) << m_err.str();
    ASSERT_EQ(run({"user", "enable", "--email", "bert@test.nl"}), 0) << m_err.str();
    EXPECT_NE(m_out.str().find("enabled: user 2 <bert@test.nl>"), std::string::npos) << m_out.str();
    EXPECT_NE(run({"user", "disable", "--email", "anna@test.nl"}), 0);
    EXPECT_NE(m_err.str().find("last beheerder"), std::string::npos) << m_err.str();
    EXPECT_NE(run({"user", "disable", "--email", "nobody@test.nl"}), 0);
}

TEST_F(UserCli, ResetPasswordPrintsTheTemporaryPasswordOnce)
{
    ASSERT_EQ(run({"user", "reset-password", "--email", "bert@test.nl", "--json"}), 0) << m_err.str();
    auto const out = json_out();
    auto const temporary = out["temporary_password"].get<std::string>();
    EXPECT_GE(temporary.size(), 12U);
    EXPECT_TRUE(out["must_change_password"].get<bool>());
    EXPECT_EQ(m_err.str().find(temporary), std::string::npos);
    EXPECT_NE(run({"user", "reset-password", "--email", "bert@test.nl", "--password", "geheim wachtwoord"}), 0)
        << "never accepted on the command line";
}

TEST_F(UserCli, RevokeRoleKeepsTheLastBeheerder)
{
    EXPECT_NE(run({"user", "revoke-role", "--email", "anna@test.nl", "--organisation", "1", "--role", "beheerder"}), 0);
    EXPECT_NE(m_err.str().find("last beheerder"), std::string::npos) << m_err.str();
    ASSERT_EQ(run({"user", "revoke-role", "--email", "bert@test.nl", "--organisation", "1", "--role", "medewerker",
                  "--json"}),
        0)
        << m_err.str();
    EXPECT_EQ(json_out()["action"], "role medewerker revoked");
    EXPECT_NE(run({"user", "revoke-role", "--email", "bert@test.nl", "--role", "medewerker"}), 0)
        << "needs --organisation";
}

} // namespace
} // namespace bolwerk::testing
