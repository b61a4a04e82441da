#include "support/store_test.hpp"

#include "app/audit_detail.hpp"
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

TEST_P(AuditTrailTest, AnUpdateRecordsTheChangedFieldsInsideTheChain)
{
    auto const id = create("Gemeente Delft");
    app::OrganisationService service(database(), m_clock);
    ASSERT_TRUE(service.update(m_operator, id, {"Gemeente Delft", "gemeente", {}, std::string("27365480")}, 1));
    auto const page = app::search_audit_events(database(), m_operator, id, {});
    ASSERT_TRUE(page) << page.error().to_string();
    ASSERT_EQ(page->events.size(), 2u);
    auto const update = app::read_audit_detail(page->events.front().detail);
    ASSERT_EQ(update.changes.size(), 1u) << "version and updated_at are bookkeeping";
    EXPECT_EQ(update.changes[0].field, "kvk_number");
    EXPECT_TRUE(update.changes[0].before.is_null());
    EXPECT_EQ(update.changes[0].after, "27365480");
    auto const creation = app::read_audit_detail(page->events.back().detail);
    ASSERT_EQ(creation.changes.size(), 2u) << "what was set: kind and name, not blanks, not the id";
    EXPECT_EQ(creation.changes[0].field, "kind");
    EXPECT_EQ(creation.changes[1].after, "Gemeente Delft");
    // The detail is part of the hashed event: rewriting it breaks the chain.
    EXPECT_TRUE(verify().intact());
    must_query("UPDATE audit_events SET detail = '{\"changes\":[]}' WHERE chain = $1 AND sequence = 2", {id.value()});
    EXPECT_FALSE(verify().intact());
}

TEST_P(AuditTrailTest, SearchIsNewestFirstFilteredAndPaged)
{
    auto const id = create("Gemeente Gouda");
    app::OrganisationService service(database(), m_clock);
    m_clock.advance(std::chrono::hours(48));
    for (std::int64_t version = 1; version <= 4; ++version)
        ASSERT_TRUE(service.update(m_operator, id, {"Gouda " + std::to_string(version), "gemeente", {}, {}}, version));
    auto const first = app::search_audit_events(database(), m_operator, id, {.limit = 3});
    ASSERT_TRUE(first) << first.error().to_string();
    ASSERT_EQ(first->events.size(), 3u);
    EXPECT_EQ(first->events[0].sequence, 5);
    EXPECT_EQ(first->events[2].sequence, 3);
    ASSERT_EQ(first->next_before, 3);
    auto const second = app::search_audit_events(database(), m_operator, id, {.before = 3, .limit = 3});
    ASSERT_TRUE(second);
    ASSERT_EQ(second->events.size(), 2u);
    EXPECT_FALSE(second->next_before);
    // Created two days before the updates: a period filter separates them.
    auto const early
        = app::search_audit_events(database(), m_operator, id, {.until = m_clock.now() - std::chrono::hours(24)});
    ASSERT_TRUE(early);
    ASSERT_EQ(early->events.size(), 1u);
    EXPECT_EQ(early->events[0].action, "organisation.create");
    auto const late = app::search_audit_events(database(), m_operator, id, {.from = m_clock.now()});
    EXPECT_EQ(late->events.size(), 4u);
    auto const by_operator = app::search_audit_events(database(), m_operator, id, {.actor = "operator:test"});
    EXPECT_EQ(by_operator->events.size(), 5u);
    auto const by_someone_else = app::search_audit_events(database(), m_operator, id, {.actor = "operator:t%"});
    EXPECT_TRUE(by_someone_else->events.empty()) << "a LIKE pattern in the label matches itself only";
    auto const by_object = app::search_audit_events(
        database(), m_operator, id, {.object_type = "organisation", .object_id = id.to_string()});
    EXPECT_EQ(by_object->events.size(), 5u);
    auto const other_object
        = app::search_audit_events(database(), m_operator, id, {.object_type = "risk", .object_id = id.to_string()});
    EXPECT_TRUE(other_object->events.empty());
    auto const choices = app::audit_filter_choices(database(), m_operator, id);
    ASSERT_TRUE(choices);
    EXPECT_EQ(choices->actors, std::vector<std::string>{"operator:test"});
    EXPECT_EQ(choices->object_types, std::vector<std::string>{"organisation"});
    // Reading the trail needs AuditTrailRead.
    auto const nobody = app::search_audit_events(database(), app::Actor::user(UserId(999)), id, {});
    EXPECT_FALSE(nobody);
}

TEST(AuditDetail, KeepsSecretsAndBookkeepingOutAndLongTextShort)
{
    nlohmann::json const before{{"name", "A"}, {"password_hash", "$argon2id$old"}, {"version", 1},
        {"updated_at", "2026-01-01"}, {"aspects", {{"design", {{"result", "not_assessed"}}}}}, {"api_token", "bwk_old"},
        {"secret_key", "k1"}};
    nlohmann::json const after{{"name", "B"}, {"password_hash", "$argon2id$new"}, {"version", 2},
        {"updated_at", "2026-01-02"}, {"aspects", {{"design", {{"result", "compliant"}}}}}, {"api_token", "bwk_new"},
        {"secret_key", "k2"}, {"note", std::string(400, 'x')}};
    auto const detail = app::audit_field_changes(&before, &after);
    std::vector<std::string> fields;
    for (auto const& change : detail.changes)
        fields.push_back(change.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"aspects.design.result", "name", "note"}));
    auto const& note = detail.changes[2].after.get<std::string>();
    EXPECT_LT(note.size(), 310u);
    EXPECT_TRUE(note.ends_with("…"));
    auto const text = app::compose_audit_detail(&before, &after, std::string("a note"));
    ASSERT_TRUE(text);
    EXPECT_EQ(text->find("argon2id"), std::string::npos);
    EXPECT_EQ(text->find("bwk_"), std::string::npos);
    auto const read = app::read_audit_detail(text);
    EXPECT_EQ(read.note, "a note");
    EXPECT_EQ(read.changes.size(), 3u);
}

TEST(AuditDetail, ManyChangesAreCountedAndPlainNotesReadBack)
{
    nlohmann::json after = nlohmann::json::object();
    for (int field = 0; field < 45; ++field)
        after["field_" + std::to_string(100 + field)] = field + 1;
    auto const text = app::compose_audit_detail(nullptr, &after, std::nullopt);
    auto const read = app::read_audit_detail(text);
    EXPECT_EQ(read.changes.size(), 40u);
    EXPECT_EQ(read.omitted, 5u);
    struct Case {
        std::optional<std::string> stored;
        std::string note;
    };
    for (auto const& [stored, note] : std::vector<Case>{{std::nullopt, ""}, {"waives 5.03.01", "waives 5.03.01"},
             {"{not json", "{not json"}, {R"({"other":1})", R"({"other":1})"}}) {
        auto const plain = app::read_audit_detail(stored);
        EXPECT_EQ(plain.note, note);
        EXPECT_TRUE(plain.changes.empty());
    }
    nlohmann::json const same{{"name", "A"}};
    EXPECT_EQ(app::compose_audit_detail(&same, &same, std::string("n")), "n") << "no change: the note alone";
    EXPECT_EQ(app::compose_audit_detail(nullptr, nullptr, std::nullopt), std::nullopt);
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(AuditTrailTest);

} // namespace
} // namespace bolwerk::testing
