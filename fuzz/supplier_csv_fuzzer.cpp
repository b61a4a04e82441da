// Fuzz target for the supplier spreadsheet import (importers/supplier). Input with a
// NUL byte is a column mapping (before it) and CSV data (after it); input without one
// is CSV read with the default mapping. Any input is refused with an error or read,
// every rejected row located by its line, never a crash.
#include "fuzz_input.hpp"
#include "importers/supplier/supplier_csv.hpp"

#include <cstdlib>

namespace {

void require_readable(bolwerk::importers::SupplierCsvContent const& content)
{
    for (auto const& rejected : content.rejected) {
        if (!rejected.location().line)
            std::abort();
    }
    for (auto const& supplier : content.suppliers) {
        bolwerk::fuzz::require_utf8(supplier.supplier.name);
        for (auto const& service : supplier.services)
            bolwerk::fuzz::require_utf8(service.draft.name);
        // Every contract covers a service the supplier has.
        for (auto const& contract : supplier.contracts) {
            if (contract.services.empty())
                std::abort();
        }
    }
    (void)bolwerk::importers::check_import_mode(content, bolwerk::importers::ImportMode::AllOrNothing, "fuzz.csv");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    auto const text = bolwerk::fuzz::as_text(data, size);
    auto const split = text.find('\0');
    auto mapping = bolwerk::importers::SupplierCsvMapping::defaults();
    auto csv = text;
    if (split != std::string_view::npos) {
        auto parsed = bolwerk::importers::SupplierCsvMapping::parse(text.substr(0, split), "fuzz.conf");
        if (!parsed)
            return 0;
        mapping = std::move(parsed).value();
        csv = text.substr(split + 1);
    }
    auto const content = bolwerk::importers::read_supplier_csv(csv, mapping, "fuzz.csv");
    if (content)
        require_readable(*content);
    return 0;
}
