#include "domain/findings/severity.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::findings {
namespace {

Finding finding(std::string tool, std::string severity, std::optional<Cvss> v3 = {}, std::optional<Cvss> v4 = {})
{
    Finding value;
    value.tool.name = std::move(tool);
    value.severity = std::move(severity);
    value.cvss_v3 = std::move(v3);
    value.cvss_v4 = std::move(v4);
    return value;
}

TEST(SeverityMapping, DefaultMapsToolWordsToRiskLevels)
{
    auto const mapping = SeverityMapping::default_mapping();
    struct Case {
        Finding finding;
        RiskLevel level{};
    };
    Case const cases[] = {
        {finding("Trivy", "CRITICAL"), RiskLevel::ZeerHoog},
        {finding("Trivy", "HIGH"), RiskLevel::Hoog},
        {finding("ZAP", "Medium"), RiskLevel::Midden},
        {finding("ZAP", "Informational"), RiskLevel::Laag},
        {finding("gitleaks", "error"), RiskLevel::Hoog},
        {finding("CodeQL", "8.8"), RiskLevel::Hoog},
        {finding("CodeQL", "9.1"), RiskLevel::ZeerHoog},
        {finding("Nessus", "4"), RiskLevel::ZeerHoog},
        {finding("Nessus", "0"), RiskLevel::Laag},
        {finding("OpenVAS", "Log"), RiskLevel::Laag},
        // No word known: the CVSS score decides, v4 before v3, computed from a vector.
        {finding("x", "", Cvss{"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", std::nullopt}), RiskLevel::ZeerHoog},
        {finding("x", "", Cvss{"", 5.0}, Cvss{"CVSS:4.0/…", 7.1}), RiskLevel::Hoog},
        {finding("x", "3"), RiskLevel::Midden}, // "3" from an unknown tool is not a CVSS score
        {finding("x", "weird"), RiskLevel::Midden},
    };
    for (auto const& test : cases)
        EXPECT_EQ(mapping.level_of(test.finding), test.level) << test.finding.tool.name << " " << test.finding.severity;
}

TEST(SeverityMapping, OrganisationRowsWin)
{
    auto const mapping = SeverityMapping::create({{"ZAP", "Medium", RiskLevel::Hoog}, {"", "medium", RiskLevel::Laag}});
    ASSERT_TRUE(mapping);
    EXPECT_EQ(mapping->level_of(finding("zap", "MEDIUM")), RiskLevel::Hoog);
    EXPECT_EQ(mapping->level_of(finding("Trivy", "MEDIUM")), RiskLevel::Laag);
}

TEST(SeverityMapping, RefusesBadRows)
{
    EXPECT_FALSE(SeverityMapping::create({{"", " ", RiskLevel::Hoog}}));
    auto const twice = SeverityMapping::create({{"zap", "high", RiskLevel::Hoog}, {"ZAP", "High", RiskLevel::Laag}});
    ASSERT_FALSE(twice);
    EXPECT_NE(twice.error().message().find("mapped twice"), std::string::npos);
}

} // namespace
} // namespace bolwerk::domain::findings
