#include "domain/supplier/contract_gate.hpp"

#include "domain/catalog/measure_number.hpp"
#include "domain/supplier/supplier_fixtures_test.hpp"

#include <functional>

#include <gtest/gtest.h>

namespace bolwerk::domain {
namespace {

using namespace supplier_fixtures;

// One contract for two services; the gate inputs that make it pass, which each test
// then breaks in one place.
struct GateFixture {
    std::vector<DeliveredService> services{make_service(1, 1, "Hosting", {InformationSystemId(1)}),
        make_service(2, 1, "Back-up", {InformationSystemId(2)}, Dependency::Laag, true)};
    std::map<InformationSystemId, Cia> classifications{
        {InformationSystemId(1), {CiaLevel::Hoog, CiaLevel::Midden, CiaLevel::Hoog}},
        {InformationSystemId(2), {CiaLevel::Midden, CiaLevel::Hoog, CiaLevel::Laag}}};
    ContractTerms terms = complete_terms({DeliveredServiceId(1), DeliveredServiceId(2)});
    std::optional<RiskAnalysisStatus> analysis_status = RiskAnalysisStatus::Completed;
    std::vector<ChainDisclosure> disclosures{disclosure(1), disclosure(2)};

    static ChainDisclosure disclosure(std::int64_t service)
    {
        return {DeliveredServiceId(service), day(2025, 10, 1), "geen", ChainJudgement::Acceptable, "CISO",
            day(2025, 10, 5)};
    }

    GateResult check() const
    {
        return check_contract_gate({terms, services, classifications, analysis_status, disclosures});
    }
};

std::vector<GateItem> items(GateResult const& result)
{
    std::vector<GateItem> found;
    for (auto const& finding : result.missing)
        found.push_back(finding.item);
    return found;
}

TEST(ContractGate, ACompleteContractPasses)
{
    GateFixture const fixture;
    auto const result = fixture.check();
    EXPECT_TRUE(result.passed()) << (result.missing.empty() ? "" : describe(result.missing.front()));
}

TEST(ContractGate, EachGapIsFoundWithItsSubject)
{
    using enum GateItem;
    struct Case {
        GateItem item;
        char const* subject;
        std::function<void(GateFixture&)> breaks;
    };
    Case const cases[] = {
        {DependencyAssessmentMissing, "", [](GateFixture& f) { f.terms.dependency_assessment.reset(); }},
        {DependencyAssessmentNotCompleted, "",
            [](GateFixture& f) { f.analysis_status = RiskAnalysisStatus::InProgress; }},
        {DependencyAssessmentNotCompleted, "", [](GateFixture& f) { f.analysis_status.reset(); }},
        {DependencyNotManageable, "",
            [](GateFixture& f) { f.terms.dependency_assessment->decision = DependencyDecision::NotManageable; }},
        {ExitStrategyMissing, "", [](GateFixture& f) { f.terms.exit_strategy.reset(); }},
        {ExitStrategyMissing, "", [](GateFixture& f) { f.terms.exit_strategy->data_return.clear(); }},
        {ChainNotDisclosed, "Back-up", [](GateFixture& f) { f.disclosures.pop_back(); }},
        {ChainNotDisclosed, "Hosting", [](GateFixture& f) { f.disclosures[0].disclosed_on.reset(); }},
        {ChainNotJudged, "Hosting", [](GateFixture& f) { f.disclosures[0].judgement = ChainJudgement::NotJudged; }},
        {ChainNotAcceptable, "Back-up",
            [](GateFixture& f) { f.disclosures[1].judgement = ChainJudgement::NotAcceptable; }},
        {SecurityClauseMissing, "vertrouwelijkheid", [](GateFixture& f) { f.terms.clauses[2].text.clear(); }},
        {SecurityClauseMissing, "integriteit", [](GateFixture& f) { f.terms.clauses[1].level = CiaLevel::Midden; }},
        {GeneralTermsNotSettled, "", [](GateFixture& f) { f.terms.general_terms = {}; }},
        {IncidentReportingDutyMissing, "",
            [](GateFixture& f) { f.terms.duties.reports_vulnerabilities_and_incidents = false; }},
        {RightToAuditMissing, "", [](GateFixture& f) { f.terms.duties.right_to_audit = false; }},
        {AssuranceDutyMissing, "", [](GateFixture& f) { f.terms.duties.yearly_independent_assurance = false; }},
        {FlowDownMissing, "", [](GateFixture& f) { f.terms.duties.requirements_flow_down = false; }},
        {ChainChangeDutyMissing, "", [](GateFixture& f) { f.terms.duties.reports_chain_changes = false; }},
        {TerminationTriggersMissing, "", [](GateFixture& f) { f.terms.termination_triggers.clear(); }},
    };
    for (auto const& c : cases) {
        GateFixture fixture;
        c.breaks(fixture);
        auto const result = fixture.check();
        ASSERT_EQ(result.missing.size(), 1u) << to_string(c.item);
        EXPECT_EQ(result.missing[0].item, c.item);
        EXPECT_EQ(result.missing[0].subject, c.subject) << to_string(c.item);
    }
}

TEST(ContractGate, ClauseLevelComesFromTheLinkedSystems)
{
    GateFixture fixture;
    fixture.terms.clauses = prefill_security_clauses({CiaLevel::Hoog, CiaLevel::Midden, CiaLevel::Hoog});
    for (auto& clause : fixture.terms.clauses)
        clause.text = "Bijlage 3";
    // System 2 needs integrity "hoog"; the clause says "midden".
    auto const result = fixture.check();
    ASSERT_EQ(result.missing.size(), 1u);
    EXPECT_EQ(result.missing[0].level, CiaLevel::Hoog);
    EXPECT_EQ(describe(result.missing[0]), "no security clause for integriteit at level hoog (5.19.01)");
}

TEST(ContractGate, TerminationTriggersOnlyForCloudServices)
{
    GateFixture fixture;
    fixture.services[1].cloud_service_provider = false;
    fixture.terms.termination_triggers.clear();
    EXPECT_TRUE(fixture.check().passed());
}

TEST(ContractGate, AnEmptyConceptListsEveryItemInOrder)
{
    GateFixture fixture;
    fixture.terms = complete_terms({DeliveredServiceId(1), DeliveredServiceId(2)});
    fixture.terms.clauses.clear();
    fixture.terms.general_terms = {};
    fixture.terms.duties = {};
    fixture.terms.termination_triggers.clear();
    fixture.terms.exit_strategy.reset();
    fixture.terms.dependency_assessment.reset();
    fixture.analysis_status.reset();
    fixture.disclosures.clear();
    using enum GateItem;
    EXPECT_EQ(items(fixture.check()),
        (std::vector{DependencyAssessmentMissing, ExitStrategyMissing, ChainNotDisclosed, ChainNotDisclosed,
            SecurityClauseMissing, SecurityClauseMissing, SecurityClauseMissing, GeneralTermsNotSettled,
            IncidentReportingDutyMissing, RightToAuditMissing, AssuranceDutyMissing, FlowDownMissing,
            ChainChangeDutyMissing, TerminationTriggersMissing}));
}

TEST(ContractGate, RefusalNamesEveryMissingItem)
{
    GateFixture fixture;
    fixture.terms.exit_strategy.reset();
    fixture.disclosures.pop_back();
    auto const methodology = RiskMethodology::standard();
    auto const refused = authorise_activation(fixture.check(), std::nullopt, methodology, Criticality::Hoog);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind(), ErrorKind::Conflict);
    EXPECT_EQ(refused.error().message(),
        "the contract cannot become active: no worked-out exit strategy (5.20.06); the chain of sub-suppliers is "
        "not disclosed for Back-up (5.21.02)");
    EXPECT_TRUE(authorise_activation(GateResult{}, std::nullopt, methodology, Criticality::Hoog));
}

TEST(ContractGate, DeviationAuthorityFollowsTheRiskAppetite)
{
    auto const standard = RiskMethodology::standard();
    // The standard appetite: laag within appetite (a deviation still needs the process
    // owner), midden the process owner, hoog the board.
    EXPECT_EQ(required_deviation_authority(standard, Criticality::Laag), AcceptanceAuthority::ProcessOwner);
    EXPECT_EQ(required_deviation_authority(standard, Criticality::Midden), AcceptanceAuthority::ProcessOwner);
    EXPECT_EQ(required_deviation_authority(standard, Criticality::Hoog), AcceptanceAuthority::Board);

    auto definition = standard.definition();
    definition.appetite = {
        AcceptanceAuthority::Board, AcceptanceAuthority::Board, AcceptanceAuthority::Board, AcceptanceAuthority::Board};
    auto const strict = RiskMethodology::create(definition);
    ASSERT_TRUE(strict) << strict.error().to_string();
    EXPECT_EQ(required_deviation_authority(*strict, Criticality::Laag), AcceptanceAuthority::Board);
}

TEST(ContractGate, DeviationMustBeAuthorisedReasonedAndCoverEveryItem)
{
    GateFixture fixture;
    fixture.terms.exit_strategy.reset();
    fixture.disclosures[0].judgement = ChainJudgement::NotJudged;
    auto const result = fixture.check();
    auto const methodology = RiskMethodology::standard();
    GateDeviation const valid{"Wethouder Jansen", AcceptanceAuthority::Board, day(2026, 1, 10),
        "Noodcontract na faillissement vorige leverancier", {GateItem::ExitStrategyMissing, GateItem::ChainNotJudged}};
    EXPECT_TRUE(authorise_activation(result, valid, methodology, Criticality::Hoog));

    struct Case {
        ErrorKind kind;
        std::function<void(GateDeviation&)> change;
    };
    Case const cases[] = {
        {ErrorKind::Forbidden, [](GateDeviation& d) { d.authority = AcceptanceAuthority::ProcessOwner; }},
        {ErrorKind::Invalid, [](GateDeviation& d) { d.decided_by = " "; }},
        {ErrorKind::Invalid, [](GateDeviation& d) { d.reason = "omdat het moet"; }},
        {ErrorKind::Conflict, [](GateDeviation& d) { d.waived = {GateItem::ExitStrategyMissing}; }},
    };
    for (auto const& c : cases) {
        auto deviation = valid;
        c.change(deviation);
        auto const refused = authorise_activation(result, deviation, methodology, Criticality::Hoog);
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().kind(), c.kind) << refused.error().to_string();
    }
    auto partial = valid;
    partial.waived = {GateItem::ExitStrategyMissing};
    EXPECT_EQ(authorise_activation(result, partial, methodology, Criticality::Hoog).error().message(),
        "the deviation does not cover: the chain of sub-suppliers is not judged for Hosting (5.21.02)");
    // The process owner may decide for a contract of criticality midden.
    auto owner = valid;
    owner.authority = AcceptanceAuthority::ProcessOwner;
    EXPECT_TRUE(authorise_activation(result, owner, methodology, Criticality::Midden));
}

TEST(GateItem, NamesAndMeasuresForEveryItem)
{
    for (int i = 0; i <= static_cast<int>(GateItem::TerminationTriggersMissing); ++i) {
        auto const item = static_cast<GateItem>(i);
        EXPECT_EQ(*parse_gate_item(to_string(item)), item);
        EXPECT_TRUE(catalog::MeasureNumber::parse(gate_item_measure(item))) << to_string(item);
    }
    EXPECT_EQ(parse_gate_item("unknown").error().location().field, "waived");
}

} // namespace
} // namespace bolwerk::domain
