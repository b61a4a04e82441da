#include "support/web_test.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::testing {
namespace {

using Headers = std::vector<std::pair<std::string, std::string>>;

// The JSON API of the gap analysis over real HTTP (issue #5).
class AssessmentApiTest : public WebTest {
protected:
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
        make_user("ciso@ander.nl", m_other, domain::Role::Ciso);
    }

    std::string url(std::string const& rest = "", OrganisationId const* organisation = nullptr)
    {
        return "/api/v1/organisations/" + (organisation ? *organisation : m_own).to_string() + "/assessment" + rest;
    }

    static Headers write_headers(Browser const& browser, std::optional<std::string> if_match = {})
    {
        Headers headers{{"X-CSRF-Token", browser.csrf}, {"Content-Type", "application/json"}};
        if (if_match)
            headers.emplace_back("If-Match", *if_match);
        return headers;
    }

    OrganisationId m_own{0};
    OrganisationId m_other{0};
};

TEST_P(AssessmentApiTest, FillInAMeasureWithIfMatchAndAStaleOneIs412)
{
    auto browser = sign_in("ciso@test.nl");
    auto const empty = browser.http.get(url());
    ASSERT_EQ(empty.status, 200U) << empty.body;
    auto const before = nlohmann::json::parse(empty.body);
    EXPECT_EQ(before["catalog"], "bio2@1.3");
    EXPECT_EQ(before["started"], false);

    std::string const body = R"({"status":"geïmplementeerd","owner":"Teamleider ICT","maturity":3,
        "opzet":{"result":"voldoet","date":"2026-06-01","assessor":"Auditteam"}})";
    auto const measure = url("/measures/5.01.01");
    EXPECT_EQ(browser.http.send("PUT", measure, body, write_headers(browser)).status, 428U);
    auto const created = browser.http.send("PUT", measure, body, write_headers(browser, "\"v0\""));
    ASSERT_EQ(created.status, 200U) << created.body;
    EXPECT_EQ(created.header("etag"), "\"v1\"");
    EXPECT_EQ(nlohmann::json::parse(created.body)["status"], "implemented");

    auto const stale = browser.http.send("PUT", measure, body, write_headers(browser, "\"v0\""));
    EXPECT_EQ(stale.status, 412U) << stale.body;
    auto const updated = browser.http.send(
        "PUT", measure, R"({"status":"in uitvoering","owner":"CISO"})", write_headers(browser, "\"v1\""));
    ASSERT_EQ(updated.status, 200U) << updated.body;
    EXPECT_EQ(updated.header("etag"), "\"v2\"");

    auto const whole = nlohmann::json::parse(browser.http.get(url()).body);
    EXPECT_EQ(whole["started"], true);
    ASSERT_EQ(whole["measures"].size(), 1U);
    EXPECT_EQ(whole["measures"][0]["owner"], "CISO");
    EXPECT_EQ(whole["measures"][0]["version"], 2);
}

// Issue #10, item 9: over the API too, a medewerker changes only the progress of the
// measures they own, never a control's applicability or a verdict.
TEST_P(AssessmentApiTest, Issue10MedewerkerChangesOnlyOwnProgress)
{
    auto ciso = sign_in("ciso@test.nl");
    auto const measure = url("/measures/5.02.01");
    auto const assigned = ciso.http.send(
        "PUT", measure, R"({"status":"not_started","owner":"medewerker@test.nl"})", write_headers(ciso, "\"v0\""));
    ASSERT_EQ(assigned.status, 200U) << assigned.body;

    auto medewerker = sign_in("medewerker@test.nl");
    auto const excluded = medewerker.http.send("PUT", url("/controls/8.7"),
        R"({"applicable":false,"justification":"Geen","reference":{"kind":"document","value":"RA-1"}})",
        write_headers(medewerker, "\"v0\""));
    EXPECT_EQ(excluded.status, 403U) << excluded.body;
    auto const voldoet = medewerker.http.send("PUT", measure,
        R"({"status":"not_started","owner":"medewerker@test.nl",
            "opzet":{"result":"voldoet","date":"2026-06-01","assessor":"Ik"}})",
        write_headers(medewerker, "\"v1\""));
    EXPECT_EQ(voldoet.status, 403U) << voldoet.body;
    EXPECT_EQ(nlohmann::json::parse(voldoet.body)["field"], "opzet_result") << voldoet.body;
    auto const progress = medewerker.http.send("PUT", measure,
        R"({"status":"in_progress","owner":"medewerker@test.nl","maturity":1})", write_headers(medewerker, "\"v1\""));
    ASSERT_EQ(progress.status, 200U) << progress.body;
    EXPECT_EQ(nlohmann::json::parse(progress.body)["status"], "in_progress");
    auto const other = medewerker.http.send(
        "PUT", url("/measures/5.01.01"), R"({"status":"in_progress"})", write_headers(medewerker, "\"v0\""));
    EXPECT_EQ(other.status, 403U) << other.body;
}

TEST_P(AssessmentApiTest, RulesAreProblemsThatNameTheField)
{
    auto browser = sign_in("ciso@test.nl");
    auto const measure = url("/measures/5.01.01");
    auto const accepted
        = browser.http.send("PUT", measure, R"({"status":"risico geaccepteerd"})", write_headers(browser, "\"v0\""));
    EXPECT_EQ(accepted.status, 400U);
    EXPECT_EQ(nlohmann::json::parse(accepted.body)["field"], "status") << accepted.body;

    auto const werking_first = browser.http.send("PUT", measure,
        R"({"status":"implemented","werking":{"result":"voldoet","date":"2026-06-01","assessor":"A"}})",
        write_headers(browser, "\"v0\""));
    EXPECT_EQ(werking_first.status, 400U) << werking_first.body;

    auto const withdrawn = browser.http.send(
        "PUT", url("/measures/5.21.01"), R"({"status":"in_progress"})", write_headers(browser, "\"v0\""));
    EXPECT_EQ(withdrawn.status, 404U) << withdrawn.body;

    auto const excluded
        = browser.http.send("PUT", url("/controls/8.30"), R"({"applicable":false})", write_headers(browser, "\"v0\""));
    EXPECT_EQ(excluded.status, 400U) << excluded.body;
    auto const justified = browser.http.send("PUT", url("/controls/8.30"),
        R"({"applicable":false,"justification":"Geen ontwikkeling","reference":{"kind":"document","value":"RA-1"}})",
        write_headers(browser, "\"v0\""));
    ASSERT_EQ(justified.status, 200U) << justified.body;
    EXPECT_EQ(justified.header("etag"), "\"v1\"");
    EXPECT_EQ(browser.http.send("PUT", url("/controls/9.1"), R"({})", write_headers(browser)).status, 400U);
}

TEST_P(AssessmentApiTest, SnapshotsAndCompare)
{
    auto browser = sign_in("ciso@test.nl");
    ASSERT_EQ(
        browser.http
            .send("PUT", url("/measures/5.01.01"), R"({"status":"in_progress"})", write_headers(browser, "\"v0\""))
            .status,
        200U);
    auto const frozen = browser.http.send("POST", url("/snapshots"), R"({"label":"Q3 2026"})", write_headers(browser));
    ASSERT_EQ(frozen.status, 201U) << frozen.body;
    EXPECT_EQ(
        browser.http.send("POST", url("/snapshots"), R"({"label":"Q3 2026"})", write_headers(browser)).status, 409U);
    ASSERT_EQ(
        browser.http
            .send("PUT", url("/measures/5.01.01"), R"({"status":"implemented"})", write_headers(browser, "\"v1\""))
            .status,
        200U);
    auto const list = nlohmann::json::parse(browser.http.get(url("/snapshots")).body);
    ASSERT_EQ(list["items"].size(), 1U);
    EXPECT_EQ(list["items"][0]["label"], "Q3 2026");

    auto const compared = browser.http.get(url("/compare?from=Q3%202026"));
    ASSERT_EQ(compared.status, 200U) << compared.body;
    auto const diff = nlohmann::json::parse(compared.body);
    ASSERT_EQ(diff["measures"].size(), 1U);
    EXPECT_EQ(diff["measures"][0]["measure"], "5.01.01");
    EXPECT_EQ(diff["measures"][0]["fields"][0],
        (nlohmann::json{{"field", "status"}, {"before", "in_progress"}, {"after", "implemented"}}));
    // Without from: since the newest snapshot.
    auto const since_newest = nlohmann::json::parse(browser.http.get(url("/compare")).body);
    EXPECT_EQ(since_newest, diff);
    EXPECT_EQ(browser.http.get(url("/compare?from=Q1")).status, 404U);
}

TEST_P(AssessmentApiTest, RolesAndOtherOrganisations)
{
    auto auditor = sign_in("auditor@test.nl");
    EXPECT_EQ(auditor.http.get(url()).status, 200U);
    EXPECT_EQ(
        auditor.http
            .send("PUT", url("/measures/5.01.01"), R"({"status":"in_progress"})", write_headers(auditor, "\"v0\""))
            .status,
        403U);
    auto medewerker = sign_in("medewerker@test.nl");
    EXPECT_EQ(
        medewerker.http.send("POST", url("/snapshots"), R"({"label":"X"})", write_headers(medewerker)).status, 403U);
    auto stranger = sign_in("ciso@ander.nl");
    EXPECT_EQ(stranger.http.get(url()).status, 404U);
    EXPECT_EQ(stranger.http.get(url("/snapshots")).status, 404U);
    EXPECT_EQ(
        stranger.http
            .send("PUT", url("/measures/5.01.01"), R"({"status":"in_progress"})", write_headers(stranger, "\"v0\""))
            .status,
        404U);
    EXPECT_EQ(stranger.http.get(url("", &m_other)).status, 200U);
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(AssessmentApiTest);

} // namespace
} // namespace bolwerk::testing
