#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "domain/supplier/assurance.hpp"
#include "domain/supplier/supplier_ids.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::domain {

/// The proceseigenaar's conclusion of the yearly review (BIO2 5.22.01).
enum class ReviewOutcome : std::uint8_t { Accepted, RisksFound };
std::string_view to_string(ReviewOutcome outcome); ///< "geaccepteerd", "risicos_gevonden"
Result<ReviewOutcome> parse_review_outcome(std::string_view text);

/// The yearly review of a supplier by the proceseigenaar (BIO2 5.22.01): on the basis
/// of the supplier's reports (5.20.03), judge whether it meets the requirements,
/// establish the risks, have them mitigated and accept what remains through the risk
/// module. A separate record from the reports it judges.
struct SupplierReview {
    SupplierReviewId id{0};
    SupplierId supplier_id{0};
    Date reviewed_on;
    std::string reviewer; ///< The proceseigenaar.
    std::vector<AssuranceReportId> reports; ///< The reports the review is based on.
    ReviewOutcome outcome = ReviewOutcome::Accepted;
    std::vector<RiskId> risks; ///< Risks found, as entries of the risk register.
    std::string mitigations;
    /// The acceptance of the residual risk in the risk module, when one was needed.
    std::optional<RiskAcceptanceId> residual_acceptance;
    std::string notes;
};

/// Checks a review against the supplier's reports: a reviewer; at least one report,
/// each one of this supplier's (`supplier_reports`), none issued after the review;
/// "risks found" links at least one risk of the register and says how they are
/// mitigated or accepted (mitigations or a residual acceptance).
Result<void> check_supplier_review(SupplierReview const& review, std::vector<AssuranceReport> const& supplier_reports);

/// The day the next yearly review is due: one year after the latest review, or
/// `today` when the supplier was never reviewed.
Date next_review_due(std::vector<SupplierReview> const& reviews, Date today);

/// The same calendar day a year later (29 February → 28 February).
Date one_year_after(Date day);

/// How the organisation checked the supplier itself (BIO2 5.20.04), apart from the
/// supplier's own reports: an audit under the right to audit, an inspection, a
/// review of documents, or a technical test.
enum class ValidationKind : std::uint8_t { Audit, Inspection, DocumentReview, TechnicalTest };
std::string_view to_string(ValidationKind kind); ///< "audit", "inspectie", "documentonderzoek", "technische_test"
Result<ValidationKind> parse_validation_kind(std::string_view text);

/// The organisation's own investigation, also to validate the supplier's reports
/// (5.20.04). Residual risks that follow go into the risk register.
struct OwnValidation {
    OwnValidationId id{0};
    SupplierId supplier_id{0};
    Date performed_on;
    ValidationKind kind = ValidationKind::DocumentReview;
    std::string performed_by; ///< Who did it (own staff or a hired auditor).
    std::string scope;
    std::string findings;
    std::vector<AssuranceReportId> validated_reports; ///< The reports it checked, if any.
    std::vector<RiskId> residual_risks;
};

/// Who, what and what came out of it are recorded; Invalid names the field.
Result<void> check_own_validation(OwnValidation const& validation);

} // namespace bolwerk::domain
