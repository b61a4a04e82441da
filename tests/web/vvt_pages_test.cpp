#include "support/web_test.hpp"

#include "app/assessment/assessment_service.hpp"
#include "app/catalog_service.hpp"
#include "common/digest.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::testing {
namespace {

bool contains(std::string const& text, std::string_view part) { return text.find(part) != std::string::npos; }

// The VvT pages, the public page and the API over real HTTP, on both backends (issue #5).
class VvtPagesTest : public WebTest {
protected:
    void SetUp() override
    {
        WebTest::SetUp();
        if (HasFatalFailure())
            return;
        m_own = make_organisation("Gemeente Eigen");
        m_other = make_organisation("Gemeente Ander");
        make_user("ciso@test.nl", m_own, domain::Role::Ciso);
        make_user("bestuurder@test.nl", m_own, domain::Role::Bestuurder);
        make_user("medewerker@test.nl", m_own, domain::Role::Medewerker);
    }

    std::string vvt_path() const { return "/organisaties/" + m_own.to_string() + "/vvt"; }
    std::string public_path() const { return "/openbaar/" + m_own.to_string() + "/vvt"; }
    std::string api_path() const { return "/api/v1/organisations/" + m_own.to_string() + "/vvt"; }

    HttpReply save_scope(Browser& browser, std::string const& version)
    {
        return browser.http.post_form(vvt_path() + "/reikwijdte",
            {{"statement", "Alle processen van de gemeente."}, {"processes", "Burgerzaken: paspoorten\nBelastingen"},
                {"information_systems", "Zaaksysteem: zaakgericht werken"}, {"locations", "Stadskantoor"},
                {"interfaces", ""}, {"exclusions", "Sportbedrijf: eigen rechtspersoon"}, {"version", version},
                {"csrf", browser.csrf}});
    }

    HttpReply api(Browser& browser, std::string const& method, std::string const& path, std::string const& body = "{}")
    {
        return browser.http.send(
            method, api_path() + path, body, {{"X-CSRF-Token", browser.csrf}, {"Content-Type", "application/json"}});
    }

    // An excluded control without a risk reference: allowed in a draft, refused at publication.
    void exclude_without_reference(std::string const& control)
    {
        auto catalogs = app::CatalogService::create(database(), m_clock);
        ASSERT_TRUE(catalogs);
        app::AssessmentService assessments(database(), m_clock, *catalogs);
        domain::assessment::ControlApplicability applicability{
            .control = domain::catalog::ControlNumber::parse(control).value()};
        applicability.applicable = false;
        applicability.justification = "Geen eigen ontwikkeling";
        auto const saved = assessments.set_control(m_operator, m_own, applicability, 0);
        ASSERT_TRUE(saved) << saved.error().to_string();
    }

    OrganisationId m_own{0};
    OrganisationId m_other{0};
};

TEST_P(VvtPagesTest, FreezeApprovePublishAndReadThePublicPageLoggedOut)
{
    auto ciso = sign_in("ciso@test.nl");
    EXPECT_EQ(client().get(public_path()).status, 404U);
    EXPECT_EQ(save_scope(ciso, "0").status, 303U);
    auto const page = ciso.http.get(vvt_path() + "?opgeslagen=1");
    ASSERT_EQ(page.status, 200U);
    EXPECT_TRUE(contains(page.body, "Burgerzaken"));
    EXPECT_TRUE(contains(page.body, "5.1"));
    EXPECT_TRUE(contains(page.body, "href=\"" + vvt_path() + "\"")) << "navigation link";

    auto const frozen = ciso.http.post_form(vvt_path() + "/versies", {{"csrf", ciso.csrf}});
    ASSERT_EQ(frozen.status, 303U);
    EXPECT_EQ(frozen.header("location"), vvt_path() + "/versies/1?bevroren=1");
    auto const version = ciso.http.get(vvt_path() + "/versies/1");
    ASSERT_EQ(version.status, 200U);
    EXPECT_TRUE(contains(version.body, "Concept"));
    EXPECT_TRUE(contains(version.body, "(User ciso@test.nl)")) << "who froze it, by name (issue #13 item 6)";
    EXPECT_FALSE(contains(version.body, "(user:"));
    EXPECT_FALSE(contains(version.body, "/vaststellen")) << "a CISO gets no approve button";
    EXPECT_EQ(ciso.http.post_form(vvt_path() + "/versies/1/vaststellen", {{"csrf", ciso.csrf}}).status, 403U);

    auto bestuurder = sign_in("bestuurder@test.nl");
    auto const shown = bestuurder.http.get(vvt_path() + "/versies/1");
    EXPECT_TRUE(contains(shown.body, "/vaststellen"));
    EXPECT_EQ(
        bestuurder.http.post_form(vvt_path() + "/versies/1/vaststellen", {{"csrf", bestuurder.csrf}}).status, 303U);
    EXPECT_EQ(
        bestuurder.http.post_form(vvt_path() + "/versies/1/vaststellen", {{"csrf", bestuurder.csrf}}).status, 409U);

    // Publishing needs the setting first.
    EXPECT_EQ(ciso.http.post_form(vvt_path() + "/versies/1/publiceren", {{"csrf", ciso.csrf}}).status, 400U);
    EXPECT_EQ(ciso.http.post_form(vvt_path() + "/publicatie", {{"enabled", "ja"}, {"csrf", ciso.csrf}}).status, 303U);
    // Issue #13 item 4: switched on, nothing is public yet, and the page says what to do next.
    auto const switched_on = ciso.http.get(vvt_path());
    EXPECT_TRUE(contains(switched_on.body, "Er is nog niets gepubliceerd"));
    EXPECT_TRUE(contains(switched_on.body, "id=\"publication-next-step\""));
    EXPECT_TRUE(contains(switched_on.body, "href=\"" + vvt_path() + "/versies/1\""));
    EXPECT_FALSE(contains(switched_on.body, "href=\"" + public_path() + "\"")) << "no link to a page that is not there";
    EXPECT_TRUE(contains(switched_on.body, "value=\"zonder-implementatie\" checked")) << "the safe default";
    auto const preview = ciso.http.get(vvt_path() + "/openbaar-voorbeeld?versie=1");
    ASSERT_EQ(preview.status, 200U);
    EXPECT_TRUE(contains(preview.body, "id=\"public-preview-notice\""));
    EXPECT_FALSE(contains(preview.body, ">Implementatie<")) << "no implementation column by default";
    auto const preview_pdf = ciso.http.get(vvt_path() + "/openbaar-voorbeeld/vvt-1.pdf?versie=1");
    ASSERT_EQ(preview_pdf.status, 200U);
    EXPECT_TRUE(preview_pdf.body.starts_with("%PDF-"));
    EXPECT_EQ(ciso.http.get(vvt_path() + "/openbaar-voorbeeld?versie=x").status, 404U);
    EXPECT_EQ(client().get(vvt_path() + "/openbaar-voorbeeld").status, 303U) << "signed-in users only";
    EXPECT_EQ(ciso.http.post_form(vvt_path() + "/versies/1/publiceren", {{"csrf", ciso.csrf}}).status, 303U);

    auto const public_page = client().get(public_path());
    ASSERT_EQ(public_page.status, 200U);
    EXPECT_TRUE(contains(public_page.body, "Gemeente Eigen"));
    EXPECT_TRUE(contains(public_page.body, "Sportbedrijf"));
    EXPECT_FALSE(contains(public_page.body, "Niet geïmplementeerd")) << "no list of gaps by default";
    auto const versions = api(ciso, "GET", "/versions");
    ASSERT_EQ(versions.status, 200U);
    auto const listed = nlohmann::json::parse(versions.body)["items"][0];
    EXPECT_EQ(listed["status"], "approved");
    EXPECT_EQ(listed["approved_by"], "User bestuurder@test.nl");
    EXPECT_TRUE(contains(public_page.body, listed["content_sha256"].get<std::string>()));
    auto const document = client().get(public_path() + "/vvt-1.json");
    ASSERT_EQ(document.status, 200U);
    EXPECT_TRUE(contains(public_page.body, "id=\"published-sha256\">" + sha256_hex(document.body) + "<"));
    EXPECT_EQ(nlohmann::json::parse(document.body)["format"], "bolwerk-vvt-public/1");
    EXPECT_TRUE(contains(document.header("content-disposition").value_or(""), "attachment"));
    auto const pdf = client().get(public_path() + "/vvt-1.pdf");
    ASSERT_EQ(pdf.status, 200U);
    EXPECT_TRUE(pdf.body.starts_with("%PDF-"));
    EXPECT_EQ(client().get(public_path() + "/vvt-2.json").status, 404U);
    EXPECT_EQ(client().get(public_path() + "/vvt-1.xlsx").status, 404U);

    // Showing the implementation status is a deliberate choice; then the stored document is served.
    EXPECT_EQ(ciso.http
                  .post_form(vvt_path() + "/publicatie",
                      {{"enabled", "ja"}, {"openbaar", "met-implementatie"}, {"csrf", ciso.csrf}})
                  .status,
        303U);
    auto const full = client().get(public_path() + "/vvt-1.json");
    EXPECT_EQ(sha256_hex(full.body), listed["sha256"].get<std::string>());
    EXPECT_TRUE(contains(client().get(public_path()).body, "Niet geïmplementeerd"));
    EXPECT_EQ(
        ciso.http.post_form(vvt_path() + "/publicatie", {{"enabled", "ja"}, {"openbaar", "alles"}, {"csrf", ciso.csrf}})
            .status,
        400U);

    EXPECT_EQ(ciso.http.post_form(vvt_path() + "/intrekken", {{"csrf", ciso.csrf}}).status, 303U);
    EXPECT_EQ(client().get(public_path()).status, 404U);
    EXPECT_EQ(client().get("/openbaar/" + m_other.to_string() + "/vvt").status, 404U);
}

// Issue #13 item 3: the content digest D of a frozen version never changes; the
// approval is a record of its own that names D.
TEST_P(VvtPagesTest, TheFrozenContentDigestSurvivesApproval)
{
    auto ciso = sign_in("ciso@test.nl");
    ASSERT_EQ(save_scope(ciso, "0").status, 303U);
    ASSERT_EQ(ciso.http.post_form(vvt_path() + "/versies", {{"csrf", ciso.csrf}}).status, 303U);
    auto const frozen = nlohmann::json::parse(api(ciso, "GET", "/versions").body)["items"][0];
    auto const digest = frozen["content_sha256"].get<std::string>();
    ASSERT_EQ(digest.size(), 64U);
    EXPECT_EQ(frozen["canonical_sha256"], digest) << "a draft's document is its content";
    EXPECT_TRUE(frozen["approval"].is_null());
    auto const draft_page = ciso.http.get(vvt_path() + "/versies/1");
    EXPECT_TRUE(contains(draft_page.body, "Inhoud (SHA-256)"));
    EXPECT_TRUE(contains(draft_page.body, digest));

    auto bestuurder = sign_in("bestuurder@test.nl");
    ASSERT_EQ(
        bestuurder.http.post_form(vvt_path() + "/versies/1/vaststellen", {{"csrf", bestuurder.csrf}}).status, 303U);
    auto const approved = nlohmann::json::parse(api(ciso, "GET", "/versions").body)["items"][0];
    EXPECT_EQ(approved["content_sha256"], digest) << "the content digest did not change";
    EXPECT_NE(approved["canonical_sha256"], digest) << "the approved document is another document";
    EXPECT_EQ(approved["approval"]["content_sha256"], digest) << "the approval names the content it approves";
    EXPECT_EQ(approved["approval"]["approved_by"], "User bestuurder@test.nl");
    EXPECT_EQ(approved["approval"]["document_sha256"], approved["sha256"]);
    auto const page = ciso.http.get(vvt_path() + "/versies/1");
    auto const shown = page.body.find("id=\"content-sha256\">" + digest + "<");
    EXPECT_NE(shown, std::string::npos) << page.body;
    EXPECT_TRUE(contains(page.body, "id=\"approved-content-sha256\">" + digest + "<"));
    EXPECT_TRUE(contains(page.body, "Vastgesteld document (JSON, SHA-256)"));
    auto const stored
        = must_query("SELECT content_sha256, approved_content_sha256 FROM vvt_versions WHERE number = 1", {});
    EXPECT_EQ(stored.front().text(0), digest);
    EXPECT_EQ(stored.front().text(1), digest);
}

TEST_P(VvtPagesTest, ExportsAreAttachmentsWithTheirContentType)
{
    auto ciso = sign_in("ciso@test.nl");
    std::vector<std::pair<std::string, std::string>> const formats{{"xlsx", "spreadsheetml"},
        {"pdf", "application/pdf"}, {"csv", "text/csv"}, {"json", "application/json"},
        {"oscal-ssp", "application/json"}};
    for (auto const& [format, type] : formats) {
        auto const reply = ciso.http.get(vvt_path() + "/export/" + format);
        ASSERT_EQ(reply.status, 200U) << format;
        EXPECT_TRUE(contains(reply.header("content-type").value_or(""), type)) << format;
        EXPECT_TRUE(contains(reply.header("content-disposition").value_or(""), "attachment; filename=\"vvt-concept."))
            << format;
        EXPECT_FALSE(reply.body.empty()) << format;
    }
    EXPECT_EQ(ciso.http.get(vvt_path() + "/export/docx").status, 404U);
    auto const api_export = api(ciso, "GET", "/export?format=pdf");
    EXPECT_EQ(api_export.status, 200U);
    EXPECT_TRUE(api_export.body.starts_with("%PDF-"));
}

TEST_P(VvtPagesTest, ScopeFormKeepsInputOnErrorsAndRefusesAStaleVersion)
{
    auto ciso = sign_in("ciso@test.nl");
    auto const form = ciso.http.get(vvt_path() + "/reikwijdte");
    ASSERT_EQ(form.status, 200U);
    EXPECT_TRUE(contains(form.body, "name=\"version\" value=\"0\""));
    auto const invalid = ciso.http.post_form(vvt_path() + "/reikwijdte",
        {{"statement", "Alles"}, {"processes", ""}, {"exclusions", "Archief:"}, {"version", "0"}, {"csrf", ciso.csrf}});
    EXPECT_EQ(invalid.status, 400U);
    EXPECT_TRUE(contains(invalid.body, "aria-invalid=\"true\""));
    EXPECT_TRUE(contains(invalid.body, "Archief:"));
    EXPECT_EQ(save_scope(ciso, "0").status, 303U);
    EXPECT_EQ(save_scope(ciso, "0").status, 409U);
    auto const stale = api(ciso, "PUT", "/scope", R"({"processes":[{"name":"Burgerzaken"}],"version":0})");
    EXPECT_EQ(stale.status, 409U);
    EXPECT_TRUE(contains(stale.header("content-type").value_or(""), "problem+json"));
    auto const saved = api(ciso, "PUT", "/scope", R"({"processes":[{"name":"Burgerzaken"}],"version":1})");
    EXPECT_EQ(saved.status, 200U);
    EXPECT_EQ(nlohmann::json::parse(saved.body)["version"], 2);
}

TEST_P(VvtPagesTest, PublicationIsRefusedNamingExclusionsWithoutARiskReference)
{
    exclude_without_reference("8.25");
    auto ciso = sign_in("ciso@test.nl");
    EXPECT_EQ(save_scope(ciso, "0").status, 303U);
    auto const page = ciso.http.get(vvt_path());
    EXPECT_TRUE(contains(page.body, "8.25"));
    EXPECT_TRUE(contains(page.body, "ONTBREEKT"));
    ASSERT_EQ(api(ciso, "POST", "/versions").status, 201U);
    auto bestuurder = sign_in("bestuurder@test.nl");
    ASSERT_EQ(api(bestuurder, "POST", "/versions/1/approve").status, 200U);
    ASSERT_EQ(api(ciso, "PUT", "/publication", R"({"enabled":true})").status, 200U);
    auto const refused = api(ciso, "POST", "/versions/1/publish");
    EXPECT_EQ(refused.status, 400U);
    EXPECT_TRUE(contains(refused.body, "8.25")) << refused.body;
    EXPECT_EQ(client().get(public_path()).status, 404U);
}

TEST_P(VvtPagesTest, VersionApiShowsTheDiffAgainstThePreviousVersion)
{
    auto ciso = sign_in("ciso@test.nl");
    EXPECT_EQ(save_scope(ciso, "0").status, 303U);
    ASSERT_EQ(api(ciso, "POST", "/versions").status, 201U);
    ASSERT_EQ(api(ciso, "PUT", "/scope", R"({"processes":[{"name":"Vergunningen"}],"version":1})").status, 200U);
    ASSERT_EQ(api(ciso, "POST", "/versions").status, 201U);
    auto const second = api(ciso, "GET", "/versions/2");
    ASSERT_EQ(second.status, 200U);
    auto const body = nlohmann::json::parse(second.body);
    EXPECT_EQ(body["previous"], 1);
    EXPECT_TRUE(contains(body["changes"].dump(), "process:Vergunningen"));
    auto const page = ciso.http.get(vvt_path() + "/versies/2");
    EXPECT_TRUE(contains(page.body, "process:Vergunningen"));
    EXPECT_EQ(api(ciso, "GET", "/versions/9").status, 404U);
}

TEST_P(VvtPagesTest, VersionPageOffersPublicationOnceApprovedAndSwitchedOn)
{
    auto ciso = sign_in("ciso@test.nl");
    EXPECT_EQ(save_scope(ciso, "0").status, 303U);
    EXPECT_EQ(ciso.http.post_form(vvt_path() + "/publicatie", {{"enabled", "ja"}, {"csrf", ciso.csrf}}).status, 303U);
    ASSERT_EQ(ciso.http.post_form(vvt_path() + "/versies", {{"csrf", ciso.csrf}}).status, 303U);
    EXPECT_FALSE(contains(ciso.http.get(vvt_path() + "/versies/1").body, "/publiceren"));
    auto bestuurder = sign_in("bestuurder@test.nl");
    ASSERT_EQ(
        bestuurder.http.post_form(vvt_path() + "/versies/1/vaststellen", {{"csrf", bestuurder.csrf}}).status, 303U);
    auto const page = ciso.http.get(vvt_path() + "/versies/1");
    EXPECT_TRUE(contains(page.body, "/publiceren")) << page.body;
}

TEST_P(VvtPagesTest, FormsNeedTheCsrfTokenAndTheRole)
{
    auto ciso = sign_in("ciso@test.nl");
    EXPECT_EQ(ciso.http.post_form(vvt_path() + "/versies", {}).status, 403U);
    auto medewerker = sign_in("medewerker@test.nl");
    EXPECT_EQ(medewerker.http.get(vvt_path()).status, 200U);
    EXPECT_EQ(medewerker.http.post_form(vvt_path() + "/versies", {{"csrf", medewerker.csrf}}).status, 403U);
    EXPECT_EQ(medewerker.http.get(vvt_path() + "/reikwijdte").status, 403U);
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(VvtPagesTest);

} // namespace
} // namespace bolwerk::testing
