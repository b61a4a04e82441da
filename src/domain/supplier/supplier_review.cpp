#include "domain/supplier/supplier_review.hpp"

#include "domain/supplier/enum_names.hpp"

#include <algorithm>

namespace bolwerk::domain {

namespace {

using supplier_detail::name_of;
using supplier_detail::NameTable;
using supplier_detail::parse_name;

constexpr NameTable<ReviewOutcome, 2> outcome_names{
    {{ReviewOutcome::Accepted, "geaccepteerd"}, {ReviewOutcome::RisksFound, "risicos_gevonden"}}};
constexpr NameTable<ValidationKind, 4> validation_names{
    {{ValidationKind::Audit, "audit"}, {ValidationKind::Inspection, "inspectie"},
        {ValidationKind::DocumentReview, "documentonderzoek"}, {ValidationKind::TechnicalTest, "technische_test"}}};

AssuranceReport const* find_report(std::vector<AssuranceReport> const& reports, AssuranceReportId id)
{
    auto const found
        = std::find_if(reports.begin(), reports.end(), [&](AssuranceReport const& report) { return report.id == id; });
    return found == reports.end() ? nullptr : &*found;
}

Result<void> check_based_on_reports(SupplierReview const& review, std::vector<AssuranceReport> const& supplier_reports)
{
    if (review.reports.empty())
        return Error::invalid(
            "a yearly review is based on the supplier's reports (BIO2 5.22.01, 5.20.03)", {.field = "reports"});
    for (std::size_t i = 0; i < review.reports.size(); ++i) {
        auto const field = "reports[" + std::to_string(i) + "]";
        auto const* report = find_report(supplier_reports, review.reports[i]);
        if (report == nullptr)
            return Error::invalid(
                "report " + review.reports[i].to_string() + " is not one of this supplier's", {.field = field});
        if (report->period_start > review.reviewed_on)
            return Error::invalid("a review cannot be based on a report of a later period", {.field = field});
    }
    return ok();
}

} // namespace

std::string_view to_string(ReviewOutcome outcome) { return name_of(outcome_names, outcome); }
Result<ReviewOutcome> parse_review_outcome(std::string_view text)
{
    return parse_name(outcome_names, text, "outcome", "review outcome");
}
std::string_view to_string(ValidationKind kind) { return name_of(validation_names, kind); }
Result<ValidationKind> parse_validation_kind(std::string_view text)
{
    return parse_name(validation_names, text, "kind", "kind of validation");
}

Result<void> check_supplier_review(SupplierReview const& review, std::vector<AssuranceReport> const& supplier_reports)
{
    if (trim(review.reviewer).empty())
        return Error::invalid("record the proceseigenaar who reviewed", {.field = "reviewer"});
    TRY(check_based_on_reports(review, supplier_reports));
    if (review.outcome == ReviewOutcome::Accepted)
        return ok();
    if (review.risks.empty())
        return Error::invalid("register the risks found in the risk register and link them", {.field = "risks"});
    if (trim(review.mitigations).empty() && !review.residual_acceptance)
        return Error::invalid(
            "say how the risks are mitigated, or link the acceptance of the residual risk", {.field = "mitigations"});
    return ok();
}

Date one_year_after(Date day)
{
    std::chrono::year_month_day const date{day};
    std::chrono::year_month_day const next{date.year() + std::chrono::years{1}, date.month(), date.day()};
    if (next.ok())
        return next;
    return std::chrono::year_month_day_last{next.year(), std::chrono::month_day_last{next.month()}};
}

Date next_review_due(std::vector<SupplierReview> const& reviews, Date today)
{
    if (reviews.empty())
        return today;
    auto const latest = std::max_element(reviews.begin(), reviews.end(),
        [](SupplierReview const& left, SupplierReview const& right) { return left.reviewed_on < right.reviewed_on; });
    return one_year_after(latest->reviewed_on);
}

Result<void> check_own_validation(OwnValidation const& validation)
{
    if (trim(validation.performed_by).empty())
        return Error::invalid("record who carried out the validation", {.field = "performed_by"});
    if (trim(validation.scope).empty())
        return Error::invalid("describe what was examined", {.field = "scope"});
    if (trim(validation.findings).empty())
        return Error::invalid("record the findings, also when there were none", {.field = "findings"});
    return ok();
}

} // namespace bolwerk::domain
