#pragma once

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/assessment/assessment.hpp"
#include "domain/catalog/clause_number.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

// The ISMS requirements of ISO/IEC 27001:2022, clauses 4.1 to 10.2, as requirements an
// organisation assesses beside Annex A (issue #16): each with our own short labels (the
// numbers are facts; no ISO text is copied) and, where Bolwerk's records can prove it,
// the kind of record that does.
namespace bolwerk::domain::governance {

/// What proves a clause. Stored: "assessment", "internal_audits", "management_reviews",
/// "corrective_actions", "governance_records".
enum class ClauseProof : std::uint8_t {
    Assessment, ///< Assessed by hand with evidence, like a measure.
    InternalAudits, ///< 9.2: the audit plan and the audits held.
    ManagementReviews, ///< 9.3: the approved management reviews.
    CorrectiveActions, ///< 10.2: corrective actions tracked to an effectiveness check.
    GovernanceRecords, ///< 5.1 and 5.3: policy approval, board training, CISO appointment, roles.
};
std::string_view to_string(ClauseProof proof);

struct IsmsClause {
    std::string_view number; ///< "4.1" … "10.2"
    std::string_view label_nl;
    std::string_view label_en;
    ClauseProof proof = ClauseProof::Assessment;
};

/// The 23 clauses 4.1 … 10.2 in order.
std::vector<IsmsClause> const& isms_clauses();

/// The clause with `number` (e.g. "9.2"); NotFound for a number that is not one of them.
Result<IsmsClause> find_isms_clause(catalog::ClauseNumber const& number);

/// The governance records, summed up by the app layer.
struct GovernanceEvidence {
    std::optional<Date> audit_plan_adopted_on; ///< Of the current year's plan (5.35.02).
    std::optional<Date> last_audit_completed_on;
    std::optional<Date> last_review_approved_on;
    std::size_t corrective_actions = 0;
    std::size_t corrective_actions_overdue = 0;
    std::size_t corrective_actions_unverified = 0; ///< Done, effectiveness not yet checked.
    std::optional<Date> policy_approved_on; ///< By the bestuurder (5.01.01).
    std::size_t board_members = 0;
    std::size_t board_members_trained_in_last_year = 0; ///< 5.04.01
    bool ciso_appointed = false; ///< 5.02.02
    bool roles_recorded = false; ///< 5.02.01
};

/// Opzet, bestaan and werking of a clause as far as the records show them; an aspect
/// the records cannot show stays NotAssessed and is assessed by hand.
struct DerivedClauseAssessment {
    assessment::AspectResult design = assessment::AspectResult::NotAssessed;
    assessment::AspectResult existence = assessment::AspectResult::NotAssessed;
    assessment::AspectResult operation = assessment::AspectResult::NotAssessed;
};

/// What the records say of `clause` on `today`, or nothing for a clause that is
/// assessed by hand. "Recent" means within the twelve months before today.
std::optional<DerivedClauseAssessment> derive_clause_assessment(
    IsmsClause const& clause, GovernanceEvidence const& evidence, Date today);

} // namespace bolwerk::domain::governance
