#pragma once

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/findings/finding.hpp"
#include "domain/findings/finding_status.hpp"
#include "domain/findings/werking_verdict.hpp"
#include "domain/risk/risk_level.hpp"

#include <optional>
#include <string>
#include <vector>

/// OSCAL 1.1.2 assessment results and plan of action and milestones (POA&M) written
/// from the findings model and the werking verdicts (issue #17, item 7), and read back.
/// Inputs are plain structs; the store and app layers fill them later.
namespace bolwerk::report::oscal {

/// A finding in the register as the assessment reports it.
struct AssessedFinding {
    domain::findings::Finding finding;
    std::string system; ///< The information system's name.
    domain::RiskLevel level = domain::RiskLevel::Midden;
    domain::findings::FindingStatus status = domain::findings::FindingStatus::Open;

    bool operator==(AssessedFinding const&) const = default;
};

/// The findings and verdicts of one assessment period of one organisation.
struct AssessmentResultsInput {
    std::string organisation;
    std::string title;
    domain::findings::Period period;
    std::vector<AssessedFinding> findings;
    std::vector<domain::findings::WerkingVerdict> verdicts;
};

/// Writes an OSCAL assessment-results document: one result for the period, with one
/// observation per finding (props: fingerprint, tool, severity, risk level, status,
/// system; CVE/CWE ids) and one per verdict, one risk per finding that is not closed,
/// and one OSCAL finding per verdict with data ("satisfied" only when effective),
/// targeted at the measure's control id in Bolwerk's catalog export ("bio2-5.17.01",
/// ISO controls "iso-8.8"). import-ap points to a back-matter resource naming the
/// assessment basis, as Bolwerk has no separate assessment plan. UUIDs are version 5,
/// derived from the organisation, the period and each item, so the same input gives
/// the same document; `now` is only last-modified.
std::string write_assessment_results_json(AssessmentResultsInput const& input, Timestamp now);

/// One item of the plan of action and milestones: an open finding or a gap.
struct PoamEntry {
    std::string title;
    std::string description;
    std::string system;
    std::string owner; ///< Who is to act (a person or role).
    std::optional<Timestamp> due; ///< The milestone (e.g. the 8.08.01 deadline).
    domain::RiskLevel level = domain::RiskLevel::Midden;
    std::string fingerprint; ///< The finding's fingerprint; empty for a gap.
    std::string measure; ///< The measure the gap or finding undermines, e.g. "8.08.01".

    bool operator==(PoamEntry const&) const = default;
};

struct PoamInput {
    std::string organisation;
    std::string title;
    std::vector<PoamEntry> entries;
};

/// Writes an OSCAL plan-of-action-and-milestones: one poam-item per entry, each with a
/// risk (status open, deadline = due) and the owner as a party responsible for it.
std::string write_poam_json(PoamInput const& input, Timestamp now);

/// Reads back what the two writers wrote (the round trip). Other OSCAL documents of
/// these kinds are read as far as they carry the same fields. Invalid if the text is
/// not JSON or not the expected document kind.
Result<AssessmentResultsInput> read_assessment_results_json(std::string_view text);
Result<PoamInput> read_poam_json(std::string_view text);

} // namespace bolwerk::report::oscal
