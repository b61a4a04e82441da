#include "support/catalog_files.hpp"

#include <cstdlib>
#include <filesystem>

namespace bolwerk::testing {

namespace {

// BOLWERK_FIXTURES_DIR and BOLWERK_SHARED_DIR are set by tests/CMakeLists.txt for this
// file only, so that every user of the catalogs goes through the functions below.
// Functions, not globals: tests call them from their own static initialisers.
std::filesystem::path fixtures_dir() { return std::filesystem::path(BOLWERK_FIXTURES_DIR) / "catalogs"; }
std::filesystem::path shared_dir() { return std::filesystem::path(BOLWERK_SHARED_DIR) / "catalogs"; }

bool shared_required()
{
    char const* value = std::getenv("BOLWERK_TEST_REQUIRE_SHARED");
    return value != nullptr && std::string_view(value) == "1";
}

} // namespace

std::string fixture_catalog(std::string_view relative) { return (fixtures_dir() / relative).string(); }

std::string shared_catalog(std::string_view relative) { return (shared_dir() / relative).string(); }

SharedCatalogs check_shared_catalogs()
{
    std::error_code ignored;
    if (std::filesystem::is_directory(shared_dir(), ignored))
        return SharedCatalogs::Present;
    return shared_required() ? SharedCatalogs::AbsentButRequired : SharedCatalogs::Absent;
}

} // namespace bolwerk::testing
