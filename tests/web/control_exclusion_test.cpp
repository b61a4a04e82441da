#include "app/assessment/assessment_service.hpp"
#include "app/catalog_service.hpp"
#include "app/risk/risk_service.hpp"
#include "support/web_test.hpp"

namespace bolwerk::testing {
namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

bool contains(std::string const& text, std::string_view part) { return text.find(part) != std::string::npos; }

// Issue #13 item 2: excluding a control says what it breaks before it is saved, over
// real HTTP on both backends.
class ControlExclusionTest : public WebTest {
protected:
    void SetUp() override
    {
        WebTest::SetUp();
        if (HasFatalFailure())
            return;
        m_own = make_organisation("Gemeente Eigen");
        make_user("ciso@test.nl", m_own, domain::Role::Ciso);
        make_user("lijnmanager@test.nl", m_own, domain::Role::Lijnmanager);
        auto catalogs = app::CatalogService::create(database(), m_clock);
        ASSERT_TRUE(catalogs);
        m_catalogs = std::make_unique<app::CatalogService>(std::move(*catalogs));
        // 5.17 is included as BIO2 verplicht; its measure 5.17.01 is under way, and a
        // risk relies on it.
        domain::assessment::ControlApplicability control{.control = *domain::catalog::ControlNumber::parse("5.17"),
            .reasons = {domain::assessment::InclusionReason::Bio2Mandatory}};
        ASSERT_TRUE(service().set_control(m_operator, m_own, control, 0));
        domain::assessment::MeasureAnswer answer{.measure = *domain::catalog::MeasureNumber::parse("5.17.01")};
        answer.status = domain::assessment::MeasureStatus::InProgress;
        ASSERT_TRUE(service().save_measure(m_operator, m_own, answer, 0));
        domain::RiskDraft risk;
        risk.title = "Accountovername bij medewerkers";
        risk.owner = "CIO";
        risk.inherent_likelihood = 4;
        risk.inherent_impacts = {{"financieel", 4}};
        risk.existing_controls = {"5.17.01"};
        ASSERT_TRUE(app::RiskService(database(), m_clock).register_risk(m_operator, m_own, risk));
    }

    app::AssessmentService service() { return app::AssessmentService(database(), m_clock, *m_catalogs); }
    std::string control_path() const { return "/organisaties/" + m_own.to_string() + "/beheersmaatregelen/5.17"; }
    bool applies()
    {
        auto const assessment = service().get(m_operator, m_own);
        EXPECT_TRUE(assessment);
        return assessment->find(*domain::catalog::ControlNumber::parse("5.17"))->applicable;
    }

    static Fields exclusion(std::string const& csrf, std::string const& version)
    {
        return {{"csrf", csrf}, {"version", version}, {"applicable", "nee"},
            {"justification", "Toegang loopt via de regionale identiteitsvoorziening."},
            {"reference_document", "RA-2026-07"}};
    }

    OrganisationId m_own{0};
    std::unique_ptr<app::CatalogService> m_catalogs;
};

TEST_P(ControlExclusionTest, TheFormSaysBeforeSubmissionThatAMandatoryControlCannotBeExcluded)
{
    auto ciso = sign_in("ciso@test.nl");
    auto const form = ciso.http.get(control_path());
    ASSERT_EQ(form.status, 200U) << form.body;
    EXPECT_TRUE(contains(form.body, "id=\"applicable-hint\">Onder deze beheersmaatregel vallen"));
    EXPECT_TRUE(contains(form.body, "5.17.01"));
    EXPECT_TRUE(contains(form.body, "een verplichte beheersmaatregel kan niet worden uitgesloten"));
    EXPECT_TRUE(contains(form.body, "aria-describedby=\"applicable-hint\""));
    // With "BIO2 verplicht" still ticked the refusal comes before the confirm step.
    auto fields = exclusion(ciso.csrf, "1");
    fields.emplace_back("reasons", "bio2_mandatory");
    auto const refused = ciso.http.post_form(control_path(), fields);
    EXPECT_EQ(refused.status, 400U);
    EXPECT_TRUE(contains(refused.body, "id=\"reasons-error\""));
    EXPECT_FALSE(contains(refused.body, "name=\"confirm\""));
    EXPECT_TRUE(applies());
}

TEST_P(ControlExclusionTest, ExcludingShowsWhatItBreaksAndSavesOnlyAfterTheConfirmStep)
{
    auto ciso = sign_in("ciso@test.nl");
    auto const consequences = ciso.http.post_form(control_path(), exclusion(ciso.csrf, "1"));
    ASSERT_EQ(consequences.status, 200U) << consequences.body;
    EXPECT_TRUE(contains(consequences.body, "Controleer wat het uitsluiten verandert"));
    EXPECT_TRUE(contains(consequences.body, "BIO2-verplichte overheidsmaatregelen"));
    EXPECT_TRUE(contains(consequences.body,
        "/maatregelen/5.17.01\">5.17.01</a></th><td class=\"utrecht-table__cell\">"
        "in uitvoering</td>"))
        << "the answered measure with its status now";
    EXPECT_TRUE(contains(consequences.body, ">Accountovername bij medewerkers</a>")) << "the risk that relies on it";
    EXPECT_TRUE(contains(consequences.body, "name=\"confirm\" value=\"1\""));
    EXPECT_TRUE(contains(consequences.body, "Toegang loopt via de regionale identiteitsvoorziening.")) << "input kept";
    EXPECT_TRUE(applies()) << "nothing saved before the confirm step";

    auto fields = exclusion(ciso.csrf, "1");
    fields.emplace_back("confirm", "1");
    auto const saved = ciso.http.post_form(control_path(), fields);
    ASSERT_EQ(saved.status, 303U) << saved.body;
    EXPECT_FALSE(applies());
    auto const page = ciso.http.get(control_path());
    EXPECT_TRUE(contains(page.body, ">5.17.01</a> (uitgesloten (n.v.t.))")) << "not \"in uitvoering\"";
    // Changing the justification of an exclusion needs no second confirmation.
    auto again = exclusion(ciso.csrf, "2");
    again[3].second = "Toegang loopt via de regionale IdP; zie RA-2026-07.";
    EXPECT_EQ(ciso.http.post_form(control_path(), again).status, 303U);
}

TEST_P(ControlExclusionTest, CsrfRoleAndAStaleVersionAreChecked)
{
    auto ciso = sign_in("ciso@test.nl");
    auto forged = exclusion("forged", "1");
    forged.emplace_back("confirm", "1");
    EXPECT_EQ(ciso.http.post_form(control_path(), forged).status, 403U);
    auto lijnmanager = sign_in("lijnmanager@test.nl");
    auto fields = exclusion(lijnmanager.csrf, "1");
    EXPECT_EQ(lijnmanager.http.post_form(control_path(), fields).status, 403U) << "no AssessmentWrite";
    fields.emplace_back("confirm", "1");
    EXPECT_EQ(lijnmanager.http.post_form(control_path(), fields).status, 403U);
    EXPECT_TRUE(applies());

    // Someone else changes the control between the consequences and the confirmation.
    ASSERT_EQ(ciso.http.post_form(control_path(), exclusion(ciso.csrf, "1")).status, 200U);
    domain::assessment::ControlApplicability other{.control = *domain::catalog::ControlNumber::parse("5.17"),
        .reasons
        = {domain::assessment::InclusionReason::Bio2Mandatory, domain::assessment::InclusionReason::RiskAnalysis}};
    ASSERT_TRUE(service().set_control(m_operator, m_own, other, 1));
    auto confirm = exclusion(ciso.csrf, "1");
    confirm.emplace_back("confirm", "1");
    auto const stale = ciso.http.post_form(control_path(), confirm);
    EXPECT_EQ(stale.status, 409U);
    EXPECT_TRUE(contains(stale.body, "Toegang loopt via de regionale identiteitsvoorziening.")) << "input kept";
    EXPECT_TRUE(applies());
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(ControlExclusionTest);

} // namespace
} // namespace bolwerk::testing
