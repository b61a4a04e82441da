#include "domain/risk/risk_tasks.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain {
namespace {

using namespace std::chrono;

constexpr sys_days today{2026y / November / 25};

InformationSystem make_system(std::int64_t id, sys_days classified)
{
    InformationSystem system;
    system.id = InformationSystemId(id);
    system.name = "system " + std::to_string(id);
    system.classified_at = classified;
    return system;
}

RiskAnalysis completed_analysis(std::int64_t system, sys_days held_on)
{
    RiskAnalysis analysis;
    analysis.system = InformationSystemId(system);
    analysis.held_on = held_on;
    analysis.status = RiskAnalysisStatus::Completed;
    return analysis;
}

Risk make_risk(std::int64_t id, RiskLevel level)
{
    Risk risk;
    risk.id = RiskId(id);
    risk.title = "risk " + std::to_string(id);
    risk.inherent = {3, 3, level};
    return risk;
}

std::vector<RiskTaskKind> kinds(std::vector<RiskTask> const& tasks)
{
    std::vector<RiskTaskKind> result;
    result.reserve(tasks.size());
    for (auto const& task : tasks)
        result.push_back(task.kind);
    return result;
}

TEST(RiskTasks, SystemsWithoutOrWithStaleAnalysisNeedOne)
{
    std::vector<InformationSystem> const systems{make_system(1, sys_days{2026y / January / 1}),
        make_system(2, sys_days{2026y / June / 1}), make_system(3, sys_days{2026y / January / 1})};
    auto planned = completed_analysis(3, sys_days{2026y / February / 1});
    planned.status = RiskAnalysisStatus::Planned; // does not count
    std::vector<RiskAnalysis> const analyses{completed_analysis(1, sys_days{2026y / February / 1}),
        completed_analysis(2, sys_days{2026y / February / 1}), planned};
    auto const tasks = risk_tasks(RiskMethodology::standard(), systems, analyses, {}, {}, today);
    ASSERT_EQ(tasks.size(), 2u);
    EXPECT_EQ(tasks[0].kind, RiskTaskKind::AnalyseReclassifiedSystem);
    EXPECT_EQ(tasks[0].system, InformationSystemId(2));
    EXPECT_EQ(tasks[1].kind, RiskTaskKind::AnalyseNewSystem);
    EXPECT_EQ(tasks[1].system, InformationSystemId(3));
}

TEST(RiskTasks, AcceptanceMissingExpiredOrTooMild)
{
    auto const methodology = RiskMethodology::standard();
    std::vector<Risk> const risks{make_risk(1, RiskLevel::Laag), make_risk(2, RiskLevel::Hoog),
        make_risk(3, RiskLevel::Hoog), make_risk(4, RiskLevel::Hoog), make_risk(5, RiskLevel::Midden)};
    auto acceptance = [](std::int64_t risk, RiskLevel level, sys_days until) {
        RiskAcceptance a;
        a.risk_id = RiskId(risk);
        a.level = level;
        a.valid_until = until;
        return a;
    };
    std::vector<RiskAcceptance> const acceptances{
        acceptance(3, RiskLevel::Hoog, sys_days{2026y / November / 1}), // expired
        acceptance(4, RiskLevel::Midden, sys_days{2027y / November / 1}), // accepted when milder
        acceptance(5, RiskLevel::Midden, sys_days{2027y / November / 1}), // fine
    };
    auto const tasks = risk_tasks(methodology, {}, {}, risks, acceptances, today);
    EXPECT_EQ(kinds(tasks),
        (std::vector<RiskTaskKind>{
            RiskTaskKind::AcceptanceMissing, RiskTaskKind::AcceptanceExpired, RiskTaskKind::AcceptanceMissing}));
    EXPECT_EQ(tasks[0].risk, RiskId(2));
    EXPECT_EQ(tasks[1].risk, RiskId(3));
    EXPECT_EQ(tasks[2].risk, RiskId(4));
}

TEST(RiskTasks, OverdueReviewIsATask)
{
    auto risk = make_risk(1, RiskLevel::Laag);
    risk.review_due = sys_days{2026y / October / 1};
    auto const tasks = risk_tasks(RiskMethodology::standard(), {}, {}, {risk}, {}, today);
    EXPECT_EQ(kinds(tasks), std::vector<RiskTaskKind>{RiskTaskKind::ReviewOverdue});
}

} // namespace
} // namespace bolwerk::domain
