#include "domain/governance/access_review.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::governance {
namespace {

using namespace std::chrono;

Timestamp const now = parse_timestamp("2026-06-01T10:00:00Z").value();

AccessReviewItem item(std::string account, std::string reviewer)
{
    return {std::move(account), "beheerder", std::move(reviewer)};
}

TEST(AccessReview, OnlyTheReviewerDecidesAndChangesSayWhat)
{
    auto const base = item("jdevries", "manager");
    std::string const long_note(2001, 'x');
    struct Case {
        AccessDecision decision;
        std::string_view note;
        std::string_view reviewer;
        std::optional<ErrorKind> error;
        std::string_view field;
    };
    Case const cases[]{
        {AccessDecision::Keep, "", "manager", std::nullopt, ""},
        {AccessDecision::Revoke, "Uit dienst", "manager", std::nullopt, ""},
        {AccessDecision::Change, "  ", "manager", ErrorKind::Invalid, "note"},
        {AccessDecision::Undecided, "", "manager", ErrorKind::Invalid, "decision"},
        {AccessDecision::Keep, "", "iemand anders", ErrorKind::Forbidden, ""},
        {AccessDecision::Keep, long_note, "manager", ErrorKind::Invalid, "note"},
    };
    for (auto const& test : cases) {
        auto const result = decide_access(base, test.decision, test.note, test.reviewer, now);
        if (!test.error) {
            ASSERT_TRUE(result);
            EXPECT_EQ(result->decision, test.decision);
            EXPECT_EQ(result->decided_at, now);
            continue;
        }
        ASSERT_FALSE(result);
        EXPECT_EQ(result.error().kind(), *test.error);
        EXPECT_EQ(result.error().location().field.value_or(""), test.field);
    }
}

TEST(AccessReview, ACampaignIsEvidenceOnceEveryItemIsDecidedAndEscalatesWhenLate)
{
    AccessReviewCampaign campaign{InformationSystemId(1), "Zaaksysteem", sys_days{2026y / May / 1},
        sys_days{2026y / May / 31},
        {item("a", "manager"), item("b", "manager"), item("c", "eigenaar"), item("d", "manager")}};
    campaign.items[0] = decide_access(campaign.items[0], AccessDecision::Keep, "", "manager", now).value();
    campaign.items[1] = decide_access(campaign.items[1], AccessDecision::Revoke, "weg", "manager", now).value();
    EscalationPolicy const policy{30, 14, 30};
    struct Case {
        sys_days today;
        CampaignState state{};
        EscalationLevel level{};
    };
    Case const cases[]{
        {2026y / May / 31, CampaignState::Open, EscalationLevel::Owner},
        {2026y / June / 1, CampaignState::Overdue, EscalationLevel::Owner},
        {2026y / June / 14, CampaignState::Overdue, EscalationLevel::Ciso},
        {2026y / June / 30, CampaignState::Overdue, EscalationLevel::Bestuurder},
    };
    for (auto const& test : cases) {
        auto const figures = campaign_figures(campaign, policy, test.today);
        EXPECT_EQ(figures.state, test.state) << format_date(test.today);
        EXPECT_EQ(figures.escalation, test.level) << format_date(test.today);
        EXPECT_EQ(figures.reviewed, (Share{2, 4}));
        EXPECT_EQ(figures.reviewers_behind, (std::vector<std::string>{"eigenaar", "manager"}));
    }
    campaign.items[2]
        = decide_access(campaign.items[2], AccessDecision::Change, "alleen lezen", "eigenaar", now).value();
    campaign.items[3] = decide_access(campaign.items[3], AccessDecision::Keep, "", "manager", now).value();
    auto const done = campaign_figures(campaign, policy, sys_days{2026y / June / 30});
    EXPECT_EQ(done.state, CampaignState::Completed);
    EXPECT_EQ(done.reviewed.percent(), 100);
    EXPECT_EQ(done.keep, 2u);
    EXPECT_EQ(done.change, 1u);
    EXPECT_EQ(done.revoke, 1u);
    EXPECT_EQ(campaign_figures({}, policy, sys_days{2026y / June / 30}).state, CampaignState::Overdue);
}

} // namespace
} // namespace bolwerk::domain::governance
