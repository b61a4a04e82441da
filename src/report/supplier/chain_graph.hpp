#pragma once

#include "domain/supplier/sub_supplier_chain.hpp"
#include "report/assessment/chart_kit.hpp"
#include "report/risk/heat_map.hpp"

#include <string>
#include <string_view>

// The sub-supplier chain of one service (BIO2 5.21.02–05) as a graph and as the table
// that carries the same facts (WCAG 1.1.1: the table is the alternative, shown beside
// the graph or instead of it).
namespace bolwerk::report::supplier {

/// The chain as a standalone SVG tree: the supplier at the top, each sub-supplier in
/// a box indented under the one it works for, connected by lines. Each box names the
/// sub-supplier, its level, country, whether it is a cloud service provider, and how
/// many requirements were excluded for it; a box with exclusions also has a dashed
/// border, so that nothing depends on colour (WCAG 1.4.1). All text is near-black on
/// white or light grey (contrast above 4.5:1, WCAG 1.4.3) and escaped. role="img"
/// with a <title> and a <desc> that summarises the chain; ids start with `id`.
std::string chain_graph_svg(std::string_view supplier, std::string_view service, domain::ChainTree const& tree,
    Language language, std::string id);

/// One row per sub-supplier in the graph's order: name (the row header), level,
/// whom it works for, what it provides, country, cloud, the requirements that apply
/// and those excluded with their reasons.
assessment::DataTable chain_table(
    std::string_view supplier, std::string_view service, domain::ChainTree const& tree, Language language);

} // namespace bolwerk::report::supplier
