#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bolwerk::domain {

/// A BIV (beschikbaarheid, integriteit, vertrouwelijkheid) classification level.
enum class CiaLevel : std::uint8_t { Laag = 1, Midden = 2, Hoog = 3 };

std::string_view to_string(CiaLevel level);
Result<CiaLevel> parse_cia_level(std::string_view text, std::string const& field);

/// The BIV classification of information or a system (Dutch: BIV-classificatie).
struct Cia {
    CiaLevel availability = CiaLevel::Laag;
    CiaLevel integrity = CiaLevel::Laag;
    CiaLevel confidentiality = CiaLevel::Laag;
    friend bool operator==(Cia const&, Cia const&) = default;
};

/// The higher of two classifications, aspect by aspect.
Cia stricter_of(Cia const& left, Cia const& right);

/// An information system in the register (Dutch: informatiesysteem). Owned by a
/// lijnmanager / proceseigenaar who owns its risks (BIO2 5.02.01).
struct InformationSystem {
    InformationSystemId id{0};
    OrganisationId organisation_id{0};
    std::string name;
    std::string owner; ///< The accountable lijnmanager / proceseigenaar.
    std::string description;
    Cia classification;
    bool internet_facing = false;
    bool operational_technology = false; ///< OT
    bool cloud = false;
    bool critical_for_service_delivery = false; ///< BIO2 5.30.02
    std::vector<InformationSystemId> depends_on;
    /// When the classification was last set or changed: a new classification of the
    /// information calls for a (new) risk analysis (BIO2 5.12.01).
    Timestamp classified_at;
    Timestamp created_at;
    Timestamp updated_at;
    std::int64_t version = 1;
};

/// Validated input for creating or changing a system; names the field of each error.
struct InformationSystemDraft {
    std::string name;
    std::string owner;
    std::string description;
    Cia classification;
    bool internet_facing = false;
    bool operational_technology = false;
    bool cloud = false;
    bool critical_for_service_delivery = false;
    std::vector<InformationSystemId> depends_on;

    static Result<InformationSystemDraft> create(InformationSystemDraft raw);
};

/// The classification each system must at least have because other systems depend on
/// it: a system that supports a system with high confidentiality handles that
/// information too. Effective = own classification, raised to that of every system
/// that depends on it, directly or through others. Ends on a cycle too (check_dependencies
/// refuses cycles when a system is stored).
std::map<InformationSystemId, Cia> effective_classifications(std::vector<InformationSystem> const& systems);

/// Refuses a dependency graph in which a system depends on itself, directly or through
/// others (a cycle; the message names the path), or on a system that is not in `systems`.
Result<void> check_dependencies(std::vector<InformationSystem> const& systems);

} // namespace bolwerk::domain
