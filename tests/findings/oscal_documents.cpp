// Writes one OSCAL document of every kind Bolwerk exports into the directory given as
// the first argument (catalog.json, ssp.json, assessment-results.json, poam.json), so
// that validate_oscal.mjs can check them against the NIST OSCAL 1.1.2 JSON schemas.
#include "domain/catalog/builtin_index.hpp"
#include "report/oscal/oscal_catalog_export.hpp"
#include "report/oscal/oscal_findings.hpp"
#include "report/vvt/vvt_oscal_ssp.hpp"
#include "vvt/sample_statement.hpp"

#include <fstream>
#include <iostream>

namespace {

using namespace bolwerk;
using namespace bolwerk::domain::findings;

Timestamp at(long long seconds) { return Timestamp(std::chrono::seconds(seconds)); }

report::oscal::AssessmentResultsInput sample_results()
{
    Finding xss;
    xss.tool = {"ZAP", "2.16.0"};
    xss.rule_id = "40012";
    xss.title = "Cross Site Scripting (Reflected)\nin search";
    xss.severity = "High";
    xss.cwe_ids = {"CWE-79"};
    xss.evidence = "param: q";
    xss.fingerprint = "f1:0123";
    xss.last_seen = at(1'790'000'000);
    Finding log4j = xss;
    log4j.tool = {"Trivy", "0.58.1"};
    log4j.title = "log4j-core: remote code execution";
    log4j.cve_ids = {"CVE-2021-44228"};
    log4j.fingerprint = "f1:4567";
    log4j.evidence = "";
    Period const period{at(1'780'000'000), at(1'790'000'000)};
    return {"Gemeente Voorbeeld", "Werking Q3", period,
        {{xss, "Zaakportaal", domain::RiskLevel::Hoog, FindingStatus::Open},
            {log4j, "Zaaksysteem", domain::RiskLevel::ZeerHoog, FindingStatus::Mitigated}},
        {mfa_verdict({200, 196, {"j.jansen@example.nl"}}, {}, period),
            open_high_findings_verdict({{"Zaakportaal", 1}}, period), hardening_verdict({}, period)}};
}

report::oscal::PoamInput sample_poam()
{
    return {"Gemeente Voorbeeld", "Plan van aanpak",
        {{"XSS in search", "Fix the output encoding", "Zaakportaal", "Teamleider webteam", at(1'790'604'800),
             domain::RiskLevel::Hoog, "f1:0123", "8.08.01"},
            {"MFA for j.jansen", "", "Werkplek", "", std::nullopt, domain::RiskLevel::Midden, "", "5.17.01"}}};
}

bool write(std::string const& path, std::string const& text)
{
    std::ofstream file(path, std::ios::binary);
    file << text;
    return static_cast<bool>(file);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: oscal_documents OUTPUT_DIRECTORY\n";
        return 2;
    }
    std::string const directory = argv[1];
    auto const index = domain::catalog::BuiltinIndex::load().value();
    auto const& catalog = *index.version(domain::catalog::VersionReference{"bio2", "1.3"});
    auto const now = at(1'790'000'000);
    bool const written
        = write(directory + "/catalog.json", report::oscal::export_oscal_catalog_json(catalog, index, now))
        && write(directory + "/ssp.json", report::vvt::statement_oscal_ssp_json(test_support::sample_statement()))
        && write(
            directory + "/assessment-results.json", report::oscal::write_assessment_results_json(sample_results(), now))
        && write(directory + "/poam.json", report::oscal::write_poam_json(sample_poam(), now));
    if (!written) {
        std::cerr << "cannot write into " << directory << '\n';
        return 1;
    }
    return 0;
}
