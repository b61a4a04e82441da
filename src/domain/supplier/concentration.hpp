#pragma once

#include "domain/supplier/delivered_service.hpp"
#include "domain/supplier/sub_supplier_chain.hpp"
#include "domain/supplier/supplier.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace bolwerk::domain {

/// One party on which several services rest, directly or somewhere in their chains
/// (e.g. the same cloud provider behind 12 services). Parties are told apart by
/// supplier_identity_key: KvK number when known, else the folded name.
struct ConcentrationEntry {
    std::string key;
    std::string name; ///< As first met: the register's name when it is also a supplier.
    bool direct_supplier = false; ///< Also in the register as a supplier itself.
    bool cloud_service_provider = false; ///< Named as a CSP in at least one chain.
    std::vector<DeliveredServiceId> services; ///< Sorted: the services that rest on it.
    std::vector<SupplierId> suppliers; ///< Sorted: the other suppliers it stands behind.
};

/// The concentration view (BIO2 5.21.05: supply-chain security is part of the risk
/// analysis; a single party behind many services is a shared point of failure):
/// every party behind at least `minimum_services` services, most services first,
/// then most suppliers, then by name. A service counts once per party however often
/// the party appears in its chain; a party counts for its own services too.
std::vector<ConcentrationEntry> supplier_concentration(std::vector<Supplier> const& suppliers,
    std::vector<DeliveredService> const& services, std::vector<ChainNode> const& chain,
    std::size_t minimum_services = 2);

} // namespace bolwerk::domain
