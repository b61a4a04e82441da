// A child process for the crash test: it writes organisations one transaction at a
// time, through the same use case as the CLI, and prints the number of each write on
// its own line once the commit has returned (an acknowledged write). The parent kills
// it with SIGKILL in the middle of the burst. It stops by itself after `limit` writes.
//
// usage: store_crash_writer URL PREFIX LIMIT
// The PostgreSQL password comes from BOLWERK_TEST_POSTGRES_PASSWORD_FILE.

#include "app/actor.hpp"
#include "app/organisation_service.hpp"
#include "store/database.hpp"
#include "store/migrator.hpp"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

int main(int argc, char** argv)
{
    using namespace bolwerk;
    if (argc != 4) {
        std::fprintf(stderr, "usage: store_crash_writer URL PREFIX LIMIT\n");
        return 2;
    }
    auto config = store::DatabaseConfig::parse(argv[1], store::DatabaseConfig::Origin::Environment);
    if (!config) {
        std::fprintf(stderr, "%s\n", config.error().to_string().c_str());
        return 2;
    }
    if (char const* path = std::getenv("BOLWERK_TEST_POSTGRES_PASSWORD_FILE")) {
        std::ifstream file(path);
        std::string password;
        std::getline(file, password);
        config->password = password;
    }
    auto database = store::Database::open(*config);
    if (!database) {
        std::fprintf(stderr, "%s\n", database.error().to_string().c_str());
        return 69;
    }
    SystemClock const clock;
    app::OrganisationService service(**database, clock);
    auto const actor = app::Actor::system_operator("crash-writer");
    std::string const prefix = argv[2];
    int const limit = std::atoi(argv[3]);
    for (int i = 0; i < limit; ++i) {
        auto const created = service.create(actor, {prefix + std::to_string(i), "gemeente", {}, {}});
        if (!created) {
            std::fprintf(stderr, "write %d failed: %s\n", i, created.error().to_string().c_str());
            return 70;
        }
        // Only now is the write acknowledged; the line reaches the parent at once.
        std::printf("%d\n", i);
        std::fflush(stdout);
    }
    return 0;
}
