#include "app/assessment/assessment_service.hpp"
#include "app/catalog_service.hpp"
#include "app/evidence/evidence_service.hpp"
#include "app/risk/risk_service.hpp"
#include "app/vvt/vvt_service.hpp"
#include "support/web_test.hpp"

namespace bolwerk::testing {
namespace {

using namespace std::chrono_literals;

bool contains(std::string const& text, std::string_view part) { return text.find(part) != std::string::npos; }

// The home page (issue #12 item 2) over real HTTP, on both backends: per role the tasks
// with counts and links, the status block, and nothing the role may not open.
class HomePageTest : public WebTest {
protected:
    void SetUp() override
    {
        WebTest::SetUp();
        if (HasFatalFailure())
            return;
        m_own = make_organisation("Gemeente Eigen");
        m_other = make_organisation("Gemeente Ander");
        make_users(m_own, {domain::Role::Ciso, domain::Role::Bestuurder, domain::Role::Auditor});
        fill_organisation();
    }

    // Clock: 2026-09-21. One measure of the CISO past its target date and one of someone
    // else; a "hoog" risk to accept whose review is overdue; evidence that expires in
    // ten days; a VvT version waiting for approval.
    void fill_organisation()
    {
        auto catalogs = app::CatalogService::create(database(), m_clock);
        ASSERT_TRUE(catalogs);
        app::AssessmentService assessments(database(), m_clock, *catalogs);
        for (auto const& [number, owner] : {std::pair{"5.17.01", "ciso@test.nl"}, {"5.15.01", "iemand@test.nl"}}) {
            domain::assessment::MeasureAnswer answer{.measure = domain::catalog::MeasureNumber::parse(number).value()};
            answer.status = domain::assessment::MeasureStatus::InProgress;
            answer.owner = owner;
            answer.target_date = std::chrono::sys_days{2026y / 6 / 1};
            auto const saved = assessments.save_measure(m_operator, m_own, answer, 0);
            ASSERT_TRUE(saved) << saved.error().to_string();
        }

        app::RiskService risks(database(), m_clock);
        domain::RiskDraft draft;
        draft.title = "Ransomware";
        draft.owner = "Afdelingshoofd ICT";
        draft.inherent_likelihood = 3;
        draft.inherent_impacts = {{"financieel", 4}};
        draft.treatment = domain::Treatment::Accept;
        draft.review_due = std::chrono::sys_days{2026y / 8 / 1};
        auto const risk = risks.register_risk(m_operator, m_own, draft);
        ASSERT_TRUE(risk) << risk.error().to_string();

        app::EvidenceService evidence(database(), m_clock);
        domain::EvidenceDraft link;
        link.kind = domain::EvidenceKind::Link;
        link.title = "Back-upbeleid";
        link.url = "https://intranet.example.nl/backup";
        link.effective_on = std::chrono::sys_days{2026y / 1 / 1};
        link.valid_until = std::chrono::sys_days{2026y / 10 / 1};
        auto const added = evidence.add_link(m_operator, m_own, link);
        ASSERT_TRUE(added) << added.error().to_string();

        auto vvt = app::VvtService::create(database(), m_clock);
        ASSERT_TRUE(vvt);
        domain::vvt::IsmsScope scope;
        scope.statement = "De gemeente met al haar processen.";
        scope.processes.push_back({"Vergunningen", ""});
        auto const scoped = vvt->set_scope(m_operator, m_own, scope, 0);
        ASSERT_TRUE(scoped) << scoped.error().to_string();
        auto const frozen = vvt->freeze(m_operator, m_own);
        ASSERT_TRUE(frozen) << frozen.error().to_string();
    }

    std::string base() const { return "/organisaties/" + m_own.to_string(); }

    HttpReply home_of(std::string const& email)
    {
        auto browser = sign_in(email);
        auto reply = browser.http.get("/");
        EXPECT_EQ(reply.status, 200U) << reply.body;
        return reply;
    }

    OrganisationId m_own{0};
    OrganisationId m_other{0};
};

TEST_P(HomePageTest, WithoutSessionTheHomePageSendsToSignIn)
{
    auto anonymous = client();
    auto const reply = anonymous.get("/");
    EXPECT_EQ(reply.status, 303U);
    EXPECT_EQ(reply.header("location"), "/inloggen");
}

TEST_P(HomePageTest, CisoSeesTheirOverdueMeasureRiskTasksAndExpiringEvidence)
{
    auto const page = home_of("ciso@test.nl");
    EXPECT_TRUE(contains(page.body, "<h2 class=\"utrecht-heading-2\" id=\"organisatie-" + m_own.to_string()));
    EXPECT_TRUE(contains(page.body, "href=\"" + base() + "/dashboard#te-laat-kop\""));
    EXPECT_TRUE(contains(page.body,
        "<span class=\"bolwerk-tasks__count\">1</span> <span class=\"bolwerk-tasks__label\">"
        "maatregelen van u over de streefdatum"))
        << "only the CISO's own overdue measure, not the other owner's";
    EXPECT_TRUE(contains(page.body, "href=\"" + base() + "/risicos#taken\"><span class=\"bolwerk-tasks__count\">1<"))
        << "the overdue review";
    EXPECT_TRUE(
        contains(page.body, "href=\"" + base() + "/bewijs?verloopt=1\"><span class=\"bolwerk-tasks__count\">1<"));
    EXPECT_FALSE(contains(page.body, "/risicos/bestuur\"><span")) << "accepting is the board's task";
    EXPECT_FALSE(contains(page.body, "#vvt-versions-heading")) << "approving the VvT is the board's task";
    // Status block: 0 of the counted measures implemented, one open high risk, the draft VvT.
    EXPECT_TRUE(contains(page.body, "Maatregelen geïmplementeerd"));
    EXPECT_TRUE(contains(page.body, "href=\"" + base() + "/risicos\">1</a>")) << "one open high risk";
    EXPECT_TRUE(contains(page.body, "versie 1: concept, nog niet vastgesteld"));
    EXPECT_TRUE(contains(page.body, "aria-current=\"page\">Start<")) << "the home entry of the navigation";
    EXPECT_FALSE(contains(page.body, "Gemeente Ander")) << "not a member there";
}

TEST_P(HomePageTest, BestuurderSeesAcceptancesAndTheVvtWaitingForApproval)
{
    auto const page = home_of("bestuurder@test.nl");
    EXPECT_TRUE(contains(page.body, "href=\"" + base() + "/risicos/bestuur\"><span class=\"bolwerk-tasks__count\">1<"));
    EXPECT_TRUE(contains(
        page.body, "href=\"" + base() + "/vvt#vvt-versions-heading\"><span class=\"bolwerk-tasks__count\">1<"));
    EXPECT_FALSE(contains(page.body, "/risicos#taken")) << "a bestuurder does not analyse or review risks";
    EXPECT_FALSE(contains(page.body, "/bewijs?verloopt=1")) << "nor renew evidence";
    EXPECT_TRUE(contains(page.body,
        "<span class=\"bolwerk-tasks__count\">0</span> <span class=\"bolwerk-tasks__label\">"
        "maatregelen van u over de streefdatum"));
}

TEST_P(HomePageTest, AuditorHasNoTasksButSeesTheStatus)
{
    auto const page = home_of("auditor@test.nl");
    for (auto const* task :
        {"/risicos#taken", "/risicos/bestuur\"><span", "/bewijs?verloopt=1", "#vvt-versions-heading"})
        EXPECT_FALSE(contains(page.body, task)) << task;
    EXPECT_TRUE(contains(page.body, "href=\"" + base() + "/risicos\">1</a>"));
    EXPECT_TRUE(contains(page.body, "href=\"" + base() + "/vvt\">versie 1"));
    EXPECT_TRUE(contains(page.body, "Er wacht nu niets op u."));
}

TEST_P(HomePageTest, TheHomePageInEnglishHasNoDutchTaskTexts)
{
    auto browser = sign_in("bestuurder@test.nl");
    browser.http.get("/taal/en?terug=/");
    auto const page = browser.http.get("/");
    ASSERT_EQ(page.status, 200U);
    EXPECT_TRUE(contains(page.body, "Your tasks"));
    EXPECT_TRUE(contains(page.body, "waiting for approval"));
    for (auto const* dutch : {"Uw taken", "Stand van zaken", "wachten op", "Hoofdmenu", "Uitloggen"})
        EXPECT_FALSE(contains(page.body, dutch)) << dutch;
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(HomePageTest);

} // namespace
} // namespace bolwerk::testing
