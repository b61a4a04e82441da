// Fuzz target for the Trivy findings importer (importers/findings, issue #17).
#include "findings_fuzzer.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    bolwerk::fuzz::import_as(bolwerk::importers::findings::ReportFormat::Trivy, data, size);
    return 0;
}
