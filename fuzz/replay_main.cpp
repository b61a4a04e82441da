// Runs a fuzz target's entry point over seed files with the normal compiler, so that
// CI exercises every parser with its corpus (and sanitizers, in the test build)
// without libFuzzer. Arguments are files or directories of files, or
// `--publications PATH...` for files under ../shared/catalogs: without ../shared that
// run prints one line and exits 77, which ctest counts as skipped (a failure when
// BOLWERK_TEST_REQUIRE_SHARED=1).
#include "fuzz_input.hpp"
#include "support/catalog_files.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string_view>
#include <variant>
#include <vector>

namespace {

constexpr int skipped_exit_code = 77; // SKIP_RETURN_CODE in fuzz/CMakeLists.txt

int replay(std::filesystem::path const& path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        std::cerr << "cannot read " << path << '\n';
        return 1;
    }
    std::vector<char> const bytes{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
    LLVMFuzzerTestOneInput(reinterpret_cast<std::uint8_t const*>(bytes.data()), bytes.size());
    return 0;
}

// The files to replay, or the exit code when the real publications are not here.
std::variant<std::vector<std::filesystem::path>, int> inputs(int argc, char** argv)
{
    std::vector<std::filesystem::path> paths;
    if (argc > 1 && std::string_view(argv[1]) == "--publications") {
        switch (bolwerk::testing::check_shared_catalogs()) {
        case bolwerk::testing::SharedCatalogs::Present: break;
        case bolwerk::testing::SharedCatalogs::Absent:
            std::cout << bolwerk::testing::shared_absent_message << '\n';
            return skipped_exit_code;
        case bolwerk::testing::SharedCatalogs::AbsentButRequired:
            std::cerr << bolwerk::testing::shared_required_message << '\n';
            return 1;
        }
        for (int i = 2; i < argc; ++i)
            paths.emplace_back(bolwerk::testing::shared_catalog(argv[i]));
        return paths;
    }
    for (int i = 1; i < argc; ++i) {
        std::filesystem::path const path(argv[i]);
        if (!std::filesystem::is_directory(path)) {
            paths.push_back(path);
            continue;
        }
        for (auto const& entry : std::filesystem::directory_iterator(path))
            if (entry.is_regular_file())
                paths.push_back(entry.path());
    }
    return paths;
}

} // namespace

int main(int argc, char** argv)
{
    auto const found = inputs(argc, argv);
    if (auto const* exit_code = std::get_if<int>(&found))
        return *exit_code;
    int failures = 0;
    auto const& paths = std::get<std::vector<std::filesystem::path>>(found);
    for (auto const& path : paths)
        failures += replay(path);
    std::cout << "replayed " << paths.size() << " inputs\n";
    return failures == 0 && !paths.empty() ? 0 : 1;
}
