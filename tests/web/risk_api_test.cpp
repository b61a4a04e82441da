#include "app/risk/risk_service.hpp"
#include "support/web_test.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::testing {
namespace {

using Headers = std::vector<std::pair<std::string, std::string>>;
using Json = nlohmann::json;

// The risk management API over real HTTP, on both backends (issue 6).
class RiskApiTest : public WebTest {
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
        make_user("bestuurder@test.nl", m_own, domain::Role::Bestuurder);
    }

    std::string url(std::string const& rest = "", OrganisationId organisation = OrganisationId(0)) const
    {
        return "/api/v1/organisations/" + (organisation.value() == 0 ? m_own : organisation).to_string() + rest;
    }

    static Headers write_headers(Browser const& browser, std::string const& type = "application/json")
    {
        return {{"X-CSRF-Token", browser.csrf}, {"Content-Type", type}};
    }

    HttpReply post(Browser& browser, std::string const& path, Json const& body)
    {
        return browser.http.send("POST", path, body.dump(), write_headers(browser));
    }

    static Json risk_body(std::string const& title, int likelihood = 3, int impact = 4)
    {
        return {{"title", title}, {"owner", "Afdelingshoofd ICT"}, {"inherent_likelihood", likelihood},
            {"inherent_impacts", {{"financieel", impact}}}, {"treatment", "accepteren"}};
    }

    OrganisationId m_own{0};
    OrganisationId m_other{0};
};

TEST_P(RiskApiTest, CreateGetAndChangeWithOptimisticConcurrency)
{
    auto browser = sign_in("ciso@test.nl");
    auto const created = post(browser, url("/risks"), risk_body("Ransomware"));
    ASSERT_EQ(created.status, 201U) << created.body;
    auto const risk = Json::parse(created.body);
    EXPECT_EQ(risk["inherent"]["level"], "hoog");
    EXPECT_EQ(created.header("etag"), "\"v1\"");
    auto const location = created.header("location").value_or("");
    EXPECT_EQ(location, url("/risks/" + std::to_string(risk["id"].get<std::int64_t>())));

    auto const got = browser.http.get(location);
    ASSERT_EQ(got.status, 200U);
    EXPECT_EQ(Json::parse(got.body)["title"], "Ransomware");
    EXPECT_EQ(browser.http.get(location, {{"If-None-Match", "\"v1\""}}).status, 304U);

    auto headers = write_headers(browser);
    auto const without = browser.http.send("PATCH", location, R"({"title":"Ransomware op de fileserver"})", headers);
    EXPECT_EQ(without.status, 428U);
    headers.emplace_back("If-Match", "\"v1\"");
    auto const changed = browser.http.send("PATCH", location, R"({"title":"Ransomware op de fileserver"})", headers);
    ASSERT_EQ(changed.status, 200U) << changed.body;
    EXPECT_EQ(changed.header("etag"), "\"v2\"");
    EXPECT_EQ(Json::parse(changed.body)["owner"], "Afdelingshoofd ICT") << "members not sent keep their value";

    auto const stale = browser.http.send("PATCH", location, R"({"title":"Iets anders"})", headers);
    EXPECT_EQ(stale.status, 412U);
    EXPECT_EQ(stale.header("content-type"), "application/problem+json");
    EXPECT_EQ(Json::parse(browser.http.get(location).body)["title"], "Ransomware op de fileserver")
        << "a stale change changes nothing";

    auto const invalid = post(browser, url("/risks"), risk_body("Te hoog", 9));
    EXPECT_EQ(invalid.status, 400U);
    EXPECT_EQ(Json::parse(invalid.body)["field"], "inherent_likelihood");
}

TEST_P(RiskApiTest, TreatmentThenAcceptanceByTheBoard)
{
    auto browser = sign_in("ciso@test.nl");
    auto const created = Json::parse(post(browser, url("/risks"), risk_body("Datalek", 4, 4)).body);
    auto const path = url("/risks/" + std::to_string(created["id"].get<std::int64_t>()));
    auto headers = write_headers(browser);
    headers.emplace_back("If-Match", "\"v1\"");
    Json const treatment{{"treatment", "verminderen"},
        {"planned_measures", {{{"description", "DLP invoeren"}, {"owner", "CIO"}, {"due", "2027-03-01"}}}},
        {"residual", {{"likelihood", 3}, {"impact", 4}}}, {"review_due", "2027-06-01"}};
    auto const treated = browser.http.send("PUT", path + "/treatment", treatment.dump(), headers);
    ASSERT_EQ(treated.status, 200U) << treated.body;
    auto const risk = Json::parse(treated.body);
    EXPECT_EQ(risk["treatment"], "verminderen");
    EXPECT_EQ(risk["residual"]["level"], "hoog");
    EXPECT_EQ(risk["planned_measures"][0]["due"], "2027-03-01");
    headers.back().second = "\"v2\"";
    auto const not_here = browser.http.send("PUT", path + "/treatment", R"({"title":"x"})", headers);
    EXPECT_EQ(not_here.status, 400U);
    EXPECT_EQ(Json::parse(not_here.body)["field"], "title");

    Json const acceptance{{"accepted_by", "J. Jansen"}, {"authority", "bestuurder"}, {"valid_until", "2027-06-01"},
        {"reason", "Maatregelen zijn te duur voor de baten."}};
    auto const by_ciso = post(browser, path + "/acceptances", acceptance);
    EXPECT_EQ(by_ciso.status, 403U) << "a CISO does not hold the board's authority";
    auto board = sign_in("bestuurder@test.nl");
    auto const accepted = post(board, path + "/acceptances", acceptance);
    ASSERT_EQ(accepted.status, 201U) << accepted.body;
    EXPECT_EQ(Json::parse(accepted.body)["level"], "hoog");
    auto const list = Json::parse(board.http.get(path + "/acceptances").body);
    ASSERT_EQ(list["items"].size(), 1U);
    EXPECT_EQ(list["items"][0]["expired"], false);
}

// BIO2 Deel 1 §16 (issue #11 item 7): an acceptance names the measures it relies on
// waiving; a substantive overheidsmaatregel is a 400 that names the entry and the rule.
TEST_P(RiskApiTest, AcceptanceNeverWaivesASubstantiveGovernmentMeasure)
{
    auto ciso = sign_in("ciso@test.nl");
    auto const created = post(ciso, url("/risks"), risk_body("Datalek", 4, 4));
    ASSERT_EQ(created.status, 201U) << created.body;
    auto const id = Json::parse(created.body).at("id").get<std::int64_t>();
    auto const path = url("/risks/" + std::to_string(id) + "/acceptances");
    auto board = sign_in("bestuurder@test.nl");
    Json acceptance{{"accepted_by", "J. Jansen"}, {"authority", "bestuurder"}, {"valid_until", "2027-06-01"},
        {"reason", "Maatregelen zijn te duur voor de baten."}, {"waived_measures", {"5.3.1", "5.17.01"}}};
    auto const refused = post(board, path, acceptance);
    ASSERT_EQ(refused.status, 400U) << refused.body;
    EXPECT_EQ(Json::parse(refused.body).value("field", ""), "waived_measures[1]");
    EXPECT_NE(refused.body.find("BIO2 Deel 1"), std::string::npos) << refused.body;
    acceptance["waived_measures"] = {"5.3.1"};
    auto const accepted = post(board, path, acceptance);
    ASSERT_EQ(accepted.status, 201U) << accepted.body;
    EXPECT_EQ(Json::parse(accepted.body)["waived_measures"], Json::array({"5.03.01"}));
    auto const list = Json::parse(board.http.get(path).body);
    ASSERT_EQ(list["items"].size(), 1U);
    EXPECT_EQ(list["items"][0]["waived_measures"], Json::array({"5.03.01"}));
    acceptance["waived_measures"] = "5.3.1";
    EXPECT_EQ(Json::parse(post(board, path, acceptance).body)["field"], "waived_measures");
}

TEST_P(RiskApiTest, ListIsPagedAndFiltered)
{
    auto browser = sign_in("ciso@test.nl");
    for (int i = 1; i <= 5; ++i)
        ASSERT_EQ(post(browser, url("/risks"), risk_body("Laag " + std::to_string(i), 1, 1)).status, 201U);
    auto high = risk_body("Hoog", 4, 4);
    high["owner"] = "CIO";
    ASSERT_EQ(post(browser, url("/risks"), high).status, 201U);

    auto const first = Json::parse(browser.http.get(url("/risks?limit=2&level=laag")).body);
    EXPECT_EQ(first["total"], 5);
    ASSERT_EQ(first["items"].size(), 2U);
    ASSERT_TRUE(first.contains("next"));
    auto const second = Json::parse(browser.http.get(first["next"].get<std::string>()).body);
    EXPECT_EQ(second["items"][0]["title"], "Laag 3") << "the next link keeps the filter";
    auto const severe = Json::parse(browser.http.get(url("/risks?order=severity&limit=1")).body);
    EXPECT_EQ(severe["items"][0]["title"], "Hoog");
    auto const owned = Json::parse(browser.http.get(url("/risks?owner=CIO")).body);
    EXPECT_EQ(owned["total"], 1);
    auto const bad = browser.http.get(url("/risks?treatment=negeren"));
    EXPECT_EQ(bad.status, 400U);
    EXPECT_EQ(Json::parse(bad.body)["field"], "treatment");
}

TEST_P(RiskApiTest, CsvImportIsAllOrNothingWithAnErrorPerBadRow)
{
    auto browser = sign_in("ciso@test.nl");
    std::string const csv = "title,owner,inherent_likelihood,impact_financieel,treatment\n"
                            "Goed,CIO,2,2,accepteren\n"
                            "Slecht getal,CIO,twee,2,accepteren\n"
                            "Buiten de schaal,CIO,9,2,accepteren\n"
                            "Ook goed,CIO,1,1,accepteren\n";
    auto const refused = browser.http.send("POST", url("/risks/import"), csv, write_headers(browser, "text/csv"));
    ASSERT_EQ(refused.status, 422U) << refused.body;
    EXPECT_EQ(refused.header("content-type"), "application/problem+json");
    auto const problem = Json::parse(refused.body);
    ASSERT_EQ(problem["errors"].size(), 2U);
    EXPECT_EQ(problem["errors"][0]["line"], 3);
    EXPECT_EQ(problem["errors"][0]["field"], "inherent_likelihood");
    EXPECT_EQ(problem["errors"][1]["line"], 4);
    EXPECT_EQ(Json::parse(browser.http.get(url("/risks")).body)["total"], 0) << "nothing imported";

    auto const skipped
        = browser.http.send("POST", url("/risks/import?skip_bad_rows=true"), csv, write_headers(browser, "text/csv"));
    ASSERT_EQ(skipped.status, 200U) << skipped.body;
    auto const report = Json::parse(skipped.body);
    EXPECT_EQ(report["imported"], 2);
    EXPECT_EQ(report["rejected"].size(), 2U);
    EXPECT_EQ(Json::parse(browser.http.get(url("/risks")).body)["total"], 2);

    EXPECT_EQ(browser.http.send("POST", url("/risks/import"), csv, write_headers(browser)).status, 415U);
}

TEST_P(RiskApiTest, SystemsInheritTheClassificationOfWhatDependsOnThem)
{
    auto browser = sign_in("ciso@test.nl");
    auto const database = post(browser, url("/systems"),
        {{"name", "Database"}, {"owner", "Teamleider"},
            {"classification", {{"availability", "laag"}, {"integrity", "laag"}, {"confidentiality", "laag"}}}});
    ASSERT_EQ(database.status, 201U) << database.body;
    auto const database_id = Json::parse(database.body)["id"].get<std::int64_t>();
    auto const zaak = post(browser, url("/systems"),
        {{"name", "Zaaksysteem"}, {"owner", "Afdelingshoofd"}, {"internet_facing", true},
            {"classification", {{"availability", "midden"}, {"integrity", "hoog"}, {"confidentiality", "hoog"}}},
            {"depends_on", {database_id}}});
    ASSERT_EQ(zaak.status, 201U) << zaak.body;
    auto const got = Json::parse(browser.http.get(url("/systems/" + std::to_string(database_id))).body);
    EXPECT_EQ(got["classification"]["confidentiality"], "laag");
    EXPECT_EQ(got["effective_classification"]["confidentiality"], "hoog");
    EXPECT_EQ(got["classification_inherited"], true);
    EXPECT_EQ(Json::parse(browser.http.get(url("/systems")).body)["items"].size(), 2U);
    auto const bad
        = post(browser, url("/systems"), {{"name", "X"}, {"owner", "Y"}, {"classification", {{"integrity", "super"}}}});
    EXPECT_EQ(bad.status, 400U);
    EXPECT_EQ(Json::parse(bad.body)["field"], "classification.integrity");
    EXPECT_EQ(browser.http.get(url("/systems/999999")).status, 404U);
}

TEST_P(RiskApiTest, MethodologyAnalysesHeatMapAndOverdueReviews)
{
    auto browser = sign_in("ciso@test.nl");
    auto const got = browser.http.get(url("/methodology"));
    ASSERT_EQ(got.status, 200U);
    auto methodology = Json::parse(got.body);
    EXPECT_EQ(methodology["version"], 0);
    EXPECT_EQ(got.header("etag"), "\"v0\"");
    methodology["max_acceptance_days"] = 200;
    auto headers = write_headers(browser);
    headers.emplace_back("If-Match", "\"v0\"");
    auto const put = browser.http.send("PUT", url("/methodology"), methodology.dump(), headers);
    ASSERT_EQ(put.status, 200U) << put.body;
    EXPECT_EQ(Json::parse(put.body)["version"], 1);
    EXPECT_EQ(browser.http.send("PUT", url("/methodology"), methodology.dump(), headers).status, 412U);

    auto const analysis = post(browser, url("/risk-analyses"),
        {{"kind", "quickscan"}, {"process", "Vergunningverlening"}, {"held_on", "2026-09-01"},
            {"participants", {"CISO", "Proceseigenaar"}}, {"status", "afgerond"}});
    ASSERT_EQ(analysis.status, 201U) << analysis.body;
    EXPECT_EQ(Json::parse(browser.http.get(url("/risk-analyses")).body)["items"].size(), 1U);

    auto overdue = risk_body("Verlopen review", 2, 2);
    overdue["review_due"] = "2020-01-01";
    ASSERT_EQ(post(browser, url("/risks"), overdue).status, 201U);
    ASSERT_EQ(post(browser, url("/risks"), risk_body("Op tijd", 2, 2)).status, 201U);
    auto const reviews = Json::parse(browser.http.get(url("/overdue-reviews")).body);
    ASSERT_EQ(reviews["total"], 1);
    EXPECT_EQ(reviews["items"][0]["title"], "Verlopen review");

    auto const map = Json::parse(browser.http.get(url("/heat-map")).body);
    EXPECT_EQ(map["methodology_version"], 1);
    EXPECT_EQ(map["inherent"]["total"], 2);
    std::int64_t counted = 0;
    for (auto const& cell : map["inherent"]["cells"]) {
        if (cell["likelihood"] == 2 && cell["impact"] == 2)
            counted = cell["count"].get<std::int64_t>();
    }
    EXPECT_EQ(counted, 2);
}

TEST_P(RiskApiTest, MedewerkerIsRefusedAndAnotherOrganisationIsNotFound)
{
    auto ciso = sign_in("ciso@test.nl");
    auto const created = Json::parse(post(ciso, url("/risks"), risk_body("Geheim")).body);
    auto const id = std::to_string(created["id"].get<std::int64_t>());
    auto medewerker = sign_in("medewerker@test.nl");
    EXPECT_EQ(medewerker.http.get(url("/risks")).status, 403U);
    EXPECT_EQ(medewerker.http.get(url("/heat-map")).status, 403U);
    EXPECT_EQ(ciso.http.get(url("/risks", m_other)).status, 404U);
    EXPECT_EQ(ciso.http.get(url("/risks/" + id, m_other)).status, 404U) << "ids of another organisation";
    auto const unauthenticated = client().get(url("/risks"));
    EXPECT_EQ(unauthenticated.status, 401U);
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(RiskApiTest);

} // namespace
} // namespace bolwerk::testing
