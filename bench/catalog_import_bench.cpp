// Catalog import benchmarks (issue #3 goal: each under 100 ms): the BIO2 v1.3
// markdown (35 kB) through the whole MinBZK importer, and the 615 kB ISO/IEC
// 27001:2022 CISO Assistant YAML through the library reader. The files are read
// once from ../shared before timing; only parsing, mapping and validation are
// timed. Prints figures; asserts nothing. Without ../shared beside the clone it says
// so and measures nothing.
//
//   build-bench/bench/catalog_import_bench

#include "importers/ciso/ciso_library.hpp"
#include "importers/minbzk/minbzk_importer.hpp"
#include "importers/source_reader.hpp"
#include "support/catalog_files.hpp"

#include <benchmark/benchmark.h>

#include <iostream>

namespace bolwerk {
namespace {

std::string read_shared(std::string const& path)
{
    auto source = importers::read_file(testing::shared_catalog(path));
    return source ? std::move(source)->content : std::string();
}

void import_markdown_v13(benchmark::State& state)
{
    auto const text = read_shared("minbzk-bio2-v1.3/maatregelen-v1.3.md");
    for (auto _ : state) {
        auto imported = importers::minbzk::import_markdown(text, {.source_name = "maatregelen-v1.3.md"});
        if (!imported)
            state.SkipWithError(imported.error().to_string().c_str());
        benchmark::DoNotOptimize(imported);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(import_markdown_v13)->Unit(benchmark::kMillisecond);

void import_iso27001_yaml(benchmark::State& state)
{
    auto const text = read_shared("ciso-assistant/iso27001-2022.yaml");
    for (auto _ : state) {
        auto library = importers::ciso::parse_ciso_library(text, "iso27001-2022.yaml");
        if (!library)
            state.SkipWithError(library.error().to_string().c_str());
        benchmark::DoNotOptimize(library);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(import_iso27001_yaml)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace bolwerk

int main(int argc, char** argv)
{
    if (bolwerk::testing::check_shared_catalogs() != bolwerk::testing::SharedCatalogs::Present) {
        std::cout << "../shared/catalogs absent: catalog_import_bench times the real publications; nothing measured\n";
        return 0;
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
