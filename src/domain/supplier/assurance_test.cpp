#include "domain/supplier/assurance.hpp"

#include "domain/supplier/supplier_fixtures_test.hpp"

#include <functional>

#include <gtest/gtest.h>

namespace bolwerk::domain {
namespace {

using namespace supplier_fixtures;

Date const today = day(2026, 11, 25);

TEST(AssuranceReport, ChecksEachField)
{
    struct Case {
        std::function<void(AssuranceReport&)> change;
        char const* failing_field; // nullptr when valid
    };
    Case const cases[] = {
        {[](AssuranceReport&) {}, nullptr},
        {[](AssuranceReport& r) { r.issuer = " "; }, "issuer"},
        {[](AssuranceReport& r) { r.auditor = ""; }, "auditor"},
        {[](AssuranceReport& r) { r.period_end = r.period_start - std::chrono::days{1}; }, "period_end"},
        {[](AssuranceReport& r) { r.period_end = r.period_start; }, "period_end"},
        {[](AssuranceReport& r) {
             r.kind = AssuranceKind::Isae3402Type1;
             r.period_end = r.period_start;
         },
            nullptr},
        {[](AssuranceReport& r) { r.valid_until = r.period_end - std::chrono::days{1}; }, "valid_until"},
        {[](AssuranceReport& r) { r.opinion.reset(); }, "opinion"},
        {[](AssuranceReport& r) {
             r.kind = AssuranceKind::Iso27001Certificate;
             r.opinion.reset();
         },
            nullptr},
        {[](AssuranceReport& r) { r.opinion = AuditOpinion::Qualified; }, "exceptions"},
        {[](AssuranceReport& r) {
             r.opinion = AuditOpinion::Qualified;
             r.exceptions = {"Wijzigingsbeheer niet getest"};
         },
            nullptr},
        {[](AssuranceReport& r) {
             r.exceptions = {"ok", " "};
         },
            "exceptions[1]"},
        {[](AssuranceReport& r) { r.scope_covers_services = false; }, "scope_note"},
        {[](AssuranceReport& r) {
             r.bridge_letter = BridgeLetter{r.period_end, r.period_end};
         },
            "bridge_letter.covers_until"},
    };
    for (auto const& c : cases) {
        auto report = make_report(1, 1, day(2027, 3, 31));
        c.change(report);
        auto const checked = check_assurance_report(report);
        if (c.failing_field == nullptr) {
            EXPECT_TRUE(checked) << checked.error().to_string();
            continue;
        }
        ASSERT_FALSE(checked);
        EXPECT_EQ(checked.error().location().field, c.failing_field);
    }
}

TEST(AssuranceStatus, FromTheReportValidLongest)
{
    struct Case {
        Date valid_until;
        AssuranceStatus expected{};
    };
    Case const cases[] = {
        {day(2027, 6, 1), AssuranceStatus::Valid},
        {day(2027, 1, 25), AssuranceStatus::Valid}, // 61 days left
        {day(2027, 1, 24), AssuranceStatus::ExpiringSoon}, // 60 days left
        {today, AssuranceStatus::ExpiringSoon}, // valid through its last day
        {day(2026, 11, 24), AssuranceStatus::Expired},
    };
    for (auto const& c : cases)
        EXPECT_EQ(assurance_status({make_report(1, 1, c.valid_until)}, today), c.expected)
            << format_date(c.valid_until);
    EXPECT_EQ(assurance_status({}, today), AssuranceStatus::Missing);
    EXPECT_EQ(assurance_status({make_report(1, 1, day(2026, 1, 1)), make_report(2, 1, day(2027, 6, 1))}, today),
        AssuranceStatus::Valid);
}

TEST(AssuranceStatus, OnlyReportsThatGiveAssuranceCount)
{
    auto adverse = make_report(1, 1, day(2027, 6, 1));
    adverse.opinion = AuditOpinion::Adverse;
    auto narrow = make_report(2, 1, day(2027, 6, 1));
    narrow.scope_covers_services = false;
    auto const pentest = make_report(3, 1, day(2027, 6, 1), AssuranceKind::PentestReport);
    EXPECT_EQ(assurance_status({adverse, narrow, pentest}, today), AssuranceStatus::Missing);
    EXPECT_EQ(longest_valid_report({adverse, narrow, pentest}), nullptr);
}

TEST(AssuranceStatus, ABridgeLetterExtendsTheReport)
{
    auto report = make_report(1, 1, day(2026, 10, 31));
    EXPECT_EQ(assurance_status({report}, today), AssuranceStatus::Expired);
    report.bridge_letter = BridgeLetter{day(2026, 10, 15), day(2027, 3, 31)};
    EXPECT_EQ(effective_valid_until(report), day(2027, 3, 31));
    EXPECT_EQ(assurance_status({report}, today), AssuranceStatus::Valid);
}

TEST(AssuranceCoverage, ContractRequirementsAgainstWhatReportsCover)
{
    std::vector<DeliveredServiceId> const contracted{DeliveredServiceId(1), DeliveredServiceId(2)};
    auto type1 = make_report(1, 1, day(2027, 6, 1), AssuranceKind::Soc2Type1);
    type1.services = {DeliveredServiceId(1), DeliveredServiceId(2)};
    auto type2 = make_report(2, 1, day(2027, 6, 1));
    type2.services = {DeliveredServiceId(1)};
    type2.exceptions = {"Logging onvolledig"};
    auto const coverage = assurance_coverage(contracted, {type1, type2}, today);
    ASSERT_EQ(coverage.cells.size(), 6u);
    auto const gaps = coverage.gaps();
    ASSERT_EQ(gaps.size(), 1u);
    EXPECT_EQ(gaps[0].service, DeliveredServiceId(2));
    EXPECT_EQ(gaps[0].aspect, EvidenceAspect::Operation);
    // Design of service 1: the clean type I report is preferred over the type II with exceptions.
    EXPECT_EQ(coverage.cells[0].covered_by, AssuranceReportId(1));
    EXPECT_FALSE(coverage.cells[0].with_exceptions);
    EXPECT_EQ(coverage.cells[2].covered_by, AssuranceReportId(2));
    EXPECT_TRUE(coverage.cells[2].with_exceptions);
    EXPECT_FALSE(coverage.complete());
}

TEST(AssuranceCoverage, ExpiredReportsAndReportsForAllServices)
{
    auto const all = make_report(1, 1, day(2027, 6, 1)); // lists no services: covers all
    EXPECT_TRUE(assurance_coverage({DeliveredServiceId(5)}, {all}, today).complete());
    auto const expired = make_report(2, 1, day(2026, 1, 1));
    EXPECT_EQ(assurance_coverage({DeliveredServiceId(5)}, {expired}, today).gaps().size(), 3u);
}

TEST(AssuranceKind, DefaultAspectsAndNames)
{
    EXPECT_EQ(default_aspects(AssuranceKind::Isae3402Type1).size(), 2u);
    EXPECT_EQ(default_aspects(AssuranceKind::Soc2Type2).size(), 3u);
    EXPECT_EQ(default_aspects(AssuranceKind::Iso27001Certificate).size(), 2u);
    EXPECT_TRUE(default_aspects(AssuranceKind::PentestReport).empty());
    for (int i = 0; i <= static_cast<int>(AssuranceKind::PentestReport); ++i) {
        auto const kind = static_cast<AssuranceKind>(i);
        EXPECT_EQ(*parse_assurance_kind(to_string(kind)), kind);
    }
    for (auto const opinion : {AuditOpinion::Unqualified, AuditOpinion::Qualified, AuditOpinion::Adverse})
        EXPECT_EQ(*parse_audit_opinion(to_string(opinion)), opinion);
    EXPECT_EQ(to_string(AssuranceStatus::Missing), "ontbreekt");
}

} // namespace
} // namespace bolwerk::domain
