#pragma once

#include "domain/supplier/assurance.hpp"
#include "domain/supplier/contract.hpp"
#include "domain/supplier/delivered_service.hpp"
#include "domain/supplier/supplier.hpp"
#include "domain/supplier/supplier_review.hpp"

#include <unordered_map>
#include <vector>

namespace bolwerk::domain {

/// The supplier module's records of one organisation, as loaded for an overview: the
/// input of the register, the tasks and the exports. Holds references; the vectors
/// must outlive it.
struct SupplierRecords {
    std::vector<Supplier> const& suppliers;
    std::vector<DeliveredService> const& services;
    std::vector<Contract> const& contracts;
    std::vector<AssuranceReport> const& reports;
    std::vector<SupplierReview> const& reviews;
};

/// The records grouped by supplier, built once in linear time so that per-supplier
/// rules do not search the whole organisation for each supplier. Holds pointers into
/// the SupplierRecords' vectors, which must outlive it. Not for sharing between threads.
class SupplierIndex {
public:
    explicit SupplierIndex(SupplierRecords const& records);

    std::vector<DeliveredService> const& services(SupplierId supplier) const;
    std::vector<Contract const*> const& contracts(SupplierId supplier) const;
    std::vector<AssuranceReport> const& reports(SupplierId supplier) const;
    std::vector<SupplierReview> const& reviews(SupplierId supplier) const;
    DeliveredService const* service(DeliveredServiceId id) const;

    /// The services of the supplier that an active contract covers.
    std::vector<DeliveredService> contracted_services(SupplierId supplier) const;

private:
    std::unordered_map<SupplierId, std::vector<DeliveredService>> m_services;
    std::unordered_map<SupplierId, std::vector<Contract const*>> m_contracts;
    std::unordered_map<SupplierId, std::vector<AssuranceReport>> m_reports;
    std::unordered_map<SupplierId, std::vector<SupplierReview>> m_reviews;
    std::unordered_map<DeliveredServiceId, DeliveredService const*> m_service_by_id;
};

/// Whether BIO2 5.20.03 asks yearly independent assurance for these services: the
/// processing of information plays a role, i.e. a service touches a system of the
/// register or processes personal data (5.20.01 scopes the contract requirements so).
bool assurance_required(std::vector<DeliveredService> const& services);

} // namespace bolwerk::domain
