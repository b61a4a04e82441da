#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/version.hpp"
#include "common/json_text.hpp"
#include "store/migrator.hpp"

#include <nlohmann/json.hpp>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <ostream>

namespace bolwerk::cli {

Result<void> run_version(CommandContext& context)
{
    TRY(Arguments::parse(context.arguments(), {}, 0));
    auto const schema = store::builtin_migrations().back().version;
    int const libpq = PQlibVersion();
    std::string const libpq_version = std::to_string(libpq / 10000) + "." + std::to_string(libpq % 10000);
    if (context.options().json) {
        context.out() << json_text(nlohmann::json{{"version", bolwerk_version}, {"schema_version", schema},
                                       {"sqlite", sqlite3_libversion()}, {"libpq", libpq_version}},
            JsonLayout::Indented)
                      << '\n';
        return ok();
    }
    context.out() << "bolwerk " << bolwerk_version << "\nschema version " << schema << "\nSQLite "
                  << sqlite3_libversion() << "\nlibpq " << libpq_version << '\n';
    return ok();
}

} // namespace bolwerk::cli
