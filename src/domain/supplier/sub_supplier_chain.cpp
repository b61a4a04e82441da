#include "domain/supplier/sub_supplier_chain.hpp"

#include "domain/supplier/enum_names.hpp"

#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_map>

namespace bolwerk::domain {

namespace {

using supplier_detail::name_of;
using supplier_detail::NameTable;
using supplier_detail::parse_name;

constexpr std::size_t max_name_length = 200;

constexpr NameTable<ChainJudgement, 3> judgement_names{{{ChainJudgement::NotJudged, "niet_beoordeeld"},
    {ChainJudgement::Acceptable, "acceptabel"}, {ChainJudgement::NotAcceptable, "niet_acceptabel"}}};
constexpr NameTable<ChainChangeKind, 5> change_names{{{ChainChangeKind::SubSupplierAdded, "toegevoegd"},
    {ChainChangeKind::SubSupplierRemoved, "verwijderd"}, {ChainChangeKind::SubSupplierChanged, "gewijzigd"},
    {ChainChangeKind::Vulnerability, "kwetsbaarheid"}, {ChainChangeKind::Incident, "incident"}}};

std::string node_label(ChainNode const& node) { return "'" + node.name + "' (" + node.id.to_string() + ")"; }

// Index of every node by id; a duplicate id is refused.
Result<std::unordered_map<ChainNodeId, std::size_t>> index_nodes(std::vector<ChainNode> const& nodes)
{
    std::unordered_map<ChainNodeId, std::size_t> index;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].service_id != nodes.front().service_id)
            return Error::invalid(
                "sub-supplier " + node_label(nodes[i]) + " belongs to another service", {.field = "service_id"});
        if (!index.emplace(nodes[i].id, i).second)
            return Error::invalid("sub-supplier " + node_label(nodes[i]) + " appears twice", {.field = "id"});
    }
    return index;
}

// The parent index of every node (none for a root); refuses unknown parents.
Result<std::vector<std::optional<std::size_t>>> parent_indices(
    std::vector<ChainNode> const& nodes, std::unordered_map<ChainNodeId, std::size_t> const& index)
{
    std::vector<std::optional<std::size_t>> parents(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (!nodes[i].parent)
            continue;
        auto const found = index.find(*nodes[i].parent);
        if (found == index.end())
            return Error::invalid("sub-supplier " + node_label(nodes[i]) + " works for sub-supplier "
                    + nodes[i].parent->to_string() + ", which is not in this chain",
                {.field = "parent"});
        parents[i] = found->second;
    }
    return parents;
}

// Walks up from every node; a walk that meets its own path has found a cycle.
Result<void> check_acyclic(std::vector<ChainNode> const& nodes, std::vector<std::optional<std::size_t>> const& parents)
{
    enum class Mark : std::uint8_t { Unvisited, OnPath, Done };
    std::vector<Mark> marks(nodes.size(), Mark::Unvisited);
    std::vector<std::size_t> path;
    for (std::size_t start = 0; start < nodes.size(); ++start) {
        path.clear();
        std::optional<std::size_t> current = start;
        while (current && marks[*current] == Mark::Unvisited) {
            marks[*current] = Mark::OnPath;
            path.push_back(*current);
            current = parents[*current];
        }
        if (current && marks[*current] == Mark::OnPath) {
            // The path runs child → parent; the cycle is the part from `current` on.
            auto const begin = std::find(path.begin(), path.end(), *current);
            std::string cycle;
            for (auto it = begin; it != path.end(); ++it)
                cycle += nodes[*it].name + " → ";
            return Error::invalid("the chain has a cycle: " + cycle + nodes[*current].name, {.field = "parent"});
        }
        for (auto const visited : path)
            marks[visited] = Mark::Done;
    }
    return ok();
}

void sort_by_name(std::vector<std::size_t>& indices, std::vector<ChainNode> const& nodes)
{
    std::sort(indices.begin(), indices.end(), [&](std::size_t left, std::size_t right) {
        return std::tie(nodes[left].name, nodes[left].id) < std::tie(nodes[right].name, nodes[right].id);
    });
}

} // namespace

Result<void> check_chain_node(ChainNode const& node)
{
    auto const name = trim(node.name);
    if (name.empty() || name.size() > max_name_length)
        return Error::invalid("a sub-supplier needs a name of 1–200 characters", {.field = "name"});
    if (node.parent && *node.parent == node.id)
        return Error::invalid("a sub-supplier cannot work for itself", {.field = "parent"});
    std::set<std::string> seen;
    for (std::size_t i = 0; i < node.requirements.size(); ++i) {
        auto const& requirement = node.requirements[i];
        auto const field = "requirements[" + std::to_string(i) + "]";
        auto const key = to_ascii_lower(trim(requirement.requirement));
        if (key.empty())
            return Error::invalid("name the requirement", {.field = field + ".requirement"});
        if (!seen.insert(key).second)
            return Error::invalid(
                "requirement '" + requirement.requirement + "' is listed twice", {.field = field + ".requirement"});
        if (!requirement.applies && trim(requirement.reason).empty())
            return Error::invalid("say why this requirement does not apply to the sub-supplier (BIO2 5.21.03)",
                {.field = field + ".reason"});
    }
    return ok();
}

std::size_t ChainTree::depth() const
{
    std::size_t deepest = 0;
    for (auto const& entry : entries)
        deepest = std::max(deepest, entry.depth);
    return deepest;
}

Result<ChainTree> build_chain_tree(std::vector<ChainNode> const& nodes)
{
    if (nodes.empty())
        return ChainTree{};
    auto const index = TRY(index_nodes(nodes));
    auto const parents = TRY(parent_indices(nodes, index));
    TRY(check_acyclic(nodes, parents));

    std::vector<std::vector<std::size_t>> children(nodes.size());
    std::vector<std::size_t> roots;
    for (std::size_t i = 0; i < nodes.size(); ++i)
        (parents[i] ? children[*parents[i]] : roots).push_back(i);
    sort_by_name(roots, nodes);

    // Depth-first with an explicit stack (deep chains must not exhaust the call
    // stack); children are pushed in reverse so that they come out sorted.
    struct Pending {
        std::size_t node;
        std::size_t depth;
        std::optional<std::size_t> parent_entry;
    };
    std::vector<Pending> stack;
    for (auto it = roots.rbegin(); it != roots.rend(); ++it)
        stack.push_back({*it, 1, std::nullopt});
    ChainTree tree;
    tree.entries.reserve(nodes.size());
    while (!stack.empty()) {
        auto const pending = stack.back();
        stack.pop_back();
        auto const entry_index = tree.entries.size();
        tree.entries.push_back({&nodes[pending.node], pending.depth, pending.parent_entry});
        auto& kids = children[pending.node];
        sort_by_name(kids, nodes);
        for (auto it = kids.rbegin(); it != kids.rend(); ++it)
            stack.push_back({*it, pending.depth + 1, entry_index});
    }
    return tree;
}

std::string_view to_string(ChainJudgement judgement) { return name_of(judgement_names, judgement); }
Result<ChainJudgement> parse_chain_judgement(std::string_view text)
{
    return parse_name(judgement_names, text, "judgement", "chain judgement");
}
std::string_view to_string(ChainChangeKind kind) { return name_of(change_names, kind); }
Result<ChainChangeKind> parse_chain_change_kind(std::string_view text)
{
    return parse_name(change_names, text, "kind", "kind of chain change");
}

Result<void> check_chain_disclosure(ChainDisclosure const& disclosure)
{
    if (disclosure.judgement == ChainJudgement::NotJudged)
        return ok();
    if (!disclosure.disclosed_on)
        return Error::invalid("a chain can only be judged once the supplier disclosed it", {.field = "disclosed_on"});
    if (trim(disclosure.judged_by).empty())
        return Error::invalid("record who judged the chain", {.field = "judged_by"});
    if (!disclosure.judged_on)
        return Error::invalid("record when the chain was judged", {.field = "judged_on"});
    if (*disclosure.judged_on < *disclosure.disclosed_on)
        return Error::invalid("the chain cannot be judged before it was disclosed", {.field = "judged_on"});
    return ok();
}

Result<void> check_chain_change(ChainChange const& change, Date contract_start, std::optional<Date> contract_end)
{
    if (change.reported_on < contract_start || (contract_end && change.reported_on > *contract_end))
        return Error::invalid("a chain change is recorded during the contract", {.field = "reported_on"});
    if (trim(change.subject).empty())
        return Error::invalid("name the sub-supplier the change is about", {.field = "subject"});
    if (trim(change.description).empty())
        return Error::invalid("describe the change", {.field = "description"});
    if (trim(change.reported_risk).empty())
        return Error::invalid(
            "record the risk the supplier reports with the change (BIO2 5.21.04)", {.field = "reported_risk"});
    if (change.assessed_level.has_value() != change.assessed_on.has_value())
        return Error::invalid("an assessment has both a level and a date", {.field = "assessed_on"});
    if (change.assessed_on && *change.assessed_on < change.reported_on)
        return Error::invalid("a change cannot be assessed before it was reported", {.field = "assessed_on"});
    return ok();
}

} // namespace bolwerk::domain
