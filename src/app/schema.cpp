#include "app/schema.hpp"

#include "app/authorisation.hpp"

namespace bolwerk::app {

Result<store::MigrationReport> upgrade_schema(store::Database& database, Actor const& actor, Clock const& clock)
{
    TRY(authorise(actor, Permission::SchemaMigrate));
    return store::migrate(database, store::builtin_migrations(), clock.now());
}

} // namespace bolwerk::app
