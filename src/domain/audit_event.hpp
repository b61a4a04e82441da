#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace bolwerk::domain {

/// The chain that holds events outside any organisation (e.g. creating one).
constexpr std::int64_t system_audit_chain = 0;

/// The previous hash of the first event in a chain: 64 zeros.
std::string_view genesis_audit_hash();

/// One entry of the audit trail (BIO2 8.15 logging): who did what to which object,
/// when, with digests of the object before and after. Events of one organisation
/// form a hash chain: `previous_hash` is the hash of the event before it in the same
/// chain and `hash` covers every field but `id`, so removing, reordering or editing
/// an event breaks the chain at that point.
struct AuditEvent {
    AuditEventId id{0};
    std::int64_t chain = system_audit_chain;
    std::int64_t sequence = 0;
    std::optional<OrganisationId> organisation_id;
    Timestamp occurred_at;
    std::string actor;
    std::string action;
    std::string object_type;
    std::string object_id;
    std::optional<std::string> before_digest;
    std::optional<std::string> after_digest;
    std::optional<std::string> detail;
    std::string previous_hash;
    std::string hash;
};

/// The SHA-256 that `event.hash` must hold, over a length-prefixed encoding of every
/// field except `id` and `hash` (so no two different events encode alike).
std::string compute_audit_hash(AuditEvent const& event);

/// Where a chain stops being trustworthy.
struct AuditChainBreak {
    std::int64_t sequence = 0; ///< The first event that does not verify.
    std::string reason;
};

/// Checks `events` (one chain, in sequence order, starting at sequence 1) and names
/// the first broken link: a gap in sequence, a previous_hash that is not the hash
/// before it, or a hash that does not match the event's content. `head_sequence` and
/// `head_hash` are the chain's recorded end; a chain cut short at the end breaks too.
std::optional<AuditChainBreak> find_audit_chain_break(
    std::span<AuditEvent const> events, std::int64_t head_sequence, std::string_view head_hash);

} // namespace bolwerk::domain
