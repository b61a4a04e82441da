#include "domain/governance/isms_clause.hpp"

#include <gtest/gtest.h>

#include <set>

namespace bolwerk::domain::governance {
namespace {

using namespace std::chrono;

TEST(IsmsClauses, AreTheTwentyThreeRequirementsOfClauses4To10)
{
    auto const& clauses = isms_clauses();
    ASSERT_EQ(clauses.size(), 23u);
    EXPECT_EQ(clauses.front().number, "4.1");
    EXPECT_EQ(clauses.back().number, "10.2");
    std::set<std::string_view> numbers;
    for (auto const& clause : clauses) {
        auto const parsed = catalog::ClauseNumber::parse(clause.number);
        ASSERT_TRUE(parsed) << clause.number;
        EXPECT_EQ(parsed->parts().size(), 2u) << clause.number;
        EXPECT_TRUE(numbers.insert(clause.number).second) << clause.number;
        EXPECT_FALSE(clause.label_nl.empty() || clause.label_en.empty()) << clause.number;
    }
    std::set<std::string_view> proven;
    for (auto const& clause : clauses) {
        if (clause.proof != ClauseProof::Assessment)
            proven.insert(clause.number);
    }
    EXPECT_EQ(proven, (std::set<std::string_view>{"5.1", "5.3", "9.2", "9.3", "10.2"}));
    EXPECT_EQ(find_isms_clause(catalog::ClauseNumber::parse("9.3").value())->proof, ClauseProof::ManagementReviews);
    EXPECT_EQ(find_isms_clause(catalog::ClauseNumber::parse("6.1.2").value()).error().kind(), ErrorKind::NotFound);
}

DerivedClauseAssessment derive(std::string_view number, GovernanceEvidence const& evidence)
{
    constexpr sys_days today{2026y / June / 1};
    auto const clause = find_isms_clause(catalog::ClauseNumber::parse(number).value()).value();
    return derive_clause_assessment(clause, evidence, today).value();
}

TEST(IsmsClauses, RecordsProveWhatTheyCan)
{
    using enum assessment::AspectResult;
    GovernanceEvidence none;
    GovernanceEvidence recent;
    recent.audit_plan_adopted_on = sys_days{2026y / January / 20};
    recent.last_audit_completed_on = sys_days{2026y / April / 1};
    recent.last_review_approved_on = sys_days{2025y / June / 2}; // within twelve months
    recent.corrective_actions = 4;
    recent.corrective_actions_overdue = 1;
    recent.policy_approved_on = sys_days{2026y / March / 1};
    recent.board_members = 2;
    recent.board_members_trained_in_last_year = 2;
    recent.ciso_appointed = true;
    GovernanceEvidence stale = recent;
    stale.last_audit_completed_on = sys_days{2025y / June / 1}; // exactly twelve months ago: too old
    stale.last_review_approved_on = sys_days{2024y / May / 1};
    stale.corrective_actions_overdue = 4;
    stale.board_members_trained_in_last_year = 1;
    struct Case {
        std::string_view clause;
        GovernanceEvidence evidence;
        DerivedClauseAssessment expected;
    };
    Case const cases[]{
        {"9.2", none, {NonCompliant, NonCompliant, NonCompliant}}, {"9.2", recent, {Compliant, Compliant, Compliant}},
        {"9.2", stale, {Compliant, Compliant, NonCompliant}}, {"9.3", recent, {NotAssessed, Compliant, Compliant}},
        {"9.3", stale, {NotAssessed, Compliant, NonCompliant}},
        {"10.2", none, {NotAssessed, NonCompliant, NotAssessed}},
        {"10.2", recent, {NotAssessed, Compliant, PartiallyCompliant}},
        {"10.2", stale, {NotAssessed, Compliant, NonCompliant}}, {"5.1", recent, {NotAssessed, Compliant, Compliant}},
        {"5.1", stale, {NotAssessed, Compliant, PartiallyCompliant}},
        {"5.3", recent, {NotAssessed, PartiallyCompliant, NotAssessed}}, // roles not recorded
    };
    for (auto const& test : cases) {
        auto const derived = derive(test.clause, test.evidence);
        EXPECT_EQ(derived.design, test.expected.design) << test.clause;
        EXPECT_EQ(derived.existence, test.expected.existence) << test.clause;
        EXPECT_EQ(derived.operation, test.expected.operation) << test.clause;
    }
    auto const by_hand = find_isms_clause(catalog::ClauseNumber::parse("6.1").value()).value();
    EXPECT_FALSE(derive_clause_assessment(by_hand, recent, sys_days{2026y / June / 1}));
}

} // namespace
} // namespace bolwerk::domain::governance
