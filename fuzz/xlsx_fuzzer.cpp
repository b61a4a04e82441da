// Fuzz target for the XLSX reader (libzip + pugixml) and the CISO workbook mapper.
#include "fuzz_catalog.hpp"
#include "importers/ciso/ciso_bio2.hpp"
#include "importers/xlsx/ciso_workbook.hpp"
#include "importers/xlsx/xlsx_workbook.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    auto const workbook = bolwerk::importers::xlsx::XlsxWorkbook::open(bolwerk::fuzz::as_text(data, size), "fuzz.xlsx");
    if (!workbook)
        return 0;
    for (auto const& name : workbook->sheet_names())
        if (auto const sheet = workbook->sheet(name))
            for (auto const& row : sheet->rows)
                for (auto const& cell : row)
                    bolwerk::fuzz::require_utf8(cell);
    if (auto const set = bolwerk::importers::xlsx::read_ciso_workbook(*workbook, "fuzz.xlsx"))
        bolwerk::fuzz::require_utf8(*set);
    auto const library = bolwerk::importers::xlsx::read_ciso_workbook_library(*workbook, "fuzz.xlsx");
    if (library && library->framework) {
        auto const catalog = bolwerk::importers::ciso::bio2_catalog_from_library(
            *library, {.source_name = "fuzz.xlsx", .as = bolwerk::domain::catalog::VersionReference{"bio2", "0"}});
        if (catalog)
            bolwerk::fuzz::require_utf8(catalog->version);
    }
    return 0;
}
