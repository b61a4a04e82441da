#include "domain/governance/obligation_rule.hpp"

#include "domain/catalog/builtin_index.hpp"
#include "domain/catalog/measure_number.hpp"
#include "domain/governance/isms_clause.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::governance {
namespace {

// The table as reviewed against BIO2 v1.3 (and ISO 27001 for the clauses): rule,
// source, period and whether the text sets it. A change to obligation_rules.cpp must
// change this list too, so that nobody changes a period unnoticed.
struct Expected {
    std::string_view id;
    std::string_view source;
    Period::Unit unit;
    int count;
    PeriodBasis basis;
};

constexpr auto months = Period::Unit::Months;
constexpr auto days = Period::Unit::Days;
constexpr auto text = PeriodBasis::Text;
constexpr auto ours = PeriodBasis::OurDefault;

constexpr Expected reviewed[]{
    {"policy-review", "5.01.02", months, 12, text},
    {"board-training", "5.04.01", months, 12, ours},
    {"authority-contacts", "5.05.01", months, 12, text},
    {"rio-registration", "5.14.05", months, 6, text},
    {"access-review", "5.18.02", months, 12, text},
    {"supplier-assurance", "5.20.03", months, 12, text},
    {"supplier-review", "5.22.01", months, 12, text},
    {"cloud-policy-review", "5.23.01", months, 36, text},
    {"incident-follow-up", "5.24.04", months, 1, text},
    {"continuity-test", "5.30.01", months, 12, text},
    {"critical-systems-review", "5.30.02", months, 36, text},
    {"audit-plan", "5.35.02", months, 12, text},
    {"in-control-statement", "5.36.01", months, 12, text},
    {"awareness-training", "6.03.02", months, 3, text},
    {"privileged-access-review", "8.02.01", months, 3, text},
    {"severe-vulnerability", "8.08.01", days, 7, text},
    {"unpatched-vulnerability", "8.08.03", days, 7, text},
    {"technical-compliance-check", "8.08.04", months, 12, text},
    {"internet-facing-test", "8.08.05", months, 12, text},
    {"restore-test", "8.13.04", months, 12, text},
    {"internal-audit", "9.2", months, 12, ours},
    {"management-review", "9.3", months, 12, ours},
};

TEST(ObligationRules, TheTableIsTheReviewedOne)
{
    auto const& rules = obligation_rules();
    ASSERT_EQ(rules.size(), std::size(reviewed));
    for (std::size_t index = 0; index < rules.size(); ++index) {
        auto const& rule = rules[index];
        auto const& expected = reviewed[index];
        EXPECT_EQ(rule.id, expected.id);
        EXPECT_EQ(rule.source.number, expected.source) << rule.id;
        EXPECT_EQ(rule.period.unit, expected.unit) << rule.id;
        EXPECT_EQ(rule.period.count, expected.count) << rule.id;
        EXPECT_EQ(rule.basis, expected.basis) << rule.id;
        EXPECT_FALSE(rule.label_nl.empty() || rule.label_en.empty()) << rule.id;
        // Only the duties of one week escalate faster than the organisation's chain.
        EXPECT_EQ(rule.escalation.has_value(), rule.period.unit == Period::Unit::Days) << rule.id;
    }
    EXPECT_TRUE(check_obligation_rules(rules));
}

TEST(ObligationRules, EverySourceIsAMeasureOfBio2V13OrAnIsmsClause)
{
    auto const index = catalog::BuiltinIndex::load().value();
    auto const* version = index.version(catalog::VersionReference::parse("bio2@1.3").value());
    ASSERT_NE(version, nullptr);
    for (auto const& rule : obligation_rules()) {
        if (rule.source.kind == SourceKind::Clause) {
            EXPECT_TRUE(find_isms_clause(catalog::ClauseNumber::parse(rule.source.number).value())) << rule.id;
            continue;
        }
        auto const* item = version->find(catalog::MeasureNumber::parse(rule.source.number).value());
        ASSERT_NE(item, nullptr) << rule.id;
        EXPECT_EQ(item->kind, catalog::ItemKind::Substantive) << rule.id;
    }
}

TEST(ObligationRules, RefusesTablesThatCannotWork)
{
    struct Case {
        std::string_view name;
        void (*spoil)(std::vector<ObligationRule>&);
    };
    Case const cases[]{
        {"duplicate id", [](auto& rules) { rules[1].id = rules[0].id; }},
        {"empty id", [](auto& rules) { rules[0].id = ""; }},
        {"bad measure", [](auto& rules) { rules[0].source.number = "5.1"; }},
        {"bad clause", [](auto& rules) { rules.back().source.number = "11.1"; }},
        {"no period", [](auto& rules) { rules[0].period.count = 0; }},
        {"fixed calendar in days", [](auto& rules) { rules[0].period = one_week; }},
        {"fixed calendar without anchor",
            [](auto& rules) {
                rules[0].follows_planning_cycle = false;
                rules[0].anchor.reset();
            }},
        {"event rule for the organisation", [](auto& rules) { rules[13].subject = Subject::Organisation; }},
        {"event subject in a periodic rule", [](auto& rules) { rules[0].subject = Subject::NewEmployee; }},
        {"broken escalation chain",
            [](auto& rules) {
                rules[0].escalation = EscalationPolicy{3, 5, 1};
            }},
    };
    for (auto const& test : cases) {
        auto rules = obligation_rules();
        test.spoil(rules);
        auto const result = check_obligation_rules(rules);
        EXPECT_FALSE(result) << test.name;
    }
}

} // namespace
} // namespace bolwerk::domain::governance
