#include "app/assessment/assessment_service.hpp"
#include "app/catalog_service.hpp"
#include "app/vvt/vvt_service.hpp"
#include "support/web_test.hpp"

namespace bolwerk::testing {
namespace {

bool contains(std::string const& text, std::string_view part) { return text.find(part) != std::string::npos; }

// The application shell (issue #12 item 1 and its defects) over real HTTP, on both
// backends: grouped navigation by role, the favicon, and no text of the other language.
class ShellTest : public WebTest {
protected:
    void SetUp() override
    {
        WebTest::SetUp();
        if (HasFatalFailure())
            return;
        m_own = make_organisation("Gemeente Eigen");
        make_users(m_own, {domain::Role::Ciso, domain::Role::Medewerker, domain::Role::Bestuurder});
    }

    std::string base() const { return "/organisaties/" + m_own.to_string(); }

    // A VvT with control 5.7 excluded without a risk-analysis reference (not publishable)
    // and one frozen version.
    void vvt_with_unreferenced_exclusion()
    {
        auto catalogs = app::CatalogService::create(database(), m_clock);
        ASSERT_TRUE(catalogs);
        app::AssessmentService assessments(database(), m_clock, *catalogs);
        domain::assessment::ControlApplicability excluded{
            .control = domain::catalog::ControlNumber::parse("5.7").value(), .applicable = false};
        excluded.justification = "Geen dreigingsinformatie nodig";
        auto const set = assessments.set_control(m_operator, m_own, excluded, 0);
        ASSERT_TRUE(set) << set.error().to_string();
        auto vvt = app::VvtService::create(database(), m_clock);
        ASSERT_TRUE(vvt);
        domain::vvt::IsmsScope scope;
        scope.statement = "De hele gemeente.";
        scope.processes.push_back({"Vergunningen", ""});
        ASSERT_TRUE(vvt->set_scope(m_operator, m_own, scope, 0));
        ASSERT_TRUE(vvt->freeze(m_operator, m_own));
    }

    OrganisationId m_own{0};
};

TEST_P(ShellTest, NavigationIsGroupedByProcessAndShowsOnlyWhatTheRoleMayOpen)
{
    auto ciso = sign_in("ciso@test.nl");
    auto const page = ciso.http.get(base() + "/risicos");
    ASSERT_EQ(page.status, 200U) << page.body;
    for (auto const* group : {"Overzicht", "Normenkader &amp; gap-analyse", "Risico&apos;s", "VvT", "Bewijs", "Beheer"})
        EXPECT_TRUE(contains(page.body, std::string("<span class=\"bolwerk-nav__heading\">") + group + "<")) << group;
    EXPECT_TRUE(contains(page.body, "href=\"" + base() + "/risicos\" aria-current=\"page\""));
    EXPECT_TRUE(contains(page.body, "<details class=\"bolwerk-nav__details\">")) << "collapses without JavaScript";
    EXPECT_TRUE(contains(page.body, "utrecht-skip-link--visible-on-focus"));
    EXPECT_TRUE(contains(page.body, "<footer class=\"utrecht-page-footer"));

    auto medewerker = sign_in("medewerker@test.nl");
    auto const own = medewerker.http.get(base());
    ASSERT_EQ(own.status, 200U);
    EXPECT_FALSE(contains(own.body, base() + "/risicos\"")) << "no RiskRead";
    EXPECT_FALSE(contains(own.body, base() + "/audit\"")) << "no AuditTrailRead";
    EXPECT_FALSE(contains(own.body, "bolwerk-nav__heading\">Risico")) << "an empty group is left out";
    EXPECT_TRUE(contains(own.body, base() + "/gaplijst\""));
}

TEST_P(ShellTest, FaviconIsServed)
{
    auto anonymous = client();
    auto const ico = anonymous.get("/favicon.ico");
    ASSERT_EQ(ico.status, 200U);
    EXPECT_EQ(ico.header("content-type"), "image/x-icon");
    EXPECT_TRUE(ico.body.starts_with(std::string("\0\0\1\0", 4))) << "an ICO header";
    auto const svg = anonymous.get("/static/favicon.svg");
    ASSERT_EQ(svg.status, 200U);
    EXPECT_TRUE(contains(svg.body, "<svg"));
    // The page links the content-hashed name (issue #12 item 6), which serves the same icon.
    auto const page = anonymous.get("/inloggen").body;
    auto const start = page.find("rel=\"icon\" href=\"/static/favicon.");
    ASSERT_NE(start, std::string::npos) << page.substr(0, 800);
    auto const href = page.substr(start + 17, page.find('"', start + 17) - start - 17);
    EXPECT_TRUE(href.ends_with(".svg")) << href;
    auto const hashed = anonymous.get(href);
    EXPECT_EQ(hashed.body, svg.body);
    EXPECT_NE(hashed.header("cache-control").value_or("").find("immutable"), std::string::npos);
}

// Issue #12 item 6: pages go out compressed for a browser that accepts it, and the CSRF
// token in them differs in every response (BREACH) while a form still posts.
TEST_P(ShellTest, PagesAreCompressedAndTheirCsrfTokenIsMaskedPerResponse)
{
    auto anonymous = client();
    auto const plain = anonymous.get("/inloggen");
    auto const brotli = anonymous.get("/inloggen", {{"Accept-Encoding", "gzip, deflate, br"}});
    auto const gzip = anonymous.get("/inloggen", {{"Accept-Encoding", "gzip"}});
    EXPECT_EQ(plain.header("content-encoding"), std::nullopt);
    EXPECT_EQ(brotli.header("content-encoding"), "br");
    EXPECT_EQ(gzip.header("content-encoding"), "gzip");
    for (auto const* reply : {&plain, &brotli, &gzip})
        EXPECT_EQ(reply->header("vary"), "Accept-Encoding");
    EXPECT_LT(brotli.body.size(), plain.body.size() / 2);
    EXPECT_FALSE(contains(brotli.body, "<html")) << "encoded, not sent as it is";

    auto ciso = sign_in("ciso@test.nl");
    auto const first = ciso.http.get("/account").body;
    auto const second = ciso.http.get("/account").body;
    auto const token = [](std::string const& page) {
        std::string_view const field = "name=\"csrf\" value=\"";
        auto const at = page.find(field);
        if (at == std::string::npos)
            return std::string();
        auto const start = at + field.size();
        return page.substr(start, page.find('"', start) - start);
    };
    ASSERT_FALSE(token(first).empty()) << first.substr(0, 1000);
    EXPECT_NE(token(first), token(second)) << "a fresh mask in every response";
    auto const signed_out = ciso.http.send(
        "POST", "/uitloggen", "csrf=" + token(first), {{"Content-Type", "application/x-www-form-urlencoded"}});
    EXPECT_EQ(signed_out.status, 303U) << "an older page's masked token still posts: " << signed_out.body;
}

// Issue #12: refusals showed the use case's English message in the Dutch UI.
TEST_P(ShellTest, TheGenericRefusalPageIsDutchInTheDutchUi)
{
    vvt_with_unreferenced_exclusion();
    auto bestuurder = sign_in("bestuurder@test.nl");
    auto const approve = base() + "/vvt/versies/1/vaststellen";
    ASSERT_EQ(bestuurder.http.post_form(approve, {{"csrf", bestuurder.csrf}}).status, 303U);
    auto const again = bestuurder.http.post_form(approve, {{"csrf", bestuurder.csrf}});
    EXPECT_EQ(again.status, 409U);
    EXPECT_TRUE(contains(again.body, "Bolwerk heeft dit verzoek geweigerd")) << again.body;
    EXPECT_FALSE(contains(again.body, "already approved"));

    bestuurder.http.get("/taal/en?terug=/");
    auto const english = bestuurder.http.post_form(approve, {{"csrf", bestuurder.csrf}});
    EXPECT_EQ(english.status, 409U);
    EXPECT_TRUE(contains(english.body, "already approved")) << "English keeps the specific message";
}

TEST_P(ShellTest, TheVvtPagesUseTheLanguageOfThePage)
{
    vvt_with_unreferenced_exclusion();
    auto ciso = sign_in("ciso@test.nl");
    auto const dutch = ciso.http.get(base() + "/vvt");
    ASSERT_EQ(dutch.status, 200U) << dutch.body;
    EXPECT_TRUE(contains(dutch.body,
        "De VvT kan niet worden gepubliceerd: de verwijzing naar een risicoanalyse "
        "ontbreekt bij de uitsluiting van beheersmaatregel 5.7."));
    EXPECT_FALSE(contains(dutch.body, "cannot be published"));
    EXPECT_TRUE(contains(dutch.body, "<td class=\"utrecht-table__cell\">Uitgesloten</td>"));

    ciso.http.get("/taal/en?terug=/");
    auto const english = ciso.http.get(base() + "/vvt");
    ASSERT_EQ(english.status, 200U);
    EXPECT_TRUE(contains(english.body,
        "cannot be published: a risk-analysis reference is missing for the exclusion "
        "of control 5.7."));
    for (auto const* dutch_text : {">Uitgesloten<", ">Geïmplementeerd<", ">Niet geïmplementeerd<", ">ja<", ">nee<",
             "BIO2 verplicht", "kan niet worden gepubliceerd"})
        EXPECT_FALSE(contains(english.body, dutch_text)) << dutch_text;
    EXPECT_TRUE(contains(english.body, ">Excluded<"));
    auto const version = ciso.http.get(base() + "/vvt/versies/1");
    ASSERT_EQ(version.status, 200U);
    for (auto const* dutch_text : {">Uitgesloten<", ">ja<", ">nee<", "BIO2 verplicht"})
        EXPECT_FALSE(contains(version.body, dutch_text)) << dutch_text;
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(ShellTest);

} // namespace
} // namespace bolwerk::testing
