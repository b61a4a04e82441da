#include "backup/operations_test.hpp"

#include "app/audit_checkpoint_service.hpp"
#include "app/audit_trail.hpp"
#include "app/organisation_service.hpp"
#include "store/audit_repository.hpp"

#include <filesystem>
#include <fstream>

namespace bolwerk::testing {
namespace {

// Issue #19 item 4: a rewrite of the audit trail made after a signed checkpoint is
// found, even when it is consistent (every hash and the head recomputed).
class AuditCheckpointTest : public OperationsTest {
protected:
    OrganisationId m_organisation{0};

    void SetUp() override
    {
        OperationsTest::SetUp();
        app::OrganisationService organisations(database(), m_clock);
        auto const created = organisations.create(m_operator, {"Gemeente Delft", "gemeente", {}, {}});
        ASSERT_TRUE(created) << created.error().to_string();
        m_organisation = created->id;
        ASSERT_TRUE(organisations.create(m_operator, {"Waterschap Delfland", "waterschap", {}, {}}));
        ASSERT_TRUE(organisations.update(
            m_operator, m_organisation, {"Gemeente Delft", "gemeente", {}, std::string("27365480")}, 1));
    }

    app::AuditSigningKey key(std::string const& name = "audit.key")
    {
        auto const made = app::generate_audit_signing_key(m_operator, m_folder / name);
        EXPECT_TRUE(made) << made.error().to_string();
        return made ? *made : app::AuditSigningKey{};
    }

    std::filesystem::path checkpoint(app::AuditSigningKey const& signing_key)
    {
        auto const made = app::create_audit_checkpoint(database(), m_operator, m_clock, signing_key.secret_file);
        EXPECT_TRUE(made) << made.error().to_string();
        auto const file = m_folder / "checkpoints.jsonl";
        std::ofstream(file, std::ios::app) << app::to_json_line(*made) << '\n';
        return file;
    }

    std::vector<app::AuditCheckpointFinding> findings(
        std::filesystem::path const& file, std::filesystem::path const& public_key)
    {
        auto const checked = app::check_audit_checkpoints(database(), m_operator, file, public_key);
        EXPECT_TRUE(checked) << checked.error().to_string();
        return checked ? *checked : std::vector<app::AuditCheckpointFinding>{};
    }

    // What an administrator of the database could do: change the first event of the
    // organisation's chain and recompute every hash after it and the head, with SQL.
    void rewrite_chain_consistently()
    {
        auto connection = database().acquire();
        ASSERT_TRUE(connection);
        auto events = store::AuditRepository::list(**connection, m_organisation.value(), 0, 1000);
        ASSERT_TRUE(events);
        ASSERT_GE(events->size(), 2u);
        (*events)[0].actor = "someone else";
        std::string previous(domain::genesis_audit_hash());
        for (auto& event : *events) {
            event.previous_hash = previous;
            event.hash = domain::compute_audit_hash(event);
            previous = event.hash;
            ASSERT_TRUE((*connection)
                            ->query("UPDATE audit_events SET actor = $1, previous_hash = $2, hash = $3 WHERE chain = "
                                    "$4 AND sequence = $5",
                                {event.actor, event.previous_hash, event.hash, event.chain, event.sequence}));
        }
        ASSERT_TRUE((*connection)
                        ->query("UPDATE audit_chain_heads SET last_hash = $1 WHERE chain = $2",
                            {previous, m_organisation.value()}));
    }
};

TEST_P(AuditCheckpointTest, AConsistentRewriteAfterACheckpointIsFoundAndNamed)
{
    auto const signing_key = key();
    auto const file = checkpoint(signing_key);
    EXPECT_TRUE(findings(file, signing_key.public_file).empty());

    // The trail growing after the checkpoint is no finding.
    app::OrganisationService organisations(database(), m_clock);
    ASSERT_TRUE(organisations.update(m_operator, m_organisation, {"Gemeente Delft", "gemeente", {}, {}}, 2));
    EXPECT_TRUE(findings(file, signing_key.public_file).empty());

    rewrite_chain_consistently();
    auto const verification = app::verify_audit_trail(database(), m_operator);
    ASSERT_TRUE(verification);
    EXPECT_TRUE(verification->intact()) << "the rewrite must be consistent for this test to mean anything";
    auto const found = findings(file, signing_key.public_file);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].chain, m_organisation.value());
    EXPECT_EQ(found[0].checkpoint, format_timestamp(m_clock.now()));
    EXPECT_NE(found[0].reason.find("organisation " + std::to_string(m_organisation.value())), std::string::npos)
        << found[0].reason;
    EXPECT_NE(found[0].reason.find("rewritten after the checkpoint"), std::string::npos) << found[0].reason;
}

TEST_P(AuditCheckpointTest, AnAlteredCheckpointOrAnotherKeyDoesNotVerify)
{
    auto const signing_key = key();
    auto const file = checkpoint(signing_key);
    auto const other = key("other.key");
    auto const wrong_key = findings(file, other.public_file);
    ASSERT_EQ(wrong_key.size(), 1u);
    EXPECT_NE(wrong_key[0].reason.find("does not verify"), std::string::npos);

    // Someone who rewrote the trail also edits the exported head to match: the
    // signature no longer holds.
    std::ifstream in(file);
    std::string line;
    std::getline(in, line);
    auto const at = line.find("\"hash\":\"") + 8;
    line[at] = line[at] == 'a' ? 'b' : 'a';
    auto const altered = m_folder / "altered.jsonl";
    std::ofstream(altered) << line << '\n';
    auto const found = findings(altered, signing_key.public_file);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NE(found[0].reason.find("does not verify"), std::string::npos);
}

TEST_P(AuditCheckpointTest, KeysAreWrittenPrivatelyAndNeverOverwritten)
{
    auto const signing_key = key();
    EXPECT_EQ(std::filesystem::status(signing_key.secret_file).permissions() & std::filesystem::perms::all,
        std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    auto const again = app::generate_audit_signing_key(m_operator, signing_key.secret_file);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind(), ErrorKind::Unavailable);
    auto const user = app::Actor::user(UserId(1), {{m_organisation, domain::Role::Beheerder}});
    auto const refused = app::create_audit_checkpoint(database(), user, m_clock, signing_key.secret_file);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind(), ErrorKind::Forbidden);
}

TEST_P(AuditCheckpointTest, AMalformedCheckpointFileIsRefusedNamingTheLine)
{
    auto const signing_key = key();
    auto const file = m_folder / "broken.jsonl";
    std::ofstream(file) << "\n{\"heads\": [{\"chain\": \"x\"}]}\n";
    auto const checked = app::check_audit_checkpoints(database(), m_operator, file, signing_key.public_file);
    ASSERT_FALSE(checked);
    EXPECT_EQ(checked.error().kind(), ErrorKind::Invalid);
    EXPECT_NE(checked.error().message().find("line 2"), std::string::npos) << checked.error().message();
    auto const empty = m_folder / "empty.jsonl";
    std::ofstream(empty) << "\n";
    auto const nothing = app::check_audit_checkpoints(database(), m_operator, empty, signing_key.public_file);
    ASSERT_FALSE(nothing);
    EXPECT_EQ(nothing.error().kind(), ErrorKind::Invalid);
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(AuditCheckpointTest);

} // namespace
} // namespace bolwerk::testing
