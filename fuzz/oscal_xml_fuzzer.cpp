// Fuzz target for the OSCAL catalog reader (XML).
#include "fuzz_catalog.hpp"
#include "importers/oscal/oscal_catalog_import.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    auto const catalog = bolwerk::importers::oscal::import_oscal_xml(bolwerk::fuzz::as_text(data, size), "fuzz.xml");
    if (catalog)
        bolwerk::fuzz::require_utf8(catalog->set);
    return 0;
}
