#include "store/sign_in_attempt_repository.hpp"

#include "store/connection.hpp"

namespace bolwerk::store {

Result<std::vector<domain::SignInAttempt>> SignInAttemptRepository::recent(Connection& connection,
    std::string const& account, Timestamp account_since, std::string const& address, Timestamp address_since)
{
    auto const rows = TRY(connection.query("SELECT account, address, succeeded, attempted_at FROM sign_in_attempts"
                                           " WHERE (account = $1 AND attempted_at >= $2)"
                                           " OR (address = $3 AND succeeded = 0 AND attempted_at >= $4)",
        {account, format_timestamp(account_since), address, format_timestamp(address_since)}));
    std::vector<domain::SignInAttempt> attempts;
    attempts.reserve(rows.size());
    for (auto row : rows)
        attempts.push_back({row.text(0), row.text(1), TRY(parse_timestamp(row.text(3))), row.boolean(2)});
    return attempts;
}

Result<std::optional<Timestamp>> SignInAttemptRepository::last_success(
    Connection& connection, std::string const& account, std::string const& address)
{
    auto const rows = TRY(connection.query("SELECT MAX(attempted_at) FROM sign_in_attempts"
                                           " WHERE account = $1 AND address = $2 AND succeeded = 1",
        {account, address}));
    if (rows.empty() || rows.front().is_null(0))
        return std::optional<Timestamp>();
    return std::optional(TRY(parse_timestamp(rows.front().text(0))));
}

Result<std::int64_t> SignInAttemptRepository::record_failure(
    Connection& connection, std::string const& account, std::string const& address, Timestamp at)
{
    auto const rows = TRY(connection.query("INSERT INTO sign_in_attempts (account, address, succeeded, attempted_at)"
                                           " VALUES ($1, $2, 0, $3) RETURNING id",
        {account, address, format_timestamp(at)}));
    return rows.front().int64(0);
}

Result<void> SignInAttemptRepository::mark_succeeded(Connection& connection, std::int64_t id)
{
    TRY(connection.query("UPDATE sign_in_attempts SET succeeded = 1 WHERE id = $1", {id}));
    return ok();
}

Result<void> SignInAttemptRepository::forget(
    Connection& connection, Timestamp failures_before, Timestamp successes_before)
{
    TRY(connection.query(
        "DELETE FROM sign_in_attempts WHERE attempted_at < $1 AND (succeeded = 0 OR attempted_at < $2)",
        {format_timestamp(failures_before), format_timestamp(successes_before)}));
    return ok();
}

} // namespace bolwerk::store
