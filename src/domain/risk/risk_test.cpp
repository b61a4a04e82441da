#include "domain/risk/acceptance.hpp"
#include "domain/risk/information_system.hpp"
#include "domain/risk/risk.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain {
namespace {

using namespace std::chrono;

RiskDraft phishing_draft()
{
    RiskDraft draft;
    draft.title = "Phishing op beheeraccounts";
    draft.threat = "Phishing";
    draft.vulnerability = "Geen MFA voor beheerders";
    draft.owner = "Hoofd ICT";
    draft.inherent_likelihood = 4;
    draft.inherent_impacts = {{"financieel", 3}, {"vertrouwen", 4}};
    draft.existing_controls = {"5.17", "5.17.01"};
    draft.treatment = Treatment::Reduce;
    draft.planned_measures = {{"MFA invoeren voor alle beheerders", "Teamleider beheer", sys_days{2027y / March / 1}}};
    return draft;
}

TEST(ScoreRisk, ScoresInherentAndResidual)
{
    auto draft = phishing_draft();
    draft.residual_likelihood = 2;
    draft.residual_impact = 3;
    auto const risk = score_risk(RiskMethodology::standard(), draft);
    ASSERT_TRUE(risk) << risk.error().to_string();
    EXPECT_EQ(risk->inherent.impact, 4);
    EXPECT_EQ(risk->inherent.level, RiskLevel::ZeerHoog);
    ASSERT_TRUE(risk->residual);
    EXPECT_EQ(risk->residual->level, RiskLevel::Midden);
    EXPECT_EQ(risk->current().level, RiskLevel::Midden);
}

TEST(ScoreRisk, RefusesEachBrokenRule)
{
    struct Case {
        char const* name{};
        void (*breaks)(RiskDraft&){};
        char const* field{};
    };
    Case const cases[] = {
        {"no title", [](RiskDraft& d) { d.title = "  "; }, "title"},
        {"no owner", [](RiskDraft& d) { d.owner.clear(); }, "owner"},
        {"likelihood off scale", [](RiskDraft& d) { d.inherent_likelihood = 9; }, "inherent_likelihood"},
        {"unknown area",
            [](RiskDraft& d) {
                d.inherent_impacts = {{"klimaat", 3}};
            },
            "impact.klimaat"},
        {"half residual", [](RiskDraft& d) { d.residual_likelihood = 2; }, "residual_impact"},
        {"worse residual",
            [](RiskDraft& d) {
                d.residual_likelihood = 5;
                d.residual_impact = 1;
            },
            "residual_likelihood"},
        {"worse residual impact",
            [](RiskDraft& d) {
                d.residual_likelihood = 1;
                d.residual_impact = 5;
            },
            "residual_impact"},
        {"reduce without measures",
            [](RiskDraft& d) {
                d.planned_measures.clear();
                d.existing_controls.clear();
            },
            "planned_measures"},
        {"empty measure", [](RiskDraft& d) { d.planned_measures[0].description = ""; },
            "planned_measures[0].description"},
    };
    for (auto const& c : cases) {
        auto draft = phishing_draft();
        c.breaks(draft);
        auto const risk = score_risk(RiskMethodology::standard(), draft);
        ASSERT_FALSE(risk) << c.name;
        EXPECT_EQ(risk.error().location().field, c.field) << c.name << ": " << risk.error().to_string();
    }
}

TEST(ScoreRisk, ReviewOverdueOnlyAfterTheDate)
{
    auto draft = phishing_draft();
    draft.review_due = sys_days{2026y / November / 1};
    auto const risk = *score_risk(RiskMethodology::standard(), draft);
    EXPECT_FALSE(review_overdue(risk, sys_days{2026y / November / 1}));
    EXPECT_TRUE(review_overdue(risk, sys_days{2026y / November / 2}));
}

struct AcceptanceCase {
    char const* name{};
    RiskLevel level{};
    AcceptanceAuthority authority{};
    int valid_days{};
    char const* reason{};
    std::optional<ErrorKind> refused;
};

TEST(Acceptance, AppetiteAndAuthorityRules)
{
    char const* const reason = "Compenserende monitoring tot vervanging van het systeem in 2027";
    AcceptanceCase const cases[] = {
        {"midden by process owner", RiskLevel::Midden, AcceptanceAuthority::ProcessOwner, 180, reason, std::nullopt},
        {"hoog by board", RiskLevel::Hoog, AcceptanceAuthority::Board, 365, reason, std::nullopt},
        {"zeer hoog by board", RiskLevel::ZeerHoog, AcceptanceAuthority::Board, 30, reason, std::nullopt},
        {"hoog by process owner", RiskLevel::Hoog, AcceptanceAuthority::ProcessOwner, 180, reason,
            ErrorKind::Forbidden},
        {"laag needs none", RiskLevel::Laag, AcceptanceAuthority::Board, 180, reason, ErrorKind::Conflict},
        {"short reason", RiskLevel::Midden, AcceptanceAuthority::ProcessOwner, 180, "omdat", ErrorKind::Invalid},
        {"too long", RiskLevel::Midden, AcceptanceAuthority::Board, 400, reason, ErrorKind::Invalid},
        {"ends before start", RiskLevel::Midden, AcceptanceAuthority::Board, 0, reason, ErrorKind::Invalid},
    };
    auto const methodology = RiskMethodology::standard();
    auto const today = sys_days{2026y / November / 25};
    for (auto const& c : cases) {
        AcceptanceRequest const request{"J. de Vries", c.authority, today, today + days{c.valid_days}, c.reason};
        auto const checked = check_acceptance(methodology, c.level, request);
        if (!c.refused) {
            EXPECT_TRUE(checked) << c.name << ": " << checked.error().to_string();
        } else {
            ASSERT_FALSE(checked) << c.name;
            EXPECT_EQ(checked.error().kind(), *c.refused) << c.name;
        }
    }
}

TEST(Acceptance, ExpiresAfterItsLastValidDay)
{
    RiskAcceptance acceptance;
    acceptance.valid_until = sys_days{2026y / December / 31};
    EXPECT_FALSE(acceptance_expired(acceptance, sys_days{2026y / December / 31}));
    EXPECT_TRUE(acceptance_expired(acceptance, sys_days{2027y / January / 1}));
}

TEST(Acceptance, SubstantiveGovernmentMeasureCannotBeWaived)
{
    auto const refused = check_measure_may_be_waived("5.17.01", true);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message().find("5.17.01"), std::string::npos);
    EXPECT_TRUE(check_measure_may_be_waived("5.03.01", false));
}

TEST(InformationSystems, ClassificationFlowsToWhatSystemsDependOn)
{
    auto system = [](std::int64_t id, Cia cia, std::vector<std::int64_t> const& depends_on) {
        InformationSystem s;
        s.id = InformationSystemId(id);
        s.name = "system " + std::to_string(id);
        s.classification = cia;
        for (auto const d : depends_on)
            s.depends_on.push_back(InformationSystemId(d));
        return s;
    };
    Cia const low{};
    Cia const confidential{CiaLevel::Laag, CiaLevel::Midden, CiaLevel::Hoog};
    Cia const available{CiaLevel::Hoog, CiaLevel::Laag, CiaLevel::Laag};
    // 1 (confidential) -> 2 -> 3; 4 (available) -> 3; 5 and 6 depend on each other.
    std::vector<InformationSystem> const systems{system(1, confidential, {2}), system(2, low, {3}), system(3, low, {}),
        system(4, available, {3}), system(5, available, {6}), system(6, low, {5})};
    auto const effective = effective_classifications(systems);
    EXPECT_EQ(effective.at(InformationSystemId(1)), confidential);
    EXPECT_EQ(effective.at(InformationSystemId(2)), confidential);
    EXPECT_EQ(effective.at(InformationSystemId(3)), (Cia{CiaLevel::Hoog, CiaLevel::Midden, CiaLevel::Hoog}));
    EXPECT_EQ(effective.at(InformationSystemId(4)), available);
    EXPECT_EQ(effective.at(InformationSystemId(6)), available);
    EXPECT_FALSE(check_dependencies(systems)) << "5 and 6 depend on each other";
}

TEST(InformationSystems, CheckDependenciesRefusesSelfUnknownAndCycles)
{
    auto const system = [](std::int64_t id, std::vector<InformationSystemId> depends_on) {
        InformationSystem result;
        result.id = InformationSystemId(id);
        result.name = "S" + std::to_string(id);
        result.depends_on = std::move(depends_on);
        return result;
    };
    using Ids = std::vector<InformationSystemId>;
    struct Case {
        char const* name{};
        std::vector<InformationSystem> systems;
        char const* refusal; ///< A part of the message, or nullptr when accepted.
    };
    InformationSystemId const one(1), two(2), three(3);
    std::vector<Case> const cases{
        {"none", {}, nullptr},
        {"chain", {system(1, Ids{two}), system(2, Ids{three}), system(3, {})}, nullptr},
        {"diamond", {system(1, Ids{two, three}), system(2, Ids{three}), system(3, {})}, nullptr},
        {"itself", {system(1, Ids{one})}, "cannot depend on itself"},
        {"unknown", {system(1, Ids{InformationSystemId(99)})}, "99 does not exist"},
        {"pair", {system(1, Ids{two}), system(2, Ids{one})}, "S1 → S2 → S1"},
        {"three", {system(1, Ids{two}), system(2, Ids{three}), system(3, Ids{one})}, "S1 → S2 → S3 → S1"},
        {"cycle behind a chain", {system(1, Ids{two}), system(2, Ids{three}), system(3, Ids{two})}, "S2 → S3 → S2"},
    };
    for (auto const& test : cases) {
        auto const checked = check_dependencies(test.systems);
        if (!test.refusal) {
            EXPECT_TRUE(checked) << test.name << ": " << checked.error().to_string();
            continue;
        }
        ASSERT_FALSE(checked) << test.name;
        EXPECT_EQ(checked.error().location().field, "depends_on") << test.name;
        EXPECT_NE(checked.error().message().find(test.refusal), std::string::npos)
            << test.name << ": " << checked.error().message();
    }
}

TEST(InformationSystems, DraftNeedsNameAndOwner)
{
    EXPECT_EQ(InformationSystemDraft::create({.name = " ", .owner = "x"}).error().location().field, "name");
    EXPECT_EQ(InformationSystemDraft::create({.name = "Zaaksysteem", .owner = ""}).error().location().field, "owner");
    auto const draft = InformationSystemDraft::create({.name = " Zaaksysteem ",
        .owner = "Afdelingshoofd",
        .depends_on = {InformationSystemId(3), InformationSystemId(3)}});
    ASSERT_TRUE(draft);
    EXPECT_EQ(draft->name, "Zaaksysteem");
    EXPECT_EQ(draft->depends_on.size(), 1u);
}

} // namespace
} // namespace bolwerk::domain
