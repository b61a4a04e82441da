#include "domain/supplier/supplier_tasks.hpp"

#include "domain/supplier/supplier_fixtures_test.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain {
namespace {

using namespace supplier_fixtures;

Date const today = day(2026, 11, 25);

// One supplier with one service that touches a system, under one active contract.
struct TaskFixture {
    std::vector<Supplier> suppliers{make_supplier(1, "Acme")};
    std::vector<DeliveredService> services{make_service(10, 1, "Hosting", {InformationSystemId(1)})};
    std::vector<Contract> contracts{make_contract(100, 1, {DeliveredServiceId(10)})};
    std::vector<AssuranceReport> reports{make_report(1, 1, day(2027, 6, 30))};
    std::vector<SupplierReview> reviews{review(day(2026, 3, 1))};
    std::vector<ChainChange> changes;

    static SupplierReview review(Date on)
    {
        SupplierReview result;
        result.supplier_id = SupplierId(1);
        result.reviewed_on = on;
        return result;
    }

    std::vector<SupplierTask> tasks() const
    {
        return supplier_tasks({suppliers, services, contracts, reports, reviews}, changes, today);
    }
};

std::vector<SupplierTaskKind> kinds(std::vector<SupplierTask> const& tasks)
{
    std::vector<SupplierTaskKind> result;
    result.reserve(tasks.size());
    for (auto const& task : tasks)
        result.push_back(task.kind);
    return result;
}

TEST(SupplierTasks, NothingToDoWhenAllIsCurrent) { EXPECT_TRUE(TaskFixture{}.tasks().empty()); }

TEST(SupplierTasks, AssuranceDueWhenMissingExpiringOrExpired)
{
    struct Case {
        std::optional<Date> valid_until; // none: no report
        bool task{};
        Date due;
    };
    Case const cases[] = {
        {std::nullopt, true, today},
        {day(2026, 12, 31), true, day(2026, 12, 31)},
        {day(2026, 10, 1), true, day(2026, 10, 1)},
        {day(2027, 6, 30), false, {}},
    };
    for (auto const& c : cases) {
        TaskFixture fixture;
        fixture.reports.clear();
        if (c.valid_until)
            fixture.reports.push_back(make_report(1, 1, *c.valid_until));
        auto const tasks = fixture.tasks();
        if (!c.task) {
            EXPECT_TRUE(tasks.empty());
            continue;
        }
        ASSERT_EQ(tasks.size(), 1u);
        EXPECT_EQ(tasks[0].kind, SupplierTaskKind::AssuranceDue);
        EXPECT_EQ(tasks[0].due, c.due);
        EXPECT_EQ(tasks[0].subject, "Acme");
    }
}

TEST(SupplierTasks, NoAssuranceOrReviewWithoutInformationOrActiveContract)
{
    TaskFixture no_information;
    no_information.services[0].systems.clear();
    no_information.reports.clear();
    no_information.reviews.clear();
    EXPECT_TRUE(no_information.tasks().empty());

    TaskFixture draft_contract;
    draft_contract.contracts[0].status = ContractStatus::Concept;
    draft_contract.reports.clear();
    EXPECT_TRUE(draft_contract.tasks().empty());

    TaskFixture personal_data;
    personal_data.services[0].systems.clear();
    personal_data.services[0].personal_data = true;
    personal_data.reports.clear();
    EXPECT_EQ(kinds(personal_data.tasks()), std::vector{SupplierTaskKind::AssuranceDue});
}

TEST(SupplierTasks, ReviewDueWithin30DaysOrOverdue)
{
    struct Case {
        std::optional<Date> last_review;
        bool task{};
    };
    Case const cases[] = {
        {std::nullopt, true}, {day(2025, 11, 1), true}, // overdue since 2026-11-01
        {day(2025, 12, 25), true}, // due 2026-12-25: within 30 days
        {day(2025, 12, 26), false}, // due in 31 days
    };
    for (auto const& c : cases) {
        TaskFixture fixture;
        fixture.reviews.clear();
        if (c.last_review)
            fixture.reviews.push_back(TaskFixture::review(*c.last_review));
        EXPECT_EQ(
            kinds(fixture.tasks()), c.task ? std::vector{SupplierTaskKind::ReviewDue} : std::vector<SupplierTaskKind>{})
            << (c.last_review ? format_date(*c.last_review) : "never");
    }
}

TEST(SupplierTasks, ContractEndingWithin90DaysNeedsAnExitCheck)
{
    struct Case {
        Date ends_on;
        std::optional<Date> exit_checked;
        bool task{};
    };
    Case const cases[] = {
        {day(2027, 2, 1), std::nullopt, true},
        {day(2027, 2, 1), day(2026, 6, 1), true}, // checked, but not for this end
        {day(2027, 2, 1), day(2026, 11, 3), false}, // within the 90 days before the end
        {day(2027, 2, 23), std::nullopt, true}, // exactly 90 days ahead
        {day(2027, 2, 24), std::nullopt, false}, // 91 days ahead
        {day(2026, 11, 24), std::nullopt, false}, // already ended
    };
    for (auto const& c : cases) {
        TaskFixture fixture;
        fixture.contracts[0].terms.ends_on = c.ends_on;
        fixture.contracts[0].terms.exit_strategy->last_checked = c.exit_checked;
        auto const tasks = fixture.tasks();
        if (!c.task) {
            EXPECT_TRUE(tasks.empty()) << format_date(c.ends_on);
            continue;
        }
        ASSERT_EQ(tasks.size(), 1u) << format_date(c.ends_on);
        EXPECT_EQ(tasks[0].kind, SupplierTaskKind::ContractEndingWithoutExitCheck);
        EXPECT_EQ(tasks[0].contract, ContractId(100));
        EXPECT_EQ(tasks[0].subject, "INK-2026-001");
        EXPECT_EQ(tasks[0].due, c.ends_on);
    }
}

TEST(SupplierTasks, UnassessedChainChangesEarliestFirst)
{
    TaskFixture fixture;
    fixture.changes = {
        {DeliveredServiceId(10), day(2026, 9, 1), ChainChangeKind::Incident, "Datacenter B", "Storing", "Uitval",
            std::nullopt, std::nullopt},
        {DeliveredServiceId(10), day(2026, 8, 1), ChainChangeKind::SubSupplierAdded, "Datacenter C", "Nieuw", "Geen",
            RiskLevel::Laag, day(2026, 8, 2)},
    };
    fixture.reviews.clear(); // review due today comes after the change of September
    auto const tasks = fixture.tasks();
    EXPECT_EQ(kinds(tasks), (std::vector{SupplierTaskKind::ChainChangeUnassessed, SupplierTaskKind::ReviewDue}));
    EXPECT_EQ(tasks[0].subject, "Datacenter B");
    EXPECT_EQ(tasks[0].supplier, SupplierId(1));
    EXPECT_EQ(to_string(tasks[0].kind), "chain_change_unassessed");
}

} // namespace
} // namespace bolwerk::domain
