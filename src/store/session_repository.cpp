#include "store/session_repository.hpp"

#include "store/connection.hpp"

namespace bolwerk::store {

namespace {

constexpr std::string_view columns
    = "id_hash, user_id, csrf_token, mfa_passed, organisation_id, language, created_at, last_seen_at";

Result<SessionRecord> from_row(Row row)
{
    SessionRecord session;
    session.id_hash = row.text(0);
    session.user = UserId(row.int64(1));
    session.csrf_token = row.text(2);
    session.mfa_passed = row.boolean(3);
    if (auto const organisation = row.optional_int64(4))
        session.organisation = OrganisationId(*organisation);
    session.language = row.text(5);
    session.created_at = TRY(parse_timestamp(row.text(6)));
    session.last_seen_at = TRY(parse_timestamp(row.text(7)));
    return session;
}

Value organisation_value(std::optional<OrganisationId> organisation)
{
    return organisation ? Value{organisation->value()} : null_value();
}

} // namespace

Result<void> SessionRepository::insert(Transaction& transaction, SessionRecord const& session)
{
    TRY(transaction.query("INSERT INTO sessions (" + std::string(columns) + ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        {session.id_hash, session.user.value(), session.csrf_token, bool_value(session.mfa_passed),
            organisation_value(session.organisation), session.language, format_timestamp(session.created_at),
            format_timestamp(session.last_seen_at)}));
    return ok();
}

Result<std::optional<SessionRecord>> SessionRepository::find(Connection& connection, std::string const& id_hash)
{
    auto const rows
        = TRY(connection.query("SELECT " + std::string(columns) + " FROM sessions WHERE id_hash = $1", {id_hash}));
    if (rows.empty())
        return std::optional<SessionRecord>();
    return std::optional(TRY(from_row(rows.front())));
}

Result<void> SessionRepository::touch(Connection& connection, std::string const& id_hash, Timestamp now)
{
    TRY(connection.query("UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2", {format_timestamp(now), id_hash}));
    return ok();
}

Result<bool> SessionRepository::renew_with_second_factor(Transaction& transaction, std::string const& id_hash,
    std::string const& new_id_hash, std::string const& new_csrf_token)
{
    auto const rows = TRY(transaction.query("UPDATE sessions SET id_hash = $1, csrf_token = $2, mfa_passed = 1"
                                            " WHERE id_hash = $3",
        {new_id_hash, new_csrf_token, id_hash}));
    return rows.affected_rows() == 1;
}

Result<void> SessionRepository::set_organisation(Connection& connection, std::string const& id_hash, OrganisationId id)
{
    TRY(connection.query("UPDATE sessions SET organisation_id = $1 WHERE id_hash = $2", {id.value(), id_hash}));
    return ok();
}

Result<void> SessionRepository::set_language(
    Connection& connection, std::string const& id_hash, std::string const& language)
{
    TRY(connection.query("UPDATE sessions SET language = $1 WHERE id_hash = $2", {language, id_hash}));
    return ok();
}

Result<void> SessionRepository::remove(Transaction& transaction, std::string const& id_hash)
{
    TRY(transaction.query("DELETE FROM sessions WHERE id_hash = $1", {id_hash}));
    return ok();
}

Result<std::int64_t> SessionRepository::remove_all_for_user(Transaction& transaction, UserId user)
{
    auto const rows = TRY(transaction.query("DELETE FROM sessions WHERE user_id = $1", {user.value()}));
    return rows.affected_rows();
}

Result<std::int64_t> SessionRepository::remove_others_for_user(
    Transaction& transaction, UserId user, std::string const& kept_id_hash)
{
    auto const rows = TRY(
        transaction.query("DELETE FROM sessions WHERE user_id = $1 AND id_hash <> $2", {user.value(), kept_id_hash}));
    return rows.affected_rows();
}

} // namespace bolwerk::store
