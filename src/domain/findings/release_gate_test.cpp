#include "domain/findings/release_gate.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::findings {
namespace {

using enum GateReasonKind;

GateFinding high(FindingStatus status) { return {"f1:abc", "XSS in search", RiskLevel::Hoog, status}; }

std::vector<GateReasonKind> kinds(GateDecision const& decision)
{
    std::vector<GateReasonKind> result;
    for (auto const& reason : decision.reasons)
        result.push_back(reason.kind);
    return result;
}

TEST(ReleaseGate, DecidesFromPentestAndOpenHighFindings)
{
    struct Case {
        ReleaseGateInput input;
        bool go;
        std::vector<GateReasonKind> reasons;
    };
    Case const cases[] = {
        {{false, false, {high(FindingStatus::Open)}, {}}, true, {NotInternetFacing}},
        {{true, true, {}, {}}, true, {}},
        {{true, false, {}, {}}, false, {NoPentest}},
        {{true, true, {high(FindingStatus::Open)}, {}}, false, {OpenHighRiskFinding}},
        {{true, true, {high(FindingStatus::Accepted)}, {}}, false, {OpenHighRiskFinding}},
        {{true, true, {high(FindingStatus::Mitigated), high(FindingStatus::FalsePositive)}, {}}, true, {}},
        {{true, true, {{"f1:m", "medium", RiskLevel::Midden, FindingStatus::Open}}, {}}, true, {}},
        {{true, false, {high(FindingStatus::Open), {"f1:z", "rce", RiskLevel::ZeerHoog, FindingStatus::Open}}, {}},
            false, {NoPentest, OpenHighRiskFinding, OpenHighRiskFinding}},
    };
    for (auto const& test : cases) {
        auto const decision = decide_release_gate(test.input);
        ASSERT_TRUE(decision);
        EXPECT_EQ(decision->go, test.go);
        EXPECT_EQ(kinds(*decision), test.reasons);
    }
}

TEST(ReleaseGate, BlocksOnUnmitigatedHighFindingEvenWithAnOverride)
{
    ReleaseGateInput const input{true, true, {high(FindingStatus::Open)}, GateOverride{"ciso", "deadline", {}}};
    auto const decision = decide_release_gate(input);
    ASSERT_FALSE(decision);
    EXPECT_EQ(decision.error().kind(), ErrorKind::Forbidden);
}

TEST(ReleaseGate, OverrideOfAMissingPentestIsARecordedDecision)
{
    ReleaseGateInput input{true, false, {},
        GateOverride{"J. de Vries (CISO)", "pentest by the supplier, report PT-7",
            Timestamp(std::chrono::seconds(1'790'000'000))}};
    auto const decision = decide_release_gate(input);
    ASSERT_TRUE(decision);
    EXPECT_TRUE(decision->go);
    EXPECT_EQ(kinds(*decision), (std::vector<GateReasonKind>{NoPentest, Overridden}));
    EXPECT_NE(decision->reasons.back().subject.find("pentest by the supplier"), std::string::npos);
    input.override_decision->reason = "";
    EXPECT_EQ(decide_release_gate(input).error().kind(), ErrorKind::Invalid);
    input.override_decision->reason = "x";
    input.override_decision->decided_by = " ";
    EXPECT_EQ(decide_release_gate(input).error().kind(), ErrorKind::Invalid);
}

} // namespace
} // namespace bolwerk::domain::findings
