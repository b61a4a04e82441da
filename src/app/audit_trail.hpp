#pragma once

#include "app/actor.hpp"
#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/audit_event.hpp"
#include "store/forward.hpp"

#include <nlohmann/json_fwd.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::app {

/// What changed, for one audit event. Snapshots are the object's state as JSON; the
/// trail stores their SHA-256 digests, not the data itself.
struct AuditChange {
    std::optional<OrganisationId> organisation;
    std::string action; ///< "organisation.create", dotted: object type, then verb.
    std::string object_type; ///< "organisation"
    std::string object_id;
    nlohmann::json const* before = nullptr; ///< Null for a creation.
    nlohmann::json const* after = nullptr; ///< Null for a deletion.
    std::optional<std::string> detail; ///< A short human note, never a secret.
};

/// The change of one object, for UseCase::audit and record_audit_event; `before` and
/// `after` must outlive the returned value.
AuditChange audit_change(std::optional<OrganisationId> organisation, std::string action, std::string object_type,
    std::string object_id, nlohmann::json const* before, nlohmann::json const* after,
    std::optional<std::string> detail = {});

/// The one path by which every state change reaches the audit trail: call it inside
/// the transaction of the change, so that both commit or neither does.
Result<domain::AuditEvent> record_audit_event(
    store::Transaction& transaction, Actor const& actor, AuditChange const& change, Timestamp now);

/// The result of checking every audit chain.
struct AuditVerification {
    struct Chain {
        std::int64_t chain = 0;
        std::int64_t events = 0;
        std::optional<domain::AuditChainBreak> broken;
    };
    std::vector<Chain> chains;
    bool intact() const;
};

/// One page of an organisation's audit trail, oldest first (keyset pagination by
/// sequence number, so pages stay stable while events are added).
struct AuditPage {
    std::vector<domain::AuditEvent> events;
    std::optional<std::int64_t> next_after; ///< Pass as `after` for the next page; none at the end.
};

inline constexpr std::int64_t max_audit_page_size = 500;

/// The audit events of `organisation` with sequence > `after`, at most `limit`
/// (clamped to 1..max_audit_page_size). Needs AuditTrailRead (BIO2 8.15).
Result<AuditPage> list_audit_events(
    store::Database& database, Actor const& actor, OrganisationId organisation, std::int64_t after, std::int64_t limit);

/// What to show of an organisation's audit trail (issue #13 item 5); every filter is
/// optional. Newest first, with keyset pagination by sequence number.
struct AuditQuery {
    std::optional<Timestamp> from; ///< Events at or after.
    std::optional<Timestamp> until; ///< Events before.
    std::optional<std::string> actor; ///< An actor's label ("user:4" also finds the user's API tokens).
    std::optional<std::string> object_type;
    std::optional<std::string> object_id;
    std::optional<std::int64_t> before; ///< Events with a smaller sequence number (the next page).
    std::int64_t limit = 50; ///< Clamped to 1..max_audit_page_size.
};

/// One page of a search, with the names of the users among its actors.
struct AuditSearchPage {
    std::vector<domain::AuditEvent> events;
    std::optional<std::int64_t> next_before; ///< Pass as `before` for the next page; none at the end.
    std::map<std::string, std::string> names; ///< Actor label -> the user's display name.
};

/// The events of `organisation` that match `query`, newest first. Needs AuditTrailRead.
Result<AuditSearchPage> search_audit_events(
    store::Database& database, Actor const& actor, OrganisationId organisation, AuditQuery const& query);

/// The choices of the filters: every actor and kind of object in the trail.
struct AuditFilterChoices {
    std::vector<std::string> actors;
    std::vector<std::string> object_types;
    std::map<std::string, std::string> names; ///< Actor label -> the user's display name.
};
Result<AuditFilterChoices> audit_filter_choices(
    store::Database& database, Actor const& actor, OrganisationId organisation);

/// The display names of the users among actor `labels` (label -> name); operators and
/// accounts that are gone have no entry, so they keep their label.
Result<std::map<std::string, std::string>> actor_display_names(
    store::Connection& connection, std::vector<std::string> const& labels);

/// The user an actor label names ("user:4", "user:4:token:2"); none for an operator.
std::optional<UserId> user_of_actor_label(std::string_view label);

/// The event as JSON, for the API and the export.
nlohmann::json audit_event_to_json(domain::AuditEvent const& event);

/// Recomputes every chain from its first event (BIO2 8.15: logs are protected
/// against tampering) and reports the first broken link of each.
Result<AuditVerification> verify_audit_trail(store::Database& database, Actor const& actor);

} // namespace bolwerk::app
