#include "domain/catalog/requirement_set.hpp"

#include <algorithm>

namespace bolwerk::domain::catalog {

std::size_t RequirementSet::assessable_count() const
{
    return static_cast<std::size_t>(
        std::count_if(nodes.begin(), nodes.end(), [](auto const& node) { return node.assessable; }));
}

std::size_t RequirementSet::count_at_depth(std::uint32_t depth) const
{
    return static_cast<std::size_t>(
        std::count_if(nodes.begin(), nodes.end(), [&](auto const& node) { return node.depth == depth; }));
}

} // namespace bolwerk::domain::catalog
