#pragma once

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/organisation.hpp"
#include "domain/risk/risk_level.hpp"
#include "domain/supplier/country_code.hpp"
#include "domain/supplier/supplier_ids.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::domain {

/// Whether one of the supplier's security requirements binds a sub-supplier (BIO2
/// 5.21.03: the requirements apply to the chain undiminished, unless irrelevant to
/// what that sub-supplier does; then the supplier says why).
struct RequirementApplicability {
    std::string requirement; ///< A clause topic or measure, as the contract names it.
    bool applies = true;
    std::string reason; ///< Required when the requirement does not apply.
    friend bool operator==(RequirementApplicability const&, RequirementApplicability const&) = default;
};

/// One sub-supplier (Dutch: toeleverancier) in the chain behind a service. Nodes form
/// a tree per service: a node without parent works directly for the supplier, a
/// node with a parent for that sub-supplier, to any depth.
struct ChainNode {
    ChainNodeId id{0};
    DeliveredServiceId service_id{0};
    std::optional<ChainNodeId> parent;
    std::string name;
    std::optional<KvkNumber> kvk_number;
    std::optional<CountryCode> country;
    std::string provides; ///< What it does in the chain ("hosting", "back-up", …).
    bool cloud_service_provider = false;
    std::vector<RequirementApplicability> requirements;
};

/// Checks one node on its own: a name of 1–200 characters, a reason for every
/// requirement that does not apply (5.21.03), no requirement listed twice, no node
/// that is its own parent. Errors name their field ("requirements[2].reason").
Result<void> check_chain_node(ChainNode const& node);

/// One node of a checked chain with its depth (1 = works directly for the supplier).
struct ChainEntry {
    ChainNode const* node = nullptr; ///< Points into the vector given to build_chain_tree.
    std::size_t depth = 1;
    std::optional<std::size_t> parent_index; ///< Index of the parent in ChainTree::entries.
};

/// A chain in depth-first order (a parent before its children; siblings by name):
/// the order of the table alternative and the rows of the graph. Holds pointers into
/// the nodes it was built from, which must outlive it.
struct ChainTree {
    std::vector<ChainEntry> entries;
    std::size_t depth() const;
};

/// Builds the tree of one service's chain. Refuses a node of another service, a
/// parent that is not in the chain and a cycle; the cycle's error lists its nodes
/// ("A → B → A"). Works iteratively, so any depth is fine.
Result<ChainTree> build_chain_tree(std::vector<ChainNode> const& nodes);

/// The organisation's judgement of a disclosed chain (BIO2 5.21.02).
enum class ChainJudgement : std::uint8_t { NotJudged, Acceptable, NotAcceptable };
std::string_view to_string(ChainJudgement judgement); ///< "niet_beoordeeld", "acceptabel", "niet_acceptabel"
Result<ChainJudgement> parse_chain_judgement(std::string_view text);

/// Before contracting, the supplier discloses the chain behind a service and its
/// risks, and the organisation judges whether those are acceptable (5.21.02). A
/// disclosure with no nodes says there are no sub-suppliers.
struct ChainDisclosure {
    DeliveredServiceId service_id{0};
    std::optional<Date> disclosed_on;
    std::string risks; ///< The risks in the chain as the supplier disclosed them.
    ChainJudgement judgement = ChainJudgement::NotJudged;
    std::string judged_by;
    std::optional<Date> judged_on;
};

/// A judgement needs who and when; Invalid names the field.
Result<void> check_chain_disclosure(ChainDisclosure const& disclosure);

/// What changed in the chain during the contract (BIO2 5.21.04: at least changes of
/// sub-supplier, vulnerabilities and incidents that can touch the service).
enum class ChainChangeKind : std::uint8_t {
    SubSupplierAdded,
    SubSupplierRemoved,
    SubSupplierChanged,
    Vulnerability,
    Incident
};
std::string_view to_string(
    ChainChangeKind kind); ///< "toegevoegd", "verwijderd", "gewijzigd", "kwetsbaarheid", "incident"
Result<ChainChangeKind> parse_chain_change_kind(std::string_view text);

/// One reported change: when, what, the risk the supplier reports, and the
/// organisation's assessment of it (BIO2 5.23.01: assess the risks of important
/// changes at the supplier and act on them).
struct ChainChange {
    DeliveredServiceId service_id{0};
    Date reported_on;
    ChainChangeKind kind = ChainChangeKind::SubSupplierChanged;
    std::string subject; ///< The sub-supplier concerned.
    std::string description;
    std::string reported_risk;
    std::optional<RiskLevel> assessed_level; ///< Absent until the organisation assessed it.
    std::optional<Date> assessed_on;
};

/// A change is recorded during the contract: on or after `contract_start` and, for a
/// contract with an end, not after it; with a subject, a description and the risk
/// the supplier reports; an assessment has both a level and a date not before the
/// report.
Result<void> check_chain_change(ChainChange const& change, Date contract_start, std::optional<Date> contract_end);

} // namespace bolwerk::domain
