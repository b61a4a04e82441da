#include "app/risk/risk_service.hpp"
#include "support/web_test.hpp"

namespace bolwerk::testing {
namespace {

bool contains(std::string const& text, std::string_view part) { return text.find(part) != std::string::npos; }

// The second set of risk pages over real HTTP, on both backends (issue 6).
class RiskViewsTest : public WebTest {
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
        make_user("lijnmanager@test.nl", m_own, domain::Role::Lijnmanager);
        make_user("medewerker@test.nl", m_own, domain::Role::Medewerker);
    }

    InformationSystemId make_system(
        std::string const& name, domain::CiaLevel confidentiality, std::vector<InformationSystemId> depends_on = {})
    {
        domain::InformationSystemDraft draft;
        draft.name = name;
        draft.owner = "Afdelingshoofd";
        draft.classification.confidentiality = confidentiality;
        draft.depends_on = std::move(depends_on);
        auto const system = service().create_system(m_operator, m_own, draft);
        EXPECT_TRUE(system) << system.error().to_string();
        return system ? system->id : InformationSystemId(0);
    }

    // Likelihood 3 × impact 4 = "hoog": only a bestuurder may accept it.
    RiskId make_risk(std::string const& title, int likelihood = 3, int impact = 4,
        std::vector<InformationSystemId> systems = {}, std::optional<Date> review = {})
    {
        domain::RiskDraft draft;
        draft.title = title;
        draft.owner = "Afdelingshoofd ICT";
        draft.inherent_likelihood = likelihood;
        draft.inherent_impacts = {{"financieel", impact}};
        draft.treatment = domain::Treatment::Accept;
        draft.systems = std::move(systems);
        draft.existing_controls = {"5.17", "5.17.01"};
        draft.review_due = review;
        auto const risk = service().register_risk(m_operator, m_own, draft);
        EXPECT_TRUE(risk) << risk.error().to_string();
        return risk ? risk->id : RiskId(0);
    }

    app::RiskService service() { return app::RiskService(database(), m_clock); }
    std::string base() const { return "/organisaties/" + m_own.to_string(); }
    Date today() const { return std::chrono::floor<std::chrono::days>(m_clock.now()); }

    OrganisationId m_own{0};
    OrganisationId m_other{0};
};

TEST_P(RiskViewsTest, DetailShowsScoresControlsSystemsAcceptancesAndHistory)
{
    auto const system = make_system("Zaaksysteem", domain::CiaLevel::Hoog);
    auto const risk = make_risk("Datalek zaaksysteem", 3, 4, {system});
    domain::AcceptanceRequest request{"J. Jansen", domain::AcceptanceAuthority::Board, today(),
        today() + std::chrono::days(30), "Maatregelen zijn te duur voor de baten."};
    ASSERT_TRUE(service().accept_risk(m_operator, m_own, risk, request));
    auto browser = sign_in("ciso@test.nl");
    auto const page = browser.http.get(base() + "/risicos/" + risk.to_string());
    ASSERT_EQ(page.status, 200U) << page.body;
    EXPECT_TRUE(contains(page.body, "Datalek zaaksysteem"));
    EXPECT_TRUE(contains(page.body, "Hoog (3 × 4)"));
    EXPECT_TRUE(contains(page.body, "5.17 (ISO/IEC 27002-beheersmaatregel)"));
    EXPECT_TRUE(contains(page.body, "5.17.01 (overheidsmaatregel (BIO2))"));
    EXPECT_TRUE(contains(page.body, "href=\"" + base() + "/systemen/" + system.to_string() + "\">Zaaksysteem"));
    EXPECT_TRUE(contains(page.body, "J. Jansen"));
    EXPECT_TRUE(contains(page.body, "Geregistreerd")) << "history from the audit trail";
    EXPECT_TRUE(contains(page.body, "Restrisico geaccepteerd"));
    EXPECT_TRUE(
        contains(browser.http.get(base() + "/risicos").body, "href=\"" + base() + "/risicos/" + risk.to_string()))
        << "the register links to the detail";
    EXPECT_EQ(browser.http.get(base() + "/risicos/999999").status, 404U);
    EXPECT_EQ(browser.http.get("/organisaties/" + m_other.to_string() + "/risicos/" + risk.to_string()).status, 404U);
    auto medewerker = sign_in("medewerker@test.nl");
    EXPECT_EQ(medewerker.http.get(base() + "/risicos/" + risk.to_string()).status, 403U);
}

TEST_P(RiskViewsTest, BoardSeesTopRisksWaitingAndExpiringAcceptances)
{
    make_risk("Klein risico", 1, 1);
    auto const waiting = make_risk("Uitval datacentrum", 4, 5);
    auto const expiring = make_risk("Phishing", 3, 4);
    domain::AcceptanceRequest request{"Burgemeester", domain::AcceptanceAuthority::Board, today(),
        today() + std::chrono::days(20), "Training loopt, restrisico is aanvaardbaar."};
    ASSERT_TRUE(service().accept_risk(m_operator, m_own, expiring, request));
    auto bestuurder = sign_in("bestuurder@test.nl");
    auto const page = bestuurder.http.get(base() + "/risicos/bestuur");
    ASSERT_EQ(page.status, 200U) << page.body;
    auto const first = page.body.find("Uitval datacentrum");
    auto const last = page.body.find("Klein risico");
    ASSERT_NE(first, std::string::npos);
    ASSERT_NE(last, std::string::npos);
    EXPECT_LT(first, last) << "most severe first";
    EXPECT_TRUE(contains(page.body, "acceptatie?risico=" + waiting.to_string())) << "waiting, with a link to accept";
    EXPECT_TRUE(contains(page.body, "Burgemeester")) << "expiring within 60 days";
    EXPECT_TRUE(contains(page.body, "href=\"" + base() + "/risicos/bestuur\" aria-current=\"page\""));
}

TEST_P(RiskViewsTest, OverdueReviewsListOnlyPastDates)
{
    make_risk("Verlopen", 2, 2, {}, today() - std::chrono::days(3));
    make_risk("Op tijd", 2, 2, {}, today() + std::chrono::days(3));
    auto browser = sign_in("ciso@test.nl");
    auto const page = browser.http.get(base() + "/risicos/herbeoordeling");
    ASSERT_EQ(page.status, 200U);
    EXPECT_TRUE(contains(page.body, "Verlopen<"));
    EXPECT_FALSE(contains(page.body, "Op tijd<"));
}

TEST_P(RiskViewsTest, SystemsRegisterFormAndInheritedClassification)
{
    auto const database_system = make_system("Database", domain::CiaLevel::Laag);
    make_system("Zaaksysteem", domain::CiaLevel::Hoog, {database_system});
    make_risk("Database onbereikbaar", 2, 2, {database_system});
    auto browser = sign_in("ciso@test.nl");
    auto const list = browser.http.get(base() + "/systemen");
    ASSERT_EQ(list.status, 200U) << list.body;
    EXPECT_TRUE(contains(list.body, "(geërfd)"));
    auto const detail = browser.http.get(base() + "/systemen/" + database_system.to_string());
    ASSERT_EQ(detail.status, 200U) << detail.body;
    EXPECT_TRUE(contains(detail.body, "omdat systemen met een hogere classificatie"));
    EXPECT_TRUE(contains(detail.body, "Zaaksysteem")) << "who depends on it";
    EXPECT_TRUE(contains(detail.body, "Database onbereikbaar")) << "risks per system";

    ASSERT_EQ(browser.http.get(base() + "/systemen/nieuw").status, 200U);
    auto const missing = browser.http.post_form(base() + "/systemen",
        {{"name", ""}, {"owner", "CIO"}, {"availability", "laag"}, {"integrity", "laag"}, {"confidentiality", "midden"},
            {"csrf", browser.csrf}});
    EXPECT_EQ(missing.status, 400U);
    EXPECT_TRUE(contains(missing.body, "id=\"name-error\""));
    auto const created = browser.http.post_form(base() + "/systemen",
        {{"name", "Website"}, {"owner", "Communicatie"}, {"availability", "midden"}, {"integrity", "midden"},
            {"confidentiality", "laag"}, {"internet_facing", "1"}, {"depends_on", database_system.to_string()},
            {"csrf", browser.csrf}});
    ASSERT_EQ(created.status, 303U) << created.body;
    auto const shown = browser.http.get(created.header("location").value_or(""));
    EXPECT_TRUE(contains(shown.body, "Het informatiesysteem is geregistreerd."));
    EXPECT_TRUE(contains(shown.body, "Bereikbaar vanaf internet"));

    auto medewerker = sign_in("medewerker@test.nl");
    EXPECT_EQ(medewerker.http.get(base() + "/systemen").status, 403U);
}

TEST_P(RiskViewsTest, MethodologyIsShownAndACisoStoresANewVersion)
{
    make_risk("Ransomware", 3, 4);
    auto lijnmanager = sign_in("lijnmanager@test.nl");
    auto const view = lijnmanager.http.get(base() + "/risicomethodiek");
    ASSERT_EQ(view.status, 200U) << view.body;
    EXPECT_TRUE(contains(view.body, "standaard (nog niet aangepast)"));
    EXPECT_FALSE(contains(view.body, "name=\"max_acceptance_days\"")) << "no edit form without the permission";
    EXPECT_EQ(lijnmanager.http.post_form(base() + "/risicomethodiek", {{"csrf", lijnmanager.csrf}}).status, 403U);

    auto ciso = sign_in("ciso@test.nl");
    auto const bad
        = ciso.http.post_form(base() + "/risicomethodiek", {{"max_acceptance_days", "veel"}, {"csrf", ciso.csrf}});
    EXPECT_EQ(bad.status, 400U);
    EXPECT_TRUE(contains(bad.body, "id=\"max_acceptance_days-error\""));
    // Cell (likelihood 3, impact 4) becomes "zeer hoog": the risk is rescored.
    auto const saved = ciso.http.post_form(
        base() + "/risicomethodiek", {{"max_acceptance_days", "180"}, {"cell_3_4", "zeer_hoog"}, {"csrf", ciso.csrf}});
    ASSERT_EQ(saved.status, 303U) << saved.body;
    auto const after = ciso.http.get(saved.header("location").value_or(""));
    EXPECT_TRUE(contains(after.body, "Versie: 1."));
    EXPECT_TRUE(contains(after.body, "value=\"180\""));
    EXPECT_TRUE(contains(ciso.http.get(base() + "/risicos").body, "Zeer hoog (3 × 4)"));
}

TEST_P(RiskViewsTest, AnalysesAreRecordedAndTheirTriggersShown)
{
    auto const system = make_system("Zaaksysteem", domain::CiaLevel::Hoog);
    auto ciso = sign_in("ciso@test.nl");
    auto const before = ciso.http.get(base() + "/risicoanalyses");
    ASSERT_EQ(before.status, 200U) << before.body;
    EXPECT_TRUE(contains(before.body, "(BIO2 5.08.01)")) << "a new system asks for an analysis";
    auto const bad = ciso.http.post_form(base() + "/risicoanalyses",
        {{"kind", "quickscan"}, {"system", system.to_string()}, {"held_on", "gisteren"}, {"status", "gepland"},
            {"csrf", ciso.csrf}});
    EXPECT_EQ(bad.status, 400U);
    EXPECT_TRUE(contains(bad.body, "id=\"held_on-error\""));
    EXPECT_TRUE(contains(bad.body, "Geef een datum als JJJJ-MM-DD.")) << "a Dutch refusal in the Dutch UI";
    EXPECT_FALSE(contains(bad.body, "enter a date as YYYY-MM-DD"));
    auto const created = ciso.http.post_form(base() + "/risicoanalyses",
        {{"kind", "quickscan"}, {"system", system.to_string()}, {"held_on", "2026-09-01"}, {"status", "in_uitvoering"},
            {"participants", "CISO, Proceseigenaar"}, {"csrf", ciso.csrf}});
    ASSERT_EQ(created.status, 303U) << created.body;
    auto const analyses = service().list_analyses(m_operator, m_own);
    ASSERT_TRUE(analyses && analyses->size() == 1U);
    auto const done = ciso.http.post_form(base() + "/risicoanalyses/" + analyses->front().id.to_string() + "/status",
        {{"status", "afgerond"}, {"version", "1"}, {"csrf", ciso.csrf}});
    ASSERT_EQ(done.status, 303U) << done.body;
    auto const after = ciso.http.get(base() + "/risicoanalyses");
    EXPECT_TRUE(contains(after.body, "Afgerond"));
    EXPECT_FALSE(contains(after.body, "(BIO2 5.08.01)")) << "a completed analysis answers the trigger";
}

TEST_P(RiskViewsTest, CsvImportPageRefusesAllOrSkipsBadRows)
{
    std::string const csv = "title,owner,inherent_likelihood,impact_financieel,treatment\n"
                            "Goed,CIO,2,2,accepteren\n"
                            "Fout,CIO,twee,2,accepteren\n";
    auto ciso = sign_in("ciso@test.nl");
    ASSERT_EQ(ciso.http.get(base() + "/risicos/import").status, 200U);
    auto const refused = ciso.http.post_form(base() + "/risicos/import", {{"csv", csv}, {"csrf", ciso.csrf}});
    EXPECT_EQ(refused.status, 400U);
    EXPECT_TRUE(contains(refused.body, "er is niets geïmporteerd"));
    EXPECT_TRUE(contains(refused.body, ">3</th>")) << "the line of the bad row";
    EXPECT_TRUE(contains(refused.body, "inherent_likelihood"));
    EXPECT_EQ(service().register_page(m_operator, m_own, 0, 10)->total, 0);
    auto const skipped
        = ciso.http.post_form(base() + "/risicos/import", {{"csv", csv}, {"skip_bad_rows", "1"}, {"csrf", ciso.csrf}});
    EXPECT_EQ(skipped.status, 200U);
    EXPECT_TRUE(contains(skipped.body, "1 risico("));
    EXPECT_EQ(service().register_page(m_operator, m_own, 0, 10)->total, 1);
    auto bestuurder = sign_in("bestuurder@test.nl");
    EXPECT_EQ(bestuurder.http.get(base() + "/risicos/import").status, 403U);
}

TEST_P(RiskViewsTest, AcceptFormOffersOnlyRisksThatNeedAcceptance)
{
    make_risk("Binnen de bereidheid", 1, 1);
    make_risk("Boven de bereidheid", 3, 4);
    auto bestuurder = sign_in("bestuurder@test.nl");
    auto const form = bestuurder.http.get(base() + "/risicos/acceptatie");
    ASSERT_EQ(form.status, 200U);
    EXPECT_TRUE(contains(form.body, "Boven de bereidheid (Hoog)"));
    EXPECT_FALSE(contains(form.body, "Binnen de bereidheid"));
}

TEST_P(RiskViewsTest, EnglishPagesUseEnglishMessages)
{
    make_system("Zaaksysteem", domain::CiaLevel::Hoog);
    auto ciso = sign_in("ciso@test.nl");
    ciso.http.cookies()["bolwerk_lang"] = "en";
    auto const page = ciso.http.get(base() + "/systemen");
    ASSERT_EQ(page.status, 200U);
    EXPECT_TRUE(contains(page.body, "Information systems"));
    EXPECT_TRUE(contains(ciso.http.get(base() + "/risicomethodiek").body, "Risk appetite"));
    auto const refused = ciso.http.post_form(base() + "/risicoanalyses",
        {{"kind", "quickscan"}, {"process", "Inkoop"}, {"held_on", "gisteren"}, {"status", "gepland"},
            {"csrf", ciso.csrf}});
    EXPECT_TRUE(contains(refused.body, "enter a date as YYYY-MM-DD")) << "English keeps the domain's message";
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(RiskViewsTest);

} // namespace
} // namespace bolwerk::testing
