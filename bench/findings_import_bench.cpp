// Import throughput of the findings importers (issue #17), per format, and the peak
// memory of the process while importing: a synthetic report of the given size is
// written to a temporary file (streamed, so writing takes little memory), mapped and
// imported into a sink that only counts. Prints MB/s and the peak RSS.
//   findings_import_bench FORMAT MEGABYTES
// FORMAT: sarif, trivy, zap-json, zap-xml, nessus, openvas, cyclonedx, xccdf, internetnl.
#include "cpu_time.hpp"
#include "importers/findings/findings_importer.hpp"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <string>

namespace {

using namespace bolwerk;
using importers::findings::FindingSink;

struct Layout {
    std::string header;
    std::function<std::string(std::uint64_t)> record;
    std::string separator;
    std::string footer;
};

std::string n(std::uint64_t value) { return std::to_string(value); }

std::map<std::string, Layout> const
    layouts{
        {"sarif",
            {R"({"version":"2.1.0","runs":[{"tool":{"driver":{"name":"CodeQL","version":"2.20.0","rules":[{"id":"js/xss","shortDescription":{"text":"XSS"},"properties":{"security-severity":"6.1","tags":["external/cwe/cwe-079"]}}]}},"results":[)",
                [](std::uint64_t i) {
                    return R"({"ruleId":"js/xss","ruleIndex":0,"level":"error","message":{"text":"Cross-site scripting vulnerability due to user-provided value number )"
                        + n(i)
                        + R"( reaching the DOM without encoding."},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"src/components/view)"
                        + n(i % 997) + R"(.js","uriBaseId":"%SRCROOT%"},"region":{"startLine":)" + n(i % 400 + 1)
                        + R"(,"startColumn":12,"endColumn":40}}}],"partialFingerprints":{"primaryLocationLineHash":")"
                        + n(i * 7919) + R"(:1"}})";
                },
                ",", "]}]}"}},
        {"trivy",
            {R"({"SchemaVersion":2,"Trivy":{"Version":"0.58.1"},"CreatedAt":"2026-03-01T10:00:00Z","ArtifactName":"registry.example.nl/zaak:4.1","ArtifactType":"container_image","Results":[{"Target":"registry.example.nl/zaak:4.1 debian 12.8","Class":"os-pkgs","Type":"debian","Vulnerabilities":[)",
                [](std::uint64_t i) {
                    return R"({"VulnerabilityID":"CVE-2024-)" + n(10000 + i % 80000) + R"(","PkgName":"libpkg)"
                        + n(i % 3000) + R"(","InstalledVersion":"1.2.)" + n(i % 50)
                        + R"(-1","FixedVersion":"1.2.99-1","Status":"fixed","Severity":"HIGH","SeveritySource":"nvd","Title":"libpkg: heap overflow in parser","Description":"A heap-based buffer overflow in the parser allows a remote attacker to execute code via a crafted file.","CweIDs":["CWE-787"],"CVSS":{"nvd":{"V3Vector":"CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H","V3Score":8.8}},"References":["https://security-tracker.debian.org/tracker/CVE-2024-1","https://nvd.nist.gov/vuln/detail/CVE-2024-1"],"PublishedDate":"2024-05-01T00:00:00Z"})";
                },
                ",", "]}]}"}},
        {"zap-json",
            {R"({"@programName":"ZAP","@version":"2.16.0","@generated":"Mon, 2 Mar 2026 09:00:00","created":"2026-03-02T09:00:00Z","site":[{"@name":"https://portaal.example.nl","@host":"portaal.example.nl","@port":"443","@ssl":"true","alerts":[)",
                [](std::uint64_t i) {
                    return R"({"pluginid":"10038","alertRef":"10038-1","alert":"Content Security Policy (CSP) Header Not Set","name":"Content Security Policy (CSP) Header Not Set","riskcode":"2","confidence":"3","riskdesc":"Medium - High","desc":"<p>Content Security Policy (CSP) is an added layer of security that helps to detect and mitigate certain types of attacks.</p>","instances":[{"uri":"https://portaal.example.nl/page)"
                        + n(i)
                        + R"(","method":"GET","param":"","attack":"","evidence":"","otherinfo":""},{"uri":"https://portaal.example.nl/page)"
                        + n(i)
                        + R"(?x=1","method":"GET","param":"","attack":"","evidence":"","otherinfo":""}],"count":"2","solution":"<p>Set the header.</p>","otherinfo":"","reference":"<p>https://developer.mozilla.org/</p>","cweid":"693","wascid":"15","sourceid":"3"})";
                },
                ",", "]}]}"}},
        {"zap-xml",
            {R"(<?xml version="1.0"?><OWASPZAPReport version="2.10.0" generated="Mon, 2 Mar 2026 09:00:00"><site name="https://portaal.example.nl" host="portaal.example.nl" port="443" ssl="true"><alerts>)",
                [](std::uint64_t i) {
                    return "<alertitem><pluginid>10038</pluginid><alertRef>10038-1</alertRef><alert>Content Security "
                           "Policy (CSP) Header Not "
                           "Set</alert><riskcode>2</riskcode><confidence>3</confidence><desc>&lt;p&gt;Content Security "
                           "Policy is an added "
                           "layer of "
                           "security.&lt;/p&gt;</desc><instances><instance><uri>https://portaal.example.nl/page"
                        + n(i)
                        + "</uri><method>GET</method><param></param><attack></attack><evidence></evidence></instance></"
                          "instances><count>1</count><solution>Set the "
                          "header.</solution><cweid>693</cweid><wascid>15</wascid><sourceid>3</sourceid></alertitem>";
                },
                "\n", "</alerts></site></OWASPZAPReport>"}},
        {"nessus",
            {R"(<?xml version="1.0"?><NessusClientData_v2><Report name="Externe scan"><ReportHost name="web01.example.nl"><HostProperties><tag name="HOST_START">Tue Mar  3 10:00:00 2026</tag><tag name="host-ip">192.0.2.10</tag><tag name="HOST_END">Tue Mar  3 11:00:00 2026</tag></HostProperties>)",
                [](std::uint64_t i) {
                    return R"(<ReportItem port="443" svc_name="www" protocol="tcp" severity="3" pluginID=")"
                        + n(150000 + i % 40000)
                        + R"(" pluginName="Apache httpd 2.4.x &lt; 2.4.58 Multiple Vulnerabilities" pluginFamily="Web Servers"><risk_factor>High</risk_factor><synopsis>The remote web server is affected by multiple vulnerabilities.</synopsis><description>The version of Apache httpd installed on the remote host is prior to 2.4.58.</description><solution>Upgrade to Apache version 2.4.58 or later.</solution><cvss3_base_score>7.5</cvss3_base_score><cvss3_vector>CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H</cvss3_vector><cve>CVE-2023-)"
                        + n(40000 + i % 9000)
                        + "</cve><cwe>400</cwe><plugin_output>Installed version : 2.4.57</plugin_output></ReportItem>";
                },
                "\n", "</ReportHost></Report></NessusClientData_v2>"}},
        {"openvas",
            {R"(<report id="r1" format_id="a994b278-1f62-11e1-96ac-406186ea4fc5" extension="xml" content_type="text/xml"><report id="r1"><gmp><version>22.4</version></gmp><scan_start>2026-03-04T10:00:00Z</scan_start><results max="-1" start="1">)",
                [](std::uint64_t i) {
                    return R"(<result id="x)" + n(i)
                        + R"("><name>OpenSSH Multiple Vulnerabilities</name><host>198.51.100.7<asset asset_id="a"/><hostname>ssh.example.nl</hostname></host><port>22/tcp</port><nvt oid="1.3.6.1.4.1.25623.1.0.)"
                        + n(100000 + i % 50000)
                        + R"("><type>nvt</type><name>OpenSSH Multiple Vulnerabilities</name><tags>cvss_base_vector=CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H|summary=OpenSSH is prone to multiple vulnerabilities.|solution_type=VendorFix</tags><refs><ref type="cve" id="CVE-2024-6387"/></refs></nvt><threat>High</threat><severity>8.1</severity><qod><value>80</value></qod><description>Installed version: 8.9p1</description></result>)";
                },
                "", "</results><scan_end>2026-03-04T10:40:00Z</scan_end></report></report>"}},
        {"cyclonedx",
            {R"({"bomFormat":"CycloneDX","specVersion":"1.6","version":1,"metadata":{"timestamp":"2026-02-01T12:00:00Z","tools":{"components":[{"name":"syft","version":"1.20.0"}]},"component":{"type":"application","name":"zaakportaal"}},"components":[)",
                [](std::uint64_t i) {
                    return R"({"type":"library","bom-ref":"pkg:npm/package)" + n(i) + R"(@1.0.)" + n(i % 20)
                        + R"(","name":"package)" + n(i) + R"(","version":"1.0.)" + n(i % 20)
                        + R"(","purl":"pkg:npm/package)" + n(i) + R"(@1.0.)" + n(i % 20)
                        + R"(","licenses":[{"license":{"id":"MIT"}}],"hashes":[{"alg":"SHA-256","content":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}]})";
                },
                ",",
                R"(],"vulnerabilities":[{"id":"CVE-2021-44228","ratings":[{"score":10.0,"severity":"critical","method":"CVSSv31","vector":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"}],"affects":[{"ref":"pkg:npm/package1@1.0.1"}]}]})"}},
        {"xccdf",
            {R"(<?xml version="1.0"?><Benchmark xmlns="http://checklists.nist.gov/xccdf/1.2" id="xccdf_b"><Rule id="xccdf_r_1" severity="medium"><title>Rule</title></Rule><TestResult id="xccdf_t" start-time="2026-03-05T09:00:00+01:00" end-time="2026-03-05T09:10:00+01:00" test-system="cpe:/a:redhat:openscap:1.3.10"><target>db01</target>)",
                [](std::uint64_t i) {
                    return R"(<rule-result idref="xccdf_r_)" + n(i)
                        + R"(" severity="medium" time="2026-03-05T09:00:10+01:00" weight="1.0"><result>)"
                        + (i % 10 == 0 ? "fail" : "pass")
                        + R"(</result><ident system="https://nvd.nist.gov/cce/index.cfm">CCE-)" + n(80000 + i % 9999)
                        + R"(-2</ident><check system="http://oval.mitre.org/XMLSchema/oval-definitions-5"><check-content-ref name="oval:x:def:)"
                        + n(i) + R"(" href="oval.xml"/></check></rule-result>)";
                },
                "\n", "</TestResult></Benchmark>"}},
        {"internetnl",
            {R"({"request":{"request_id":"e94251da69c54da7b16fc5202a69c5c2","name":"bench","request_type":"web","status":"done","submit_date":"2026-01-10T08:00:00Z","finished_date":"2026-01-10T08:30:00Z"},"domains":{)",
                [](std::uint64_t i) {
                    std::string tests;
                    for (auto const* test : {"web_ipv6_ns_address", "web_dnssec_exist", "web_dnssec_valid",
                             "web_https_http_available", "web_https_http_hsts", "web_https_tls_version",
                             "web_https_tls_ciphers", "web_https_cert_chain", "web_appsecpriv_csp", "web_rpki_exists"})
                        tests += std::string(tests.empty() ? "" : ",") + "\"" + test
                            + R"(":{"status":"passed","verdict":"good"})";
                    return "\"domein" + n(i)
                        + R"(.example.nl":{"status":"ok","report":{"url":"https://batch.internet.nl/site/domein)" + n(i)
                        + R"(.example.nl/1/"},"scoring":{"percentage":9)" + n(i % 10)
                        + R"(},"results":{"categories":{"web_https":{"verdict":"passed","status":"passed"}},"tests":{)"
                        + tests + "}}}";
                },
                ",", "}}"}},
    };

class CountingSink final : public FindingSink {
public:
    Result<void> finding(domain::findings::Finding) override
    {
        ++count;
        return ok();
    }
    std::uint64_t count = 0;
};

std::uint64_t write_report(std::string const& path, Layout const& layout, std::uint64_t bytes)
{
    std::ofstream file(path, std::ios::binary);
    std::string buffer = layout.header;
    std::uint64_t written = 0;
    std::uint64_t records = 0;
    while (written + buffer.size() < bytes) {
        if (records > 0)
            buffer += layout.separator;
        buffer += layout.record(records++);
        if (buffer.size() > (std::size_t{1} << 20)) {
            file.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
            written += buffer.size();
            buffer.clear();
        }
    }
    buffer += layout.footer;
    file.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    return records;
}

long peak_rss_kilobytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3 || !layouts.contains(argv[1])) {
        std::cerr << "usage: findings_import_bench FORMAT MEGABYTES (sarif, trivy, zap-json, zap-xml, nessus, openvas, "
                     "cyclonedx, xccdf, internetnl)\n";
        return 2;
    }
    auto const path
        = (std::filesystem::temp_directory_path() / ("bolwerk-findings-bench-" + std::string(argv[1]))).string();
    auto const records = write_report(path, layouts.at(argv[1]), std::stoull(argv[2]) << 20);
    auto const rss_before = peak_rss_kilobytes();
    auto input = importers::findings::ReportInput::map_file(path);
    if (!input) {
        std::cerr << input.error().to_string() << '\n';
        return 1;
    }
    CountingSink sink;
    auto const start = std::chrono::steady_clock::now();
    auto const cpu_start = bench::cpu_seconds();
    auto const summary = importers::findings::import_findings(*input, sink);
    auto const seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    auto const cpu = bench::cpu_seconds() - cpu_start;
    auto const size = input->bytes().size();
    std::filesystem::remove(path);
    if (!summary) {
        std::cerr << summary.error().to_string() << '\n';
        return 1;
    }
    // On a shared machine the wall clock also counts other processes: MB per CPU second
    // (the importer runs on one thread) is the figure that compares across runs.
    std::printf("%-10s %8.1f MB in %6.2f s = %7.1f MB/s wall, %7.1f MB/s per CPU second; %llu records, %llu findings, "
                "%llu rule results, %llu components, "
                "%llu scores; peak RSS %ld MB (before import %ld MB)\n",
        argv[1], static_cast<double>(size) / 1e6, seconds, static_cast<double>(size) / 1e6 / seconds,
        static_cast<double>(size) / 1e6 / cpu, static_cast<unsigned long long>(records),
        static_cast<unsigned long long>(summary->findings), static_cast<unsigned long long>(summary->rule_results),
        static_cast<unsigned long long>(summary->components), static_cast<unsigned long long>(summary->scores),
        peak_rss_kilobytes() / 1024, rss_before / 1024);
    return 0;
}
