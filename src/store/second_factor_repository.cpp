#include "store/second_factor_repository.hpp"

#include "store/connection.hpp"

namespace bolwerk::store {

Result<domain::SecondFactorFailures> SecondFactorRepository::account_failures(Connection& connection, UserId user)
{
    auto const rows = TRY(connection.query(
        "SELECT second_factor_failures, second_factor_failed_at FROM users WHERE id = $1", {user.value()}));
    if (rows.empty())
        return Error::not_found("user " + user.to_string() + " does not exist");
    domain::SecondFactorFailures failures{rows.front().int64(0), std::nullopt};
    if (auto const at = rows.front().optional_text(1))
        failures.latest = TRY(parse_timestamp(*at));
    return failures;
}

Result<std::optional<std::int64_t>> SecondFactorRepository::session_failures(
    Connection& connection, std::string const& id_hash)
{
    auto const rows
        = TRY(connection.query("SELECT second_factor_failures FROM sessions WHERE id_hash = $1", {id_hash}));
    if (rows.empty())
        return std::optional<std::int64_t>();
    return std::optional(rows.front().int64(0));
}

Result<bool> SecondFactorRepository::count_failure(Transaction& transaction, UserId user, std::string const& id_hash,
    std::int64_t account_failures, std::int64_t session_failures, Timestamp now)
{
    auto const account = TRY(transaction.query("UPDATE users SET second_factor_failures = $1,"
                                               " second_factor_failed_at = $2"
                                               " WHERE id = $3 AND second_factor_failures = $4",
        {account_failures + 1, format_timestamp(now), user.value(), account_failures}));
    if (account.affected_rows() != 1)
        return false;
    auto const session = TRY(transaction.query("UPDATE sessions SET second_factor_failures = $1"
                                               " WHERE id_hash = $2 AND second_factor_failures = $3",
        {session_failures + 1, id_hash, session_failures}));
    return session.affected_rows() == 1;
}

Result<void> SecondFactorRepository::reset(Transaction& transaction, UserId user)
{
    TRY(transaction.query("UPDATE users SET second_factor_failures = 0 WHERE id = $1", {user.value()}));
    return ok();
}

} // namespace bolwerk::store
