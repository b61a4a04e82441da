#include "store/database.hpp"

#include <gtest/gtest.h>

namespace bolwerk::store {
namespace {

using Origin = DatabaseConfig::Origin;

TEST(DatabaseConfig, ParsesSqlitePaths)
{
    auto const config = DatabaseConfig::parse("sqlite:./data/bolwerk.db", Origin::CommandLine);
    ASSERT_TRUE(config);
    EXPECT_EQ(config->backend, Backend::Sqlite);
    EXPECT_EQ(config->location, "./data/bolwerk.db");
    EXPECT_EQ(
        DatabaseConfig::parse("sqlite:///var/lib/bolwerk.db", Origin::CommandLine)->location, "/var/lib/bolwerk.db");
    EXPECT_FALSE(DatabaseConfig::parse("sqlite:", Origin::CommandLine));
}

TEST(DatabaseConfig, ParsesPostgresUrls)
{
    auto const config = DatabaseConfig::parse("postgresql://bolwerk@127.0.0.1:5432/bolwerk", Origin::CommandLine);
    ASSERT_TRUE(config);
    EXPECT_EQ(config->backend, Backend::Postgres);
    EXPECT_TRUE(DatabaseConfig::parse("postgres://db/bolwerk", Origin::CommandLine));
}

TEST(DatabaseConfig, RefusesPasswordOnTheCommandLineButRedactsItFromTheEnvironment)
{
    auto const refused = DatabaseConfig::parse("postgresql://bolwerk:geheim@db/bolwerk", Origin::CommandLine);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().location().field, "database");
    EXPECT_EQ(refused.error().message().find("geheim"), std::string::npos);

    auto const accepted = DatabaseConfig::parse("postgresql://bolwerk:geheim@db/bolwerk", Origin::Environment);
    ASSERT_TRUE(accepted);
    EXPECT_EQ(accepted->redacted(), "postgresql://bolwerk:***@db/bolwerk");
}

TEST(DatabaseConfig, RejectsUnknownSchemesWithoutEchoingSecrets)
{
    auto const refused = DatabaseConfig::parse("mysql://root:geheim@db/x", Origin::Environment);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind(), ErrorKind::Invalid);
    EXPECT_EQ(refused.error().message().find("geheim"), std::string::npos);
}

} // namespace
} // namespace bolwerk::store
