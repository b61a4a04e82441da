#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace bolwerk::domain::catalog {

/// One node of a framework that is not (or not only) a BIO2 measure list: an
/// ISO/IEC 27001 clause or Annex A control, a Cbw control, an OSCAL group or
/// control. Nodes form a tree through `parent`; only assessable nodes are
/// requirements an organisation answers.
struct RequirementNode {
    std::string id; ///< Unique in its set (a URN or an OSCAL id).
    std::string parent; ///< The parent's id; empty at the top.
    std::string ref_id; ///< The number people use: "A.5.1", "4.1", "1.1", "s5.1".
    std::string name;
    std::string description;
    std::uint32_t depth = 1;
    bool assessable = false;
    std::vector<std::string> groups; ///< Implementation groups (CISO Assistant) or classes.
    std::map<std::string, std::string> translated_descriptions; ///< Locale ("nl") to description.
    std::uint64_t line = 0; ///< Where it was read, when the format has lines.
};

/// A framework version as a tree of requirement nodes (Dutch: normenkader), read
/// from a CISO Assistant library, an OSCAL catalog, a workbook or a CSV file.
/// A plain value.
struct RequirementSet {
    std::string id; ///< Framework URN or OSCAL uuid.
    std::string ref_id; ///< "bio2", "iso27001-2022".
    std::string name;
    std::string version;
    std::vector<std::string> group_definitions; ///< Implementation group ids the library defines.
    std::vector<RequirementNode> nodes;

    std::size_t assessable_count() const;
    std::size_t count_at_depth(std::uint32_t depth) const;
};

} // namespace bolwerk::domain::catalog
