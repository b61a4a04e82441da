#include "domain/supplier/contract.hpp"

#include "domain/supplier/supplier_fixtures_test.hpp"

#include <functional>

#include <gtest/gtest.h>

namespace bolwerk::domain {
namespace {

using namespace supplier_fixtures;

TEST(ContractTerms, CompleteTermsAreAccepted)
{
    auto const terms = ContractTerms::create(complete_terms({DeliveredServiceId(2), DeliveredServiceId(1)}));
    ASSERT_TRUE(terms) << terms.error().to_string();
    EXPECT_EQ(terms->services, (std::vector{DeliveredServiceId(1), DeliveredServiceId(2)}));
}

TEST(ContractTerms, EachRuleNamesItsField)
{
    struct Case {
        char const* field;
        std::function<void(ContractTerms&)> change;
    };
    Case const cases[] = {
        {"reference", [](ContractTerms& t) { t.reference = "  "; }},
        {"title", [](ContractTerms& t) { t.title = ""; }},
        {"services", [](ContractTerms& t) { t.services.clear(); }},
        {"ends_on", [](ContractTerms& t) { t.ends_on = t.starts_on; }},
        {"notice_days", [](ContractTerms& t) { t.notice_days = -1; }},
        {"notice_days", [](ContractTerms& t) { t.notice_days = 3651; }},
        {"notice_days", [](ContractTerms& t) { t.ends_on = t.starts_on + std::chrono::days{30}; }},
        {"clauses[0].level", [](ContractTerms& t) { t.clauses[0].level.reset(); }},
        {"clauses[3].level",
            [](ContractTerms& t) {
                t.clauses.push_back({ClauseTopic::Other, CiaLevel::Hoog, "x"});
            }},
        {"clauses[3].text",
            [](ContractTerms& t) {
                t.clauses.push_back({ClauseTopic::Other, std::nullopt, " "});
            }},
        {"termination_triggers[1]", [](ContractTerms& t) { t.termination_triggers[1] = " "; }},
        {"dependency_assessment.decided_by", [](ContractTerms& t) { t.dependency_assessment->decided_by = ""; }},
    };
    for (auto const& c : cases) {
        auto raw = complete_terms({DeliveredServiceId(1)});
        c.change(raw);
        auto const terms = ContractTerms::create(raw);
        ASSERT_FALSE(terms) << c.field;
        EXPECT_EQ(terms.error().kind(), ErrorKind::Invalid);
        EXPECT_EQ(terms.error().location().field, c.field) << terms.error().to_string();
    }
}

TEST(ContractTerms, AConceptMayStillBeIncomplete)
{
    auto raw = complete_terms({DeliveredServiceId(1)});
    raw.exit_strategy.reset();
    raw.dependency_assessment.reset();
    raw.clauses = prefill_security_clauses({});
    raw.general_terms = {};
    raw.duties = {};
    EXPECT_TRUE(ContractTerms::create(raw));
}

TEST(GeneralTerms, ExcludedOrEveryConsequenceJudged)
{
    struct Case {
        GeneralTerms terms;
        char const* failing_field{}; // nullptr when settled
    };
    using enum ConsequenceDisposition;
    Case const cases[] = {
        {{TermsHandling::Excluded, {}}, nullptr},
        {{TermsHandling::NotAssessed, {}}, "general_terms.handling"},
        {{TermsHandling::ConsequencesRecorded, {}}, "general_terms.consequences"},
        {{TermsHandling::ConsequencesRecorded, {{"Aansprakelijkheid beperkt", Accepted, ""}}}, nullptr},
        {{TermsHandling::ConsequencesRecorded, {{"", Accepted, ""}}}, "general_terms.consequences[0].description"},
        {{TermsHandling::ConsequencesRecorded,
             {{"Aansprakelijkheid beperkt", Accepted, ""}, {"Eenzijdig wijzigen", Mitigated, ""}}},
            "general_terms.consequences[1].note"},
        {{TermsHandling::ConsequencesRecorded, {{"Eenzijdig wijzigen", Mitigated, "Wijziging vereist akkoord"}}},
            nullptr},
        {{TermsHandling::ConsequencesRecorded, {{"Data naar VS", NeverAcceptable, ""}}},
            "general_terms.consequences[0].note"},
        {{TermsHandling::ConsequencesRecorded, {{"Data naar VS", NeverAcceptable, "Artikel 9 gaat voor"}}}, nullptr},
    };
    for (auto const& c : cases) {
        auto const checked = check_general_terms(c.terms);
        if (c.failing_field == nullptr) {
            EXPECT_TRUE(checked) << checked.error().to_string();
            continue;
        }
        ASSERT_FALSE(checked);
        EXPECT_EQ(checked.error().location().field, c.failing_field);
    }
}

TEST(ContractStatus, OnlyForwardChanges)
{
    using enum ContractStatus;
    struct Case {
        ContractStatus from;
        ContractStatus to;
        bool allowed;
    };
    Case const cases[] = {{Concept, Active, true}, {Concept, Ended, true}, {Active, Ended, true},
        {Active, Active, true}, {Active, Concept, false}, {Ended, Active, false}, {Ended, Concept, false}};
    for (auto const& c : cases) {
        auto const checked = check_status_change(c.from, c.to);
        EXPECT_EQ(checked.has_value(), c.allowed) << to_string(c.from) << " -> " << to_string(c.to);
        if (!c.allowed) {
            EXPECT_EQ(checked.error().kind(), ErrorKind::Conflict);
        }
    }
}

TEST(Contract, NoticeDeadlineIsTheEndMinusTheNoticePeriod)
{
    auto terms = complete_terms({DeliveredServiceId(1)});
    EXPECT_EQ(notice_deadline(terms), day(2029, 10, 2));
    terms.ends_on.reset();
    EXPECT_EQ(notice_deadline(terms), std::nullopt);
}

TEST(Contract, PrefilledClausesCarryTheRequiredLevels)
{
    auto const clauses = prefill_security_clauses({CiaLevel::Midden, CiaLevel::Laag, CiaLevel::Hoog});
    ASSERT_EQ(clauses.size(), 3u);
    EXPECT_EQ(clauses[0].topic, ClauseTopic::Availability);
    EXPECT_EQ(clauses[0].level, CiaLevel::Midden);
    EXPECT_EQ(clauses[1].level, CiaLevel::Laag);
    EXPECT_EQ(clauses[2].topic, ClauseTopic::Confidentiality);
    EXPECT_EQ(clauses[2].level, CiaLevel::Hoog);
    EXPECT_TRUE(clauses[2].text.empty());
}

TEST(ContractEnums, NamesRoundTrip)
{
    for (auto const status : {ContractStatus::Concept, ContractStatus::Active, ContractStatus::Ended})
        EXPECT_EQ(*parse_contract_status(to_string(status)), status);
    for (auto const topic :
        {ClauseTopic::Availability, ClauseTopic::Integrity, ClauseTopic::Confidentiality, ClauseTopic::Other})
        EXPECT_EQ(*parse_clause_topic(to_string(topic)), topic);
    for (auto const handling :
        {TermsHandling::NotAssessed, TermsHandling::Excluded, TermsHandling::ConsequencesRecorded})
        EXPECT_EQ(*parse_terms_handling(to_string(handling)), handling);
    for (auto const disposition :
        {ConsequenceDisposition::Accepted, ConsequenceDisposition::Mitigated, ConsequenceDisposition::NeverAcceptable})
        EXPECT_EQ(*parse_consequence_disposition(to_string(disposition)), disposition);
    for (auto const decision : {DependencyDecision::Manageable, DependencyDecision::NotManageable})
        EXPECT_EQ(*parse_dependency_decision(to_string(decision)), decision);
    auto const unknown = parse_contract_status("getekend");
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().message(), "unknown contract status 'getekend' (expected concept, actief or beeindigd)");
}

} // namespace
} // namespace bolwerk::domain
