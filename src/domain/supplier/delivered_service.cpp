#include "domain/supplier/delivered_service.hpp"

#include "common/text.hpp"

#include <algorithm>
#include <array>

namespace bolwerk::domain {

namespace {

constexpr std::size_t max_name_length = 200;

constexpr std::array<std::string_view, 3> level_names{"laag", "midden", "hoog"};

CiaLevel highest_aspect(Cia const& cia) { return std::max({cia.availability, cia.integrity, cia.confidentiality}); }

template <typename T>
void sort_unique(std::vector<T>& values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
}

} // namespace

std::string_view to_string(Dependency dependency) { return level_names.at(static_cast<std::size_t>(dependency) - 1); }

Result<Dependency> parse_dependency(std::string_view text, std::string const& field)
{
    auto const wanted = to_ascii_lower(trim(text));
    for (auto const dependency : {Dependency::Laag, Dependency::Midden, Dependency::Hoog}) {
        if (wanted == to_string(dependency))
            return dependency;
    }
    return Error::invalid(
        "unknown dependency '" + std::string(text) + "' (expected laag, midden or hoog)", {.field = field});
}

std::string_view to_string(Criticality criticality)
{
    return level_names.at(static_cast<std::size_t>(criticality) - 1);
}

Result<DeliveredServiceDraft> DeliveredServiceDraft::create(DeliveredServiceDraft raw)
{
    raw.name = std::string(trim(raw.name));
    raw.description = std::string(trim(raw.description));
    if (raw.name.empty())
        return Error::invalid("the service name is empty", {.field = "name"});
    if (raw.name.size() > max_name_length)
        return Error::invalid("the service name is longer than 200 characters", {.field = "name"});
    sort_unique(raw.systems);
    sort_unique(raw.data_locations);
    if (raw.personal_data && raw.data_locations.empty())
        return Error::invalid(
            "a service that processes personal data must say where the data is kept", {.field = "data_locations"});
    return raw;
}

CriticalityAssessment assess_criticality(
    DeliveredService const& service, std::map<InformationSystemId, Cia> const& classifications)
{
    CriticalityAssessment assessment;
    assessment.dependency = service.dependency;
    auto decisive_level = CiaLevel::Laag;
    for (auto const system : service.systems) {
        auto const found = classifications.find(system);
        if (found == classifications.end()) {
            assessment.unknown_systems.push_back(system);
            continue;
        }
        assessment.required = stricter_of(assessment.required, found->second);
        // The first system that reaches a new highest level is the one named.
        if (!assessment.decisive_system || highest_aspect(found->second) > decisive_level) {
            assessment.decisive_system = system;
            decisive_level = highest_aspect(found->second);
        }
    }
    auto const from_systems = static_cast<std::uint8_t>(highest_aspect(assessment.required));
    auto const from_dependency = static_cast<std::uint8_t>(service.dependency);
    assessment.level = static_cast<Criticality>(std::max(from_systems, from_dependency));
    return assessment;
}

Cia required_classification(
    std::vector<DeliveredService> const& services, std::map<InformationSystemId, Cia> const& classifications)
{
    Cia required;
    for (auto const& service : services)
        required = stricter_of(required, assess_criticality(service, classifications).required);
    return required;
}

Criticality supplier_criticality(std::vector<CriticalityAssessment> const& services)
{
    auto level = Criticality::Laag;
    for (auto const& service : services)
        level = std::max(level, service.level);
    return level;
}

bool processes_data_outside_eea(DeliveredService const& service)
{
    return std::any_of(service.data_locations.begin(), service.data_locations.end(),
        [](CountryCode const& location) { return !location.in_eea(); });
}

} // namespace bolwerk::domain
