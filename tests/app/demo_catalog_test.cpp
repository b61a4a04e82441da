// Issue #12 item 3: the demo imports the BIO2 measure texts from the first source that
// reads, and never fails on one that does not.
#include "support/catalog_files.hpp"
#include "support/store_test.hpp"

#include "app/catalog_service.hpp"
#include "app/demo.hpp"

namespace bolwerk::testing {
namespace {

class DemoCatalogTest : public StoreTest {
protected:
    app::DemoReport demo(std::vector<std::string> sources)
    {
        auto report = app::set_up_demo(database(), m_operator, m_clock, {.catalog_sources = std::move(sources)});
        EXPECT_TRUE(report) << report.error().to_string();
        return report ? *report : app::DemoReport{};
    }

    std::vector<std::string> imported()
    {
        auto catalogs = app::CatalogService::create(database(), m_clock);
        EXPECT_TRUE(catalogs);
        auto const listing = catalogs->list(m_operator);
        EXPECT_TRUE(listing);
        std::vector<std::string> references;
        for (auto const& version : listing->imported)
            references.push_back(version.reference.to_string());
        return references;
    }

    static bool mentions(app::DemoReport const& report, std::string_view text)
    {
        return std::any_of(report.steps.begin(), report.steps.end(),
            [&](auto const& step) { return step.find(text) != std::string::npos; });
    }

    FixedClock m_clock{Timestamp{std::chrono::seconds{1'790'000'000}}};
    app::Actor m_operator = app::Actor::system_operator("test");
};

TEST_P(DemoCatalogTest, WithoutSourceTheDemoSaysHowToImportTheText)
{
    auto const report = demo({});
    EXPECT_TRUE(report.created);
    EXPECT_TRUE(mentions(report, "BIO2 text not imported")) << ::testing::PrintToString(report.steps);
    EXPECT_TRUE(mentions(report, "bolwerk catalog import FILE"));
    EXPECT_TRUE(imported().empty());
}

TEST_P(DemoCatalogTest, AnUnreadableSourceIsNamedAndTheNextOneIsTried)
{
    auto const missing = std::string("/nonexistent/bolwerk/maatregelen.md");
    auto const report = demo({missing, fixture_catalog("minbzk/maatregelen-v1.3-layout.md")});
    EXPECT_TRUE(report.created);
    // The fixture is our invented "version 0.3": stored as what it says it is.
    EXPECT_TRUE(mentions(report, "imported the BIO2 text of bio2@0.3")) << ::testing::PrintToString(report.steps);
    EXPECT_EQ(imported(), std::vector<std::string>{"bio2@0.3"});

    auto const again = demo({missing});
    EXPECT_FALSE(again.created);
    EXPECT_TRUE(mentions(again, missing)) << ::testing::PrintToString(again.steps);
    EXPECT_TRUE(mentions(again, "bolwerk catalog import FILE"));
}

TEST_P(DemoCatalogTest, TheRealPublicationGivesTheMeasurePagesTheirText)
{
    BOLWERK_REQUIRE_SHARED_CATALOGS();
    auto const report = demo({shared_catalog("minbzk-bio2-v1.3/maatregelen-v1.3.md")});
    EXPECT_TRUE(mentions(report, "imported the BIO2 text of bio2@1.3")) << ::testing::PrintToString(report.steps);
    auto catalogs = app::CatalogService::create(database(), m_clock);
    ASSERT_TRUE(catalogs);
    auto const entry = catalogs->show(m_operator, "5.17.01", std::nullopt);
    ASSERT_TRUE(entry) << entry.error().to_string();
    EXPECT_FALSE(entry->from_builtin_index);
    EXPECT_FALSE(entry->item.text.empty());

    // A second run leaves the text as it is.
    auto const again = demo({shared_catalog("minbzk-bio2-v1.3/maatregelen-v1.3.md")});
    EXPECT_TRUE(mentions(again, "already imported")) << ::testing::PrintToString(again.steps);
    EXPECT_EQ(imported(), std::vector<std::string>{"bio2@1.3"});
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(DemoCatalogTest);

} // namespace
} // namespace bolwerk::testing
