#include "backup/operations_test.hpp"

#include "app/backup/backup_service.hpp"
#include "app/demo.hpp"
#include "app/organisation_service.hpp"
#include "store/migrator.hpp"

#include <filesystem>
#include <fstream>

namespace bolwerk::testing {
namespace {

// Issue #19 item 3: the demo round-trips through `backup` and `restore` on both
// backends with every table's row count and the audit chains unchanged.
class BackupRestoreTest : public OperationsTest {
protected:
    void SetUp() override
    {
        OperationsTest::SetUp();
        auto const demo = app::set_up_demo(database(), m_operator, m_clock);
        ASSERT_TRUE(demo) << demo.error().to_string();
    }

    std::vector<store::TableCount> counts(store::Database& of)
    {
        auto connection = of.acquire();
        EXPECT_TRUE(connection);
        auto counted = store::count_rows_per_table(**connection);
        EXPECT_TRUE(counted) << counted.error().to_string();
        return counted ? *counted : std::vector<store::TableCount>{};
    }

    std::filesystem::path back_up(std::string const& name = "demo.bolwerk-backup")
    {
        auto const file = m_folder / name;
        auto const made = app::back_up_database(database(), m_operator, m_clock, file, "test");
        EXPECT_TRUE(made) << made.error().to_string();
        return file;
    }

    // A second, empty database on the same backend (not migrated).
    std::pair<std::unique_ptr<TestDatabase>, std::unique_ptr<store::Database>> empty_target()
    {
        auto target = TestDatabase::create(GetParam());
        auto opened = target->open();
        return {std::move(target), std::move(opened)};
    }
};

std::int64_t rows_of(std::vector<store::TableCount> const& counts, std::string_view table)
{
    for (auto const& count : counts) {
        if (count.table == table)
            return count.rows;
    }
    return -1;
}

TEST_P(BackupRestoreTest, DemoRoundTripsWithEveryTableAndTheAuditChains)
{
    auto const before = counts(database());
    ASSERT_GT(rows_of(before, "organisations"), 0);
    ASSERT_GT(rows_of(before, "audit_events"), 0);
    auto const file = back_up();
    auto const header = app::read_backup_header(file);
    ASSERT_TRUE(header) << header.error().to_string();
    EXPECT_EQ(header->schema_version, store::builtin_migrations().back().version);
    EXPECT_EQ(header->backend, GetParam());
    EXPECT_EQ(std::filesystem::status(file).permissions() & std::filesystem::perms::all,
        std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    // No copy of the data is left beside it (the scratch payload is removed).
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(m_folder), std::filesystem::directory_iterator()), 1);

    auto [target, restored] = empty_target();
    auto const report = app::restore_database(*restored, m_operator, m_clock, file, app::Overwrite::Refuse);
    ASSERT_TRUE(report) << report.error().to_string();
    EXPECT_EQ(counts(*restored), before);
    EXPECT_TRUE(report->audit.intact());
    auto const original_audit = app::verify_audit_trail(database(), m_operator);
    ASSERT_TRUE(original_audit);
    ASSERT_EQ(report->audit.chains.size(), original_audit->chains.size());
    for (std::size_t i = 0; i < report->audit.chains.size(); ++i) {
        EXPECT_EQ(report->audit.chains[i].chain, original_audit->chains[i].chain);
        EXPECT_EQ(report->audit.chains[i].events, original_audit->chains[i].events);
    }
}

TEST_P(BackupRestoreTest, RefusesANonEmptyDatabaseUnlessForced)
{
    auto const file = back_up();
    auto const refused = app::restore_database(database(), m_operator, m_clock, file, app::Overwrite::Refuse);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind(), ErrorKind::Conflict);
    EXPECT_NE(refused.error().message().find("--force"), std::string::npos);

    // Forced, it replaces what changed since the backup.
    auto const before = counts(database());
    app::OrganisationService organisations(database(), m_clock);
    ASSERT_TRUE(organisations.create(m_operator, {"Gemeente Later", "gemeente", {}, {}}));
    ASSERT_NE(counts(database()), before);
    auto const forced = app::restore_database(database(), m_operator, m_clock, file, app::Overwrite::Allow);
    ASSERT_TRUE(forced) << forced.error().to_string();
    EXPECT_EQ(counts(database()), before);
    EXPECT_TRUE(forced->audit.intact());
}

TEST_P(BackupRestoreTest, RefusesABackupWithANewerSchema)
{
    auto const payload = m_folder / "payload";
    std::ofstream(payload) << "not read";
    app::BackupHeader header{.backend = GetParam(),
        .schema_version = store::builtin_migrations().back().version + 1,
        .created_at = "2030-01-01T00:00:00Z",
        .bolwerk_version = "9.9.9"};
    auto const file = m_folder / "future.bolwerk-backup";
    ASSERT_TRUE(app::write_backup_archive(file, header, payload));
    auto [target, restored] = empty_target();
    auto const refused = app::restore_database(*restored, m_operator, m_clock, file, app::Overwrite::Allow);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind(), ErrorKind::Invalid);
    EXPECT_NE(refused.error().message().find("newer than this Bolwerk"), std::string::npos)
        << refused.error().message();
}

TEST_P(BackupRestoreTest, RefusesAnAlteredOrTruncatedBackupBeforeTouchingTheDatabase)
{
    auto const file = back_up();
    auto const size = std::filesystem::file_size(file);
    {
        std::fstream altered(file, std::ios::in | std::ios::out | std::ios::binary);
        altered.seekp(static_cast<std::streamoff>(size - 10));
        altered.put('\x5a');
    }
    auto [target, restored] = empty_target();
    auto const altered = app::restore_database(*restored, m_operator, m_clock, file, app::Overwrite::Refuse);
    ASSERT_FALSE(altered);
    EXPECT_EQ(altered.error().kind(), ErrorKind::Invalid);
    EXPECT_NE(altered.error().message().find("SHA-256"), std::string::npos) << altered.error().message();

    std::filesystem::resize_file(file, size / 2);
    auto const truncated = app::restore_database(*restored, m_operator, m_clock, file, app::Overwrite::Refuse);
    ASSERT_FALSE(truncated);
    EXPECT_NE(truncated.error().message().find("truncated"), std::string::npos) << truncated.error().message();
    auto connection = restored->acquire();
    ASSERT_TRUE(connection);
    auto const holds = store::holds_data(**connection);
    ASSERT_TRUE(holds);
    EXPECT_FALSE(*holds);
}

TEST_P(BackupRestoreTest, RefusesFilesThatAreNoBackupAndTheOtherBackend)
{
    auto const stranger = m_folder / "notes.txt";
    std::ofstream(stranger) << "BOLWERK-BACKUP 1\n{\"backend\": 7}\n";
    auto [target, restored] = empty_target();
    auto const refused = app::restore_database(*restored, m_operator, m_clock, stranger, app::Overwrite::Refuse);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind(), ErrorKind::Invalid);
    EXPECT_NE(refused.error().message().find("line 2"), std::string::npos) << refused.error().message();

    auto const payload = m_folder / "payload";
    std::ofstream(payload) << "x";
    auto const other = GetParam() == store::Backend::Sqlite ? store::Backend::Postgres : store::Backend::Sqlite;
    auto const file = m_folder / "other.bolwerk-backup";
    ASSERT_TRUE(app::write_backup_archive(file, {.backend = other, .schema_version = 1}, payload));
    auto const wrong = app::restore_database(*restored, m_operator, m_clock, file, app::Overwrite::Refuse);
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().kind(), ErrorKind::Invalid);
    EXPECT_NE(wrong.error().message().find("restores only into"), std::string::npos) << wrong.error().message();
}

TEST_P(BackupRestoreTest, OnlyTheOperatorOrAnAdministratorBacksUpAndRestores)
{
    auto const user = app::Actor::user(UserId(1), {{OrganisationId(1), domain::Role::Beheerder}});
    auto const backup = app::back_up_database(database(), user, m_clock, m_folder / "x", "test");
    ASSERT_FALSE(backup);
    EXPECT_EQ(backup.error().kind(), ErrorKind::Forbidden);
    EXPECT_FALSE(std::filesystem::exists(m_folder / "x"));
    auto const file = back_up();
    auto const restore = app::restore_database(database(), user, m_clock, file, app::Overwrite::Allow);
    ASSERT_FALSE(restore);
    EXPECT_EQ(restore.error().kind(), ErrorKind::Forbidden);
}

TEST_P(BackupRestoreTest, NeverOverwritesAnExistingBackupFile)
{
    auto const file = back_up();
    auto const second = app::back_up_database(database(), m_operator, m_clock, file, "test");
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().kind(), ErrorKind::Conflict);
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(BackupRestoreTest);

} // namespace
} // namespace bolwerk::testing
