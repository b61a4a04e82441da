#include "support/web_test.hpp"

#include <regex>

namespace bolwerk::testing {
namespace {

// Issue #13 item 8: API tokens from the browser; the secret is shown once.
class ApiTokenPagesTest : public WebTest {
protected:
    void SetUp() override
    {
        WebTest::SetUp();
        if (HasFatalFailure())
            return;
        m_own = make_organisation("Gemeente Eigen");
        m_other = make_organisation("Gemeente Ander");
        make_user("beheerder@test.nl", m_own, domain::Role::Beheerder);
        make_user("ciso@test.nl", m_own, domain::Role::Ciso);
    }

    std::string base(OrganisationId id) const { return "/organisaties/" + id.to_string() + "/api-tokens"; }
    std::string base() const { return base(m_own); }

    static bool contains(std::string const& text, std::string_view part)
    {
        return text.find(part) != std::string::npos;
    }

    OrganisationId m_own{0};
    OrganisationId m_other{0};
};

TEST_P(ApiTokenPagesTest, IssueShowsTheSecretOnceThenRevokeStopsIt)
{
    auto beheerder = sign_in("beheerder@test.nl");
    auto const empty = beheerder.http.get(base());
    ASSERT_EQ(empty.status, 200U) << empty.body;
    EXPECT_TRUE(contains(empty.body, "nog geen API-tokens"));
    EXPECT_TRUE(contains(
        beheerder.http.get("/organisaties/" + m_own.to_string() + "/gebruikers").body, "href=\"" + base() + "\""))
        << "reachable from the users page";

    auto const issued = beheerder.http.post_form(base(),
        {{"name", "Release-poort GitLab"}, {"role", "auditor"}, {"valid_days", "30"}, {"csrf", beheerder.csrf}});
    ASSERT_EQ(issued.status, 200U) << issued.body;
    EXPECT_EQ(issued.header("cache-control").value_or(""), "no-store");
    std::smatch found;
    ASSERT_TRUE(std::regex_search(issued.body, found, std::regex("id=\"api-token-secret\">([^<]+)<")));
    auto const secret = found[1].str();
    EXPECT_TRUE(contains(issued.body, "Release-poort GitLab"));
    EXPECT_TRUE(contains(issued.body, ">Actief<"));

    auto const api = "/api/v1/organisations/" + m_own.to_string();
    EXPECT_EQ(client().get(api, {{"Authorization", "Bearer " + secret}}).status, 200U) << "the token works";
    auto const again = beheerder.http.get(base());
    EXPECT_FALSE(contains(again.body, secret)) << "shown once only";

    std::smatch revoke;
    ASSERT_TRUE(std::regex_search(again.body, revoke, std::regex("action=\"(" + base() + "/[0-9]+/intrekken)\"")));
    auto const revoked = beheerder.http.post_form(revoke[1].str(), {{"csrf", beheerder.csrf}});
    ASSERT_EQ(revoked.status, 303U);
    auto const after = beheerder.http.get(revoked.header("location").value_or(""));
    EXPECT_TRUE(contains(after.body, "Het token is ingetrokken"));
    EXPECT_TRUE(contains(after.body, ">Ingetrokken<"));
    EXPECT_EQ(client().get(api, {{"Authorization", "Bearer " + secret}}).status, 401U) << "revoked";
    EXPECT_EQ(beheerder.http.post_form(base() + "/999/intrekken", {{"csrf", beheerder.csrf}}).status, 404U);
}

TEST_P(ApiTokenPagesTest, BadInputIsShownAtTheFieldAndKept)
{
    auto beheerder = sign_in("beheerder@test.nl");
    auto const no_name = beheerder.http.post_form(
        base(), {{"name", ""}, {"role", "ciso"}, {"valid_days", "30"}, {"csrf", beheerder.csrf}});
    EXPECT_EQ(no_name.status, 400U);
    EXPECT_TRUE(contains(no_name.body, "href=\"#name\""));
    EXPECT_TRUE(contains(no_name.body, "Geef een naam van 1 tot 100 tekens."));
    EXPECT_TRUE(contains(no_name.body, "value=\"ciso\" selected")) << "the role is kept";

    for (auto const* days : {"0", "366", "dertig", ""}) {
        auto const reply = beheerder.http.post_form(
            base(), {{"name", "CI"}, {"role", "auditor"}, {"valid_days", days}, {"csrf", beheerder.csrf}});
        EXPECT_EQ(reply.status, 400U) << days;
        EXPECT_TRUE(contains(reply.body, "href=\"#valid_days\"")) << days;
        EXPECT_TRUE(contains(reply.body, "value=\"CI\"")) << "the name is kept";
    }
    auto const role = beheerder.http.post_form(
        base(), {{"name", "CI"}, {"role", "koning"}, {"valid_days", "30"}, {"csrf", beheerder.csrf}});
    EXPECT_EQ(role.status, 400U);
    EXPECT_TRUE(contains(role.body, "href=\"#role\""));
    auto const long_name = beheerder.http.post_form(
        base(), {{"name", std::string(101, 'x')}, {"role", "auditor"}, {"valid_days", "30"}, {"csrf", beheerder.csrf}});
    EXPECT_EQ(long_name.status, 400U) << "the name limit is hit";
    EXPECT_FALSE(contains(beheerder.http.get(base()).body, "<table")) << "nothing was issued";
}

TEST_P(ApiTokenPagesTest, OnlyTheBeheerderOfTheOrganisation)
{
    auto ciso = sign_in("ciso@test.nl");
    EXPECT_EQ(ciso.http.get(base()).status, 403U);
    EXPECT_EQ(ciso.http.post_form(base(), {{"name", "CI"}, {"role", "ciso"}, {"valid_days", "30"}, {"csrf", ciso.csrf}})
                  .status,
        403U);
    auto beheerder = sign_in("beheerder@test.nl");
    EXPECT_EQ(beheerder.http.get(base(m_other)).status, 404U) << "another organisation is not there";
    EXPECT_EQ(
        beheerder.http.post_form(base(), {{"name", "CI"}, {"role", "auditor"}, {"valid_days", "30"}}).status, 403U)
        << "no CSRF token";
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(ApiTokenPagesTest);

} // namespace
} // namespace bolwerk::testing
