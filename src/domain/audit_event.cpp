#include "domain/audit_event.hpp"

#include "common/digest.hpp"

namespace bolwerk::domain {

namespace {

void append_field(std::string& out, std::string_view value)
{
    out += std::to_string(value.size());
    out += ':';
    out += value;
    out += ';';
}

void append_optional(std::string& out, std::optional<std::string> const& value)
{
    if (!value) {
        out += "-;";
        return;
    }
    append_field(out, *value);
}

} // namespace

std::string_view genesis_audit_hash() { return "0000000000000000000000000000000000000000000000000000000000000000"; }

std::string compute_audit_hash(AuditEvent const& event)
{
    std::string encoded = "bolwerk-audit-v1;";
    append_field(encoded, std::to_string(event.chain));
    append_field(encoded, std::to_string(event.sequence));
    append_optional(encoded, event.organisation_id ? std::optional(event.organisation_id->to_string()) : std::nullopt);
    append_field(encoded, format_timestamp(event.occurred_at));
    append_field(encoded, event.actor);
    append_field(encoded, event.action);
    append_field(encoded, event.object_type);
    append_field(encoded, event.object_id);
    append_optional(encoded, event.before_digest);
    append_optional(encoded, event.after_digest);
    append_optional(encoded, event.detail);
    append_field(encoded, event.previous_hash);
    return sha256_hex(encoded);
}

std::optional<AuditChainBreak> find_audit_chain_break(
    std::span<AuditEvent const> events, std::int64_t head_sequence, std::string_view head_hash)
{
    std::string previous(genesis_audit_hash());
    std::int64_t expected_sequence = 1;
    for (auto const& event : events) {
        if (event.sequence != expected_sequence)
            return AuditChainBreak{expected_sequence, "event " + std::to_string(expected_sequence) + " is missing"};
        if (event.previous_hash != previous)
            return AuditChainBreak{event.sequence, "its previous_hash does not match the event before it"};
        if (compute_audit_hash(event) != event.hash)
            return AuditChainBreak{event.sequence, "its content does not match its hash (it was changed)"};
        previous = event.hash;
        ++expected_sequence;
    }
    std::int64_t const last = expected_sequence - 1;
    if (last != head_sequence)
        return AuditChainBreak{last + 1,
            "the chain ends at " + std::to_string(last) + " but its head records " + std::to_string(head_sequence)
                + " (events were removed)"};
    if (head_sequence > 0 && previous != head_hash)
        return AuditChainBreak{last, "the last event's hash does not match the chain head"};
    return std::nullopt;
}

} // namespace bolwerk::domain
