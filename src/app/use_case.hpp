#pragma once

#include "app/actor.hpp"
#include "app/audit_trail.hpp"
#include "app/authorisation.hpp"
#include "common/clock.hpp"
#include "common/result.hpp"
#include "store/connection.hpp"
#include "store/database.hpp"

#include <optional>
#include <type_traits>
#include <utility>

namespace bolwerk::app {

/// What the change step of a use case works with: the open transaction, who acts,
/// and the moment of the change (one `now` for the rows and the audit event).
class UseCase {
public:
    UseCase(store::Transaction& transaction, Actor const& actor, Timestamp now)
        : m_transaction(transaction)
        , m_actor(actor)
        , m_now(now)
    {
    }

    store::Transaction& transaction() const { return m_transaction; }
    store::Connection& connection() const { return m_transaction.connection(); }
    Actor const& actor() const { return m_actor; }
    Timestamp now() const { return m_now; }

    /// Writes the audit event of the change inside the transaction, so that both
    /// commit or neither does (BIO2 8.15).
    Result<domain::AuditEvent> audit(AuditChange const& change) const
    {
        return record_audit_event(m_transaction, m_actor, change, m_now);
    }

    /// Rolls the transaction back although the step succeeded: for a batch that is
    /// refused as a whole but answers a report of what was wrong.
    void discard() { m_discarded = true; }
    bool discarded() const { return m_discarded; }

private:
    store::Transaction& m_transaction;
    Actor const& m_actor;
    Timestamp m_now;
    bool m_discarded = false;
};

/// The Result<T> a change step returns.
template <typename Change>
using UseCaseResult = std::invoke_result_t<Change&, UseCase&>;

/// Opens one transaction on `connection`, runs `change` in it and commits when it
/// succeeded; an error from any step rolls everything back. For a use case that
/// already holds a connection (sign-in writes its attempt counter outside).
template <typename Change>
UseCaseResult<Change> run_in_transaction(
    store::Connection& connection, Timestamp now, Actor const& actor, Change&& change)
{
    auto transaction = TRY(store::Transaction::begin(connection));
    UseCase use_case(transaction, actor, now);
    auto result = change(use_case);
    if (!result || use_case.discarded())
        return result;
    TRY(transaction.commit());
    return result;
}

/// The same on a connection of its own. For use cases whose caller has no
/// permission to check (a user's own session and account) or that authorised
/// before slow work that must not hold a transaction open (hashing, fetching).
template <typename Change>
UseCaseResult<Change> run_in_transaction(
    store::Database& database, Clock const& clock, Actor const& actor, Change&& change)
{
    auto const now = clock.now();
    auto connection = TRY(database.acquire());
    return run_in_transaction(*connection, now, actor, std::forward<Change>(change));
}

/// The write path of every use case (STYLE.md): authorise the actor for `permission`
/// (in `organisation`), then one transaction with the change and its audit event,
/// then commit. Input checks belong inside `change`, so that an actor without the
/// permission learns nothing about its input.
template <typename Change>
UseCaseResult<Change> run_use_case(store::Database& database, Clock const& clock, Actor const& actor,
    Permission permission, std::optional<OrganisationId> organisation, Change&& change)
{
    TRY(authorise(actor, permission, organisation));
    return run_in_transaction(database, clock, actor, std::forward<Change>(change));
}

/// NotFound unless the organisation exists: an operator may name any id, while for
/// users authorise() already answered NotFound for organisations they cannot see.
Result<void> require_organisation(store::Connection& connection, OrganisationId organisation);

} // namespace bolwerk::app
