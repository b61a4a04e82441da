#include "importers/mapping/mapping_gaps.hpp"

#include <set>
#include <unordered_map>

namespace bolwerk::importers::mapping {

namespace {

using domain::catalog::RequirementNode;
using domain::catalog::RequirementSet;

bool is_annex_a_control(RequirementNode const& node) { return node.assessable && node.ref_id.rfind("A.", 0) == 0; }

std::unordered_map<std::string, RequirementNode const*> nodes_by_id(RequirementSet const& set)
{
    std::unordered_map<std::string, RequirementNode const*> nodes;
    for (auto const& node : set.nodes)
        nodes.emplace(node.id, &node);
    return nodes;
}

std::vector<std::string> uncovered(RequirementSet const& set, std::set<std::string> const& covered)
{
    std::vector<std::string> missing;
    for (auto const& node : set.nodes)
        if (is_annex_a_control(node) && !covered.contains(node.id))
            missing.push_back(node.ref_id);
    return missing;
}

} // namespace

MappingGaps analyse_mapping(
    ciso::MappingSet const& mappings, RequirementSet const& source, RequirementSet const& target)
{
    MappingGaps gaps;
    auto const sources = nodes_by_id(source);
    auto const targets = nodes_by_id(target);
    std::set<std::string> mapped_sources;
    std::set<std::string> mapped_targets;
    for (auto const& mapping : mappings.mappings) {
        ++gaps.mapping_count;
        ++gaps.by_relationship[mapping.relationship];
        auto const from = sources.find(mapping.source);
        auto const to = targets.find(mapping.target);
        if (from == sources.end())
            gaps.unresolved.push_back(mapping.source);
        if (to == targets.end())
            gaps.unresolved.push_back(mapping.target);
        if (from == sources.end() || to == targets.end())
            continue;
        mapped_sources.insert(mapping.source);
        mapped_targets.insert(mapping.target);
        gaps.targets_by_source[from->second->ref_id].push_back(to->second->ref_id);
    }
    gaps.unmapped_sources = uncovered(source, mapped_sources);
    gaps.targets_without_source = uncovered(target, mapped_targets);
    return gaps;
}

} // namespace bolwerk::importers::mapping
