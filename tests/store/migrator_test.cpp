#include "support/store_test.hpp"

#include "store/migrator.hpp"

namespace bolwerk::testing {
namespace {

class MigratorTest : public StoreTest { };

TEST_P(MigratorTest, RecordsEveryBuiltinMigrationOnce)
{
    auto const rows = must_query("SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version");
    ASSERT_EQ(rows.size(), store::builtin_migrations().size());
    EXPECT_EQ(rows.front().int64(0), 1);
    EXPECT_EQ(rows.front().text(1), "initial");
    EXPECT_EQ(rows.front().text(2).size(), 64u);

    auto const again = store::migrate(database(), store::builtin_migrations(), Timestamp{});
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->applied.empty());
    EXPECT_EQ(again->version_before, again->version_after);
}

TEST_P(MigratorTest, CreatesTheFirstSchema)
{
    for (auto const* table : {"organisations", "users", "audit_events", "audit_chain_heads"}) {
        auto connection = database().acquire();
        ASSERT_TRUE(connection);
        EXPECT_TRUE((*connection)->query("SELECT COUNT(*) FROM " + std::string(table))) << table;
    }
}

TEST_P(MigratorTest, RefusesASchemaNewerThanTheBinary)
{
    must_query("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (9999, 'future', 'x', 'y')");
    auto const refused = store::migrate(database(), store::builtin_migrations(), Timestamp{});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind(), ErrorKind::Unavailable);
    EXPECT_NE(refused.error().message().find("9999"), std::string::npos);
    EXPECT_FALSE(store::check_schema(database(), store::builtin_migrations()));
}

TEST_P(MigratorTest, RefusesAnAppliedMigrationThatWasChanged)
{
    must_query("UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1");
    auto const refused = store::migrate(database(), store::builtin_migrations(), Timestamp{});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind(), ErrorKind::Conflict);
}

TEST_P(MigratorTest, AppliesNewMigrationsInOrderAndRollsBackAFailingOne)
{
    auto migrations = store::builtin_migrations();
    migrations.push_back({1001, "add_notes", "CREATE TABLE notes (id {{id}}, body TEXT NOT NULL)"});
    migrations.push_back({1002, "broken", "CREATE TABLE notes_two (id {{id}}); THIS IS NOT SQL"});
    auto const failed = store::migrate(database(), migrations, Timestamp{});
    ASSERT_FALSE(failed);
    EXPECT_NE(failed.error().message().find("migration 1002 (broken)"), std::string::npos)
        << failed.error().to_string();
    // Nothing of the run stayed behind: not 1001, not the half of 1002.
    EXPECT_EQ(must_query("SELECT COUNT(*) FROM schema_migrations WHERE version > 1000").front().int64(0), 0);
    auto connection = database().acquire();
    ASSERT_TRUE(connection);
    EXPECT_FALSE((*connection)->query("SELECT COUNT(*) FROM notes"));

    migrations.pop_back();
    auto const applied = store::migrate(database(), migrations, Timestamp{});
    ASSERT_TRUE(applied) << applied.error().to_string();
    EXPECT_EQ(applied->applied, (std::vector<std::int64_t>{1001}));
    must_query("INSERT INTO notes (body) VALUES ($1)", {std::string("first")});
    EXPECT_EQ(must_query("SELECT id FROM notes").front().int64(0), 1);
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(MigratorTest);

} // namespace
} // namespace bolwerk::testing
