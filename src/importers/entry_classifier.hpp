#pragma once

#include "common/result.hpp"
#include "importers/located_item.hpp"

#include <string>
#include <string_view>

namespace bolwerk::importers {

/// Decides an entry's kind from the first words of its text, as BIO2 deel 2 writes
/// them: "Geen overheidsmaatregel" → none, "Verplaatst naar X" → moved,
/// "Vervallen" → withdrawn, only "Zie overheidsmaatregel X." → reference,
/// anything else → substantive. Sets the target of moves and references.
/// A "Verplaatst naar" or "Zie overheidsmaatregel" without a number is Invalid.
Result<void> classify_entry(LocatedItem& entry, std::string const& source_name);

/// The longest run of digits and dots at the start of `text`, without a final dot.
std::string_view number_token(std::string_view text);

} // namespace bolwerk::importers
