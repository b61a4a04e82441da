#include "domain/audit_event.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace bolwerk::domain {
namespace {

std::vector<AuditEvent> make_chain(int length)
{
    std::vector<AuditEvent> events;
    std::string previous(genesis_audit_hash());
    for (int i = 1; i <= length; ++i) {
        AuditEvent event;
        event.chain = 7;
        event.sequence = i;
        event.organisation_id = OrganisationId(7);
        event.occurred_at = Timestamp{std::chrono::seconds{1'700'000'000 + i}};
        event.actor = "operator:test";
        event.action = "organisation.update";
        event.object_type = "organisation";
        event.object_id = "7";
        event.after_digest = "digest" + std::to_string(i);
        event.previous_hash = previous;
        event.hash = compute_audit_hash(event);
        previous = event.hash;
        events.push_back(event);
    }
    return events;
}

TEST(AuditChain, IntactChainHasNoBreak)
{
    auto const events = make_chain(5);
    EXPECT_EQ(find_audit_chain_break(events, 5, events.back().hash), std::nullopt);
    EXPECT_EQ(find_audit_chain_break({}, 0, genesis_audit_hash()), std::nullopt);
}

TEST(AuditChain, EditedEventBreaksAtThatEvent)
{
    auto events = make_chain(5);
    events[2].actor = "operator:mallory";
    auto const broken = find_audit_chain_break(events, 5, events.back().hash);
    ASSERT_TRUE(broken);
    EXPECT_EQ(broken->sequence, 3);
}

TEST(AuditChain, RemovedEventIsNamed)
{
    auto events = make_chain(5);
    events.erase(events.begin() + 1);
    auto const broken = find_audit_chain_break(events, 5, events.back().hash);
    ASSERT_TRUE(broken);
    EXPECT_EQ(broken->sequence, 2);
}

TEST(AuditChain, TruncatedTailIsDetectedThroughTheHead)
{
    auto events = make_chain(5);
    auto const head = events.back().hash;
    events.pop_back();
    auto const broken = find_audit_chain_break(events, 5, head);
    ASSERT_TRUE(broken);
    EXPECT_EQ(broken->sequence, 5);
}

TEST(AuditChain, RehashedEditStillBreaksTheNextLink)
{
    auto events = make_chain(4);
    events[1].detail = "rewritten";
    events[1].hash = compute_audit_hash(events[1]);
    auto const broken = find_audit_chain_break(events, 4, events.back().hash);
    ASSERT_TRUE(broken);
    EXPECT_EQ(broken->sequence, 3);
}

TEST(AuditChain, HashCoversOptionalFieldsDistinctly)
{
    auto events = make_chain(1);
    auto absent = events[0];
    absent.detail = std::nullopt;
    auto empty = events[0];
    empty.detail = std::string();
    EXPECT_NE(compute_audit_hash(absent), compute_audit_hash(empty));
}

} // namespace
} // namespace bolwerk::domain
