#include "domain/supplier/supplier_records.hpp"

#include <algorithm>

namespace bolwerk::domain {

namespace {

template <typename T>
T const& value_or_empty(std::unordered_map<SupplierId, T> const& map, SupplierId key)
{
    static T const empty{};
    auto const found = map.find(key);
    return found == map.end() ? empty : found->second;
}

} // namespace

SupplierIndex::SupplierIndex(SupplierRecords const& records)
{
    for (auto const& service : records.services)
        m_services[service.supplier_id].push_back(service);
    for (auto const& [supplier, services] : m_services) {
        for (auto const& service : services)
            m_service_by_id.emplace(service.id, &service);
    }
    for (auto const& contract : records.contracts)
        m_contracts[contract.supplier_id].push_back(&contract);
    for (auto const& report : records.reports)
        m_reports[report.supplier_id].push_back(report);
    for (auto const& review : records.reviews)
        m_reviews[review.supplier_id].push_back(review);
}

std::vector<DeliveredService> const& SupplierIndex::services(SupplierId supplier) const
{
    return value_or_empty(m_services, supplier);
}

std::vector<Contract const*> const& SupplierIndex::contracts(SupplierId supplier) const
{
    return value_or_empty(m_contracts, supplier);
}

std::vector<AssuranceReport> const& SupplierIndex::reports(SupplierId supplier) const
{
    return value_or_empty(m_reports, supplier);
}

std::vector<SupplierReview> const& SupplierIndex::reviews(SupplierId supplier) const
{
    return value_or_empty(m_reviews, supplier);
}

DeliveredService const* SupplierIndex::service(DeliveredServiceId id) const
{
    auto const found = m_service_by_id.find(id);
    return found == m_service_by_id.end() ? nullptr : found->second;
}

std::vector<DeliveredService> SupplierIndex::contracted_services(SupplierId supplier) const
{
    std::vector<DeliveredService> contracted;
    for (auto const& service : services(supplier)) {
        auto const& contracts = this->contracts(supplier);
        bool const covered = std::any_of(contracts.begin(), contracts.end(), [&](Contract const* contract) {
            auto const& ids = contract->terms.services;
            return contract->status == ContractStatus::Active
                && std::find(ids.begin(), ids.end(), service.id) != ids.end();
        });
        if (covered)
            contracted.push_back(service);
    }
    return contracted;
}

bool assurance_required(std::vector<DeliveredService> const& services)
{
    return std::any_of(services.begin(), services.end(),
        [](DeliveredService const& service) { return !service.systems.empty() || service.personal_data; });
}

} // namespace bolwerk::domain
