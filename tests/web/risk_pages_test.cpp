#include "app/risk/risk_service.hpp"
#include "support/web_test.hpp"

namespace bolwerk::testing {
namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

bool contains(std::string const& text, std::string_view part) { return text.find(part) != std::string::npos; }

// The risk pages over real HTTP, on both backends (issue 6).
class RiskPagesTest : public WebTest {
protected:
    void SetUp() override
    {
        WebTest::SetUp();
        if (HasFatalFailure())
            return;
        m_own = make_organisation("Gemeente Eigen");
        m_other = make_organisation("Gemeente Ander");
        make_users(
            m_own, {domain::Role::Ciso, domain::Role::Medewerker, domain::Role::Bestuurder, domain::Role::Lijnmanager});
    }

    // Likelihood 3 × impact 4 = 12: "hoog" in the default methodology, which only a
    // bestuurder may accept.
    RiskId register_risk(std::string const& title, int likelihood = 3, int impact = 4)
    {
        app::RiskService risks(database(), m_clock);
        domain::RiskDraft draft;
        draft.title = title;
        draft.owner = "Afdelingshoofd ICT";
        draft.inherent_likelihood = likelihood;
        draft.inherent_impacts = {{"financieel", impact}};
        draft.treatment = domain::Treatment::Accept;
        auto const risk = risks.register_risk(m_operator, m_own, draft);
        EXPECT_TRUE(risk) << risk.error().to_string();
        return risk ? risk->id : RiskId(0);
    }

    std::string risks_path() const { return "/organisaties/" + m_own.to_string() + "/risicos"; }

    HttpReply accept(Browser& browser, RiskId risk, std::string const& authority)
    {
        return browser.http.post_form(risks_path() + "/acceptatie",
            {{"risk", risk.to_string()}, {"accepted_by", "J. Jansen"}, {"authority", authority},
                {"valid_until", "2027-06-01"}, {"reason", "Maatregelen zijn te duur voor de baten."},
                {"csrf", browser.csrf}});
    }

    OrganisationId m_own{0};
    OrganisationId m_other{0};
};

TEST_P(RiskPagesTest, LargeRegisterIsPagedWhileTheHeatMapCountsEveryRisk)
{
    for (int i = 1; i <= 52; ++i)
        register_risk("Risico " + std::to_string(i), 1, 1);
    auto browser = sign_in("ciso@test.nl");
    auto const first = browser.http.get(risks_path());
    ASSERT_EQ(first.status, 200U) << first.body;
    EXPECT_TRUE(contains(first.body, "1–50 van 52"));
    EXPECT_TRUE(contains(first.body, "Risico 50<"));
    EXPECT_FALSE(contains(first.body, "Risico 51<"));
    EXPECT_TRUE(contains(first.body, "52 (Laag)")) << "the heat map table counts all risks";
    EXPECT_TRUE(contains(first.body, "?pagina=2"));
    auto const second = browser.http.get(risks_path() + "?pagina=2");
    ASSERT_EQ(second.status, 200U);
    EXPECT_TRUE(contains(second.body, "51–52 van 52"));
    EXPECT_TRUE(contains(second.body, "Risico 52<"));
    EXPECT_TRUE(contains(second.body, "?pagina=1"));
    auto const nonsense = browser.http.get(risks_path() + "?pagina=abc");
    EXPECT_EQ(nonsense.status, 200U);
    EXPECT_TRUE(contains(nonsense.body, "1–50 van 52"));
}

TEST_P(RiskPagesTest, CisoSeesTheRegisterHeatMapsAndExports)
{
    register_risk("Ransomware op de fileserver");
    auto browser = sign_in("ciso@test.nl");
    auto const page = browser.http.get(risks_path());
    ASSERT_EQ(page.status, 200U) << page.body;
    EXPECT_TRUE(contains(page.body, "Ransomware op de fileserver"));
    EXPECT_TRUE(contains(page.body, "Hoog (3 × 4)")) << "the level is written as text";
    EXPECT_TRUE(contains(page.body, "<svg")) << "heat map inline";
    EXPECT_TRUE(contains(page.body, "aria-labelledby=\"inherent-heatmap-title"));
    EXPECT_TRUE(contains(page.body, "aria-labelledby=\"residual-heatmap-title"));
    EXPECT_TRUE(contains(page.body, "id=\"inherent-table\"")) << "table alternative";
    EXPECT_TRUE(contains(page.body, "1 (Hoog)")) << "the cell count in the table alternative";
    EXPECT_TRUE(contains(page.body, "Acceptatie van restrisico ontbreekt")) << "risk task";
    EXPECT_TRUE(contains(page.body, "href=\"" + risks_path() + "\" aria-current=\"page\"")) << "navigation";

    auto const csv = browser.http.get(risks_path() + ".csv");
    EXPECT_EQ(csv.status, 200U);
    EXPECT_TRUE(contains(csv.header("content-disposition").value_or(""), "attachment"));
    EXPECT_TRUE(contains(csv.body, "Ransomware op de fileserver"));
    auto const xlsx = browser.http.get(risks_path() + ".xlsx");
    EXPECT_EQ(xlsx.status, 200U);
    EXPECT_TRUE(contains(xlsx.header("content-disposition").value_or(""), "attachment"));
    EXPECT_TRUE(xlsx.body.starts_with("PK")) << "a zip container";
}

TEST_P(RiskPagesTest, MedewerkerIsRefusedAndAnotherOrganisationIsNotFound)
{
    register_risk("Geheim risico");
    auto medewerker = sign_in("medewerker@test.nl");
    auto const refused = medewerker.http.get(risks_path());
    EXPECT_EQ(refused.status, 403U);
    EXPECT_FALSE(contains(refused.body, "Geheim risico"));
    EXPECT_FALSE(contains(medewerker.http.get("/organisaties/" + m_own.to_string()).body, "/risicos\""))
        << "no navigation link without RiskRead";
    auto ciso = sign_in("ciso@test.nl");
    EXPECT_EQ(ciso.http.get("/organisaties/" + m_other.to_string() + "/risicos").status, 404U);
}

// Issue #12: the empty form marked all impact fields aria-invalid before anything was typed.
TEST_P(RiskPagesTest, TheNewRiskFormMarksNoFieldInvalidBeforeSubmission)
{
    auto browser = sign_in("ciso@test.nl");
    auto const form = browser.http.get(risks_path() + "/nieuw");
    ASSERT_EQ(form.status, 200U);
    EXPECT_TRUE(contains(form.body, "id=\"impact-financieel\"")) << "the impact fields are there";
    EXPECT_FALSE(contains(form.body, "aria-invalid"));
    EXPECT_FALSE(contains(form.body, "-error\""));
}

TEST_P(RiskPagesTest, AnInvalidFieldIsShownBesideItAndTheInputIsKept)
{
    auto browser = sign_in("ciso@test.nl");
    ASSERT_EQ(browser.http.get(risks_path() + "/nieuw").status, 200U);
    auto const reply = browser.http.post_form(risks_path(),
        {{"title", "Phishing"}, {"owner", "CISO"}, {"inherent_likelihood", "9"}, {"impact.financieel", "2"},
            {"treatment", "accepteren"}, {"csrf", browser.csrf}});
    EXPECT_EQ(reply.status, 400U);
    EXPECT_TRUE(contains(reply.body, "id=\"inherent_likelihood-error\""));
    EXPECT_TRUE(contains(reply.body,
        "aria-describedby=\"inherent_likelihood-description inherent_likelihood-error\" aria-invalid=\"true\""));
    EXPECT_TRUE(contains(reply.body, "value=\"Phishing\"")) << "input kept";
    EXPECT_TRUE(contains(reply.body, "value=\"2\"")) << "impact kept";

    auto const missing_measure = browser.http.post_form(risks_path(),
        {{"title", "Phishing"}, {"owner", "CISO"}, {"inherent_likelihood", "2"}, {"impact.financieel", "2"},
            {"treatment", "verminderen"}, {"csrf", browser.csrf}});
    EXPECT_EQ(missing_measure.status, 400U);
    EXPECT_TRUE(contains(missing_measure.body, "id=\"measure-error\""));

    auto const no_impact = browser.http.post_form(risks_path(),
        {{"title", "Phishing"}, {"owner", "CISO"}, {"inherent_likelihood", "2"}, {"treatment", "accepteren"},
            {"csrf", browser.csrf}});
    EXPECT_EQ(no_impact.status, 400U);
    EXPECT_TRUE(contains(no_impact.body, "id=\"impact-error\"")) << "beside the impact areas";

    auto const forged = browser.http.post_form(risks_path(),
        {{"title", "Phishing"}, {"owner", "CISO"}, {"inherent_likelihood", "2"}, {"impact.financieel", "2"},
            {"treatment", "accepteren"}, {"csrf", "forged"}});
    EXPECT_EQ(forged.status, 403U) << "CSRF token checked";

    auto const registered = browser.http.post_form(risks_path(),
        {{"title", "Phishing"}, {"owner", "CISO"}, {"inherent_likelihood", "4"}, {"impact.financieel", "3"},
            {"treatment", "verminderen"}, {"measure", "Bewustwordingscampagne"}, {"measure_owner", "HR"},
            {"residual_likelihood", "2"}, {"residual_impact", "3"}, {"review_due", "2027-01-01"},
            {"csrf", browser.csrf}});
    ASSERT_EQ(registered.status, 303U) << registered.body;
    auto const page = browser.http.get(registered.header("location").value_or(""));
    EXPECT_TRUE(contains(page.body, "Het risico is geregistreerd."));
    EXPECT_TRUE(contains(page.body, "Midden (2 × 3)"));
    EXPECT_TRUE(contains(page.body, "2027-01-01"));
}

TEST_P(RiskPagesTest, BestuurderAcceptsAHighRiskAndALijnmanagerMayNot)
{
    auto const high = register_risk("Uitval datacentrum");
    auto const low = register_risk("Kapotte printer", 1, 2);
    auto lijnmanager = sign_in("lijnmanager@test.nl");
    auto const too_high = accept(lijnmanager, high, "proceseigenaar");
    EXPECT_EQ(too_high.status, 403U);
    EXPECT_TRUE(contains(too_high.body, "Deze acceptatie is geweigerd"));
    EXPECT_EQ(accept(lijnmanager, high, "bestuurder").status, 403U);
    auto const within = accept(lijnmanager, low, "proceseigenaar");
    EXPECT_EQ(within.status, 409U);
    EXPECT_TRUE(contains(within.body, "binnen de risicobereidheid"));

    auto bestuurder = sign_in("bestuurder@test.nl");
    auto const form = bestuurder.http.get(risks_path() + "/acceptatie?risico=" + high.to_string());
    ASSERT_EQ(form.status, 200U);
    EXPECT_TRUE(contains(form.body, "selected>Uitval datacentrum (Hoog)"));
    auto const accepted = accept(bestuurder, high, "bestuurder");
    ASSERT_EQ(accepted.status, 303U) << accepted.body;
    auto const page = bestuurder.http.get(accepted.header("location").value_or(""));
    EXPECT_TRUE(contains(page.body, "De acceptatie van het risico is vastgelegd."));
    EXPECT_FALSE(contains(page.body, "Acceptatie van restrisico ontbreekt: Uitval datacentrum"));
}

TEST_P(RiskPagesTest, XssPayloadInATitleIsShownAsText)
{
    register_risk("<script>alert('x')</script>");
    auto browser = sign_in("ciso@test.nl");
    auto const page = browser.http.get(risks_path());
    ASSERT_EQ(page.status, 200U);
    EXPECT_FALSE(contains(page.body, "<script>alert"));
    EXPECT_TRUE(contains(page.body, "&lt;script&gt;"));
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(RiskPagesTest);

} // namespace
} // namespace bolwerk::testing
