#pragma once

#include "domain/supplier/supplier_records.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bolwerk::domain {

/// A service as the register shows it, with its derived criticality.
struct RegisterService {
    DeliveredServiceId id{0};
    std::string name;
    std::vector<InformationSystemId> systems;
    Criticality criticality = Criticality::Laag;
    Dependency dependency = Dependency::Laag;
    bool cloud_service_provider = false;
    bool personal_data = false;
    bool data_outside_eea = false;
    std::vector<std::string> data_locations; ///< ISO codes.
};

/// A contract as the register shows it.
struct RegisterContract {
    ContractId id{0};
    std::string reference;
    std::string title;
    ContractStatus status = ContractStatus::Concept;
    Date starts_on;
    std::optional<Date> ends_on;
    int notice_days = 0;
    std::optional<Date> notice_deadline;
    bool exit_strategy = false; ///< Worked out (approach and data return).
    std::optional<Date> exit_checked;
    std::vector<DeliveredServiceId> service_ids;
    std::vector<std::string> services; ///< Names of the services it covers, in the order of service_ids.
};

/// One supplier in the register overview (BIO2 5.22.02) with what the supervisor
/// asks about it: criticality, contracts, this year's assurance and the last review.
struct RegisterEntry {
    SupplierId id{0};
    std::string name;
    std::string kvk_number; ///< Empty when the supplier has none.
    std::string country;
    std::vector<SupplierContact> contacts;
    Criticality criticality = Criticality::Laag;
    std::vector<RegisterService> services;
    std::vector<RegisterContract> contracts; ///< Active first, then concept, then ended; by start.
    bool assurance_required = false; ///< For the services under an active contract.
    AssuranceStatus assurance = AssuranceStatus::Missing;
    std::optional<Date> assurance_valid_until;
    std::optional<AssuranceKind> assurance_kind; ///< Of the report valid longest.
    std::optional<Date> last_review;
    Date next_review_due;
};

/// The register, suppliers by name. `classifications` are the effective BIV
/// classifications of the systems register; `today` comes from the caller's clock.
std::vector<RegisterEntry> build_supplier_register(
    SupplierRecords const& records, std::map<InformationSystemId, Cia> const& classifications, Date today);

} // namespace bolwerk::domain
