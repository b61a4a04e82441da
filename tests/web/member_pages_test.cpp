#include "support/web_test.hpp"

#include <nlohmann/json.hpp>

#include <regex>

namespace bolwerk::testing {
namespace {

// Issue #13 item 8: the member page and what a beheerder does there (disable, enable,
// revoke a role, reset a password), and the forced new password after a reset.
class MemberPagesTest : public WebTest {
protected:
    void SetUp() override
    {
        WebTest::SetUp();
        if (HasFatalFailure())
            return;
        m_own = make_organisation("Gemeente Eigen");
        m_beheerder = make_user("beheerder@test.nl", m_own, domain::Role::Beheerder);
        m_medewerker = make_user("medewerker@test.nl", m_own, domain::Role::Medewerker);
    }

    std::string member(UserId user) const
    {
        return "/organisaties/" + m_own.to_string() + "/gebruikers/" + user.to_string();
    }

    static bool contains(std::string const& text, std::string_view part)
    {
        return text.find(part) != std::string::npos;
    }

    OrganisationId m_own{0};
    UserId m_beheerder{0};
    UserId m_medewerker{0};
};

TEST_P(MemberPagesTest, TheMemberPageIsLinkedAndShowsTheMember)
{
    auto beheerder = sign_in("beheerder@test.nl");
    auto const list = beheerder.http.get("/organisaties/" + m_own.to_string() + "/gebruikers");
    ASSERT_EQ(list.status, 200U);
    EXPECT_TRUE(contains(list.body, "href=\"" + member(m_medewerker) + "\""));
    auto const page = beheerder.http.get(member(m_medewerker));
    ASSERT_EQ(page.status, 200U) << page.body;
    EXPECT_TRUE(contains(page.body, "User medewerker@test.nl"));
    EXPECT_TRUE(contains(page.body, "Medewerker"));
    EXPECT_TRUE(contains(page.body, "actief"));
    EXPECT_TRUE(contains(page.body, "nog nooit")) << "medewerker never signed in";
    EXPECT_TRUE(contains(page.body, "Gebruiker uitschakelen"));
    EXPECT_TRUE(contains(page.body, "Tijdelijk wachtwoord maken"));
    auto const own = beheerder.http.get(member(m_beheerder));
    EXPECT_TRUE(contains(own.body, "Dit bent u zelf")) << "no actions on oneself";
    EXPECT_FALSE(contains(own.body, "/uitschakelen"));
    EXPECT_EQ(beheerder.http.get(member(UserId(999))).status, 404U);
    EXPECT_EQ(beheerder.http.get("/organisaties/" + m_own.to_string() + "/gebruikers/abc").status, 404U);

    auto medewerker = sign_in("medewerker@test.nl");
    EXPECT_EQ(medewerker.http.get(member(m_beheerder)).status, 403U) << "member.read is the beheerder's";
}

TEST_P(MemberPagesTest, DisablingEndsTheSessionAndRefusesSignInUntilEnabled)
{
    auto beheerder = sign_in("beheerder@test.nl");
    auto medewerker = sign_in("medewerker@test.nl");
    ASSERT_EQ(medewerker.http.get("/").status, 200U);

    auto const disabled = beheerder.http.post_form(member(m_medewerker) + "/uitschakelen", {{"csrf", beheerder.csrf}});
    ASSERT_EQ(disabled.status, 303U) << disabled.body;
    auto const shown = beheerder.http.get(disabled.header("location").value_or(""));
    EXPECT_TRUE(contains(shown.body, "De gebruiker is uitgeschakeld"));
    EXPECT_TRUE(contains(shown.body, "uitgeschakeld (sinds"));
    EXPECT_TRUE(contains(shown.body, "door User beheerder@test.nl")) << "who disabled, by name";
    EXPECT_TRUE(contains(shown.body, "Gebruiker weer inschakelen"));

    auto const ended = medewerker.http.get("/");
    EXPECT_EQ(ended.status, 303U);
    EXPECT_EQ(ended.header("location").value_or(""), "/inloggen") << "the session ended";
    auto fresh = client();
    EXPECT_EQ(sign_in_with_form(fresh, "medewerker@test.nl", std::string(password)).status, 401U);

    auto const without_csrf = beheerder.http.post_form(member(m_medewerker) + "/inschakelen", {});
    EXPECT_EQ(without_csrf.status, 403U);
    auto const enabled = beheerder.http.post_form(member(m_medewerker) + "/inschakelen", {{"csrf", beheerder.csrf}});
    ASSERT_EQ(enabled.status, 303U);
    EXPECT_TRUE(contains(beheerder.http.get(enabled.header("location").value_or("")).body, "weer ingeschakeld"));
    auto again = client();
    EXPECT_EQ(sign_in_with_form(again, "medewerker@test.nl", std::string(password)).status, 303U);
}

TEST_P(MemberPagesTest, RefusalsAreShownOnTheMemberPage)
{
    auto beheerder = sign_in("beheerder@test.nl");
    auto const self = beheerder.http.post_form(member(m_beheerder) + "/uitschakelen", {{"csrf", beheerder.csrf}});
    EXPECT_EQ(self.status, 409U);
    EXPECT_TRUE(contains(self.body, "Dit kunt u niet met uw eigen account doen."));

    auto const last = beheerder.http.post_form(
        member(m_medewerker) + "/rol-intrekken", {{"role", "ciso"}, {"csrf", beheerder.csrf}});
    EXPECT_EQ(last.status, 404U) << "a role the member does not hold";
    auto const revoked = beheerder.http.post_form(
        member(m_medewerker) + "/rol-intrekken", {{"role", "medewerker"}, {"csrf", beheerder.csrf}});
    EXPECT_EQ(revoked.status, 303U) << revoked.body;
    EXPECT_EQ(beheerder.http.get(member(m_medewerker)).status, 404U) << "without a role no longer a member";

    app::AccountService accounts(database(), m_clock, m_no_common_passwords);
    ASSERT_TRUE(accounts.create_user(m_operator,
        {.email = "admin@test.nl", .display_name = "Admin", .password = std::string(password), .administrator = true}));
    auto admin = sign_in("admin@test.nl");
    auto const only
        = admin.http.post_form(member(m_beheerder) + "/rol-intrekken", {{"role", "beheerder"}, {"csrf", admin.csrf}});
    EXPECT_EQ(only.status, 409U);
    EXPECT_TRUE(contains(only.body, "laatste beheerder")) << only.body;
    auto const disable_last = admin.http.post_form(member(m_beheerder) + "/uitschakelen", {{"csrf", admin.csrf}});
    EXPECT_EQ(disable_last.status, 409U);
    EXPECT_TRUE(contains(disable_last.body, "Maak eerst iemand anders beheerder."));
}

TEST_P(MemberPagesTest, AfterAResetTheTemporaryPasswordWorksOnceAndANewOneComesFirst)
{
    auto beheerder = sign_in("beheerder@test.nl");
    auto old = sign_in("medewerker@test.nl");
    auto const reset
        = beheerder.http.post_form(member(m_medewerker) + "/wachtwoord-herstellen", {{"csrf", beheerder.csrf}});
    ASSERT_EQ(reset.status, 200U) << reset.body;
    EXPECT_EQ(reset.header("cache-control").value_or(""), "no-store");
    std::smatch found;
    ASSERT_TRUE(std::regex_search(reset.body, found, std::regex("id=\"temporary-password\">([^<]+)<")));
    auto const temporary = found[1].str();
    EXPECT_FALSE(contains(beheerder.http.get(member(m_medewerker)).body, temporary)) << "shown once";
    EXPECT_FALSE(contains(access_log(), temporary)) << "never logged";
    EXPECT_EQ(old.http.get("/").status, 303U) << "the old session ended";

    auto user = client();
    ASSERT_EQ(sign_in_with_form(user, "medewerker@test.nl", temporary).status, 303U);
    for (auto const* path : {"/", "/account", "/organisaties/1", "/organisaties/1/risicos"}) {
        auto const page = user.get(path);
        EXPECT_EQ(page.status, 303U) << path;
        EXPECT_EQ(page.header("location").value_or(""), "/account/nieuw-wachtwoord") << path;
    }
    EXPECT_EQ(user.get("/api/v1/organisations").status, 403U) << "nor the API with the session";
    auto const form = user.get("/account/nieuw-wachtwoord");
    ASSERT_EQ(form.status, 200U);
    EXPECT_TRUE(contains(form.body, "Kies een nieuw wachtwoord"));
    auto const csrf = form_csrf(form.body);
    auto const weak = user.post_form("/account/nieuw-wachtwoord", {{"new_password", "kort"}, {"csrf", csrf}});
    EXPECT_EQ(weak.status, 400U);
    EXPECT_TRUE(contains(weak.body, "href=\"#new_password\""));
    EXPECT_TRUE(contains(weak.body, "id=\"new_password-error\""));
    auto const chosen
        = user.post_form("/account/nieuw-wachtwoord", {{"new_password", "mijn eigen nieuwe zin"}, {"csrf", csrf}});
    ASSERT_EQ(chosen.status, 303U) << chosen.body;
    auto const account = user.get(chosen.header("location").value_or(""));
    EXPECT_EQ(account.status, 200U);
    EXPECT_TRUE(contains(account.body, "Uw nieuwe wachtwoord is opgeslagen."));
    EXPECT_EQ(user.get("/").status, 200U);
    EXPECT_EQ(user.get("/account/nieuw-wachtwoord").status, 303U) << "nothing due any more";

    auto second = client();
    EXPECT_EQ(sign_in_with_form(second, "medewerker@test.nl", temporary).status, 401U) << "once only";
    auto third = client();
    EXPECT_EQ(sign_in_with_form(third, "medewerker@test.nl", "mijn eigen nieuwe zin").status, 303U);
}

TEST_P(MemberPagesTest, EnglishIsComplete)
{
    auto beheerder = sign_in("beheerder@test.nl");
    beheerder.http.get("/taal/en");
    auto const page = beheerder.http.get(member(m_medewerker));
    ASSERT_EQ(page.status, 200U);
    EXPECT_TRUE(contains(page.body, "Disable user"));
    EXPECT_TRUE(contains(page.body, "Last signed in"));
    EXPECT_FALSE(contains(page.body, "Gebruiker uitschakelen"));
}

TEST_P(MemberPagesTest, TheApiDoesTheSame)
{
    auto beheerder = sign_in("beheerder@test.nl");
    auto const base = "/api/v1/organisations/" + m_own.to_string() + "/members/";
    std::vector<std::pair<std::string, std::string>> const headers{
        {"X-CSRF-Token", beheerder.csrf}, {"Content-Type", "application/json"}};
    auto const post = [&](std::string const& path) { return beheerder.http.send("POST", base + path, "{}", headers); };
    auto const target = m_medewerker.to_string();

    EXPECT_EQ(post(target + "/disable").status, 204U);
    auto refused = client();
    EXPECT_EQ(sign_in_with_form(refused, "medewerker@test.nl", std::string(password)).status, 401U);
    EXPECT_EQ(post(target + "/disable").status, 409U) << "already disabled";
    EXPECT_EQ(post(target + "/enable").status, 204U);
    auto const self = post(m_beheerder.to_string() + "/disable");
    EXPECT_EQ(self.status, 409U);
    EXPECT_EQ(post("999/disable").status, 404U);

    auto const reset = post(target + "/password-reset");
    ASSERT_EQ(reset.status, 200U) << reset.body;
    EXPECT_EQ(reset.header("cache-control").value_or(""), "no-store");
    auto const body = nlohmann::json::parse(reset.body);
    auto const temporary = body["temporary_password"].get<std::string>();
    EXPECT_TRUE(body["must_change_password"].get<bool>());
    auto user = client();
    EXPECT_EQ(sign_in_with_form(user, "medewerker@test.nl", temporary).status, 303U);
    EXPECT_EQ(user.get("/").header("location").value_or(""), "/account/nieuw-wachtwoord");

    auto const last = beheerder.http.send("DELETE", base + m_beheerder.to_string() + "/roles/beheerder", "", headers);
    EXPECT_EQ(last.status, 409U) << last.body;
    EXPECT_EQ(beheerder.http.send("DELETE", base + target + "/roles/medewerker", "", headers).status, 204U);
    EXPECT_EQ(beheerder.http.send("DELETE", base + target + "/roles/medewerker", "", headers).status, 404U);
    EXPECT_EQ(beheerder.http.send("DELETE", base + target + "/roles/koning", "", headers).status, 400U);

    auto const openapi = client().get("/api/v1/openapi.json");
    ASSERT_EQ(openapi.status, 200U);
    EXPECT_TRUE(contains(openapi.body, "/api/v1/organisations/{organisation}/members/{user}/password-reset"));
    EXPECT_TRUE(contains(openapi.body, "/api/v1/organisations/{organisation}/members/{user}/roles/{role}"));
}

TEST_P(MemberPagesTest, AnInstallationAdministratorCreatesAnOrganisation)
{
    app::AccountService accounts(database(), m_clock, m_no_common_passwords);
    ASSERT_TRUE(accounts.create_user(m_operator,
        {.email = "admin@test.nl", .display_name = "Admin", .password = std::string(password), .administrator = true}));
    auto admin = sign_in("admin@test.nl");
    auto const form = admin.http.get("/organisaties/nieuw");
    ASSERT_EQ(form.status, 200U) << form.body;
    EXPECT_TRUE(contains(form.body, "Nieuwe organisatie"));
    EXPECT_TRUE(contains(admin.http.get("/organisaties/" + m_own.to_string()).body, "href=\"/organisaties/nieuw\""));

    auto const bad = admin.http.post_form("/organisaties/nieuw",
        {{"name", "Waterschap Test"}, {"kind", "waterschap"}, {"oin", "123"}, {"kvk_number", ""},
            {"csrf", admin.csrf}});
    EXPECT_EQ(bad.status, 400U);
    EXPECT_TRUE(contains(bad.body, "href=\"#oin\""));
    EXPECT_TRUE(contains(bad.body, "id=\"oin-error\""));
    EXPECT_TRUE(contains(bad.body, "value=\"Waterschap Test\"")) << "input kept";
    EXPECT_TRUE(contains(bad.body, "value=\"waterschap\" selected"));

    auto const taken = admin.http.post_form(
        "/organisaties/nieuw", {{"name", "Gemeente Eigen"}, {"kind", "gemeente"}, {"csrf", admin.csrf}});
    EXPECT_EQ(taken.status, 409U);
    EXPECT_TRUE(contains(taken.body, "Er bestaat al een organisatie"));

    auto const created = admin.http.post_form(
        "/organisaties/nieuw", {{"name", "Waterschap Test"}, {"kind", "waterschap"}, {"csrf", admin.csrf}});
    ASSERT_EQ(created.status, 303U) << created.body;
    auto const location = created.header("location").value_or("");
    EXPECT_TRUE(location.starts_with("/organisaties/")) << location;
    auto const landed = admin.http.get(location);
    EXPECT_EQ(landed.status, 200U);
    EXPECT_TRUE(contains(landed.body, "De organisatie is aangemaakt."));
    EXPECT_TRUE(contains(landed.body, "Waterschap Test"));
    EXPECT_EQ(must_query("SELECT COUNT(*) FROM audit_events WHERE action = 'organisation.create'").front().int64(0), 2);

    auto beheerder = sign_in("beheerder@test.nl");
    EXPECT_EQ(beheerder.http.get("/organisaties/nieuw").status, 403U) << "only an installation administrator";
    EXPECT_EQ(
        beheerder.http.post_form("/organisaties/nieuw", {{"name", "X"}, {"kind", "gemeente"}, {"csrf", beheerder.csrf}})
            .status,
        403U);
    EXPECT_FALSE(contains(beheerder.http.get("/organisaties/" + m_own.to_string()).body, "/organisaties/nieuw"));
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(MemberPagesTest);

} // namespace
} // namespace bolwerk::testing
