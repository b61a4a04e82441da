#pragma once

#include "common/result.hpp"
#include "importers/import_report.hpp"
#include "importers/located_item.hpp"
#include "importers/minbzk/markdown_document.hpp"

#include <optional>
#include <string>
#include <vector>

namespace bolwerk::importers::minbzk {

/// The map step of the MinBZK importer: turns each section into a catalog entry.
/// The first words of a section decide its kind (BIO2 deel 2 layout):
/// "Geen overheidsmaatregel" → none, "Verplaatst naar X" → moved,
/// "Vervallen" → withdrawn, only "Zie overheidsmaatregel X." → reference,
/// anything else → a substantive measure. A v1.2 "Draagt bij aan: …" line becomes the
/// entry's tags and is taken out of its text.
struct MappedSections {
    std::vector<LocatedItem> entries;
    std::vector<Defect> defects; ///< Unknown measure types.
    bool has_contribution_lines = false; ///< True for the v1.2 layout.
};

/// A "Verplaatst naar" without a number is Invalid, naming the line.
Result<MappedSections> map_sections(MarkdownDocument const& document, std::string const& source_name);

/// The version a MinBZK document says it is ("De BIO2 versie 1.3 in de GitHub-omgeving"), if any.
std::optional<std::string> detect_version(MarkdownDocument const& document);

} // namespace bolwerk::importers::minbzk
