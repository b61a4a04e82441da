#pragma once

#include "common/clock.hpp"
#include "domain/findings/finding.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::domain::findings {

/// The computed verdict on the werking (operating effectiveness) of a measure over a
/// period, from machine data (issue #17, item 5).
enum class Verdict : std::uint8_t {
    Effective, ///< Werkt: the data shows the measure working throughout.
    PartlyEffective, ///< Werkt deels.
    NotEffective, ///< Werkt niet.
    NoData, ///< No data for the period: no verdict either way.
};

std::string_view to_string(Verdict verdict); ///< "effective", "partly_effective", "not_effective", "no_data"

struct Period {
    Timestamp from;
    Timestamp to;
};

/// One verdict: for which measure, the measured value (a share 0–1, or a count) and
/// the reasons a person can check.
struct WerkingVerdict {
    std::string measure; ///< BIO2 measure or ISO control, e.g. "5.14.01", "8.08", "8.09".
    Verdict verdict = Verdict::NoData;
    double value = 0;
    std::vector<std::string> reasons;
    Period period;
};

/// The thresholds the verdicts use; data with defaults, so an organisation can set its own.
struct WerkingThresholds {
    double hardening_effective = 0.95; ///< XCCDF pass rate at or above: effective.
    double hardening_partly = 0.80; ///< At or above: partly effective.
    double mfa_partly = 0.95; ///< MFA share at or above (with uncovered accounts): partly.
    double sbom_partly = 0.5; ///< Share of systems with an SBOM at or above: partly.
};

/// 5.14.01: internet-facing systems and mail keep meeting the mandatory standards
/// (Forum Standaardisatie's "pas toe of leg uit" list), steered by internet.nl. A domain
/// complies when none of its tests for those standards failed (HTTPS/TLS incl. HSTS,
/// DNSSEC, IPv6, RPKI; for mail STARTTLS/DANE, SPF, DKIM, DMARC). Effective when every
/// domain complies, partly when some do.
WerkingVerdict internetnl_verdict(
    std::vector<TargetScore> const& scores, std::vector<RuleResult> const& results, Period period);

/// True for an internet.nl test id that belongs to a mandatory standard.
bool is_mandatory_internetnl_test(std::string_view test_id);

/// 8.08: technical vulnerabilities are managed. Effective when no system has an open
/// finding of risk level Hoog or higher; otherwise not effective, naming the systems.
WerkingVerdict open_high_findings_verdict(
    std::map<std::string, std::uint64_t> const& open_high_per_system, Period period);

/// 8.09: configuration management, from XCCDF: pass / (pass + fail + error), leaving
/// out not applicable, not checked, not selected and informational rules.
WerkingVerdict hardening_verdict(
    std::vector<RuleResult> const& results, Period period, WerkingThresholds const& thresholds = {});

/// 8.28/5.21: the share of systems with a current SBOM. Effective at 100 %.
WerkingVerdict sbom_coverage_verdict(std::vector<std::string> const& systems,
    std::vector<std::string> const& systems_with_sbom, Period period, WerkingThresholds const& thresholds = {});

/// The MFA coverage of successful interactive sign-ins (mfa_coverage in importers).
struct MfaCoverage {
    std::uint64_t interactive_successful = 0;
    std::uint64_t with_mfa = 0;
    std::vector<std::string> single_factor_accounts; ///< Sorted, unique.

    double share() const
    {
        return interactive_successful == 0
            ? 0.0
            : static_cast<double>(with_mfa) / static_cast<double>(interactive_successful);
    }
    bool operator==(MfaCoverage const&) const = default;
};

/// 5.17.01: MFA for primary sign-in, internet-reachable services and administrators;
/// where MFA is not possible, mitigating measures approved by the process owner (with
/// the CISO involved). Effective when every account with a single-factor sign-in is
/// such an approved exception; partly when the share with MFA reaches the threshold;
/// otherwise not effective. The accounts without MFA are listed in the reasons.
WerkingVerdict mfa_verdict(MfaCoverage const& coverage, std::vector<std::string> const& approved_exceptions,
    Period period, WerkingThresholds const& thresholds = {});

} // namespace bolwerk::domain::findings
