#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "domain/incident/incident_id.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Coordinated Vulnerability Disclosure (BIO2 5.24.08, also cited by 8.08.06): a
// vulnerability report received through the organisation's published CVD procedure,
// followed from receipt to disclosure, and linked to incidents and findings so that its
// information is part of the incident reporting (5.24.08, second paragraph).
namespace bolwerk::domain::incident {

/// Stored: "received", "acknowledged", "fixed", "disclosed". Each step follows the one
/// before; a report is never skipped ahead (ISO/IEC 29147 has the same order).
enum class CvdState : std::uint8_t { Received, Acknowledged, Fixed, Disclosed };
std::string_view to_string(CvdState state);
Result<CvdState> parse_cvd_state(std::string_view text);

struct CvdReport {
    CvdReportId id{0};
    OrganisationId organisation_id{0};
    std::string reporter; ///< Name or handle, as the reporter wishes to be named.
    std::string reporter_contact;
    std::string summary;
    std::vector<InformationSystemId> systems;
    Timestamp received_at;
    std::optional<Timestamp> acknowledged_at;
    std::optional<Timestamp> fixed_at;
    std::optional<Timestamp> disclosed_at;
    std::vector<IncidentId> incidents;
    std::vector<std::string> findings; ///< References of findings (the findings module's ids).
    std::int64_t version = 1;

    CvdState state() const;
};

/// A new report, checked: a summary and a reporter (or "anoniem"), received not in
/// the future.
Result<CvdReport> receive_cvd_report(CvdReport raw, Timestamp now);

/// The report one step further, at `at`: only the next state, not before the previous
/// step, not in the future.
Result<CvdReport> advance_cvd_report(CvdReport report, CvdState to, Timestamp at, Timestamp now);

/// The publication of the organisation's CVD policy (5.24.08: set up and published
/// following the NCSC guideline or ISO/IEC 29147).
struct CvdPolicyPublication {
    Date published_on;
    std::string url; ///< https address of the published policy
    std::string security_txt_url; ///< optional: the RFC 9116 security.txt pointing to it
};

/// Refuses a policy without an https address or published in the future.
Result<void> check_cvd_policy(CvdPolicyPublication const& policy, Date today);

} // namespace bolwerk::domain::incident
