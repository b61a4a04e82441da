#include "support/store_test.hpp"

#include "app/audit_trail.hpp"
#include "app/organisation_service.hpp"

#include <thread>

namespace bolwerk::testing {
namespace {

class AuditTrailTest : public StoreTest {
protected:
    FixedClock m_clock{Timestamp{std::chrono::seconds{1'790'000'000}}};
    app::Actor m_operator = app::Actor::system_operator("test");

    OrganisationId create(std::string const& name)
    {
        app::OrganisationService service(database(), m_clock);
        auto const created = service.create(m_operator, {name, "gemeente", {}, {}});
        EXPECT_TRUE(created) << created.error().to_string();
        return created ? created->id : OrganisationId(0);
    }

    app::AuditVerification verify()
    {
        auto verification = app::verify_audit_trail(database(), m_operator);
        EXPECT_TRUE(verification) << verification.error().to_string();
        return verification ? std::move(verification).value() : app::AuditVerification{};
    }
};

TEST_P(AuditTrailTest, EveryChangeWritesAChainedEvent)
{
    auto const id = create("Gemeente Delft");
    app::OrganisationService service(database(), m_clock);
    ASSERT_TRUE(service.update(m_operator, id, {"Gemeente Delft", "gemeente", {}, std::string("27365480")}, 1));
    auto const rows = must_query("SELECT sequence, action, actor, before_digest, after_digest, previous_hash, hash"
                                 " FROM audit_events WHERE chain = $1 ORDER BY sequence",
        {id.value()});
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows.row(0).text(1), "organisation.create");
    EXPECT_EQ(rows.row(0).text(2), "operator:test");
    EXPECT_TRUE(rows.row(0).is_null(3));
    EXPECT_EQ(rows.row(1).text(1), "organisation.update");
    EXPECT_EQ(rows.row(1).text(3), rows.row(0).text(4)); // before of the update = after of the create
    EXPECT_EQ(rows.row(1).text(5), rows.row(0).text(6)); // chained
    EXPECT_TRUE(verify().intact());
}

TEST_P(AuditTrailTest, VerifyNamesTheFirstTamperedEvent)
{
    auto const id = create("Gemeente Leiden");
    app::OrganisationService service(database(), m_clock);
    for (std::int64_t version = 1; version <= 3; ++version)
        ASSERT_TRUE(service.update(
            m_operator, id, {"Gemeente Leiden " + std::to_string(version), "gemeente", {}, {}}, version));
    must_query("UPDATE audit_events SET actor = 'operator:mallory' WHERE chain = $1 AND sequence = 3", {id.value()});
    auto const verification = verify();
    EXPECT_FALSE(verification.intact());
    ASSERT_EQ(verification.chains.size(), 1u);
    ASSERT_TRUE(verification.chains[0].broken);
    EXPECT_EQ(verification.chains[0].broken->sequence, 3);
}

TEST_P(AuditTrailTest, DeletedLastEventIsDetected)
{
    auto const id = create("Gemeente Gouda");
    app::OrganisationService service(database(), m_clock);
    ASSERT_TRUE(service.update(m_operator, id, {"Gemeente Gouda", "gemeente", {}, std::string("12345678")}, 1));
    must_query("DELETE FROM audit_events WHERE chain = $1 AND sequence = 2", {id.value()});
    auto const verification = verify();
    ASSERT_FALSE(verification.intact());
    EXPECT_EQ(verification.chains[0].broken->sequence, 2);
}

TEST_P(AuditTrailTest, ConcurrentWritersKeepEachChainGapless)
{
    auto const id = create("Gemeente Ede");
    constexpr int writers = 4;
    constexpr int updates_each = 15;
    std::atomic<int> done{0};
    std::vector<std::thread> threads;
    for (int w = 0; w < writers; ++w) {
        threads.emplace_back([&, w] {
            app::OrganisationService service(database(), m_clock);
            for (int i = 0; i < updates_each; ++i) {
                // Retry on a stale version, as a user would after reloading.
                for (int attempt = 0; attempt < 200; ++attempt) {
                    auto const current = service.show(m_operator, id);
                    if (!current)
                        break;
                    auto const name = "Gemeente Ede " + std::to_string(w) + "-" + std::to_string(i);
                    if (service.update(m_operator, id, {name, "gemeente", {}, {}}, current->version)) {
                        ++done;
                        break;
                    }
                }
            }
        });
    }
    for (auto& thread : threads)
        thread.join();
    EXPECT_EQ(done.load(), writers * updates_each);
    auto const verification = verify();
    EXPECT_TRUE(verification.intact());
    ASSERT_EQ(verification.chains.size(), 1u);
    EXPECT_EQ(verification.chains[0].events, 1 + writers * updates_each);
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(AuditTrailTest);

} // namespace
} // namespace bolwerk::testing
