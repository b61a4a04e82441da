#include "importers/findings/findings_importer.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace bolwerk::importers::findings {
namespace {

using domain::findings::Finding;
using domain::findings::RuleOutcome;

std::string fixture_path(std::string const& name)
{
    return std::string(BOLWERK_SOURCE_DIR) + "/tests/findings/fixtures/" + name;
}
std::string sample_path(std::string const& name) { return std::string(BOLWERK_SHARED_DIR) + "/samples/" + name; }

struct Imported {
    ReportFormat format{};
    ImportSummary summary;
    CollectingSink sink;
};

Imported import_file(std::string const& path)
{
    Imported imported;
    auto input = ReportInput::map_file(path);
    EXPECT_TRUE(input) << (input ? "" : input.error().to_string());
    if (!input)
        return imported;
    auto const format = detect_report_format(*input);
    EXPECT_TRUE(format) << (format ? "" : format.error().to_string());
    if (format)
        imported.format = *format;
    auto summary = import_findings(*input, imported.sink);
    EXPECT_TRUE(summary) << path << ": " << (summary ? "" : summary.error().to_string());
    if (summary)
        imported.summary = *summary;
    return imported;
}

Error import_error(std::string_view text, std::string const& name = "upload")
{
    ReportInput const input(name, text);
    CollectingSink sink;
    auto const summary = import_findings(input, sink);
    EXPECT_FALSE(summary) << text;
    return summary ? Error::internal("imported") : summary.error();
}

// Without ../shared/samples the real reports are skipped with one line, unless the
// environment requires them (BOLWERK_TEST_REQUIRE_SHARED=1, as CI does): then it fails.
#define SKIP_WITHOUT_SHARED()                                                                                          \
    do {                                                                                                               \
        if (std::filesystem::exists(BOLWERK_SHARED_DIR "/samples"))                                                    \
            break;                                                                                                     \
        if (char const* required = std::getenv("BOLWERK_TEST_REQUIRE_SHARED");                                         \
            required && std::string(required) == "1")                                                                  \
            GTEST_FAIL() << "BOLWERK_TEST_REQUIRE_SHARED=1 but ../shared/samples is absent";                           \
        GTEST_SKIP() << "../shared/samples absent: real-report test skipped";                                          \
    } while (false)

// The real reports in ../shared/samples: each is detected from its content and gives the
// number of items its own format says it holds (counted independently with Python).
TEST(FindingsImporter, ImportsEveryRealSample)
{
    SKIP_WITHOUT_SHARED();
    struct Case {
        std::string file;
        ReportFormat format;
        std::uint64_t findings;
        std::uint64_t rule_results;
        std::uint64_t components;
        std::uint64_t scores;
    };
    Case const cases[] = {
        {"sarif/trivy-alpine-310.sarif", ReportFormat::Sarif, 4, 0, 0, 0},
        {"sarif/gitleaks_7.5.0.sarif", ReportFormat::Sarif, 8, 0, 0, 0},
        {"sarif/dependency_check.sarif", ReportFormat::Sarif, 13, 0, 0, 0},
        {"trivy/trivy-alpine-310.json", ReportFormat::Trivy, 4, 0, 0, 0},
        {"trivy/trivy-npm.json", ReportFormat::Trivy, 1, 0, 0, 0},
        {"trivy/securecodebox-repo.json", ReportFormat::Trivy, 43, 0, 0, 0},
        {"zap/example.com.json", ReportFormat::ZapJson, 43, 0, 0, 0},
        {"zap/basic-traditional-json.json", ReportFormat::ZapJson, 2, 0, 0, 0},
        {"zap/juicy2.xml", ReportFormat::ZapXml, 86, 0, 0, 0},
        {"nessus/nessus_many_vuln.xml", ReportFormat::Nessus, 6, 0, 0, 0},
        {"openvas/one_vuln.xml", ReportFormat::OpenVas, 1, 0, 0, 0},
        {"cyclonedx/cern-lhc-vdm-editor-e564943.bom.json", ReportFormat::CycloneDx, 0, 0, 43, 0},
        {"cyclonedx/laravel-7.12.0.bom.1.4.json", ReportFormat::CycloneDx, 0, 0, 62, 0},
        {"cyclonedx/vex.json", ReportFormat::CycloneDx, 1, 0, 0, 0},
        {"openscap/arf_simple_rule_fail.xml", ReportFormat::Arf, 1, 1, 0, 0},
        {"openscap/xccdf_rule_and_cpe_check.xml", ReportFormat::Xccdf, 1, 3, 0, 0},
        {"internetnl/example_web_output.json", ReportFormat::InternetNl, 0, 96, 0, 3},
        {"internetnl/web_rpki.json", ReportFormat::InternetNl, 0, 41, 0, 1},
    };
    for (auto const& test : cases) {
        auto const imported = import_file(sample_path(test.file));
        EXPECT_EQ(imported.format, test.format) << test.file;
        EXPECT_EQ(imported.summary.findings, test.findings) << test.file;
        EXPECT_EQ(imported.sink.findings.size(), test.findings) << test.file;
        EXPECT_EQ(imported.summary.rule_results, test.rule_results) << test.file;
        EXPECT_EQ(imported.summary.components, test.components) << test.file;
        EXPECT_EQ(imported.summary.scores, test.scores) << test.file;
        for (auto const& finding : imported.sink.findings) {
            EXPECT_FALSE(finding.fingerprint.empty()) << test.file;
            EXPECT_LE(finding.evidence.size(), domain::findings::max_evidence_bytes) << test.file;
        }
    }
}

TEST(FindingsImporter, MapsATrivyVulnerability)
{
    SKIP_WITHOUT_SHARED();
    auto const imported = import_file(sample_path("trivy/trivy-alpine-310.json"));
    ASSERT_FALSE(imported.sink.findings.empty());
    auto const& finding = imported.sink.findings.front();
    EXPECT_EQ(finding.tool.name, "Trivy");
    EXPECT_EQ(finding.tool.version, "dev");
    EXPECT_EQ(finding.rule_id, "CVE-2019-1549");
    EXPECT_EQ(finding.cve_ids, std::vector<std::string>{"CVE-2019-1549"});
    EXPECT_EQ(finding.cwe_ids, std::vector<std::string>{"CWE-330"});
    EXPECT_EQ(finding.severity, "MEDIUM");
    ASSERT_TRUE(finding.cvss_v3);
    EXPECT_EQ(finding.cvss_v3->vector, "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N");
    EXPECT_EQ(finding.cvss_v3->score, 5.3);
    EXPECT_EQ(finding.location.package, "libcrypto1.1");
    EXPECT_EQ(finding.location.package_version, "1.1.1c-r0");
    EXPECT_EQ(finding.location.target, "testdata/fixtures/images/alpine-310.tar.gz");
    EXPECT_EQ(format_timestamp(*finding.first_seen), "2021-08-25T12:20:30.000000Z");
}

TEST(FindingsImporter, ReadsSarifSpecCorners)
{
    auto const imported = import_file(fixture_path("sarif-spec-corners.sarif"));
    auto const& findings = imported.sink.findings;
    ASSERT_EQ(findings.size(), 3u); // pass, absent and suppressed results are no findings
    EXPECT_EQ(findings[0].tool.name, "ExampleScanner"); // the tool comes after the results
    EXPECT_EQ(findings[0].tool.version, "3.2.1");
    EXPECT_EQ(findings[0].title, "Cross-site scripting");
    EXPECT_EQ(findings[0].severity, "8.8");
    EXPECT_EQ(findings[0].cwe_ids, std::vector<std::string>{"CWE-79"});
    EXPECT_EQ(findings[0].location.file, "src/search.js");
    EXPECT_EQ(findings[0].location.line, 42u);
    EXPECT_TRUE(findings[0].fingerprint.starts_with("t1:"));
    EXPECT_EQ(findings[1].rule_id, "EXT9");
    EXPECT_EQ(findings[1].title, "ExtensionRule");
    EXPECT_EQ(findings[1].cwe_ids, std::vector<std::string>{"CWE-352"});
    EXPECT_EQ(findings[1].location.url, "https://app.example.nl/login");
    EXPECT_EQ(findings[1].severity, "warning");
    EXPECT_EQ(findings[2].severity, "note");
    EXPECT_EQ(findings[2].cve_ids, std::vector<std::string>{"CVE-2022-0001"});
    EXPECT_TRUE(findings[2].fingerprint.starts_with("f1:"));
    EXPECT_EQ(format_timestamp(*findings[2].last_seen), "2026-03-01T10:05:00.500000Z");
}

TEST(FindingsImporter, ReadsZapWithASiteObjectAndNumbers)
{
    auto const imported = import_file(fixture_path("zap-site-object.json"));
    auto const& findings = imported.sink.findings;
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_EQ(imported.summary.tool.version, "2.16.0");
    EXPECT_EQ(findings[0].severity, "High");
    EXPECT_EQ(findings[0].cwe_ids, std::vector<std::string>{"CWE-79"});
    EXPECT_EQ(findings[0].location.url, "https://portaal.example.nl/zoek?q=1");
    EXPECT_EQ(findings[0].location.port, 443);
    EXPECT_NE(findings[0].evidence.find("param: q"), std::string::npos);
    EXPECT_EQ(findings[1].severity, "Medium");
    EXPECT_EQ(findings[1].location.url, "https://portaal.example.nl");
}

TEST(FindingsImporter, ReadsCycloneDx16WithVex)
{
    auto const imported = import_file(fixture_path("cyclonedx-1.6-vex.json"));
    EXPECT_EQ(imported.summary.format_version, "1.6");
    EXPECT_EQ(imported.summary.tool.name, "syft");
    EXPECT_EQ(imported.summary.target, "zaakportaal");
    ASSERT_EQ(imported.sink.components.size(), 2u);
    EXPECT_EQ(imported.sink.components[1].name, "log4j-api");
    EXPECT_EQ(imported.sink.components[1].licenses, std::vector<std::string>{"Apache-2.0 OR MIT"});
    auto const& findings = imported.sink.findings;
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_EQ(findings[0].location.package, "log4j-core");
    EXPECT_EQ(findings[0].location.package_version, "2.14.1");
    EXPECT_EQ(findings[1].location.package, "unknown-ref");
    EXPECT_EQ(findings[0].analysis, "not_affected: code_not_reachable");
    EXPECT_EQ(findings[0].severity, "critical");
    EXPECT_EQ(findings[0].cwe_ids, (std::vector<std::string>{"CWE-502", "CWE-400"}));
    ASSERT_TRUE(findings[0].cvss_v4);
    EXPECT_EQ(findings[0].cvss_v4->score, 9.3);
    EXPECT_NE(findings[0].fingerprint, findings[1].fingerprint);
}

TEST(FindingsImporter, ReadsInternetNlV2Mail)
{
    auto const imported = import_file(fixture_path("internetnl-v2-mail.json"));
    ASSERT_EQ(imported.sink.scores.size(), 1u); // the domain in error has no score
    EXPECT_EQ(imported.sink.scores[0].target, "gemeente.example.nl");
    EXPECT_EQ(imported.sink.scores[0].kind, "mail");
    EXPECT_EQ(imported.sink.scores[0].percentage, 87);
    ASSERT_EQ(imported.sink.rule_results.size(), 5u);
    EXPECT_EQ(imported.sink.rule_results[1].rule_id, "mail_auth_dmarc_policy");
    EXPECT_EQ(imported.sink.rule_results[1].outcome, RuleOutcome::Fail);
    EXPECT_EQ(imported.sink.rule_results[1].severity, "required");
    EXPECT_EQ(imported.sink.rule_results[3].outcome, RuleOutcome::NotChecked);
    EXPECT_EQ(imported.sink.rule_results[4].severity, "recommended");
    EXPECT_EQ(imported.summary.format_version, "2.6.0");
}

TEST(FindingsImporter, ReadsTrivyMisconfigurationsAndSecretsWithoutTheSecret)
{
    auto const imported = import_file(fixture_path("trivy-misconfig-secret.json"));
    auto const& findings = imported.sink.findings;
    ASSERT_EQ(findings.size(), 3u); // the PASS misconfiguration is no finding
    EXPECT_EQ(findings[0].rule_id, "AVD-KSV-0001");
    EXPECT_EQ(findings[0].location.file, "deploy/app.yaml");
    EXPECT_EQ(findings[0].location.line, 12u);
    EXPECT_EQ(findings[1].rule_id, "aws-access-key-id");
    EXPECT_EQ(findings[1].evidence.find("AKIA"), std::string::npos);
    EXPECT_EQ(findings[2].cvss_v4->vector, "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:N/VA:N/SC:N/SI:N/SA:N");
    EXPECT_EQ(findings[2].cvss_v3->score, 7.5);
    EXPECT_EQ(findings[2].location.purl, "pkg:npm/left-pad@1.0.0");
    EXPECT_EQ(imported.summary.tool.version, "0.58.1");
}

TEST(FindingsImporter, ReadsNessusWithCvss4AndHostTimes)
{
    auto const imported = import_file(fixture_path("nessus-cvss4.nessus"));
    auto const& findings = imported.sink.findings;
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_EQ(findings[0].rule_id, "156860");
    EXPECT_EQ(findings[0].severity, "Critical");
    EXPECT_EQ(findings[0].cve_ids, (std::vector<std::string>{"CVE-2021-44228", "CVE-2021-45046"}));
    EXPECT_EQ(findings[0].cvss_v4->vector, "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N");
    EXPECT_EQ(findings[0].location.host, "192.0.2.10");
    EXPECT_EQ(findings[0].location.port, 443);
    EXPECT_EQ(format_timestamp(*findings[0].first_seen), "2026-03-03T10:00:00.000000Z");
    EXPECT_EQ(format_timestamp(*findings[0].last_seen), "2026-03-03T11:00:00.000000Z");
    EXPECT_NE(findings[0].evidence.find("log4j-core"), std::string::npos);
    EXPECT_EQ(findings[1].severity, "0");
}

TEST(FindingsImporter, ReadsAGmp22ReportsResponse)
{
    auto const imported = import_file(fixture_path("openvas-gmp22.xml"));
    ASSERT_EQ(imported.sink.findings.size(), 1u);
    auto const& finding = imported.sink.findings[0];
    EXPECT_EQ(finding.rule_id, "1.3.6.1.4.1.25623.1.0.999999");
    EXPECT_EQ(finding.severity, "High");
    EXPECT_EQ(finding.location.host, "198.51.100.7");
    EXPECT_EQ(finding.location.port, 22);
    EXPECT_EQ(finding.location.protocol, "tcp");
    EXPECT_EQ(finding.cve_ids, std::vector<std::string>{"CVE-2024-6387"});
    EXPECT_EQ(finding.cvss_v3->vector, "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H");
    EXPECT_EQ(imported.summary.format_version, "GMP 22.4");
    EXPECT_EQ(format_timestamp(*imported.summary.finished), "2026-03-04T10:40:00.000000Z");
}

TEST(FindingsImporter, ReadsABareXccdf11TestResult)
{
    auto const imported = import_file(fixture_path("xccdf-1.1-testresult.xml"));
    EXPECT_EQ(imported.format, ReportFormat::Xccdf);
    EXPECT_EQ(imported.summary.tool.name, "openscap");
    ASSERT_EQ(imported.sink.rule_results.size(), 4u);
    EXPECT_EQ(imported.sink.rule_results[0].outcome, RuleOutcome::Fail);
    EXPECT_EQ(imported.sink.rule_results[0].target, "db01");
    EXPECT_EQ(imported.sink.rule_results[2].outcome, RuleOutcome::Error);
    EXPECT_EQ(imported.sink.rule_results[3].outcome, RuleOutcome::NotSelected);
    ASSERT_EQ(imported.sink.findings.size(), 1u);
    EXPECT_EQ(imported.sink.findings[0].severity, "medium");
    EXPECT_EQ(imported.sink.findings[0].evidence, "CCE-80901-2");
}

TEST(FindingsImporter, ARescanGivesTheSameFingerprints)
{
    auto const first = import_file(fixture_path("zap-site-object.json"));
    auto const second = import_file(fixture_path("zap-site-object.json"));
    ASSERT_EQ(first.sink.findings.size(), second.sink.findings.size());
    for (std::size_t i = 0; i < first.sink.findings.size(); ++i)
        EXPECT_EQ(first.sink.findings[i].fingerprint, second.sink.findings[i].fingerprint);
    EXPECT_NE(first.sink.findings[0].fingerprint, first.sink.findings[1].fingerprint);
}

TEST(FindingsImporter, RefusesWhatIsNoReport)
{
    struct Case {
        std::string_view text;
        std::string_view message_part;
    };
    Case const cases[] = {
        {"", "empty"},
        {"   \n", "empty"},
        {"hello", "neither JSON nor XML"},
        {R"({"name": "x", "items": []})", "members name, items is none of"},
        {R"([1, 2])", "not an object"},
        {R"({"version": "2.0.0", "runs": []})", "SARIF version '2.0.0' is not supported"},
        {R"({"SchemaVersion": 1, "Results": []})", "SchemaVersion '1' is not supported"},
        {R"({"bomFormat": "CycloneDX", "specVersion": "1.1", "components": [{"name": "a"}]})", "specVersion '1.1'"},
        {"<html><body/></html>", "root element <html>"},
        {"<NessusClientData><Report/></NessusClientData>", "Nessus v1"},
        {"<OWASPZAPReport version=\"2\"><site><alertitem>", "malformed XML"},
        {R"({"runs": [], "version": "2.1.0", "x": })", "a JSON value was expected"},
    };
    for (auto const& test : cases) {
        auto const error = import_error(test.text);
        EXPECT_EQ(error.kind(), ErrorKind::Invalid) << test.text;
        EXPECT_NE(error.message().find(test.message_part), std::string::npos) << test.text << ": " << error.to_string();
        EXPECT_EQ(error.location().source, "upload") << test.text;
    }
}

TEST(FindingsImporter, NamesTheLineOfBrokenJson)
{
    auto const error
        = import_error("{\"runs\": [\n  {\"results\": [\n    {\"ruleId\": \"x\",}\n  ]}\n], \"version\": \"2.1.0\"}");
    EXPECT_EQ(error.location().line, 3u);
    EXPECT_EQ(error.location().column, 20u);
    EXPECT_EQ(error.location().field, "/runs/0/results/0");
}

TEST(FindingsImporter, RefusesDoctypesAndEntities)
{
    auto input = ReportInput::map_file(fixture_path("doctype-entity.xml"));
    ASSERT_TRUE(input);
    CollectingSink sink;
    auto const summary = import_findings(*input, sink);
    ASSERT_FALSE(summary);
    EXPECT_NE(summary.error().message().find("document type"), std::string::npos) << summary.error().to_string();
    EXPECT_TRUE(sink.findings.empty());
}

TEST(FindingsImporter, StopsWhenTheSinkRefuses)
{
    // A sink that fails on the second finding: the import stops there with its error.
    class Refusing final : public FindingSink {
    public:
        Result<void> finding(Finding) override
        {
            if (++count == 2)
                return Error::unavailable("store is gone");
            return ok();
        }
        int count = 0;
    };
    auto input = ReportInput::map_file(fixture_path("zap-site-object.json"));
    ASSERT_TRUE(input);
    Refusing sink;
    auto const summary = import_findings(*input, sink);
    ASSERT_FALSE(summary);
    EXPECT_EQ(summary.error().kind(), ErrorKind::Unavailable);
    EXPECT_EQ(sink.count, 2);
}

// Streaming: the sink gets the findings before the importer reaches the end of the
// document, so a report is never held as a whole (a DOM parser would refuse this
// document before handing on anything).
TEST(FindingsImporter, StreamsFindingsBeforeTheEndOfTheDocument)
{
    std::string text = R"({"SchemaVersion": 2, "ArtifactName": "x", "Results": [{"Target": "t", "Vulnerabilities": [)";
    for (int i = 0; i < 1000; ++i)
        text += std::string(i == 0 ? "" : ",") + R"({"VulnerabilityID": "CVE-2024-)" + std::to_string(1000 + i)
            + R"(", "PkgName": "p", "Severity": "HIGH"})";
    text += "]}], broken";
    ReportInput const input("big.json", text);
    CollectingSink sink;
    auto const summary = import_findings(input, sink);
    ASSERT_FALSE(summary);
    EXPECT_EQ(sink.findings.size(), 1000u);
    EXPECT_EQ(summary.error().location().line, 1u);
}

TEST(FindingsImporter, MissingFileIsNotFound)
{
    auto const input = ReportInput::map_file(fixture_path("no-such-report.json"));
    ASSERT_FALSE(input);
    EXPECT_EQ(input.error().kind(), ErrorKind::NotFound);
}

} // namespace
} // namespace bolwerk::importers::findings
