#include "domain/findings/werking_verdict.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::findings {
namespace {

Period const period{Timestamp(std::chrono::seconds(1'780'000'000)), Timestamp(std::chrono::seconds(1'790'000'000))};

RuleResult test_result(std::string target, std::string id, RuleOutcome outcome)
{
    return {{"internet.nl", ""}, std::move(id), "test", outcome, "", "", std::move(target), {}};
}

TEST(WerkingVerdict, InternetNlAgainstTheMandatoryStandards)
{
    std::vector<TargetScore> const scores{{"a.nl", "web", 100, ""}, {"b.nl", "web", 80, ""}};
    std::vector<RuleResult> results{test_result("a.nl", "web_https_http_hsts", RuleOutcome::Pass),
        test_result("b.nl", "web_appsecpriv_csp", RuleOutcome::Fail)}; // not a mandatory standard
    auto verdict = internetnl_verdict(scores, results, period);
    EXPECT_EQ(verdict.measure, "5.14.01");
    EXPECT_EQ(verdict.verdict, Verdict::Effective);
    EXPECT_EQ(verdict.value, 1.0);
    results.push_back(test_result("b.nl", "web_dnssec_valid", RuleOutcome::Fail));
    verdict = internetnl_verdict(scores, results, period);
    EXPECT_EQ(verdict.verdict, Verdict::PartlyEffective);
    EXPECT_EQ(verdict.value, 0.5);
    EXPECT_EQ(verdict.reasons.front(), "b.nl: web_dnssec_valid");
    results.push_back(test_result("a.nl", "web_https_tls_version", RuleOutcome::Fail));
    EXPECT_EQ(internetnl_verdict(scores, results, period).verdict, Verdict::NotEffective);
    EXPECT_EQ(internetnl_verdict({}, {}, period).verdict, Verdict::NoData);
    EXPECT_TRUE(is_mandatory_internetnl_test("mail_auth_dmarc_policy"));
    EXPECT_FALSE(is_mandatory_internetnl_test("web_appsecpriv_x_frame_options"));
}

TEST(WerkingVerdict, OpenHighFindingsPerSystem)
{
    EXPECT_EQ(open_high_findings_verdict({{"portaal", 0}, {"zaaksysteem", 0}}, period).verdict, Verdict::Effective);
    auto const verdict = open_high_findings_verdict({{"portaal", 2}, {"zaaksysteem", 0}}, period);
    EXPECT_EQ(verdict.verdict, Verdict::NotEffective);
    EXPECT_EQ(verdict.value, 2);
    EXPECT_EQ(verdict.reasons, std::vector<std::string>{"portaal: 2 open high-risk finding(s)"});
    EXPECT_EQ(open_high_findings_verdict({}, period).verdict, Verdict::NoData);
}

TEST(WerkingVerdict, HardeningPassRateFromXccdf)
{
    std::vector<RuleResult> results;
    results.reserve(20);
    for (int i = 0; i < 19; ++i)
        results.push_back({{}, "r" + std::to_string(i), "", RuleOutcome::Pass, "pass", "", "db01", {}});
    results.push_back({{}, "na", "", RuleOutcome::NotApplicable, "notapplicable", "", "db01", {}});
    results.push_back({{}, "bad", "", RuleOutcome::Fail, "fail", "", "db01", {}});
    auto verdict = hardening_verdict(results, period);
    EXPECT_DOUBLE_EQ(verdict.value, 0.95);
    EXPECT_EQ(verdict.verdict, Verdict::Effective);
    results.push_back({{}, "err", "", RuleOutcome::Error, "error", "", "db01", {}});
    verdict = hardening_verdict(results, period);
    EXPECT_EQ(verdict.verdict, Verdict::PartlyEffective);
    EXPECT_EQ(verdict.reasons.size(), 2u);
    EXPECT_EQ(hardening_verdict(results, period, {0.99, 0.99, 0.95, 0.5}).verdict, Verdict::NotEffective);
    EXPECT_EQ(hardening_verdict({}, period).verdict, Verdict::NoData);
}

TEST(WerkingVerdict, SbomCoverage)
{
    EXPECT_EQ(sbom_coverage_verdict({"a", "b"}, {"a", "b"}, period).verdict, Verdict::Effective);
    auto const verdict = sbom_coverage_verdict({"a", "b", "c"}, {"a", "b", "x"}, period);
    EXPECT_EQ(verdict.verdict, Verdict::PartlyEffective);
    EXPECT_EQ(verdict.reasons, std::vector<std::string>{"c: no SBOM"});
    EXPECT_EQ(sbom_coverage_verdict({"a", "b", "c"}, {}, period).verdict, Verdict::NotEffective);
}

TEST(WerkingVerdict, MfaCoverageFromSignIns)
{
    MfaCoverage const coverage{200, 196, {"svc-scanner@example.nl", "j.jansen@example.nl"}};
    auto verdict = mfa_verdict(coverage, {}, period);
    EXPECT_EQ(verdict.measure, "5.17.01");
    EXPECT_DOUBLE_EQ(verdict.value, 0.98);
    EXPECT_EQ(verdict.verdict, Verdict::PartlyEffective);
    EXPECT_EQ(verdict.reasons.size(), 2u);
    verdict = mfa_verdict(coverage, {"svc-scanner@example.nl", "j.jansen@example.nl"}, period);
    EXPECT_EQ(verdict.verdict, Verdict::Effective);
    EXPECT_EQ(mfa_verdict({100, 50, {"a"}}, {}, period).verdict, Verdict::NotEffective);
    EXPECT_EQ(mfa_verdict({}, {}, period).verdict, Verdict::NoData);
}

} // namespace
} // namespace bolwerk::domain::findings
