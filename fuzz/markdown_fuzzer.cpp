// Fuzz target for the MinBZK markdown importer (importers/minbzk). Any input must
// give a catalog or an Error, never a crash; a catalog must satisfy its invariants.
#include "fuzz_catalog.hpp"
#include "importers/minbzk/minbzk_importer.hpp"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    auto const imported
        = bolwerk::importers::minbzk::import_markdown(bolwerk::fuzz::as_text(data, size), {.source_name = "fuzz.md"});
    if (!imported)
        return 0;
    bolwerk::fuzz::require_utf8(imported->version);
    auto const& items = imported->version.items();
    for (std::size_t i = 1; i < items.size(); ++i)
        if (!(items[i - 1].number < items[i].number))
            std::abort(); // CatalogVersion promises unique, sorted numbers
    return 0;
}
