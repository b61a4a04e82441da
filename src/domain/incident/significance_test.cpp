#include "domain/incident/significance.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::incident {
namespace {

using namespace std::chrono;

Timestamp utc(std::string_view text) { return parse_timestamp(text).value(); }

Timestamp const now = utc("2026-03-29T01:30:00Z");

SignificanceDecision proposal(SignificanceOutcome outcome, std::vector<std::string> criteria,
    ReportingRegime regime = ReportingRegime::Cbw, std::string reasons = "Burgerzaken lag 6 uur plat")
{
    return {IncidentId(1), regime, outcome, std::move(criteria), std::move(reasons), "A. de Vries (CISO)", {}};
}

TEST(Significance, TheDefaultCriteriaCoverBothRegimesAndPassTheirOwnCheck)
{
    auto const criteria = default_significance_criteria();
    EXPECT_TRUE(check_significance_criteria(criteria));
    EXPECT_EQ(criteria.size(), 4u);
    EXPECT_EQ(
        std::count_if(criteria.begin(), criteria.end(), [](auto const& c) { return c.regime == ReportingRegime::Cbw; }),
        3);
}

TEST(Significance, RefusesBrokenCriteriaTables)
{
    struct Case {
        void (*spoil)(std::vector<SignificanceCriterion>&);
        std::string_view field;
    };
    Case const cases[]{
        {[](auto& c) { c[0].code = "Grote Schade"; }, "code"}, {[](auto& c) { c[1].code = c[0].code; }, "code"},
        {[](auto& c) { c[2].label_en = " "; }, "label"},
        {[](auto& c) { c.pop_back(); }, "regime"}, // no AVG criterion left
    };
    for (auto const& test : cases) {
        auto criteria = default_significance_criteria();
        test.spoil(criteria);
        auto const result = check_significance_criteria(criteria);
        ASSERT_FALSE(result) << test.field;
        EXPECT_EQ(result.error().location().field, test.field);
    }
}

TEST(Significance, ADecisionIsConsistentReasonedAndNamed)
{
    using enum SignificanceOutcome;
    struct Case {
        SignificanceDecision proposed;
        std::string_view error_field; // empty: accepted
    };
    Case const cases[]{
        {proposal(Reportable, {"operational_disruption"}), ""},
        {proposal(Reportable, {"operational_disruption", "damage_to_others"}), ""},
        {proposal(NotReportable, {}, ReportingRegime::Cbw, "Geen verstoring, één mailbox"), ""},
        {proposal(Reportable, {"risk_to_persons"}, ReportingRegime::Avg), ""},
        {proposal(Reportable, {}), "criteria_met"},
        {proposal(NotReportable, {"financial_loss"}), "criteria_met"},
        {proposal(Reportable, {"risk_to_persons"}), "criteria_met"}, // an AVG criterion in a Cbw decision
        {proposal(Reportable, {"unknown"}), "criteria_met"},
        {proposal(Reportable, {"financial_loss", "financial_loss"}), "criteria_met"},
        {proposal(NotReportable, {}, ReportingRegime::Cbw, "  "), "reasons"},
    };
    for (auto const& test : cases) {
        auto const result = decide_significance(test.proposed, default_significance_criteria(), now);
        if (test.error_field.empty()) {
            ASSERT_TRUE(result) << result.error().message();
            EXPECT_EQ(result->decided_at, now);
        } else {
            ASSERT_FALSE(result) << test.error_field;
            EXPECT_EQ(result.error().location().field, test.error_field);
        }
    }
    auto anonymous = proposal(Reportable, {"financial_loss"});
    anonymous.decided_by = "";
    EXPECT_EQ(
        decide_significance(anonymous, default_significance_criteria(), now).error().location().field, "decided_by");
}

TimelineEntry entry(
    std::int64_t id, TimelineEntryKind kind, Timestamp recorded, std::optional<TimelineEntryId> corrects = std::nullopt)
{
    return {TimelineEntryId(id), IncidentId(1), kind, "soc", recorded, std::nullopt, "tekst", corrects};
}

TEST(Significance, NewFactsReopenTheLatestDecision)
{
    using enum SignificanceOutcome;
    auto decided = [](SignificanceOutcome outcome, std::vector<std::string> criteria, Timestamp at,
                       ReportingRegime regime = ReportingRegime::Cbw) {
        return decide_significance(proposal(outcome, std::move(criteria), regime), default_significance_criteria(), at)
            .value();
    };
    auto const first = decided(NotReportable, {}, utc("2026-03-28T10:00:00Z"));
    auto const second = decided(Reportable, {"financial_loss"}, utc("2026-03-28T12:00:00Z"));
    auto const avg = decided(Reportable, {"risk_to_persons"}, utc("2026-03-28T13:00:00Z"), ReportingRegime::Avg);
    struct Case {
        std::string_view name;
        std::vector<SignificanceDecision> decisions;
        std::vector<TimelineEntry> timeline;
        SignificanceState state;
        bool clocks_run;
    };
    Case const cases[]{
        {"undecided", {}, {}, SignificanceState::Undecided, true},
        {"not reportable", {first}, {}, SignificanceState::NotReportable, false},
        {"latest decision counts, in any order", {second, first}, {}, SignificanceState::Reportable, true},
        {"the other regime does not count", {first, avg}, {}, SignificanceState::NotReportable, false},
        {"an observation before the decision", {first},
            {entry(1, TimelineEntryKind::Observation, utc("2026-03-28T09:00:00Z"))}, SignificanceState::NotReportable,
            false},
        {"an observation after the decision", {first},
            {entry(1, TimelineEntryKind::Observation, utc("2026-03-28T11:00:00Z"))}, SignificanceState::Reopened, true},
        {"an action after the decision", {first}, {entry(1, TimelineEntryKind::Action, utc("2026-03-28T11:00:00Z"))},
            SignificanceState::NotReportable, false},
        {"a correction after the decision", {first},
            {entry(2, TimelineEntryKind::Action, utc("2026-03-28T11:00:00Z"), TimelineEntryId(1))},
            SignificanceState::Reopened, true},
    };
    for (auto const& test : cases) {
        auto const status = significance_status(ReportingRegime::Cbw, test.decisions, test.timeline);
        EXPECT_EQ(status.state, test.state) << test.name;
        EXPECT_EQ(status.clocks_run(), test.clocks_run) << test.name;
    }
    auto const reopened = significance_status(
        ReportingRegime::Cbw, {second}, {entry(3, TimelineEntryKind::Observation, utc("2026-03-28T12:30:00Z"))});
    EXPECT_TRUE(reopened.confirmed()); // the reportable decision stands until decided again
    EXPECT_EQ(reopened.new_facts, std::vector{TimelineEntryId(3)});
}

} // namespace
} // namespace bolwerk::domain::incident
