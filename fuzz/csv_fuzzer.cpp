// Fuzz target for the CSV importer. The input up to the first NUL byte is the column
// mapping file, the rest the CSV data, so both parsers are exercised.
#include "fuzz_catalog.hpp"
#include "importers/csv/csv_importer.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    auto const text = bolwerk::fuzz::as_text(data, size);
    auto const split = text.find('\0');
    if (split == std::string_view::npos)
        return 0;
    auto const mapping = bolwerk::importers::csv::CsvMapping::parse(text.substr(0, split), "fuzz.conf");
    if (!mapping)
        return 0;
    auto const imported = bolwerk::importers::csv::import_csv(text.substr(split + 1), *mapping,
        {.source_name = "fuzz.csv", .as = bolwerk::domain::catalog::VersionReference{"bio2", "0"}});
    if (imported)
        bolwerk::fuzz::require_utf8(imported->version);
    return 0;
}
