#pragma once

#include "domain/supplier/sub_supplier_chain.hpp"
#include "domain/supplier/supplier_records.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::domain {

/// Work the supplier process asks for now (the task list and the home page).
enum class SupplierTaskKind : std::uint8_t {
    AssuranceDue, ///< 5.20.03: the yearly report is missing, expired or expires within 60 days.
    ReviewDue, ///< 5.22.01: the proceseigenaar's yearly review is due within 30 days or overdue.
    ContractEndingWithoutExitCheck, ///< 5.20.06: ends within 90 days; exit plan not checked for it.
    ChainChangeUnassessed, ///< 5.21.04, 5.23.01: a reported change in the chain awaits assessment.
};
std::string_view to_string(SupplierTaskKind kind);

struct SupplierTask {
    SupplierTaskKind kind;
    SupplierId supplier{0};
    std::optional<ContractId> contract;
    std::string subject; ///< The supplier's name, or the contract reference / sub-supplier.
    Date due; ///< When it is (or was) due: the day to sort and show by.
};

/// How far ahead the review and contract-end tasks warn.
inline constexpr std::chrono::days review_task_horizon{30};
inline constexpr std::chrono::days contract_end_horizon{90};

/// Every task, earliest due first (then by kind and subject). Only suppliers with an
/// active contract owe assurance and a review, and only when assurance_required for
/// the services under contract. An exit plan counts as checked for an ending
/// contract when last checked within the 90 days before its end date. `changes` are
/// the chain changes of the organisation; each without assessment is a task.
/// Pure: `today` comes from the caller's clock.
std::vector<SupplierTask> supplier_tasks(
    SupplierRecords const& records, std::vector<ChainChange> const& changes, Date today);

} // namespace bolwerk::domain
