// Runs a fuzz target's entry point over seed files with the normal compiler, so that
// CI exercises every parser with its corpus (and sanitizers, in the test build)
// without libFuzzer. Arguments are files or directories of files.
#include "fuzz_input.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <vector>

namespace {

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

} // namespace

int main(int argc, char** argv)
{
    int failures = 0;
    int count = 0;
    for (int i = 1; i < argc; ++i) {
        std::filesystem::path const path(argv[i]);
        if (std::filesystem::is_directory(path)) {
            for (auto const& entry : std::filesystem::directory_iterator(path))
                if (entry.is_regular_file()) {
                    failures += replay(entry.path());
                    ++count;
                }
        } else {
            failures += replay(path);
            ++count;
        }
    }
    std::cout << "replayed " << count << " inputs\n";
    return failures == 0 && count > 0 ? 0 : 1;
}
