#include "support/store_test.hpp"

#include "app/organisation_service.hpp"

#include <thread>

namespace bolwerk::testing {
namespace {

class OrganisationStoreTest : public StoreTest {
protected:
    FixedClock m_clock{Timestamp{std::chrono::seconds{1'790'000'000}}};
    app::Actor m_operator = app::Actor::system_operator("test");
};

TEST_P(OrganisationStoreTest, CreatesAndReadsBackEveryField)
{
    app::OrganisationService service(database(), m_clock);
    auto const created = service.create(
        m_operator, {"Provincie Utrecht", "provincie", std::string("00000001002220647000"), std::string("30277172")});
    ASSERT_TRUE(created) << created.error().to_string();
    auto const shown = service.show(m_operator, created->id);
    ASSERT_TRUE(shown);
    EXPECT_EQ(shown->name, "Provincie Utrecht");
    EXPECT_EQ(shown->kind, domain::OrganisationKind::Provincie);
    EXPECT_EQ(shown->oin->value(), "00000001002220647000");
    EXPECT_EQ(shown->kvk_number->value(), "30277172");
    EXPECT_EQ(shown->created_at, m_clock.now());
    EXPECT_EQ(shown->version, 1);
}

TEST_P(OrganisationStoreTest, DuplicateNameOrOinIsAConflict)
{
    app::OrganisationService service(database(), m_clock);
    ASSERT_TRUE(service.create(m_operator, {"Gemeente A", "gemeente", std::string("00000001000000000001"), {}}));
    auto const same_name = service.create(m_operator, {"Gemeente A", "gemeente", {}, {}});
    ASSERT_FALSE(same_name);
    EXPECT_EQ(same_name.error().kind(), ErrorKind::Conflict);
    auto const same_oin
        = service.create(m_operator, {"Gemeente B", "gemeente", std::string("00000001000000000001"), {}});
    ASSERT_FALSE(same_oin);
    EXPECT_EQ(same_oin.error().kind(), ErrorKind::Conflict);
    // A refused write leaves no audit event behind.
    EXPECT_EQ(must_query("SELECT COUNT(*) FROM audit_events").front().int64(0), 1);
}

TEST_P(OrganisationStoreTest, StaleUpdateIsRefusedNotOverwritten)
{
    app::OrganisationService service(database(), m_clock);
    auto const created = service.create(m_operator, {"Waterschap Aa en Maas", "waterschap", {}, {}});
    ASSERT_TRUE(created);
    m_clock.advance(std::chrono::seconds{60});
    auto const first = service.update(
        m_operator, created->id, {"Waterschap Aa en Maas", "waterschap", {}, std::string("17278718")}, 1);
    ASSERT_TRUE(first) << first.error().to_string();
    EXPECT_EQ(first->version, 2);
    EXPECT_EQ(first->updated_at, m_clock.now());

    auto const stale = service.update(m_operator, created->id, {"Overschreven", "waterschap", {}, {}}, 1);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().kind(), ErrorKind::Conflict);
    EXPECT_NE(stale.error().message().find("changed by someone else"), std::string::npos);
    EXPECT_EQ(service.show(m_operator, created->id)->name, "Waterschap Aa en Maas");
}

TEST_P(OrganisationStoreTest, UnknownIdIsNotFoundAndUsersWithoutRolesSeeNothing)
{
    app::OrganisationService service(database(), m_clock);
    auto const missing = service.show(m_operator, OrganisationId(424242));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().kind(), ErrorKind::NotFound);
    auto const user = app::Actor::user(UserId(1));
    ASSERT_TRUE(service.list(user));
    EXPECT_TRUE(service.list(user)->empty());
    EXPECT_EQ(service.create(user, {"X", "gemeente", {}, {}}).error().kind(), ErrorKind::Forbidden);
}

TEST_P(OrganisationStoreTest, ListsInNameOrder)
{
    app::OrganisationService service(database(), m_clock);
    for (auto const* name : {"Gemeente Zwolle", "Gemeente Amersfoort", "Gemeente Maastricht"})
        ASSERT_TRUE(service.create(m_operator, {name, "gemeente", {}, {}}));
    auto const list = service.list(m_operator);
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 3u);
    EXPECT_EQ((*list)[0].name, "Gemeente Amersfoort");
    EXPECT_EQ((*list)[2].name, "Gemeente Zwolle");
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(OrganisationStoreTest);

} // namespace
} // namespace bolwerk::testing
