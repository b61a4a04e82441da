#include "app/evidence/evidence_service.hpp"
#include "support/multipart_body.hpp"
#include "support/web_test.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::testing {
namespace {

bool contains(std::string const& text, std::string_view part) { return text.find(part) != std::string::npos; }

constexpr std::int64_t test_file_limit = 3 * 1024 * 1024;

// The evidence pages and API over real HTTP, on both backends (issue #5).
class EvidencePagesTest : public WebTest {
protected:
    void configure(web::WebConfig& config) override { config.max_evidence_file_bytes = test_file_limit; }

    void SetUp() override
    {
        WebTest::SetUp();
        if (HasFatalFailure())
            return;
        m_own = make_organisation("Gemeente Eigen");
        m_other = make_organisation("Gemeente Ander");
        make_user("ciso@test.nl", m_own, domain::Role::Ciso);
        make_user("medewerker@test.nl", m_own, domain::Role::Medewerker);
        make_user("auditor@test.nl", m_own, domain::Role::Auditor);
    }

    std::string evidence_path(OrganisationId organisation) const
    {
        return "/organisaties/" + organisation.to_string() + "/bewijs";
    }
    std::string evidence_path() const { return evidence_path(m_own); }
    std::string api_path() const { return "/api/v1/organisations/" + m_own.to_string() + "/evidence"; }

    HttpReply upload(Browser& browser, std::string const& title, std::string const& file_name,
        std::string const& content, std::string const& targets = "5.17.01, 8.08.05", std::string const& path = {})
    {
        auto const body = multipart_body(
            {{"csrf", browser.csrf}, {"kind", "bestand"}, {"title", title}, {"effective_on", "2026-09-01"},
                {"valid_until", "2027-09-01"}, {"targets", targets}, {"aspect", ""}},
            {{"file", file_name, content}});
        return browser.http.send(
            "POST", path.empty() ? evidence_path() : path, body, {{"Content-Type", multipart_type}});
    }

    // The item id from a redirect to ".../bewijs/N?toegevoegd=1".
    static std::string item_of(HttpReply const& reply)
    {
        auto const location = reply.header("location").value_or("");
        auto const slash = location.rfind('/');
        auto const question = location.find('?');
        return location.substr(slash + 1, question - slash - 1);
    }

    OrganisationId m_own{0};
    OrganisationId m_other{0};
};

TEST_P(EvidencePagesTest, CisoUploadsAFileAndDownloadsItAsASandboxedAttachment)
{
    auto ciso = sign_in("ciso@test.nl");
    // "\x01" ends before "binair": b is a hex digit.
    std::string const pdf("%PDF-1.7\n\0\x01"
                          "binair",
        17);
    auto const uploaded = upload(ciso, "Pentestrapport 2026", "C:\\Scans\\pentest \"rapport\".pdf", pdf);
    ASSERT_EQ(uploaded.status, 303U) << uploaded.body;
    auto const item = item_of(uploaded);

    auto const detail = ciso.http.get(evidence_path() + "/" + item);
    ASSERT_EQ(detail.status, 200U);
    EXPECT_TRUE(contains(detail.body, "Pentestrapport 2026"));
    EXPECT_TRUE(contains(detail.body, "5.17.01"));
    EXPECT_TRUE(contains(detail.body, "8.08.05"));
    EXPECT_TRUE(contains(detail.body, "application/pdf"));
    EXPECT_TRUE(contains(detail.body, "2027-09-01"));

    auto const list = ciso.http.get(evidence_path());
    ASSERT_EQ(list.status, 200U);
    EXPECT_TRUE(contains(list.body, "Pentestrapport 2026"));
    EXPECT_TRUE(contains(list.body, "Geldig"));
    EXPECT_TRUE(contains(list.body, "href=\"/organisaties/" + m_own.to_string() + "/bewijs\" aria-current=\"page\""))
        << "the navigation links to the evidence page";

    auto const download = ciso.http.get(evidence_path() + "/" + item + "/inhoud");
    ASSERT_EQ(download.status, 200U);
    EXPECT_EQ(download.body, pdf);
    EXPECT_EQ(download.header("content-type"), "application/pdf");
    auto const disposition = download.header("content-disposition").value_or("");
    EXPECT_TRUE(disposition.starts_with("attachment;")) << disposition;
    EXPECT_TRUE(contains(disposition, "filename=\"pentest _rapport_.pdf\"")) << disposition;
    EXPECT_EQ(download.header("x-content-type-options"), "nosniff");
    EXPECT_TRUE(contains(download.header("content-security-policy").value_or(""), "sandbox"));
}

TEST_P(EvidencePagesTest, HtmlIsNeverServedAsHtml)
{
    auto ciso = sign_in("ciso@test.nl");
    for (auto const& [name, content] : std::vector<std::pair<std::string, std::string>>{
             {"pagina.html", "<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"},
             {"plaatje.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"},
             {"rapport.pdf", "<html>claims to be a pdf</html>"}}) {
        auto const uploaded = upload(ciso, "Bestand " + name, name, content);
        ASSERT_EQ(uploaded.status, 303U) << name;
        auto const download = ciso.http.get(evidence_path() + "/" + item_of(uploaded) + "/inhoud");
        ASSERT_EQ(download.status, 200U) << name;
        EXPECT_EQ(download.header("content-type"), "application/octet-stream") << name;
        EXPECT_TRUE(download.header("content-disposition").value_or("").starts_with("attachment;")) << name;
        EXPECT_TRUE(contains(download.header("content-security-policy").value_or(""), "sandbox")) << name;
    }
}

TEST_P(EvidencePagesTest, OnlyUploadRoutesTakeLargeBodies)
{
    auto ciso = sign_in("ciso@test.nl");
    std::string const two_mebibytes(2 * 1024 * 1024, 'a');
    auto const uploaded = upload(ciso, "Groot logbestand", "log.txt", two_mebibytes);
    ASSERT_EQ(uploaded.status, 303U) << "above the server's 1 MiB default, below the upload limit";
    auto const item = item_of(uploaded);
    EXPECT_EQ(ciso.http.get(evidence_path() + "/" + item + "/inhoud").body.size(), two_mebibytes.size());

    // Another route keeps the 1 MiB default.
    auto const elsewhere = ciso.http.send("POST", evidence_path() + "/" + item + "/koppelingen",
        encode_form({{"csrf", ciso.csrf}, {"target", two_mebibytes}}),
        {{"Content-Type", "application/x-www-form-urlencoded"}});
    EXPECT_EQ(elsewhere.status, 413U);

    // Without a session cookie or token the upload route keeps the default too.
    auto anonymous = client();
    auto const refused = anonymous.send("POST", evidence_path(),
        multipart_body({}, {{"file", "log.txt", two_mebibytes}}), {{"Content-Type", multipart_type}});
    EXPECT_EQ(refused.status, 413U);
}

TEST_P(EvidencePagesTest, FileOverTheLimitIsRefusedWithTheLimitInTheMessage)
{
    auto ciso = sign_in("ciso@test.nl");
    auto const too_large = upload(ciso, "Te groot", "groot.bin", std::string(test_file_limit + 1, 'x'));
    EXPECT_EQ(too_large.status, 400U);
    EXPECT_TRUE(contains(too_large.body, "at most 3 MiB")) << too_large.body;
    EXPECT_TRUE(contains(too_large.body, "href=\"#file\"")) << "the error summary links to the field";

    auto const far_too_large
        = upload(ciso, "Veel te groot", "groot.bin", std::string(test_file_limit + 2 * 1024 * 1024, 'x'));
    EXPECT_EQ(far_too_large.status, 413U);
}

TEST_P(EvidencePagesTest, InvalidFormShowsErrorSummaryAndKeepsInput)
{
    auto ciso = sign_in("ciso@test.nl");
    auto const body = multipart_body({{"csrf", ciso.csrf}, {"kind", "bestand"}, {"title", "Beleid"},
                                         {"effective_on", "2026-09-01"}, {"targets", "5.17.01, 99.99"}},
        {{"file", "beleid.txt", "tekst"}});
    auto const reply = ciso.http.send("POST", evidence_path(), body, {{"Content-Type", multipart_type}});
    EXPECT_EQ(reply.status, 400U);
    EXPECT_TRUE(contains(reply.body, "Er is een probleem"));
    EXPECT_TRUE(contains(reply.body, "href=\"#targets\""));
    EXPECT_TRUE(contains(reply.body, "aria-invalid=\"true\""));
    EXPECT_TRUE(contains(reply.body, "value=\"Beleid\"")) << "the title is kept";
    EXPECT_TRUE(contains(reply.body, "Kies het bestand opnieuw")) << "the file is the one thing not kept";

    auto const link = ciso.http.post_form(evidence_path(),
        {{"csrf", ciso.csrf}, {"kind", "link"}, {"title", "Kwaadaardig"}, {"effective_on", "2026-09-01"},
            {"url", "javascript:alert(1)"}});
    EXPECT_EQ(link.status, 400U);
    EXPECT_TRUE(contains(link.body, "href=\"#url\""));
}

// Issue #13 item 7: "Bewijs toevoegen" on a measure page fills in the measure and the
// aspect; the item page links back to what it supports.
TEST_P(EvidencePagesTest, TheFormTakesTheMeasureAndAspectAndTheItemLinksBack)
{
    auto ciso = sign_in("ciso@test.nl");
    auto const form = ciso.http.get(evidence_path() + "/nieuw?maatregel=5.17.01&aspect=bestaan");
    ASSERT_EQ(form.status, 200U);
    EXPECT_TRUE(contains(form.body, "name=\"targets\" type=\"text\" value=\"5.17.01\""));
    EXPECT_TRUE(contains(form.body, "value=\"bestaan\" selected"));
    auto const odd = ciso.http.get(evidence_path() + "/nieuw?maatregel=%3Cscript%3E&aspect=alles");
    ASSERT_EQ(odd.status, 200U);
    EXPECT_TRUE(contains(odd.body, "name=\"targets\" type=\"text\" value=\"\"")) << "only a real measure is taken";
    EXPECT_FALSE(contains(odd.body, "<script>"));
    EXPECT_TRUE(contains(odd.body, "value=\"\" selected")) << "no aspect";

    auto const saved = upload(ciso, "Beleid", "beleid.txt", "tekst", "5.17.01, 5.17");
    ASSERT_EQ(saved.status, 303U) << saved.body;
    auto const item = ciso.http.get(saved.header("location").value_or(""));
    auto const own = "/organisaties/" + m_own.to_string();
    EXPECT_TRUE(contains(item.body, "href=\"" + own + "/maatregelen/5.17.01\">5.17.01</a>")) << item.body;
    EXPECT_TRUE(contains(item.body, "href=\"" + own + "/beheersmaatregelen/5.17\">5.17</a>"));
}

TEST_P(EvidencePagesTest, MalformedMultipartAndMissingCsrfAreRefused)
{
    auto ciso = sign_in("ciso@test.nl");
    auto const cut = ciso.http.send("POST", evidence_path(),
        "--" + multipart_boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + ciso.csrf,
        {{"Content-Type", multipart_type}});
    EXPECT_EQ(cut.status, 403U) << "an unreadable body has no CSRF token";

    auto const without_csrf = ciso.http.send("POST", evidence_path(),
        multipart_body({{"kind", "bestand"}, {"title", "x"}, {"effective_on", "2026-09-01"}}, {{"file", "a.txt", "a"}}),
        {{"Content-Type", multipart_type}});
    EXPECT_EQ(without_csrf.status, 403U);
}

TEST_P(EvidencePagesTest, LinksNotesVersionsAndLinking)
{
    auto ciso = sign_in("ciso@test.nl");
    auto const note = ciso.http.post_form(evidence_path(),
        {{"csrf", ciso.csrf}, {"kind", "notitie"}, {"title", "Rondgang serverruimte"}, {"effective_on", "2026-09-10"},
            {"note", "Deur op slot, <b>toegangslijst</b> actueel."}, {"targets", "7.2"}, {"aspect", "bestaan"}});
    ASSERT_EQ(note.status, 303U) << note.body;
    auto const note_page = ciso.http.get(evidence_path() + "/" + item_of(note));
    EXPECT_TRUE(contains(note_page.body, "&lt;b&gt;toegangslijst&lt;/b&gt;")) << "notes are escaped";
    EXPECT_TRUE(contains(note_page.body, "Bestaan"));

    auto const uploaded = upload(ciso, "Back-uptest", "test-v1.txt", "versie een");
    auto const item = item_of(uploaded);
    // The form carries the item's row version; a stale one is refused.
    auto const detail = ciso.http.get(evidence_path() + "/" + item).body;
    std::string const marker = "name=\"version\" value=\"";
    auto const at = detail.find(marker);
    ASSERT_NE(at, std::string::npos);
    auto const start = at + marker.size();
    auto const row_version = detail.substr(start, detail.find('"', start) - start);
    auto const version = ciso.http.send("POST", evidence_path() + "/" + item + "/versies",
        multipart_body({{"csrf", ciso.csrf}, {"effective_on", "2026-09-15"}, {"valid_until", "2026-10-01"},
                           {"version", row_version}},
            {{"file", "test-v2.txt", "versie twee"}}),
        {{"Content-Type", multipart_type}});
    ASSERT_EQ(version.status, 303U) << version.body;
    auto const stale = ciso.http.send("POST", evidence_path() + "/" + item + "/versies",
        multipart_body({{"csrf", ciso.csrf}, {"effective_on", "2026-09-15"}, {"version", row_version}},
            {{"file", "test-v3.txt", "versie drie"}}),
        {{"Content-Type", multipart_type}});
    EXPECT_EQ(stale.status, 409U) << "a stale row version is a conflict";
    EXPECT_EQ(ciso.http.get(evidence_path() + "/" + item + "/inhoud").body, "versie twee");
    EXPECT_EQ(ciso.http.get(evidence_path() + "/" + item + "/inhoud?versie=1").body, "versie een");
    auto const after = ciso.http.get(evidence_path() + "/" + item);
    EXPECT_TRUE(contains(after.body, "test-v1.txt"));
    EXPECT_TRUE(contains(after.body, "test-v2.txt"));
    EXPECT_TRUE(contains(after.body, "Verloopt binnenkort")) << "valid until 2026-10-01, clock at 2026-09";

    auto const linked = ciso.http.post_form(evidence_path() + "/" + item + "/koppelingen",
        {{"csrf", ciso.csrf}, {"target", "5.15"}, {"aspect", "werking"}});
    ASSERT_EQ(linked.status, 303U);
    auto const filtered = ciso.http.get(evidence_path() + "?doel=5.15&aspect=werking");
    EXPECT_TRUE(contains(filtered.body, "Back-uptest"));
    EXPECT_FALSE(contains(filtered.body, "Rondgang serverruimte"));
    auto const unlinked = ciso.http.post_form(evidence_path() + "/" + item + "/koppelingen/verwijderen",
        {{"csrf", ciso.csrf}, {"target", "5.15"}, {"aspect", "werking"}});
    ASSERT_EQ(unlinked.status, 303U);
    EXPECT_FALSE(contains(ciso.http.get(evidence_path() + "?doel=5.15").body, "Back-uptest"));
}

TEST_P(EvidencePagesTest, RolesAndOtherOrganisations)
{
    auto employee = sign_in("medewerker@test.nl");
    // Issue #10, item 9: evidence is linked to a measure by its owner or the CISO only.
    EXPECT_EQ(upload(employee, "Niet mijn maatregel", "a.txt", "x", "5.17.01").status, 403U);
    auto const uploaded = upload(employee, "Door medewerker", "a.txt", "GEHEIME-INHOUD", "");
    ASSERT_EQ(uploaded.status, 303U);
    auto const item = item_of(uploaded);

    auto auditor = sign_in("auditor@test.nl");
    EXPECT_EQ(auditor.http.get(evidence_path()).status, 200U);
    EXPECT_EQ(auditor.http.get(evidence_path() + "/" + item + "/inhoud").status, 200U);
    EXPECT_EQ(upload(auditor, "Door auditor", "b.txt", "b").status, 403U);
    EXPECT_EQ(auditor.http.get(evidence_path() + "/nieuw").status, 403U);

    EXPECT_EQ(employee.http.get(evidence_path(m_other)).status, 404U);
    auto const theirs = employee.http.get(evidence_path(m_other) + "/" + item + "/inhoud");
    EXPECT_EQ(theirs.status, 404U);
    EXPECT_FALSE(contains(theirs.body, "GEHEIME-INHOUD"));
}

TEST_P(EvidencePagesTest, JsonApiUploadsListsAndServesContent)
{
    auto ciso = sign_in("ciso@test.nl");
    auto const body
        = multipart_body({{"title", "SOC-rapportage"}, {"effective_on", "2026-09-01"}, {"valid_until", "2026-09-30"},
                             {"target", "8.16.01"}, {"target", "8.15"}, {"aspect", "werking"}},
            {{"file", "soc.pdf", "%PDF-1.4 soc"}});
    auto const created
        = ciso.http.send("POST", api_path(), body, {{"Content-Type", multipart_type}, {"X-CSRF-Token", ciso.csrf}});
    ASSERT_EQ(created.status, 201U) << created.body;
    auto const json = nlohmann::json::parse(created.body);
    EXPECT_EQ(json["kind"], "bestand");
    EXPECT_EQ(json["current"]["media_type"], "application/pdf");
    EXPECT_EQ(json["links"].size(), 2u);
    EXPECT_EQ(json["status"], "verloopt_binnenkort");
    auto const id = std::to_string(json["id"].get<std::int64_t>());

    auto const list = nlohmann::json::parse(ciso.http.get(api_path() + "?target=8.16.01&aspect=werking").body);
    ASSERT_EQ(list["items"].size(), 1u);
    EXPECT_EQ(list["items"][0]["title"], "SOC-rapportage");
    EXPECT_TRUE(nlohmann::json::parse(ciso.http.get(api_path() + "?target=5.1").body)["items"].empty());

    auto const one = nlohmann::json::parse(ciso.http.get(api_path() + "/" + id).body);
    EXPECT_EQ(one["versions"].size(), 1u);
    auto const content = ciso.http.get(api_path() + "/" + id + "/content");
    EXPECT_EQ(content.body, "%PDF-1.4 soc");
    EXPECT_TRUE(content.header("content-disposition").value_or("").starts_with("attachment;"));

    auto const link = ciso.http.send("POST", api_path(),
        R"({"kind":"link","title":"Beleid op intranet","url":"https://intranet.example.nl/ib","effective_on":"2026-01-01","targets":["5.1"]})",
        {{"Content-Type", "application/json"}, {"X-CSRF-Token", ciso.csrf}});
    EXPECT_EQ(link.status, 201U) << link.body;
    auto const bad = ciso.http.send("POST", api_path(),
        R"json({"kind":"link","title":"x","url":"javascript:alert(1)","effective_on":"2026-01-01"})json",
        {{"Content-Type", "application/json"}, {"X-CSRF-Token", ciso.csrf}});
    EXPECT_EQ(bad.status, 400U);
    EXPECT_EQ(nlohmann::json::parse(bad.body)["field"], "url");

    auto const openapi = nlohmann::json::parse(client().get("/api/v1/openapi.json").body);
    auto const& upload_operation = openapi["paths"]["/api/v1/organisations/{organisation}/evidence"]["post"];
    EXPECT_TRUE(upload_operation["requestBody"]["content"].contains("multipart/form-data"));
    EXPECT_TRUE(openapi["paths"]["/api/v1/organisations/{organisation}/evidence/{item}/content"]["get"]["responses"]
                       ["200"]["content"]
                           .contains("application/octet-stream"));
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(EvidencePagesTest);

} // namespace
} // namespace bolwerk::testing
