#include "app/assessment/assessment_service.hpp"
#include "app/catalog_service.hpp"
#include "app/evidence/evidence_service.hpp"
#include "app/risk/risk_service.hpp"
#include "support/web_test.hpp"

namespace bolwerk::testing {
namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

bool contains(std::string const& text, std::string_view part) { return text.find(part) != std::string::npos; }

std::size_t count(std::string const& text, std::string_view part)
{
    std::size_t found = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size()))
        ++found;
    return found;
}

// The gap-analysis pages over real HTTP, on both backends (issue #5).
class AssessmentPagesTest : public WebTest {
protected:
    void SetUp() override
    {
        WebTest::SetUp();
        if (HasFatalFailure())
            return;
        m_own = make_organisation("Gemeente Eigen");
        m_other = make_organisation("Gemeente Ander");
        make_user("ciso@test.nl", m_own, domain::Role::Ciso);
        make_user("auditor@test.nl", m_own, domain::Role::Auditor);
    }

    std::string path(std::string const& rest) const { return "/organisaties/" + m_own.to_string() + rest; }

    // Saves an answer through the use case, as another user would have.
    void answer_directly(domain::assessment::MeasureAnswer const& answer)
    {
        auto catalogs = app::CatalogService::create(database(), m_clock);
        ASSERT_TRUE(catalogs);
        app::AssessmentService service(database(), m_clock, *catalogs);
        auto const saved = service.save_measure(m_operator, m_own, answer, answer.version);
        ASSERT_TRUE(saved) << saved.error().to_string();
    }

    void start_with(std::string const& catalog)
    {
        auto catalogs = app::CatalogService::create(database(), m_clock);
        ASSERT_TRUE(catalogs);
        app::AssessmentService service(database(), m_clock, *catalogs);
        auto const started = service.start(m_operator, m_own, catalog);
        ASSERT_TRUE(started) << started.error().to_string();
    }

    static Fields measure_form(std::string const& csrf, Fields extra)
    {
        Fields fields{{"csrf", csrf}, {"version", "0"}, {"status", "in_progress"}, {"owner", "Team ICT"},
            {"target_date", "2027-03-01"}, {"maturity", "2"}, {"not_applicable_reason", ""}, {"reference", ""},
            {"reference_document", ""}};
        for (auto const* aspect : {"opzet", "bestaan", "werking"}) {
            for (auto const* part : {"_result", "_date", "_assessor", "_note"})
                fields.emplace_back(std::string(aspect) + part, std::string(part) == "_result" ? "not_assessed" : "");
        }
        for (auto& [name, value] : extra) {
            auto const found
                = std::find_if(fields.begin(), fields.end(), [&](auto const& f) { return f.first == name; });
            if (found != fields.end())
                found->second = value;
            else
                fields.emplace_back(name, value);
        }
        return fields;
    }

    OrganisationId m_own{0};
    OrganisationId m_other{0};
};

TEST_P(AssessmentPagesTest, DashboardHasFourChartsEachWithItsTableAndTheNavigation)
{
    auto browser = sign_in("ciso@test.nl");
    auto const page = browser.http.get(path("/dashboard"));
    ASSERT_EQ(page.status, 200U) << page.body;
    EXPECT_EQ(count(page.body, "role=\"img\""), 4U);
    for (auto const* id : {"voortgang", "trechter", "volwassenheid", "verloop"}) {
        EXPECT_TRUE(contains(page.body, "aria-labelledby=\"" + std::string(id) + "-title " + id + "-desc\"")) << id;
        EXPECT_TRUE(contains(page.body, "id=\"" + std::string(id) + "-tabel\"")) << id << ": table alternative";
    }
    EXPECT_TRUE(contains(page.body, "Voortgang per thema"));
    EXPECT_TRUE(contains(page.body, ">5 Organisatorisch<"));
    EXPECT_TRUE(contains(page.body, "id=\"beheersmaatregelen-tabel\"")) << "progress per control";
    EXPECT_TRUE(contains(page.body, "href=\"" + path("/dashboard") + "\" aria-current=\"page\"")) << "navigation";
    EXPECT_TRUE(contains(page.body, "href=\"" + path("/gaplijst") + "\""));
    EXPECT_TRUE(contains(page.body, "href=\"" + path("/beheersmaatregelen") + "\""));
    EXPECT_TRUE(contains(page.body, "Geen openstaande maatregelen over hun streefdatum."));
    EXPECT_FALSE(contains(page.body, "id=\"filter-label\"")) << "BIO2 v1.3 has no tags";
}

TEST_P(AssessmentPagesTest, SavingOpzetAndBestaanMovesTheFunnel)
{
    auto browser = sign_in("ciso@test.nl");
    auto const saved = browser.http.post_form(path("/maatregelen/5.17.01"),
        measure_form(browser.csrf,
            {{"opzet_result", "compliant"}, {"opzet_date", "2026-10-01"}, {"opzet_assessor", "C. Ciso"},
                {"bestaan_result", "partially_compliant"}, {"bestaan_date", "2026-10-08"},
                {"bestaan_assessor", "C. Ciso"}}));
    ASSERT_EQ(saved.status, 303U) << saved.body;
    auto const page = browser.http.get(saved.header("location").value_or(""));
    ASSERT_EQ(page.status, 200U);
    EXPECT_TRUE(contains(page.body, "De maatregel is opgeslagen."));
    EXPECT_TRUE(contains(page.body, "value=\"partially_compliant\" selected"));
    EXPECT_TRUE(contains(page.body, "value=\"Team ICT\""));
    EXPECT_TRUE(contains(page.body, "name=\"version\" value=\"1\"")) << "the stored version for the next save";

    auto const dashboard = browser.http.get(path("/dashboard"));
    EXPECT_TRUE(contains(dashboard.body,
        "<th class=\"utrecht-table__header-cell\" scope=\"row\">Opzet voldoet (deels)</th><td "
        "class=\"utrecht-table__cell\">1</td>"))
        << "funnel table";
    EXPECT_TRUE(contains(dashboard.body,
        "<th class=\"utrecht-table__header-cell\" scope=\"row\">Werking voldoet (deels)</th><td "
        "class=\"utrecht-table__cell\">0</td>"));
}

TEST_P(AssessmentPagesTest, WerkingWithoutBestaanIsRefusedBesideTheFieldAndInTheSummary)
{
    auto browser = sign_in("ciso@test.nl");
    auto const refused = browser.http.post_form(path("/maatregelen/5.17.01"),
        measure_form(browser.csrf,
            {{"opzet_result", "compliant"}, {"opzet_date", "2026-10-01"}, {"opzet_assessor", "C. Ciso"},
                {"werking_result", "compliant"}, {"werking_date", "2026-10-15"}, {"werking_assessor", "C. Ciso"}}));
    EXPECT_EQ(refused.status, 400U);
    EXPECT_TRUE(contains(refused.body, "id=\"werking_result-error\""));
    EXPECT_TRUE(contains(refused.body, "aria-invalid=\"true\" aria-describedby=\"werking_result-error\""));
    EXPECT_TRUE(contains(refused.body, "Werking kan pas worden beoordeeld als het bestaan is beoordeeld."));
    EXPECT_TRUE(contains(refused.body, "Er is een probleem"));
    EXPECT_TRUE(contains(refused.body, "href=\"#werking_result\"")) << "the summary links to the field";
    EXPECT_TRUE(contains(refused.body, "value=\"C. Ciso\"")) << "input kept";

    auto const undated = browser.http.post_form(path("/maatregelen/5.17.01"),
        measure_form(browser.csrf, {{"opzet_result", "compliant"}, {"opzet_assessor", "C. Ciso"}}));
    EXPECT_EQ(undated.status, 400U);
    EXPECT_TRUE(contains(undated.body, "id=\"opzet_date-error\""));

    auto const bad_date = browser.http.post_form(
        path("/maatregelen/5.17.01"), measure_form(browser.csrf, {{"target_date", "1 maart"}}));
    EXPECT_EQ(bad_date.status, 400U);
    EXPECT_TRUE(contains(bad_date.body, "Vul een datum in als JJJJ-MM-DD."));
    EXPECT_TRUE(contains(bad_date.body, "value=\"1 maart\""));

    auto const accepted
        = browser.http.post_form(path("/maatregelen/5.17.01"), measure_form(browser.csrf, {{"status", "accepted"}}));
    EXPECT_EQ(accepted.status, 400U) << "a substantive measure cannot be risk-accepted";
    EXPECT_TRUE(contains(accepted.body, "id=\"status-error\""));

    auto const without_reason = browser.http.post_form(
        path("/maatregelen/5.17.01"), measure_form(browser.csrf, {{"status", "not_applicable"}}));
    EXPECT_EQ(without_reason.status, 400U);
    EXPECT_TRUE(contains(without_reason.body, "Geef een reden waarom deze maatregel niet van toepassing is."));

    auto const forged = browser.http.post_form(path("/maatregelen/5.17.01"), measure_form("forged", {}));
    EXPECT_EQ(forged.status, 403U) << "CSRF token checked";
}

TEST_P(AssessmentPagesTest, AStaleVersionIsRefusedWithAClearMessage)
{
    auto browser = sign_in("ciso@test.nl");
    auto const first = browser.http.post_form(path("/maatregelen/5.17.01"), measure_form(browser.csrf, {}));
    ASSERT_EQ(first.status, 303U) << first.body;
    auto const stale = browser.http.post_form(
        path("/maatregelen/5.17.01"), measure_form(browser.csrf, {{"owner", "Iemand anders"}}));
    EXPECT_EQ(stale.status, 409U);
    EXPECT_TRUE(contains(stale.body, "Iemand anders heeft deze gegevens intussen gewijzigd"));
    EXPECT_TRUE(contains(browser.http.get(path("/maatregelen/5.17.01")).body, "value=\"Team ICT\""))
        << "nothing overwritten";
}

TEST_P(AssessmentPagesTest, GapListIsSortedForActionFilteredAndPaged)
{
    domain::assessment::MeasureAnswer late{.measure = domain::catalog::MeasureNumber::parse("8.08.01").value()};
    late.status = domain::assessment::MeasureStatus::NotStarted;
    late.owner = "Team Beheer";
    late.target_date = Date{std::chrono::year{2020} / 1 / 1};
    answer_directly(late);
    auto browser = sign_in("ciso@test.nl");
    auto const page = browser.http.get(path("/gaplijst"));
    ASSERT_EQ(page.status, 200U) << page.body;
    auto const first_row = page.body.find("<tbody");
    ASSERT_NE(first_row, std::string::npos);
    EXPECT_LT(page.body.find(">8.08.01<", first_row), page.body.find(">5.01.01<", first_row))
        << "the overdue mandatory measure comes first";
    EXPECT_TRUE(contains(page.body, "te laat"));
    EXPECT_TRUE(contains(page.body, "Maatregelen 1–50 van"));
    EXPECT_TRUE(contains(page.body, "pagina=2"));
    auto const second = browser.http.get(path("/gaplijst?pagina=2"));
    EXPECT_TRUE(contains(second.body, "Maatregelen 51–"));

    auto const filtered = browser.http.get(path("/gaplijst?eigenaar=Team+Beheer"));
    EXPECT_TRUE(contains(filtered.body, ">8.08.01<"));
    EXPECT_FALSE(contains(filtered.body, ">5.01.01<"));
    EXPECT_TRUE(contains(filtered.body, "value=\"Team Beheer\" selected"));
    auto const dashboard = browser.http.get(path("/dashboard"));
    EXPECT_TRUE(contains(dashboard.body, "id=\"te-laat\"")) << "the overdue list";
    auto const nonsense = browser.http.get(path("/gaplijst?pagina=abc&status=bogus"));
    EXPECT_EQ(nonsense.status, 200U) << "a bad filter link is not an error";
}

TEST_P(AssessmentPagesTest, TagFilterAppearsForACatalogVersionWithTags)
{
    start_with("bio2@1.2");
    auto browser = sign_in("ciso@test.nl");
    auto const page = browser.http.get(path("/dashboard?label=ketenhygiene"));
    ASSERT_EQ(page.status, 200U) << page.body;
    EXPECT_TRUE(contains(page.body, "id=\"filter-label\""));
    EXPECT_TRUE(contains(page.body, "value=\"ketenhygiene\" selected"));
    auto const gaps = browser.http.get(path("/gaplijst?label=ketenhygiene"));
    EXPECT_TRUE(contains(gaps.body, ">5.01.01<")) << "basishygiene and ketenhygiene";
    EXPECT_FALSE(contains(gaps.body, ">5.01.02<")) << "basishygiene only";
}

TEST_P(AssessmentPagesTest, AnExclusionNeedsAJustificationAndShowsOnTheControlsPage)
{
    auto browser = sign_in("ciso@test.nl");
    auto const form = browser.http.get(path("/beheersmaatregelen/7.4"));
    ASSERT_EQ(form.status, 200U) << form.body;
    EXPECT_TRUE(contains(form.body, "A.7.4"));
    auto const refused = browser.http.post_form(
        path("/beheersmaatregelen/7.4"), {{"csrf", browser.csrf}, {"version", "0"}, {"applicable", "nee"}});
    EXPECT_EQ(refused.status, 400U);
    EXPECT_TRUE(contains(refused.body, "id=\"justification-error\""));
    EXPECT_TRUE(contains(refused.body, "Geef een onderbouwing voor de uitsluiting."));
    Fields exclusion{{"csrf", browser.csrf}, {"version", "0"}, {"applicable", "nee"},
        {"justification", "Geen eigen gebouwen; het pand wordt gehuurd."},
        {"reference_document", "RA-2026-03, paragraaf 4"}};
    // Issue #13 item 2: first what the exclusion breaks, then the confirm step saves it.
    auto const consequences = browser.http.post_form(path("/beheersmaatregelen/7.4"), exclusion);
    ASSERT_EQ(consequences.status, 200U) << consequences.body;
    EXPECT_TRUE(contains(consequences.body, "name=\"confirm\" value=\"1\""));
    exclusion.emplace_back("confirm", "1");
    auto const saved = browser.http.post_form(path("/beheersmaatregelen/7.4"), exclusion);
    ASSERT_EQ(saved.status, 303U) << saved.body;
    auto const controls = browser.http.get(path("/beheersmaatregelen"));
    ASSERT_EQ(controls.status, 200U);
    EXPECT_TRUE(contains(controls.body, "Geen eigen gebouwen; het pand wordt gehuurd."));
    EXPECT_TRUE(contains(controls.body, "92 van 93 beheersmaatregelen van toepassing"));
    auto const reasons = browser.http.post_form(path("/beheersmaatregelen/5.1"),
        {{"csrf", browser.csrf}, {"version", "0"}, {"applicable", "ja"}, {"reasons", "bio2_mandatory"},
            {"reasons", "law_or_contract"}});
    ASSERT_EQ(reasons.status, 303U) << reasons.body;
    auto const again = browser.http.get(path("/beheersmaatregelen/5.1"));
    EXPECT_TRUE(contains(again.body, "value=\"law_or_contract\" checked"));
}

TEST_P(AssessmentPagesTest, ControlsShowTheRisksThatRelyOnThem)
{
    app::RiskService risks(database(), m_clock);
    domain::RiskDraft draft;
    draft.title = "Phishing <op> medewerkers";
    draft.threat = "Phishing";
    draft.vulnerability = "Geen MFA";
    draft.owner = "CIO";
    draft.inherent_likelihood = 4;
    draft.inherent_impacts = {{"financieel", 4}};
    draft.existing_controls = {"5.17.01", "5.17"};
    auto const risk = risks.register_risk(m_operator, m_own, draft);
    ASSERT_TRUE(risk) << risk.error().to_string();

    auto browser = sign_in("ciso@test.nl");
    auto const link = "href=\"/organisaties/" + m_own.to_string() + "/risicos/" + risk->id.to_string() + "\"";
    auto const controls = browser.http.get(path("/beheersmaatregelen"));
    ASSERT_EQ(controls.status, 200);
    EXPECT_EQ(count(controls.body, link), 1u) << "listed once under 5.17, though named twice";
    EXPECT_TRUE(contains(controls.body, "Phishing &lt;op&gt; medewerkers"));
    auto const control = browser.http.get(path("/beheersmaatregelen/5.17"));
    EXPECT_TRUE(contains(control.body, link));
    EXPECT_FALSE(contains(browser.http.get(path("/beheersmaatregelen/5.18")).body, link));
}

// Issue #13 item 7: the status is the owner's, but the page says when the verdicts
// point elsewhere, and "Bewijs toevoegen" names the measure and the aspect.
TEST_P(AssessmentPagesTest, MeasurePageSuggestsTheStatusFromTheVerdicts)
{
    auto browser = sign_in("ciso@test.nl");
    auto const fresh = browser.http.get(path("/maatregelen/5.17.01"));
    EXPECT_FALSE(contains(fresh.body, "id=\"status-hint\"")) << "nothing assessed, nothing to say";
    EXPECT_TRUE(contains(fresh.body, "/bewijs/nieuw?maatregel=5.17.01&amp;aspect=opzet"));
    auto const saved = browser.http.post_form(path("/maatregelen/5.17.01"),
        measure_form(browser.csrf,
            {{"status", "not_started"}, {"opzet_result", "compliant"}, {"opzet_date", "2026-10-01"},
                {"opzet_assessor", "C. Ciso"}, {"bestaan_result", "compliant"}, {"bestaan_date", "2026-10-08"},
                {"bestaan_assessor", "C. Ciso"}}));
    ASSERT_EQ(saved.status, 303U) << saved.body;
    auto const page = browser.http.get(path("/maatregelen/5.17.01"));
    EXPECT_TRUE(contains(page.body, "id=\"status-hint\""));
    EXPECT_TRUE(contains(page.body, "Voorgestelde status: in uitvoering."));
    EXPECT_TRUE(contains(page.body, "aria-describedby=\"status-hint\""));
    browser.http.get("/taal/en?terug=%2F");
    EXPECT_TRUE(contains(browser.http.get(path("/maatregelen/5.17.01")).body, "Suggested status:"));
}

TEST_P(AssessmentPagesTest, MeasurePageListsItsEvidenceWithTheAspectItProves)
{
    app::EvidenceService evidence(database(), m_clock);
    domain::EvidenceDraft draft;
    draft.title = "Rapport MFA-dekking";
    draft.effective_on = std::chrono::floor<std::chrono::days>(m_clock.now());
    draft.targets = {domain::EvidenceTarget::parse("5.17.01").value()};
    draft.aspect = domain::EvidenceAspect::Existence;
    auto const item = evidence.add_file(m_operator, m_own, draft, {"mfa.txt", "98% van de accounts"});
    ASSERT_TRUE(item) << item.error().to_string();
    draft.title = "Ander bewijs";
    draft.targets = {domain::EvidenceTarget::parse("5.18.01").value()};
    ASSERT_TRUE(evidence.add_file(m_operator, m_own, draft, {"ander.txt", "iets anders"}));

    auto browser = sign_in("ciso@test.nl");
    auto const page = browser.http.get(path("/maatregelen/5.17.01"));
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "/bewijs/" + item->id.to_string() + "\">Rapport MFA-dekking</a>"));
    EXPECT_TRUE(contains(page.body, "<td class=\"utrecht-table__cell\">bestaan</td>"));
    EXPECT_FALSE(contains(page.body, "Ander bewijs"));
    EXPECT_TRUE(contains(browser.http.get(path("/maatregelen/5.18.01")).body, "Ander bewijs"));
}

TEST_P(AssessmentPagesTest, AuditorReadsButCannotWriteAndOtherOrganisationsAreHidden)
{
    auto auditor = sign_in("auditor@test.nl");
    auto const page = auditor.http.get(path("/maatregelen/5.17.01"));
    ASSERT_EQ(page.status, 200U) << page.body;
    EXPECT_TRUE(contains(page.body, "U kunt deze gegevens inzien maar niet wijzigen."));
    EXPECT_FALSE(contains(page.body, "Maatregel opslaan"));
    auto const refused = auditor.http.post_form(path("/maatregelen/5.17.01"), measure_form(auditor.csrf, {}));
    EXPECT_EQ(refused.status, 403U);
    auto ciso = sign_in("ciso@test.nl");
    EXPECT_EQ(ciso.http.get("/organisaties/" + m_other.to_string() + "/dashboard").status, 404U);
    EXPECT_EQ(ciso.http.get(path("/maatregelen/9.99.99")).status, 404U);
    EXPECT_EQ(ciso.http.get(path("/maatregelen/5.03.01")).status, 404U) << "\"geen overheidsmaatregel\"";
    EXPECT_EQ(ciso.http.get(path("/beheersmaatregelen/5.38")).status, 404U);
}

// Issue #10, item 9: a medewerker excluding 8.7 or marking opzet "voldoet" is refused;
// changing the status of a measure they own works.
TEST_P(AssessmentPagesTest, Issue10MedewerkerFillsInOnlyTheProgressOfOwnMeasures)
{
    make_user("medewerker@test.nl", m_own, domain::Role::Medewerker);
    domain::assessment::MeasureAnswer assigned{.measure = domain::catalog::MeasureNumber::parse("5.17.01").value()};
    assigned.owner = "medewerker@test.nl";
    assigned.target_date = Date{std::chrono::year{2027} / 3 / 1};
    answer_directly(assigned);
    auto medewerker = sign_in("medewerker@test.nl");

    auto const exclusion = medewerker.http.post_form(path("/beheersmaatregelen/8.7"),
        {{"csrf", medewerker.csrf}, {"version", "0"}, {"applicable", "nee"}, {"justification", "Geen malware"}});
    EXPECT_EQ(exclusion.status, 403U);
    EXPECT_TRUE(contains(
        medewerker.http.get(path("/beheersmaatregelen/8.7")).body, "U kunt deze gegevens inzien maar niet wijzigen."));

    auto const own = medewerker.http.get(path("/maatregelen/5.17.01"));
    ASSERT_EQ(own.status, 200U);
    EXPECT_TRUE(contains(own.body, "Maatregel opslaan")) << "the owner gets the form";
    EXPECT_FALSE(contains(medewerker.http.get(path("/maatregelen/5.01.01")).body, "Maatregel opslaan"));

    Fields const mine{{"version", "1"}, {"owner", "medewerker@test.nl"}};
    auto verdict = measure_form(medewerker.csrf, mine);
    for (auto& [name, value] : verdict) {
        if (name == "opzet_result")
            value = "compliant";
        if (name == "opzet_date")
            value = "2026-06-01";
        if (name == "opzet_assessor")
            value = "Ikzelf";
    }
    auto const voldoet = medewerker.http.post_form(path("/maatregelen/5.17.01"), verdict);
    EXPECT_EQ(voldoet.status, 403U);
    EXPECT_TRUE(contains(voldoet.body, "oordelen over opzet, bestaan en werking zijn aan de CISO")) << voldoet.body;

    auto const progress = medewerker.http.post_form(path("/maatregelen/5.17.01"), measure_form(medewerker.csrf, mine));
    EXPECT_EQ(progress.status, 303U) << progress.body;
    EXPECT_TRUE(contains(medewerker.http.get(path("/maatregelen/5.17.01")).body, "value=\"2\" selected"));

    auto const not_mine = medewerker.http.post_form(path("/maatregelen/5.01.01"), measure_form(medewerker.csrf, {}));
    EXPECT_EQ(not_mine.status, 403U);
    EXPECT_TRUE(contains(not_mine.body, "waarvan u de eigenaar bent"));
}

TEST_P(AssessmentPagesTest, EnglishPagesAndEscapedInput)
{
    domain::assessment::MeasureAnswer answer{.measure = domain::catalog::MeasureNumber::parse("5.17.01").value()};
    answer.owner = "<script>alert('x')</script>";
    answer_directly(answer);
    auto browser = sign_in("ciso@test.nl");
    auto const gaps = browser.http.get(path("/gaplijst"));
    EXPECT_FALSE(contains(gaps.body, "<script>alert"));
    EXPECT_TRUE(contains(gaps.body, "&lt;script&gt;"));
    browser.http.cookies()["bolwerk_lang"] = "en";
    auto const english = browser.http.get(path("/dashboard"));
    EXPECT_TRUE(contains(english.body, "Progress per theme"));
    EXPECT_TRUE(contains(english.body, ">5 Organisational<"));
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(AssessmentPagesTest);

} // namespace
} // namespace bolwerk::testing
