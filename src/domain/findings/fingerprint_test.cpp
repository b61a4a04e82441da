#include "domain/findings/fingerprint.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::findings {
namespace {

Finding base()
{
    Finding finding;
    finding.tool = {"ZAP", "2.16.0"};
    finding.rule_id = "40012";
    finding.title = "XSS";
    finding.severity = "High";
    finding.location.url = "https://Portaal.example.nl/zoek?q=1";
    finding.location.line = 10;
    return finding;
}

TEST(Fingerprint, StableAcrossWhatChangesBetweenScans)
{
    auto const original = finding_fingerprint(base());
    EXPECT_TRUE(original.starts_with("f1:"));
    EXPECT_EQ(original.size(), 3u + 64u);
    auto same = [&](auto change) {
        auto finding = base();
        change(finding);
        return finding_fingerprint(finding) == original;
    };
    EXPECT_TRUE(same([](Finding& f) { f.tool.version = "2.17.0"; }));
    EXPECT_TRUE(same([](Finding& f) { f.tool.name = "zap"; }));
    EXPECT_TRUE(same([](Finding& f) { f.title = "Cross Site Scripting (Reflected)"; }));
    EXPECT_TRUE(same([](Finding& f) { f.severity = "Medium"; }));
    EXPECT_TRUE(same([](Finding& f) { f.location.line = 12; }));
    EXPECT_TRUE(same([](Finding& f) { f.location.url = "https://portaal.example.nl/zoek?q=2#top"; }));
    EXPECT_TRUE(same([](Finding& f) { f.location.package_version = "2.0"; }));
    EXPECT_TRUE(same([](Finding& f) { f.evidence = "other"; }));
    EXPECT_FALSE(same([](Finding& f) { f.rule_id = "40014"; }));
    EXPECT_FALSE(same([](Finding& f) { f.location.url = "https://portaal.example.nl/ander"; }));
    EXPECT_FALSE(same([](Finding& f) { f.location.port = 8443; }));
    EXPECT_FALSE(same([](Finding& f) { f.location.package = "log4j"; }));
    EXPECT_FALSE(same([](Finding& f) { f.tool.name = "Burp"; }));
}

TEST(Fingerprint, UsesTheToolsOwnFingerprintWhenGiven)
{
    auto finding = base();
    auto const with_tool = finding_fingerprint(finding, "primaryLocationLineHash=abc");
    EXPECT_TRUE(with_tool.starts_with("t1:"));
    finding.location.url = "elsewhere";
    EXPECT_EQ(finding_fingerprint(finding, "primaryLocationLineHash=abc"), with_tool);
}

TEST(Fingerprint, WithoutRuleIdTheLowestCveCounts)
{
    auto finding = base();
    finding.rule_id.clear();
    finding.cve_ids = {"CVE-2021-45046", "CVE-2021-44228"};
    auto reordered = finding;
    reordered.cve_ids = {"CVE-2021-44228", "CVE-2021-45046"};
    EXPECT_EQ(finding_fingerprint(finding), finding_fingerprint(reordered));
    EXPECT_EQ(url_without_query("HTTPS://Example.NL/Path/X?y#z"), "https://example.nl/Path/X");
}

} // namespace
} // namespace bolwerk::domain::findings
