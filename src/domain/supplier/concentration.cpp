#include "domain/supplier/concentration.hpp"

#include <algorithm>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace bolwerk::domain {

namespace {

template <typename T>
void sort_unique(std::vector<T>& values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
}

class Tally {
public:
    explicit Tally(std::vector<DeliveredService> const& services)
    {
        m_supplier_of.reserve(services.size());
        for (auto const& service : services)
            m_supplier_of.emplace(service.id, service.supplier_id);
    }

    ConcentrationEntry& party(std::string const& key, std::string const& name)
    {
        auto [entry, inserted] = m_entries.try_emplace(key);
        if (inserted) {
            entry->second.key = key;
            entry->second.name = name;
        }
        return entry->second;
    }

    // `party` stands behind `service`; its supplier counts unless it is the party itself.
    void count(ConcentrationEntry& party, DeliveredServiceId service, std::optional<SupplierId> party_as_supplier)
    {
        party.services.push_back(service);
        auto const supplier = m_supplier_of.find(service);
        if (supplier != m_supplier_of.end() && supplier->second != party_as_supplier)
            party.suppliers.push_back(supplier->second);
    }

    std::unordered_map<std::string, ConcentrationEntry>& entries() { return m_entries; }

private:
    std::unordered_map<DeliveredServiceId, SupplierId> m_supplier_of;
    std::unordered_map<std::string, ConcentrationEntry> m_entries;
};

} // namespace

std::vector<ConcentrationEntry> supplier_concentration(std::vector<Supplier> const& suppliers,
    std::vector<DeliveredService> const& services, std::vector<ChainNode> const& chain, std::size_t minimum_services)
{
    Tally tally(services);
    // Entries of an unordered_map keep their address when it grows.
    std::unordered_map<SupplierId, ConcentrationEntry*> direct;
    for (auto const& supplier : suppliers) {
        auto& entry = tally.party(supplier_identity_key(supplier.name, supplier.kvk_number), supplier.name);
        entry.direct_supplier = true;
        direct.emplace(supplier.id, &entry);
    }
    for (auto const& service : services) {
        auto const found = direct.find(service.supplier_id);
        if (found != direct.end())
            tally.count(*found->second, service.id, service.supplier_id);
    }
    // A party that is also a direct supplier keeps its own id, so it is not counted
    // as standing behind itself.
    std::unordered_map<std::string, SupplierId> supplier_by_key;
    for (auto const& supplier : suppliers)
        supplier_by_key.emplace(supplier_identity_key(supplier.name, supplier.kvk_number), supplier.id);
    for (auto const& node : chain) {
        auto const key = supplier_identity_key(node.name, node.kvk_number);
        auto& entry = tally.party(key, node.name);
        entry.cloud_service_provider = entry.cloud_service_provider || node.cloud_service_provider;
        auto const as_supplier = supplier_by_key.find(key);
        tally.count(entry, node.service_id,
            as_supplier == supplier_by_key.end() ? std::nullopt : std::optional(as_supplier->second));
    }

    std::vector<ConcentrationEntry> ranked;
    for (auto& [key, entry] : tally.entries()) {
        sort_unique(entry.services);
        sort_unique(entry.suppliers);
        if (entry.services.size() >= minimum_services)
            ranked.push_back(std::move(entry));
    }
    std::sort(ranked.begin(), ranked.end(), [](ConcentrationEntry const& left, ConcentrationEntry const& right) {
        return std::tuple(right.services.size(), right.suppliers.size(), std::string_view(left.name),
                   std::string_view(left.key))
            < std::tuple(
                left.services.size(), left.suppliers.size(), std::string_view(right.name), std::string_view(right.key));
    });
    return ranked;
}

} // namespace bolwerk::domain
