#include "domain/supplier/supplier_register.hpp"

#include <algorithm>
#include <tuple>

namespace bolwerk::domain {

namespace {

RegisterService register_service(
    DeliveredService const& service, std::map<InformationSystemId, Cia> const& classifications)
{
    RegisterService row{service.id, service.name, service.systems, assess_criticality(service, classifications).level,
        service.dependency, service.cloud_service_provider, service.personal_data, processes_data_outside_eea(service),
        {}};
    for (auto const& location : service.data_locations)
        row.data_locations.push_back(location.value());
    return row;
}

RegisterContract register_contract(Contract const& contract, SupplierIndex const& index)
{
    auto const& terms = contract.terms;
    RegisterContract row{contract.id, terms.reference, terms.title, contract.status, terms.starts_on, terms.ends_on,
        terms.notice_days, notice_deadline(terms), terms.exit_strategy && terms.exit_strategy->complete(),
        terms.exit_strategy ? terms.exit_strategy->last_checked : std::nullopt, terms.services, {}};
    for (auto const id : terms.services) {
        auto const* service = index.service(id);
        row.services.push_back(service ? service->name : id.to_string());
    }
    return row;
}

int status_rank(ContractStatus status)
{
    switch (status) {
    case ContractStatus::Active: return 0;
    case ContractStatus::Concept: return 1;
    case ContractStatus::Ended: return 2;
    }
    return 2;
}

void add_assurance(RegisterEntry& entry, std::vector<AssuranceReport> const& reports, Date today)
{
    entry.assurance = assurance_status(reports, today);
    if (auto const* longest = longest_valid_report(reports)) {
        entry.assurance_valid_until = effective_valid_until(*longest);
        entry.assurance_kind = longest->kind;
    }
}

RegisterEntry register_entry(Supplier const& supplier, SupplierIndex const& index,
    std::map<InformationSystemId, Cia> const& classifications, Date today)
{
    RegisterEntry entry;
    entry.id = supplier.id;
    entry.name = supplier.name;
    entry.kvk_number = supplier.kvk_number ? supplier.kvk_number->value() : std::string();
    entry.country = supplier.country.value();
    entry.contacts = supplier.contacts;
    for (auto const& service : index.services(supplier.id)) {
        entry.services.push_back(register_service(service, classifications));
        entry.criticality = std::max(entry.criticality, entry.services.back().criticality);
    }
    for (auto const* contract : index.contracts(supplier.id))
        entry.contracts.push_back(register_contract(*contract, index));
    std::sort(entry.contracts.begin(), entry.contracts.end(), [](auto const& left, auto const& right) {
        return std::tuple(status_rank(left.status), left.starts_on, left.id)
            < std::tuple(status_rank(right.status), right.starts_on, right.id);
    });
    entry.assurance_required = assurance_required(index.contracted_services(supplier.id));
    add_assurance(entry, index.reports(supplier.id), today);
    auto const& reviews = index.reviews(supplier.id);
    for (auto const& review : reviews)
        entry.last_review = std::max(entry.last_review.value_or(review.reviewed_on), review.reviewed_on);
    entry.next_review_due = next_review_due(reviews, today);
    return entry;
}

} // namespace

std::vector<RegisterEntry> build_supplier_register(
    SupplierRecords const& records, std::map<InformationSystemId, Cia> const& classifications, Date today)
{
    SupplierIndex const index(records);
    std::vector<RegisterEntry> entries;
    entries.reserve(records.suppliers.size());
    for (auto const& supplier : records.suppliers)
        entries.push_back(register_entry(supplier, index, classifications, today));
    std::sort(entries.begin(), entries.end(), [](RegisterEntry const& left, RegisterEntry const& right) {
        return std::tie(left.name, left.id) < std::tie(right.name, right.id);
    });
    return entries;
}

} // namespace bolwerk::domain
