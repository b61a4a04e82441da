#pragma once

#include "common/clock.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

/// The neutral model of what a scanner, SBOM or test service reports (issue #17). Every
/// importer in importers/findings/ maps its format onto these plain values; the domain
/// rules (severity, clock, gate, verdicts) and the OSCAL writers read only these.
namespace bolwerk::domain::findings {

/// Evidence and description texts are cut to this many bytes (at a UTF-8 boundary), so
/// one finding never holds a megabyte of HTTP response or source code.
constexpr std::size_t max_evidence_bytes = 4096;

/// A CVSS vector with its base score. `score` is the score the tool gave, or the
/// score computed from the vector (v3.x) when the tool gave none.
struct Cvss {
    std::string vector; ///< e.g. "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"
    std::optional<double> score;

    bool operator==(Cvss const&) const = default;
};

/// Where a finding was found. Each member is empty when the format does not say.
struct FindingLocation {
    std::string host; ///< Host name or IP address.
    std::optional<std::uint16_t> port;
    std::string protocol; ///< "tcp", "udp" (network scanners).
    std::string url; ///< A URL (web scanners) or an artifact reference.
    std::string file; ///< A path in a repository or image.
    std::uint32_t line = 0; ///< 1-based line in `file`; 0 if unknown.
    std::string package; ///< Package name (SCA, SBOM).
    std::string package_version;
    std::string purl; ///< Package URL when the tool gives one.
    std::string target; ///< The scanned target as a whole (image, domain, host).

    bool operator==(FindingLocation const&) const = default;
};

/// The tool that produced a report, as the report names it.
struct SourceTool {
    std::string name; ///< "Trivy", "ZAP", "Nessus", "dependency-check", …
    std::string version;

    bool operator==(SourceTool const&) const = default;
};

/// One finding as a tool reported it, in neutral form. `severity` is kept exactly as the
/// tool spelled it ("HIGH", "3", "error", "Medium"); domain/findings/severity maps it to
/// the organisation's risk levels.
struct Finding {
    SourceTool tool;
    std::string rule_id; ///< The tool's rule, plugin, NVT or check id.
    std::vector<std::string> cve_ids; ///< "CVE-2021-44228"
    std::vector<std::string> cwe_ids; ///< "CWE-79"
    std::string title;
    std::string severity; ///< As given by the tool.
    std::optional<Cvss> cvss_v3;
    std::optional<Cvss> cvss_v4;
    FindingLocation location;
    std::optional<Timestamp> first_seen; ///< Start of the scan that found it.
    std::optional<Timestamp> last_seen; ///< End of that scan (or its start if no end).
    std::string fingerprint; ///< Stable across re-scans; see fingerprint.hpp.
    std::string evidence; ///< Description/evidence text, at most max_evidence_bytes.
    std::string analysis; ///< The supplier's own judgement (CycloneDX VEX "not_affected: code_not_reachable").

    bool operator==(Finding const&) const = default;
};

/// The outcome of one rule or test of a compliance or standards check (XCCDF, internet.nl).
/// The names follow XCCDF 1.2 (section 6.6.4.2) and cover internet.nl's statuses too.
enum class RuleOutcome : std::uint8_t {
    Pass,
    Fail,
    Error,
    Unknown,
    NotApplicable,
    NotChecked,
    NotSelected,
    Informational,
    Fixed,
};

std::string_view to_string(RuleOutcome outcome);

/// One rule result: an XCCDF rule-result or an internet.nl test.
struct RuleResult {
    SourceTool tool;
    std::string rule_id;
    std::string title;
    RuleOutcome outcome = RuleOutcome::Unknown;
    std::string outcome_text; ///< As given ("fail", "passed", "good", "warning").
    std::string severity; ///< As given; may be empty.
    std::string target; ///< Host, domain or benchmark target.
    std::optional<Timestamp> checked_at;

    bool operator==(RuleResult const&) const = default;
};

/// An entry of an SBOM's component inventory (CycloneDX).
struct Component {
    std::string bom_ref;
    std::string type; ///< "library", "application", "container", …
    std::string group;
    std::string name;
    std::string version;
    std::string purl;
    std::vector<std::string> licenses; ///< SPDX ids or names.

    bool operator==(Component const&) const = default;
};

/// A score a service gives a target as a whole (internet.nl: percentage per domain).
struct TargetScore {
    std::string target;
    std::string kind; ///< "web", "mail"
    double percentage = 0;
    std::string report_url;

    bool operator==(TargetScore const&) const = default;
};

} // namespace bolwerk::domain::findings
