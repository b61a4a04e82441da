#pragma once

#include "importers/import_report.hpp"
#include "importers/located_item.hpp"

#include <vector>

namespace bolwerk::importers {

/// The report step shared by every catalog importer: checks the entries of one
/// version together and lists every defect in entry order (issue #3):
/// duplicate numbers, moves and references to numbers that are not a measure,
/// texts that repeat another measure, non-normalised numbers, and numbers whose
/// ISO/IEC 27002:2022 control does not exist.
std::vector<Defect> validate_entries(std::vector<LocatedItem> const& entries);

/// Text normalised for comparison: whitespace collapsed to single spaces, trimmed.
std::string collapse_whitespace(std::string_view text);

} // namespace bolwerk::importers
