#include "domain/governance/tasks_due.hpp"

#include "common/amsterdam_time.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::governance {
namespace {

using namespace std::chrono;

Timestamp utc(std::string_view text) { return parse_timestamp(text).value(); }

ObligationRule rule_named(std::string_view id)
{
    for (auto const& rule : obligation_rules()) {
        if (rule.id == id)
            return rule;
    }
    ADD_FAILURE() << "no rule " << id;
    return {};
}

OrganisationFacts facts_from(sys_days isms_start)
{
    OrganisationFacts facts;
    facts.isms_start = isms_start;
    return facts;
}

std::vector<sys_days> due_dates(std::vector<Task> const& tasks)
{
    std::vector<sys_days> dates;
    dates.reserve(tasks.size());
    for (auto const& task : tasks)
        dates.push_back(task.due);
    return dates;
}

TEST(TasksDue, FromCompletionDutiesFallOnePeriodAfterTheLastCompletion)
{
    struct Case {
        std::string_view rule;
        std::vector<sys_days> completions;
        sys_days due;
    };
    Case const cases[]{
        {"authority-contacts", {}, 2027y / January / 1}, // never done: one year after the start
        {"authority-contacts", {2026y / March / 10, 2026y / February / 1}, 2027y / March / 10}, // the last counts
        {"authority-contacts", {2028y / February / 29}, 2029y / February / 28}, // leap day
        {"rio-registration", {2026y / August / 31}, 2027y / February / 28}, // six months, month end
        {"critical-systems-review", {2026y / May / 31}, 2029y / May / 31},
        {"internal-audit", {2025y / November / 30}, 2026y / November / 30}, // done before the ISMS start counts
    };
    for (auto const& test : cases) {
        std::vector<Completion> completions;
        for (auto const day : test.completions)
            completions.push_back({std::string(test.rule), "organisation", day, "evidence"});
        auto const tasks = tasks_due(
            {rule_named(test.rule)}, facts_from(2026y / January / 1), completions, {}, utc("2026-06-01T10:00:00Z"));
        ASSERT_EQ(tasks.size(), 1u) << test.rule;
        EXPECT_EQ(tasks[0].due, test.due) << test.rule;
        EXPECT_EQ(tasks[0].subject_key, "organisation");
        EXPECT_EQ(tasks[0].source, rule_named(test.rule).source.number);
    }
}

TEST(TasksDue, QuarterlyReviewsFallOnCalendarQuarterEnds)
{
    // 8.02.01 from a start on 15 February: 31 March, 30 June, 30 September, 31 December.
    std::vector<Completion> const completions{{"privileged-access-review", "organisation", 2026y / March / 20},
        {"privileged-access-review", "organisation", 2026y / March / 25}, // a second one for 31 March: ignored
        {"privileged-access-review", "organisation", 2026y / July / 3}}; // late, for 30 June
    struct Case {
        std::string_view now;
        std::vector<sys_days> due; ///< Missed dates, then the next one.
    };
    Case const cases[]{
        {"2026-03-01T12:00:00Z", {2026y / March / 31}},
        {"2026-08-01T12:00:00Z", {2026y / September / 30}},
        {"2026-10-15T12:00:00Z", {2026y / September / 30, 2026y / December / 31}},
        {"2027-01-15T12:00:00Z", {2026y / September / 30, 2026y / December / 31, 2027y / March / 31}},
    };
    for (auto const& test : cases) {
        auto const now = utc(test.now);
        std::vector<Completion> done_by_then;
        for (auto const& completion : completions) {
            if (completion.completed_on <= amsterdam_date(now))
                done_by_then.push_back(completion);
        }
        auto const tasks = tasks_due(
            {rule_named("privileged-access-review")}, facts_from(2026y / February / 15), done_by_then, {}, now);
        EXPECT_EQ(due_dates(tasks), test.due) << test.now;
    }
}

TEST(TasksDue, MonthlyReportsKeepTheirDayAndListABoundedBacklog)
{
    auto rule = rule_named("incident-follow-up");
    OrganisationFacts facts = facts_from(2020y / January / 1);
    facts.anchors.emplace("incident-follow-up", January / 31); // the organisation chose the month end
    auto const tasks = tasks_due({rule}, facts, {}, {}, utc("2026-04-15T10:00:00Z"));
    ASSERT_EQ(tasks.size(), max_backlog + 1);
    EXPECT_EQ(tasks.front().due, sys_days{2024y / April / 30}); // the oldest kept
    EXPECT_EQ(tasks[tasks.size() - 3].due, sys_days{2026y / February / 28});
    EXPECT_EQ(tasks[tasks.size() - 2].due, sys_days{2026y / March / 31}); // no drift to the 28th
    EXPECT_EQ(tasks.back().due, sys_days{2026y / April / 30});
    EXPECT_EQ(tasks.back().status, TaskStatus::DueSoon);
}

TEST(TasksDue, PolicyReviewAndIcvFollowThePlanningCycle)
{
    auto facts = facts_from(2026y / January / 1);
    facts.planning_cycle = May / 15;
    auto const tasks = tasks_due({rule_named("policy-review"), rule_named("in-control-statement")}, facts,
        {{"policy-review", "organisation", 2026y / May / 2}}, {}, utc("2026-06-01T10:00:00Z"));
    ASSERT_EQ(tasks.size(), 3u);
    EXPECT_EQ(tasks[0].rule_id, "in-control-statement"); // missed on 15 May 2026
    EXPECT_EQ(tasks[0].due, sys_days{2026y / May / 15});
    EXPECT_EQ(tasks[0].status, TaskStatus::Overdue);
    EXPECT_EQ(tasks[0].owner, Role::Bestuurder);
    EXPECT_EQ(tasks[1].rule_id, "in-control-statement");
    EXPECT_EQ(tasks[1].due, sys_days{2027y / May / 15});
    EXPECT_EQ(tasks[2].rule_id, "policy-review"); // done on 2 May for 2026
    EXPECT_EQ(tasks[2].due, sys_days{2027y / May / 15});
}

TEST(TasksDue, TodayIsTheDutchCalendarDay)
{
    auto const facts = facts_from(2026y / January / 1);
    std::vector<Completion> const done{{"authority-contacts", "organisation", 2025y / March / 29}};
    struct Case {
        std::string_view now;
        TaskStatus status;
    };
    Case const cases[]{
        {"2026-03-29T21:59:59Z", TaskStatus::DueSoon}, // 23:59:59 CEST on the due day
        {"2026-03-29T22:00:00Z", TaskStatus::Overdue}, // 00:00 CEST the next day
        {"2026-03-28T22:59:59Z", TaskStatus::DueSoon}, // 23:59:59 CET the day before the clocks change
    };
    for (auto const& test : cases) {
        auto const tasks = tasks_due({rule_named("authority-contacts")}, facts, done, {}, utc(test.now));
        ASSERT_EQ(tasks.size(), 1u);
        EXPECT_EQ(tasks[0].due, sys_days{2026y / March / 29});
        EXPECT_EQ(tasks[0].status, test.status) << test.now;
    }
}

TEST(TasksDue, OverdueDutiesEscalateFromOwnerToCisoToBestuurder)
{
    auto const facts = facts_from(2025y / January / 1);
    std::vector<Completion> const done{{"restore-test", "organisation", 2025y / March / 1}}; // due 1 March 2026
    EscalationPolicy const policy{30, 14, 30};
    struct Case {
        sys_days today;
        TaskStatus status{};
        std::int64_t days_overdue{};
        EscalationLevel level{};
        Role responsible{};
    };
    Case const cases[]{
        {2026y / January / 15, TaskStatus::Open, 0, EscalationLevel::Owner, Role::Lijnmanager},
        {2026y / January / 30, TaskStatus::DueSoon, 0, EscalationLevel::Owner, Role::Lijnmanager},
        {2026y / March / 1, TaskStatus::DueSoon, 0, EscalationLevel::Owner, Role::Lijnmanager},
        {2026y / March / 2, TaskStatus::Overdue, 1, EscalationLevel::Owner, Role::Lijnmanager},
        {2026y / March / 15, TaskStatus::Overdue, 14, EscalationLevel::Ciso, Role::Ciso},
        {2026y / March / 31, TaskStatus::Overdue, 30, EscalationLevel::Bestuurder, Role::Bestuurder},
    };
    for (auto const& test : cases) {
        auto const now = sys_days{test.today} + hours{10}; // 11:00 CET: the same Dutch day
        auto const tasks = tasks_due({rule_named("restore-test")}, facts, done, policy, now);
        ASSERT_EQ(tasks.size(), 1u);
        EXPECT_EQ(tasks[0].status, test.status) << format_date(test.today);
        EXPECT_EQ(tasks[0].days_overdue, test.days_overdue) << format_date(test.today);
        EXPECT_EQ(tasks[0].escalation, test.level) << format_date(test.today);
        EXPECT_EQ(tasks[0].responsible, test.responsible) << format_date(test.today);
    }
}

TEST(TasksDue, PerSystemSupplierAndBoardDutiesWithTheirOwnStartAndPeriod)
{
    auto facts = facts_from(2026y / January / 1);
    facts.systems = {{InformationSystemId(1), "Zaaksysteem", false, 3}, // risk analysis: quarterly review
        {InformationSystemId(2), "Website", true, std::nullopt, sys_days{2026y / April / 10}}};
    facts.suppliers = {{7, "Hostingpartij", true}};
    facts.board = {{3, "Burgemeester"}};
    auto const rules = std::vector{rule_named("access-review"), rule_named("internet-facing-test"),
        rule_named("supplier-assurance"), rule_named("cloud-policy-review"), rule_named("board-training")};
    auto const tasks
        = tasks_due(rules, facts, {{"access-review", "system:1", 2026y / May / 31}}, {}, utc("2026-06-01T10:00:00Z"));
    struct Expected {
        std::string_view rule;
        std::string_view subject;
        sys_days due;
    };
    Expected const expected[]{
        {"access-review", "system:1", 2026y / August / 31}, {"board-training", "board:3", 2027y / January / 1},
        {"supplier-assurance", "supplier:7", 2027y / January / 1},
        {"access-review", "system:2", 2027y / April / 10}, // in the register since 10 April
        {"internet-facing-test", "system:2", 2027y / April / 10},
        {"cloud-policy-review", "organisation", 2029y / January / 1}, // a cloud supplier: the rule applies
    };
    ASSERT_EQ(tasks.size(), std::size(expected));
    for (std::size_t index = 0; index < tasks.size(); ++index) {
        EXPECT_EQ(tasks[index].rule_id, expected[index].rule) << index;
        EXPECT_EQ(tasks[index].subject_key, expected[index].subject) << index;
        EXPECT_EQ(tasks[index].due, expected[index].due) << index;
    }
    EXPECT_EQ(tasks[0].subject_name, "Zaaksysteem");
    facts.suppliers[0].cloud_service = false;
    EXPECT_EQ(tasks_due({rule_named("cloud-policy-review")}, facts, {}, {}, utc("2026-06-01T10:00:00Z")).size(), 0u);
}

TEST(TasksDue, EventsBecomeDutiesUntilDealtWith)
{
    auto facts = facts_from(2026y / January / 1);
    facts.staff = {{1, "Nieuwe collega", 2026y / November / 30},
        {2, "Getraind", 2026y / October / 1, sys_days{2026y / October / 20}},
        {3, "Al lang in dienst", 2020y / May / 1}};
    facts.advisories = {{10, "Ernstig lek in VPN", 2026y / December / 28, true},
        {11, "Lek in kantoorpakket", 2026y / December / 29, false},
        {12, "Gepatcht", 2026y / December / 1, false, std::nullopt, sys_days{2026y / December / 3}},
        {13, "Gemitigeerd", 2026y / December / 1, true, sys_days{2026y / December / 2}}};
    facts.open_actions = {{"10.2", "corrective-action:4", "Logging aanzetten", 2026y / December / 31, Role::Ciso}};
    auto const rules = std::vector{
        rule_named("awareness-training"), rule_named("severe-vulnerability"), rule_named("unpatched-vulnerability")};
    auto const tasks = tasks_due(rules, facts, {}, {}, utc("2026-12-30T10:00:00Z"));
    struct Expected {
        std::string_view rule;
        std::string_view subject;
        sys_days due;
    };
    Expected const expected[]{
        {"awareness-training", "person:3", 2026y / January / 1}, // before the ISMS start: due at the start
        {"action", "corrective-action:4", 2026y / December / 31},
        {"severe-vulnerability", "advisory:10", 2027y / January / 4},
        {"unpatched-vulnerability", "advisory:11", 2027y / January / 5},
        {"awareness-training", "person:1", 2027y / February / 28}, // three months, clamped
    };
    ASSERT_EQ(tasks.size(), std::size(expected));
    for (std::size_t index = 0; index < tasks.size(); ++index) {
        EXPECT_EQ(tasks[index].rule_id, expected[index].rule) << index;
        EXPECT_EQ(tasks[index].subject_key, expected[index].subject) << index;
        EXPECT_EQ(tasks[index].due, expected[index].due) << index;
    }
    EXPECT_EQ(tasks[1].source, "10.2");
    EXPECT_EQ(tasks[1].owner, Role::Ciso);
    // A completion recorded for the event also closes it.
    auto const after = tasks_due(rules, facts, {{"severe-vulnerability", "advisory:10", 2026y / December / 29}}, {},
        utc("2026-12-30T10:00:00Z"));
    EXPECT_EQ(after.size(), tasks.size() - 1);
}

TEST(TasksDue, WeekLongDutiesEscalateWithinDays)
{
    auto facts = facts_from(2026y / January / 1);
    facts.advisories = {{10, "Ernstig lek in VPN", 2026y / December / 28, true}}; // due 4 January
    facts.open_actions = {{"10.2", "corrective-action:4", "Logging aanzetten", 2027y / January / 4, Role::Lijnmanager}};
    struct Case {
        sys_days today;
        EscalationLevel advisory{};
        EscalationLevel action{}; ///< The organisation's chain: CISO after 14 days.
    };
    Case const cases[]{
        {2027y / January / 4, EscalationLevel::Owner, EscalationLevel::Owner},
        {2027y / January / 5, EscalationLevel::Ciso, EscalationLevel::Owner},
        {2027y / January / 7, EscalationLevel::Bestuurder, EscalationLevel::Owner},
    };
    for (auto const& test : cases) {
        auto const tasks
            = tasks_due({rule_named("severe-vulnerability")}, facts, {}, {}, sys_days{test.today} + hours{10});
        ASSERT_EQ(tasks.size(), 2u);
        EXPECT_EQ(tasks[0].rule_id, "action");
        EXPECT_EQ(tasks[0].escalation, test.action) << format_date(test.today);
        EXPECT_EQ(tasks[1].escalation, test.advisory) << format_date(test.today);
    }
}

TEST(TasksDue, TheWholeTableRunsForAnOrganisation)
{
    auto facts = facts_from(2026y / January / 1);
    facts.systems = {{InformationSystemId(1), "Zaaksysteem", true}};
    facts.suppliers = {{1, "Leverancier", false}};
    facts.board = {{1, "Bestuurder"}};
    auto const tasks = tasks_due(obligation_rules(), facts, {}, {}, utc("2026-01-10T10:00:00Z"));
    // One per organisation-wide rule (cloud policy does not apply, no staff or
    // advisories), per system, supplier and board member; the monthly report is due today.
    EXPECT_EQ(tasks.size(), 18u);
    EXPECT_EQ(tasks.front().rule_id, "incident-follow-up");
    EXPECT_EQ(tasks.front().due, sys_days{2026y / January / 10});
    EXPECT_EQ(to_string(tasks.front().status), "due_soon");
}

} // namespace
} // namespace bolwerk::domain::governance
