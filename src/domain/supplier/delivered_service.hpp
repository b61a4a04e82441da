#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "domain/risk/information_system.hpp"
#include "domain/supplier/country_code.hpp"
#include "domain/supplier/supplier_ids.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::domain {

/// How dependent the organisation is on a service (Dutch: afhankelijkheid): laag =
/// easily replaced or missed for a while, midden = replacing takes months or its
/// loss hurts, hoog = a core task stops without it and there is no quick way out.
enum class Dependency : std::uint8_t { Laag = 1, Midden = 2, Hoog = 3 };
std::string_view to_string(Dependency dependency); ///< "laag", "midden", "hoog"
Result<Dependency> parse_dependency(std::string_view text, std::string const& field = "dependency");

/// How critical a service or supplier is (Dutch: kriticiteit). Derived, never typed
/// in: see assess_criticality.
enum class Criticality : std::uint8_t { Laag = 1, Midden = 2, Hoog = 3 };
std::string_view to_string(Criticality criticality); ///< "laag", "midden", "hoog"

/// A service a supplier delivers (Dutch: dienst), with the information systems of the
/// register it touches, so that their BIV classification flows to the service, to
/// its contract's security requirements and to its criticality (BIO2 5.19.01, 5.22.02).
struct DeliveredService {
    DeliveredServiceId id{0};
    SupplierId supplier_id{0};
    std::string name;
    std::string description;
    std::vector<InformationSystemId> systems; ///< Sorted, without duplicates.
    bool personal_data = false; ///< Processes personal data (AVG): a processor agreement is due.
    std::vector<CountryCode> data_locations; ///< Where the data is stored or processed; sorted.
    Dependency dependency = Dependency::Laag;
    /// Delivered as a cloud service (BIO2 5.23.01: the CSP policy applies, and the
    /// contract must name what can end it).
    bool cloud_service_provider = false;
    Timestamp created_at;
    Timestamp updated_at;
    std::int64_t version = 1;
};

/// Validated input for a service. Invariants: a trimmed name of 1–200 characters;
/// systems and data locations sorted without duplicates; a service that processes
/// personal data names at least one data location (where the data goes decides
/// which rules apply to a transfer).
struct DeliveredServiceDraft {
    std::string name;
    std::string description;
    std::vector<InformationSystemId> systems;
    bool personal_data = false;
    std::vector<CountryCode> data_locations;
    Dependency dependency = Dependency::Laag;
    bool cloud_service_provider = false;

    static Result<DeliveredServiceDraft> create(DeliveredServiceDraft raw);
};

/// Why a service has the criticality it has: the BIV the linked systems demand,
/// the system that set the highest level (if a system did), and the dependency.
struct CriticalityAssessment {
    Criticality level = Criticality::Laag;
    Cia required; ///< The stricter of the linked systems' (effective) classifications.
    std::optional<InformationSystemId> decisive_system;
    Dependency dependency = Dependency::Laag;
    /// Linked systems missing from the classifications given: the link is stale.
    std::vector<InformationSystemId> unknown_systems;
};

/// The criticality of a service: the highest BIV level of any linked system (use the
/// effective classifications of domain::effective_classifications, so that what a
/// system supports counts too), or the dependency if that is higher. A service that
/// touches a system with high confidentiality is critical however replaceable it is;
/// a service the organisation cannot do without is critical whatever data it sees.
CriticalityAssessment assess_criticality(
    DeliveredService const& service, std::map<InformationSystemId, Cia> const& classifications);

/// The BIV requirements a contract for these services must state at least (BIO2
/// 5.19.01: BIV is part of the purchase requirements): the stricter of the linked
/// systems' classifications over all services.
Cia required_classification(
    std::vector<DeliveredService> const& services, std::map<InformationSystemId, Cia> const& classifications);

/// A supplier is as critical as its most critical service; Laag without services.
Criticality supplier_criticality(std::vector<CriticalityAssessment> const& services);

/// Whether any data location lies outside the European Economic Area.
bool processes_data_outside_eea(DeliveredService const& service);

} // namespace bolwerk::domain
