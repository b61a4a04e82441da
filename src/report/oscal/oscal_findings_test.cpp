#include "report/oscal/oscal_findings.hpp"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <regex>

namespace bolwerk::report::oscal {
namespace {

using namespace domain::findings;

Timestamp at(long long seconds) { return Timestamp(std::chrono::seconds(seconds)); }
Period const period{at(1'780'000'000), at(1'790'000'000)};

AssessmentResultsInput sample()
{
    Finding finding;
    finding.tool = {"ZAP", "2.16.0"};
    finding.rule_id = "40012";
    finding.title = "Cross Site Scripting (Reflected)";
    finding.severity = "High";
    finding.cve_ids = {"CVE-2024-1", "CVE-2024-2"};
    finding.cwe_ids = {"CWE-79"};
    finding.evidence = "param: q\nattack: <script>";
    finding.fingerprint = "f1:0123";
    finding.last_seen = at(1'789'000'000);
    auto verdict = mfa_verdict({200, 196, {"j.jansen@example.nl"}}, {}, period);
    return {"Gemeente Voorbeeld", "Werking Q3", period,
        {{finding, "Zaakportaal", domain::RiskLevel::Hoog, FindingStatus::Open}}, {verdict}};
}

TEST(OscalFindings, AssessmentResultsRoundTrip)
{
    auto const input = sample();
    auto const text = write_assessment_results_json(input, at(1'790'000'000));
    auto const read = read_assessment_results_json(text);
    ASSERT_TRUE(read) << read.error().message();
    EXPECT_EQ(read->organisation, input.organisation);
    EXPECT_EQ(read->title, input.title);
    EXPECT_EQ(read->period.from, input.period.from);
    EXPECT_EQ(read->period.to, input.period.to);
    ASSERT_EQ(read->findings.size(), 1u);
    EXPECT_EQ(read->findings[0], input.findings[0]);
    ASSERT_EQ(read->verdicts.size(), 1u);
    EXPECT_EQ(read->verdicts[0].measure, "5.17.01");
    EXPECT_EQ(read->verdicts[0].verdict, Verdict::PartlyEffective);
    EXPECT_DOUBLE_EQ(read->verdicts[0].value, 0.98);
    EXPECT_EQ(read->verdicts[0].reasons, input.verdicts[0].reasons);
}

TEST(OscalFindings, AssessmentResultsAreDeterministicWithVersion5Uuids)
{
    auto const first = write_assessment_results_json(sample(), at(1));
    EXPECT_EQ(first, write_assessment_results_json(sample(), at(1)));
    auto const document = nlohmann::json::parse(first);
    auto const& result = document["assessment-results"]["results"][0];
    EXPECT_EQ(result["findings"][0]["target"]["target-id"], "bio2-5.17.01");
    EXPECT_EQ(result["findings"][0]["target"]["status"]["state"], "not-satisfied");
    EXPECT_EQ(result["risks"].size(), 1u);
    std::regex const v5("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
    EXPECT_TRUE(std::regex_match(document["assessment-results"]["uuid"].get<std::string>(), v5));
    EXPECT_EQ(document["assessment-results"]["import-ap"]["href"].get<std::string>(),
        "#" + document["assessment-results"]["back-matter"]["resources"][0]["uuid"].get<std::string>());
}

TEST(OscalFindings, PoamRoundTrip)
{
    PoamInput const input{"Gemeente Voorbeeld", "Plan van aanpak",
        {{"XSS in search", "Fix the encoding", "Zaakportaal", "Teamleider web", at(1'790'604'800),
             domain::RiskLevel::Hoog, "f1:0123", "8.08.01"},
            {"MFA for j.jansen", "Enrol a passkey", "Werkplek", "Teamleider web", std::nullopt,
                domain::RiskLevel::Midden, "", "5.17.01"}}};
    auto const text = write_poam_json(input, at(1'790'000'000));
    auto const read = read_poam_json(text);
    ASSERT_TRUE(read) << read.error().message();
    EXPECT_EQ(read->organisation, input.organisation);
    EXPECT_EQ(read->title, input.title);
    EXPECT_EQ(read->entries, input.entries);
    auto const document = nlohmann::json::parse(text);
    EXPECT_EQ(document["plan-of-action-and-milestones"]["metadata"]["parties"].size(), 2u); // one owner, once
}

TEST(OscalFindings, ReaderRefusesOtherDocuments)
{
    EXPECT_EQ(read_assessment_results_json("not json").error().kind(), ErrorKind::Invalid);
    EXPECT_EQ(read_assessment_results_json(R"({"catalog": {}})").error().kind(), ErrorKind::Invalid);
    EXPECT_EQ(
        read_assessment_results_json(R"({"assessment-results": {"results": []}})").error().kind(), ErrorKind::Invalid);
    EXPECT_EQ(read_poam_json(R"({"assessment-results": {}})").error().kind(), ErrorKind::Invalid);
}

} // namespace
} // namespace bolwerk::report::oscal
