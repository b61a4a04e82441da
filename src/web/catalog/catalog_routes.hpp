#pragma once

#include "web/http/route.hpp"

#include <span>

namespace bolwerk::web {

/// The normenkader and the history of an organisation's gap analysis in the browser
/// (issue #13 item 8): the catalog versions, their import and diff, snapshots and their
/// comparison, the move to another catalog version and the maturity scale.
std::span<Route const> catalog_routes();

} // namespace bolwerk::web
