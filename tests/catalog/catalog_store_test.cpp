#include "support/store_test.hpp"

#include "app/catalog_service.hpp"
#include "app/cbw_scope_service.hpp"
#include "app/organisation_service.hpp"
#include "support/catalog_files.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace bolwerk::testing {
namespace {

// Our fixtures in the BIO2 deel 2 layouts (versions 0.2 and 0.3, tests/fixtures/catalogs).
std::string const v02 = fixture_catalog("minbzk/maatregelen-v1.2-layout.md");
std::string const v03 = fixture_catalog("minbzk/maatregelen-v1.3-layout.md");

class CatalogStoreTest : public StoreTest {
protected:
    app::CatalogService service() { return app::CatalogService::create(database(), m_clock).value(); }
    std::int64_t count(std::string_view table)
    {
        return must_query("SELECT COUNT(*) FROM " + std::string(table)).front().int64(0);
    }
    void expect_nothing_stored()
    {
        EXPECT_EQ(count("catalog_versions"), 0);
        EXPECT_EQ(count("catalog_items"), 0);
        EXPECT_EQ(count("audit_events"), 0);
    }
    std::string write_temporary(std::string const& name, std::string const& content)
    {
        auto const path = std::filesystem::temp_directory_path()
            / (name + "-" + std::to_string(::getpid()) + ".md"); // ctest runs each test in its own process
        std::ofstream(path) << content;
        m_files.push_back(path);
        return path.string();
    }
    void TearDown() override
    {
        for (auto const& path : m_files)
            std::filesystem::remove(path);
        StoreTest::TearDown();
    }

    FixedClock m_clock{Timestamp{std::chrono::seconds{1'790'000'000}}};
    app::Actor m_operator = app::Actor::system_operator("test");
    std::vector<std::filesystem::path> m_files;
};

TEST_P(CatalogStoreTest, ImportsAVersionWithItsReportAndAuditEvent)
{
    auto const outcome = service().import(m_operator, v03, std::nullopt);
    ASSERT_TRUE(outcome) << outcome.error().to_string();
    EXPECT_EQ(outcome->imported.version.reference().to_string(), "bio2@0.3");
    EXPECT_EQ(count("catalog_items"), 16);
    EXPECT_EQ(count("catalog_import_defects"), 4);
    auto const events = must_query("SELECT action, object_id FROM audit_events");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events.front().text(0), "catalog.import");
    EXPECT_EQ(events.front().text(1), "bio2@0.3");

    auto const loaded = service().load(m_operator, std::string("bio2@0.3"));
    ASSERT_TRUE(loaded) << loaded.error().to_string();
    EXPECT_EQ(loaded->items(), outcome->imported.version.items()); // every field round-trips

    // The measure types of the v1.2 layout round-trip too.
    auto const tagged = service().import(m_operator, v02, std::nullopt);
    ASSERT_TRUE(tagged) << tagged.error().to_string();
    auto const loaded_tagged = service().load(m_operator, std::string("0.2"));
    ASSERT_TRUE(loaded_tagged) << loaded_tagged.error().to_string();
    EXPECT_EQ(loaded_tagged->items(), tagged->imported.version.items());
    EXPECT_EQ(loaded_tagged->items().front().tags.size(), 2u);
}

TEST_P(CatalogStoreTest, ImportsVersion13WithItsReportAndAuditEvent)
{
    BOLWERK_REQUIRE_SHARED_CATALOGS();
    auto const outcome
        = service().import(m_operator, shared_catalog("minbzk-bio2-v1.3/maatregelen-v1.3.md"), std::nullopt);
    ASSERT_TRUE(outcome) << outcome.error().to_string();
    EXPECT_EQ(outcome->imported.version.reference().to_string(), "bio2@1.3");
    EXPECT_EQ(count("catalog_items"), 166);
    EXPECT_EQ(count("catalog_import_defects"), 4);
    auto const loaded = service().load(m_operator, std::string("bio2@1.3"));
    ASSERT_TRUE(loaded) << loaded.error().to_string();
    EXPECT_EQ(loaded->items(), outcome->imported.version.items()); // every field of the real text round-trips
}

TEST_P(CatalogStoreTest, ListsImportedAndBuiltInVersions)
{
    ASSERT_TRUE(service().import(m_operator, v02, std::nullopt));
    auto const listing = service().list(m_operator);
    ASSERT_TRUE(listing);
    ASSERT_EQ(listing->imported.size(), 1u);
    EXPECT_EQ(listing->imported[0].reference.to_string(), "bio2@0.2");
    EXPECT_EQ(listing->imported[0].item_count, 13);
    EXPECT_EQ(listing->imported[0].measure_count, 11);
    EXPECT_EQ(listing->builtin.size(), 2u);
}

TEST_P(CatalogStoreTest, ShowsFromImportOrBuiltInIndex)
{
    auto const builtin = service().show(m_operator, "5.26.01", std::nullopt);
    ASSERT_TRUE(builtin) << builtin.error().to_string();
    EXPECT_TRUE(builtin->from_builtin_index);
    EXPECT_EQ(builtin->item.target->to_string(), "5.25.02");

    ASSERT_TRUE(service().import(m_operator, v03, std::nullopt));
    auto const imported = service().show(m_operator, "8.16.3", std::string("0.3"));
    ASSERT_TRUE(imported) << imported.error().to_string();
    EXPECT_FALSE(imported->from_builtin_index);
    EXPECT_EQ(imported->item.number.to_string(), "8.16.03");
    EXPECT_FALSE(imported->item.text.empty());
    EXPECT_EQ(imported->control->label_en, "Monitoring");

    auto const missing = service().show(m_operator, "5.25.02", std::nullopt);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().kind(), ErrorKind::NotFound);
}

TEST_P(CatalogStoreTest, SecondImportOfTheSameVersionIsAConflict)
{
    ASSERT_TRUE(service().import(m_operator, v03, std::nullopt));
    auto const again = service().import(m_operator, v03, std::nullopt);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind(), ErrorKind::Conflict);
    EXPECT_EQ(count("catalog_versions"), 1);
    EXPECT_EQ(count("audit_events"), 1);
}

TEST_P(CatalogStoreTest, MalformedFileLeavesNothingBehind)
{
    auto const path
        = write_temporary("duplicate", "De BIO2 versie 1.3 in de GitHub-omgeving\n## 5.01.01\nA.\n## 5.01.01\nB.\n");
    auto const imported = service().import(m_operator, path, std::nullopt);
    ASSERT_FALSE(imported);
    EXPECT_EQ(imported.error().kind(), ErrorKind::Invalid);
    EXPECT_EQ(imported.error().location().line, 4u);
    expect_nothing_stored();
}

TEST_P(CatalogStoreTest, FailureHalfwayThroughTheTransactionLeavesNothingBehind)
{
    // Items are written before defects; without the defects table the import fails
    // after 16 item rows, and the rollback must take all of them away.
    must_query("DROP TABLE catalog_import_defects");
    auto const imported = service().import(m_operator, v03, std::nullopt);
    ASSERT_FALSE(imported);
    expect_nothing_stored();
}

TEST_P(CatalogStoreTest, RefusesOtherSchemesAndUnreachableHosts)
{
    auto const http = service().import(m_operator, "http://example.org/x.md", std::nullopt);
    ASSERT_FALSE(http);
    EXPECT_EQ(http.error().kind(), ErrorKind::Invalid);
    auto const unreachable = service().import(m_operator, "https://127.0.0.1:1/x.md", std::nullopt);
    ASSERT_FALSE(unreachable);
    EXPECT_EQ(unreachable.error().kind(), ErrorKind::Unavailable);
    auto const missing = service().import(m_operator, "/nonexistent/x.md", std::nullopt);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().kind(), ErrorKind::NotFound);
    auto const bad_name = service().import(m_operator, v03, std::string("BIO2"));
    ASSERT_FALSE(bad_name);
    EXPECT_EQ(bad_name.error().kind(), ErrorKind::Invalid);
    expect_nothing_stored();
}

TEST_P(CatalogStoreTest, UsersWithoutRoleAreRefused)
{
    auto const refused = service().import(app::Actor::user(UserId(7)), v03, std::nullopt);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind(), ErrorKind::Forbidden);
    expect_nothing_stored();
}

TEST_P(CatalogStoreTest, OrganisationSetsTheCbwScopeOfAControl)
{
    auto const organisation
        = app::OrganisationService(database(), m_clock).create(m_operator, {"Gemeente Test", "gemeente", {}, {}});
    ASSERT_TRUE(organisation);
    app::CbwScopeService scopes(database(), m_clock);
    auto const control = [](char const* number) { return domain::catalog::ControlNumber::parse(number).value(); };
    auto const before = scopes.scopes(m_operator, organisation->id);
    ASSERT_TRUE(before);
    EXPECT_EQ(before->scope(control("7.1")), domain::catalog::CbwScope::InScope)
        << "every control is in scope at first";

    ASSERT_TRUE(scopes.set(m_operator, organisation->id, "7.1", "out"));
    auto const after = scopes.scopes(m_operator, organisation->id);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->scope(control("7.1")), domain::catalog::CbwScope::OutOfScope);
    EXPECT_EQ(after->scope(control("7.2")), domain::catalog::CbwScope::InScope) << "only the control that was set";
    ASSERT_TRUE(scopes.set(m_operator, organisation->id, "7.1", "in"));
    EXPECT_EQ(count("organisation_control_scopes"), 0); // the default is not stored
    EXPECT_EQ(must_query("SELECT COUNT(*) FROM audit_events WHERE action = 'control_scope.set'").front().int64(0), 2);

    auto const bad_control = scopes.set(m_operator, organisation->id, "5.38", "out");
    ASSERT_FALSE(bad_control);
    EXPECT_EQ(bad_control.error().kind(), ErrorKind::Invalid);
    auto const bad_scope = scopes.set(m_operator, organisation->id, "5.1", "grey");
    ASSERT_FALSE(bad_scope);
    EXPECT_EQ(bad_scope.error().kind(), ErrorKind::Invalid);
    auto const no_organisation = scopes.set(m_operator, OrganisationId(999), "5.1", "out");
    ASSERT_FALSE(no_organisation);
    EXPECT_EQ(no_organisation.error().kind(), ErrorKind::NotFound);
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(CatalogStoreTest);

} // namespace
} // namespace bolwerk::testing
