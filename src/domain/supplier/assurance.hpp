#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "domain/evidence/evidence.hpp"
#include "domain/supplier/supplier_ids.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::domain {

/// The kinds of independent report a supplier shows (BIO2 5.20.03): ISAE 3402 and
/// SOC 2 reports of type I (design at a moment) or type II (operation over a
/// period), an ISO/IEC 27001 certificate, a third-party memorandum (TPM) and a
/// penetration test report.
enum class AssuranceKind : std::uint8_t {
    Isae3402Type1,
    Isae3402Type2,
    Soc2Type1,
    Soc2Type2,
    Iso27001Certificate,
    Tpm,
    PentestReport,
};
std::string_view to_string(AssuranceKind kind); ///< "isae3402_type1", …, "iso27001", "tpm", "pentest"
Result<AssuranceKind> parse_assurance_kind(std::string_view text);

/// What a report of this kind says about design (opzet), existence (bestaan) and
/// operation (werking): a type I report and a certificate speak about design and
/// existence; a type II report and a TPM (by default) about all three. A pentest
/// report tests technical measures only and is no assurance over the contracted
/// requirements as a whole; it has no aspects here.
std::vector<EvidenceAspect> default_aspects(AssuranceKind kind);

/// The auditor's conclusion on a report (Dutch: oordeel): goedkeurend, met
/// beperking, afkeurend. A certificate or pentest report has none.
enum class AuditOpinion : std::uint8_t { Unqualified, Qualified, Adverse };
std::string_view to_string(AuditOpinion opinion); ///< "goedkeurend", "met_beperking", "afkeurend"
Result<AuditOpinion> parse_audit_opinion(std::string_view text);

/// A bridge letter (overbruggingsverklaring): the supplier states that nothing
/// material changed between the end of the report's period and `covers_until`.
struct BridgeLetter {
    Date issued_on;
    Date covers_until;
};

/// One independent report on a supplier (BIO2 5.20.03), stored with its file in the
/// evidence store. `services` lists the contracted services the report is meant
/// for; `scope_covers_services` records whether its scope really covers them, with
/// a note either way.
struct AssuranceReport {
    AssuranceReportId id{0};
    SupplierId supplier_id{0};
    std::vector<DeliveredServiceId> services;
    AssuranceKind kind = AssuranceKind::Isae3402Type2;
    std::string issuer; ///< Who issued the report (the supplier, a certification body).
    std::string auditor; ///< The independent auditor or audit firm.
    Date period_start; ///< Type I: the moment; certificate: date of issue.
    Date period_end;
    bool scope_covers_services = false;
    std::string scope_note;
    std::optional<AuditOpinion> opinion;
    std::vector<std::string> exceptions; ///< Deviations (afwijkingen) the auditor found.
    std::optional<BridgeLetter> bridge_letter;
    Date valid_until;
    std::vector<EvidenceAspect> aspects; ///< Normally default_aspects(kind).
    std::optional<EvidenceItemId> evidence; ///< The stored file (SHA-256 in the evidence store).
};

/// Checks a report: issuer and auditor named; a period that does not end before it
/// starts and, for a type II report, really is a period; valid-until not before the
/// period's end; an opinion for ISAE 3402, SOC 2 and TPM reports; a qualified or
/// adverse opinion lists its exceptions; a scope that does not cover the services
/// says why in the note; a bridge letter that reaches past the period's end.
/// Errors name their field.
Result<void> check_assurance_report(AssuranceReport const& report);

/// The last day a report gives assurance: its valid-until, extended by a bridge letter.
Date effective_valid_until(AssuranceReport const& report);

/// Whether a report counts as assurance over the contracted services at all: not a
/// pentest report, its scope covers the services, and its opinion is not adverse.
bool gives_assurance(AssuranceReport const& report);

/// Of the reports that give assurance, the one valid longest (by effective
/// valid-until); null when none does. Points into `reports`.
AssuranceReport const* longest_valid_report(std::vector<AssuranceReport> const& reports);

/// A supplier's assurance on a day (BIO2 5.20.03: shown again every year).
enum class AssuranceStatus : std::uint8_t { Valid, ExpiringSoon, Expired, Missing };
std::string_view to_string(AssuranceStatus status); ///< "geldig", "verloopt_binnenkort", "verlopen", "ontbreekt"

/// How far ahead "expiring" warns: a new report takes about two months to obtain.
inline constexpr std::chrono::days assurance_expiry_horizon{60};

/// The status on `today` from the reports that give assurance: missing when there are
/// none, otherwise that of the one valid longest (expiring within 60 days, or
/// expired after its effective valid-until).
AssuranceStatus assurance_status(std::vector<AssuranceReport> const& reports, Date today);

/// One cell of the coverage matrix: a contracted service and an aspect, and the
/// report that covers it on the day asked (preferring one without exceptions).
struct CoverageCell {
    DeliveredServiceId service{0};
    EvidenceAspect aspect = EvidenceAspect::Design;
    std::optional<AssuranceReportId> covered_by;
    bool with_exceptions = false; ///< The covering report has exceptions or a qualified opinion.
};

/// What the contract requires (5.20.03: assurance on design, existence and operation
/// for every contracted service) against what the valid reports cover.
struct AssuranceCoverage {
    std::vector<CoverageCell> cells; ///< Services in the order given, aspects in order.
    std::vector<CoverageCell> gaps() const;
    bool complete() const { return gaps().empty(); }
};

/// Coverage on `today`: a report covers a service if it gives assurance, has not
/// expired, and lists the service (or lists none, meaning all of the supplier's).
AssuranceCoverage assurance_coverage(
    std::vector<DeliveredServiceId> const& contracted, std::vector<AssuranceReport> const& reports, Date today);

} // namespace bolwerk::domain
