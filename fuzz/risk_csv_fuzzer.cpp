// Fuzz target for the risk register CSV reader (`bolwerk risk import`): any input is
// either refused with an error or read into drafts, each row once, never a crash.
#include "fuzz_input.hpp"
#include "importers/risk/risk_csv.hpp"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    auto const text = bolwerk::fuzz::as_text(data, size);
    auto const content = bolwerk::importers::read_risk_csv(text, "fuzz.csv");
    if (!content)
        return 0;
    // Every row is accounted for exactly once: read or rejected with its line.
    for (auto const& rejected : content->rejected) {
        if (!rejected.location().line)
            std::abort();
    }
    return 0;
}
