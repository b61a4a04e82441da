#pragma once

#include "common/result.hpp"
#include "domain/supplier/sub_supplier_chain.hpp"
#include "store/forward.hpp"

#include <vector>

namespace bolwerk::store {

/// SQL for the sub-supplier chain (`supplier_chain_nodes`) and its disclosure and
/// judgement per service (`supplier_chain_disclosures`), BIO2 5.21.02–05. Scoped to
/// one organisation.
class ChainRepository {
public:
    /// Stores a node; its service and parent (if any) must be the organisation's and
    /// the parent must be in the same service's chain (Invalid "parent" otherwise).
    static Result<domain::ChainNode> insert_node(
        Transaction& transaction, OrganisationId organisation, domain::ChainNode const& node, Timestamp now);
    /// Every node of the organisation, by service and id.
    static Result<std::vector<domain::ChainNode>> list_nodes(Connection& connection, OrganisationId organisation);
    /// Creates or replaces the disclosure of the service's chain.
    static Result<void> save_disclosure(
        Transaction& transaction, OrganisationId organisation, domain::ChainDisclosure const& disclosure);
    static Result<std::vector<domain::ChainDisclosure>> list_disclosures(
        Connection& connection, OrganisationId organisation);
};

} // namespace bolwerk::store
