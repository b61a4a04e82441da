#include "domain/supplier/supplier_review.hpp"

#include "domain/supplier/supplier_fixtures_test.hpp"

#include <functional>

#include <gtest/gtest.h>

namespace bolwerk::domain {
namespace {

using namespace supplier_fixtures;

TEST(SupplierReview, BasedOnTheSuppliersReportsWithRisksRegistered)
{
    std::vector<AssuranceReport> const reports{make_report(1, 1, day(2027, 3, 31))};
    SupplierReview valid;
    valid.supplier_id = SupplierId(1);
    valid.reviewed_on = day(2026, 5, 1);
    valid.reviewer = "Afdelingshoofd Burgerzaken";
    valid.reports = {AssuranceReportId(1)};
    struct Case {
        std::function<void(SupplierReview&)> change;
        char const* failing_field; // nullptr when valid
    };
    Case const cases[] = {
        {[](SupplierReview&) {}, nullptr},
        {[](SupplierReview& r) { r.reviewer = " "; }, "reviewer"},
        {[](SupplierReview& r) { r.reports.clear(); }, "reports"},
        {[](SupplierReview& r) { r.reports.push_back(AssuranceReportId(9)); }, "reports[1]"},
        {[](SupplierReview& r) { r.reviewed_on = day(2025, 1, 1); }, "reports[0]"},
        {[](SupplierReview& r) { r.outcome = ReviewOutcome::RisksFound; }, "risks"},
        {[](SupplierReview& r) {
             r.outcome = ReviewOutcome::RisksFound;
             r.risks = {RiskId(4)};
         },
            "mitigations"},
        {[](SupplierReview& r) {
             r.outcome = ReviewOutcome::RisksFound;
             r.risks = {RiskId(4)};
             r.mitigations = "Extra logging afgesproken";
         },
            nullptr},
        {[](SupplierReview& r) {
             r.outcome = ReviewOutcome::RisksFound;
             r.risks = {RiskId(4)};
             r.residual_acceptance = RiskAcceptanceId(2);
         },
            nullptr},
    };
    for (auto const& c : cases) {
        auto review = valid;
        c.change(review);
        auto const checked = check_supplier_review(review, reports);
        if (c.failing_field == nullptr) {
            EXPECT_TRUE(checked) << checked.error().to_string();
            continue;
        }
        ASSERT_FALSE(checked);
        EXPECT_EQ(checked.error().location().field, c.failing_field) << checked.error().to_string();
    }
}

TEST(SupplierReview, DueOneYearAfterTheLatest)
{
    auto const today = day(2026, 11, 25);
    EXPECT_EQ(next_review_due({}, today), today);
    SupplierReview older;
    older.reviewed_on = day(2025, 3, 1);
    SupplierReview newer;
    newer.reviewed_on = day(2026, 2, 10);
    EXPECT_EQ(next_review_due({newer, older}, today), day(2027, 2, 10));
    EXPECT_EQ(one_year_after(day(2024, 2, 29)), day(2025, 2, 28));
    EXPECT_EQ(one_year_after(day(2025, 12, 31)), day(2026, 12, 31));
}

TEST(OwnValidation, RecordsWhoWhatAndFindings)
{
    OwnValidation validation;
    validation.kind = ValidationKind::Audit;
    EXPECT_EQ(check_own_validation(validation).error().location().field, "performed_by");
    validation.performed_by = "IT-auditor gemeente";
    EXPECT_EQ(check_own_validation(validation).error().location().field, "scope");
    validation.scope = "Toegangsbeheer beheeromgeving";
    EXPECT_EQ(check_own_validation(validation).error().location().field, "findings");
    validation.findings = "Geen bevindingen";
    EXPECT_TRUE(check_own_validation(validation));
}

TEST(ReviewEnums, NamesRoundTrip)
{
    for (auto const outcome : {ReviewOutcome::Accepted, ReviewOutcome::RisksFound})
        EXPECT_EQ(*parse_review_outcome(to_string(outcome)), outcome);
    for (auto const kind : {ValidationKind::Audit, ValidationKind::Inspection, ValidationKind::DocumentReview,
             ValidationKind::TechnicalTest})
        EXPECT_EQ(*parse_validation_kind(to_string(kind)), kind);
}

} // namespace
} // namespace bolwerk::domain
