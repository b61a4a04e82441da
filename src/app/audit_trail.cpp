#include "app/audit_trail.hpp"

#include "app/audit_detail.hpp"
#include "app/authorisation.hpp"
#include "common/digest.hpp"
#include "common/integer_text.hpp"
#include "common/json_text.hpp"
#include "store/audit_repository.hpp"
#include "store/database.hpp"
#include "store/user_repository.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace bolwerk::app {

namespace {

constexpr std::int64_t verify_batch_size = 5000;

std::optional<std::string> digest_of(nlohmann::json const* snapshot)
{
    if (snapshot == nullptr)
        return std::nullopt;
    // nlohmann::json keeps object keys sorted, so its text is a canonical form.
    return sha256_hex(json_text(*snapshot));
}

Result<AuditVerification::Chain> verify_chain(
    store::Connection& connection, store::AuditRepository::ChainHead const& head)
{
    AuditVerification::Chain result{head.chain, 0, std::nullopt};
    std::vector<domain::AuditEvent> events;
    std::int64_t after = 0;
    while (true) {
        auto batch = TRY(store::AuditRepository::list(connection, head.chain, after, verify_batch_size));
        if (batch.empty())
            break;
        after = batch.back().sequence;
        std::move(batch.begin(), batch.end(), std::back_inserter(events));
    }
    result.events = static_cast<std::int64_t>(events.size());
    result.broken = domain::find_audit_chain_break(events, head.last_sequence, head.last_hash);
    return result;
}

} // namespace

Result<std::map<std::string, std::string>> actor_display_names(
    store::Connection& connection, std::vector<std::string> const& labels)
{
    std::map<std::string, std::string> names;
    std::map<std::int64_t, std::string> by_user;
    for (auto const& label : labels) {
        auto const user = user_of_actor_label(label);
        if (!user || names.contains(label))
            continue;
        auto known = by_user.find(user->value());
        if (known == by_user.end()) {
            auto const found = store::UserRepository::find(connection, *user);
            if (!found && found.error().kind() != ErrorKind::NotFound)
                return found.error();
            known = by_user.emplace(user->value(), found ? found->display_name : std::string()).first;
        }
        if (!known->second.empty())
            names.emplace(label, known->second);
    }
    return names;
}

std::optional<UserId> user_of_actor_label(std::string_view label)
{
    constexpr std::string_view prefix = "user:";
    if (!label.starts_with(prefix))
        return std::nullopt;
    label.remove_prefix(prefix.size());
    auto const number = parse_integer(label.substr(0, label.find(':')));
    if (!number || *number <= 0)
        return std::nullopt;
    return UserId(*number);
}

Result<AuditSearchPage> search_audit_events(
    store::Database& database, Actor const& actor, OrganisationId organisation, AuditQuery const& query)
{
    TRY(authorise(actor, Permission::AuditTrailRead, organisation));
    auto const clamped = std::clamp<std::int64_t>(query.limit, 1, max_audit_page_size);
    auto connection = TRY(database.acquire());
    store::AuditRepository::Filter const filter{.from = query.from,
        .until = query.until,
        .actor = query.actor,
        .object_type = query.object_type,
        .object_id = query.object_id,
        .before_sequence = query.before};
    AuditSearchPage page;
    // One more than asked tells whether another page follows.
    page.events = TRY(store::AuditRepository::search(*connection, organisation.value(), filter, clamped + 1));
    if (static_cast<std::int64_t>(page.events.size()) > clamped) {
        page.events.pop_back();
        page.next_before = page.events.back().sequence;
    }
    std::vector<std::string> labels;
    for (auto const& event : page.events)
        labels.push_back(event.actor);
    page.names = TRY(actor_display_names(*connection, labels));
    return page;
}

Result<AuditFilterChoices> audit_filter_choices(
    store::Database& database, Actor const& actor, OrganisationId organisation)
{
    TRY(authorise(actor, Permission::AuditTrailRead, organisation));
    auto connection = TRY(database.acquire());
    AuditFilterChoices choices;
    // API tokens act as their user: the filter offers the user.
    for (auto const& label : TRY(store::AuditRepository::actors(*connection, organisation.value()))) {
        auto const user = user_of_actor_label(label);
        auto chosen = user ? "user:" + user->to_string() : label;
        if (std::find(choices.actors.begin(), choices.actors.end(), chosen) == choices.actors.end())
            choices.actors.push_back(std::move(chosen));
    }
    choices.object_types = TRY(store::AuditRepository::object_types(*connection, organisation.value()));
    choices.names = TRY(actor_display_names(*connection, choices.actors));
    return choices;
}

bool AuditVerification::intact() const
{
    return std::all_of(chains.begin(), chains.end(), [](Chain const& chain) { return !chain.broken; });
}

AuditChange audit_change(std::optional<OrganisationId> organisation, std::string action, std::string object_type,
    std::string object_id, nlohmann::json const* before, nlohmann::json const* after, std::optional<std::string> detail)
{
    return {.organisation = organisation,
        .action = std::move(action),
        .object_type = std::move(object_type),
        .object_id = std::move(object_id),
        .before = before,
        .after = after,
        .detail = std::move(detail)};
}

Result<domain::AuditEvent> record_audit_event(
    store::Transaction& transaction, Actor const& actor, AuditChange const& change, Timestamp now)
{
    domain::AuditEvent event;
    event.chain = change.organisation ? change.organisation->value() : domain::system_audit_chain;
    event.organisation_id = change.organisation;
    event.occurred_at = now;
    event.actor = actor.label;
    event.action = change.action;
    event.object_type = change.object_type;
    event.object_id = change.object_id;
    event.before_digest = digest_of(change.before);
    event.after_digest = digest_of(change.after);
    // The changed fields go into the detail, so the hash chain covers them (issue #13 item 5).
    event.detail = compose_audit_detail(change.before, change.after, change.detail);
    return store::AuditRepository::append(transaction, std::move(event));
}

Result<AuditPage> list_audit_events(
    store::Database& database, Actor const& actor, OrganisationId organisation, std::int64_t after, std::int64_t limit)
{
    TRY(authorise(actor, Permission::AuditTrailRead, organisation));
    auto const clamped = std::clamp<std::int64_t>(limit, 1, max_audit_page_size);
    auto connection = TRY(database.acquire());
    AuditPage page;
    // One more than asked tells whether another page follows.
    page.events = TRY(
        store::AuditRepository::list(*connection, organisation.value(), std::max<std::int64_t>(after, 0), clamped + 1));
    if (static_cast<std::int64_t>(page.events.size()) > clamped) {
        page.events.pop_back();
        page.next_after = page.events.back().sequence;
    }
    return page;
}

nlohmann::json audit_event_to_json(domain::AuditEvent const& event)
{
    auto const optional
        = [](std::optional<std::string> const& text) { return text ? nlohmann::json(*text) : nlohmann::json(); };
    return {{"sequence", event.sequence}, {"occurred_at", format_timestamp(event.occurred_at)}, {"actor", event.actor},
        {"action", event.action}, {"object_type", event.object_type}, {"object_id", event.object_id},
        {"before_digest", optional(event.before_digest)}, {"after_digest", optional(event.after_digest)},
        {"detail", optional(event.detail)}, {"previous_hash", event.previous_hash}, {"hash", event.hash}};
}

Result<AuditVerification> verify_audit_trail(store::Database& database, Actor const& actor)
{
    TRY(authorise(actor, Permission::AuditTrailVerify));
    auto connection = TRY(database.acquire());
    AuditVerification verification;
    for (auto const& head : TRY(store::AuditRepository::heads(*connection)))
        verification.chains.push_back(TRY(verify_chain(*connection, head)));
    for (auto const chain : TRY(store::AuditRepository::chains_without_head(*connection))) {
        verification.chains.push_back(
            {chain, 0, domain::AuditChainBreak{1, "the chain has events but no recorded head (it was removed)"}});
    }
    return verification;
}

} // namespace bolwerk::app
