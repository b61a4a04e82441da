// Fuzz target for the CISO Assistant library reader (YAML) and its BIO2 mapping.
#include "fuzz_catalog.hpp"
#include "importers/ciso/ciso_bio2.hpp"
#include "importers/ciso/ciso_library.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    auto const library = bolwerk::importers::ciso::parse_ciso_library(bolwerk::fuzz::as_text(data, size), "fuzz.yaml");
    if (!library || !library->framework)
        return 0;
    bolwerk::fuzz::require_utf8(*library->framework);
    auto const catalog = bolwerk::importers::ciso::bio2_catalog_from_library(
        *library, {.source_name = "fuzz.yaml", .as = bolwerk::domain::catalog::VersionReference{"bio2", "0"}});
    if (catalog)
        bolwerk::fuzz::require_utf8(catalog->version);
    return 0;
}
