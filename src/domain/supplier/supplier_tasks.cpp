#include "domain/supplier/supplier_tasks.hpp"

#include "domain/supplier/enum_names.hpp"

#include <algorithm>
#include <tuple>

namespace bolwerk::domain {

namespace {

constexpr supplier_detail::NameTable<SupplierTaskKind, 4> kind_names{{
    {SupplierTaskKind::AssuranceDue, "assurance_due"},
    {SupplierTaskKind::ReviewDue, "review_due"},
    {SupplierTaskKind::ContractEndingWithoutExitCheck, "contract_ending_without_exit_check"},
    {SupplierTaskKind::ChainChangeUnassessed, "chain_change_unassessed"},
}};

void add_assurance_and_review(
    Supplier const& supplier, SupplierIndex const& index, Date today, std::vector<SupplierTask>& tasks)
{
    if (!assurance_required(index.contracted_services(supplier.id)))
        return;
    auto const& reports = index.reports(supplier.id);
    if (assurance_status(reports, today) != AssuranceStatus::Valid) {
        auto const* longest = longest_valid_report(reports);
        tasks.push_back({SupplierTaskKind::AssuranceDue, supplier.id, std::nullopt, supplier.name,
            longest ? effective_valid_until(*longest) : today});
    }
    auto const review_due = next_review_due(index.reviews(supplier.id), today);
    if (review_due <= today + review_task_horizon)
        tasks.push_back({SupplierTaskKind::ReviewDue, supplier.id, std::nullopt, supplier.name, review_due});
}

bool exit_checked_for_end(Contract const& contract)
{
    auto const& exit = contract.terms.exit_strategy;
    return exit && exit->last_checked && *exit->last_checked >= *contract.terms.ends_on - contract_end_horizon;
}

void add_contract_ends(
    Supplier const& supplier, SupplierIndex const& index, Date today, std::vector<SupplierTask>& tasks)
{
    for (auto const* contract : index.contracts(supplier.id)) {
        auto const& ends_on = contract->terms.ends_on;
        bool const ending = contract->status == ContractStatus::Active && ends_on && *ends_on >= today
            && *ends_on <= today + contract_end_horizon;
        if (ending && !exit_checked_for_end(*contract))
            tasks.push_back({SupplierTaskKind::ContractEndingWithoutExitCheck, supplier.id, contract->id,
                contract->terms.reference, *ends_on});
    }
}

void add_chain_changes(
    SupplierIndex const& index, std::vector<ChainChange> const& changes, std::vector<SupplierTask>& tasks)
{
    for (auto const& change : changes) {
        auto const* service = index.service(change.service_id);
        if (service == nullptr || change.assessed_level)
            continue;
        tasks.push_back({SupplierTaskKind::ChainChangeUnassessed, service->supplier_id, std::nullopt, change.subject,
            change.reported_on});
    }
}

} // namespace

std::string_view to_string(SupplierTaskKind kind) { return supplier_detail::name_of(kind_names, kind); }

std::vector<SupplierTask> supplier_tasks(
    SupplierRecords const& records, std::vector<ChainChange> const& changes, Date today)
{
    SupplierIndex const index(records);
    std::vector<SupplierTask> tasks;
    for (auto const& supplier : records.suppliers) {
        add_assurance_and_review(supplier, index, today, tasks);
        add_contract_ends(supplier, index, today, tasks);
    }
    add_chain_changes(index, changes, tasks);
    std::stable_sort(tasks.begin(), tasks.end(), [](SupplierTask const& left, SupplierTask const& right) {
        return std::tie(left.due, left.kind, left.subject) < std::tie(right.due, right.kind, right.subject);
    });
    return tasks;
}

} // namespace bolwerk::domain
