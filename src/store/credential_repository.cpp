#include "store/credential_repository.hpp"

#include "store/connection.hpp"

namespace bolwerk::store {

namespace {

constexpr std::string_view token_columns = "id, name, user_id, organisation_id, role, created_at, expires_at, revoked";

Result<ApiTokenRecord> token_from_row(Row row)
{
    ApiTokenRecord token;
    token.id = row.int64(0);
    token.name = row.text(1);
    token.user = UserId(row.int64(2));
    token.organisation = OrganisationId(row.int64(3));
    token.role = TRY(domain::parse_role(row.text(4)));
    token.created_at = TRY(parse_timestamp(row.text(5)));
    token.expires_at = TRY(parse_timestamp(row.text(6)));
    token.revoked = row.boolean(7);
    return token;
}

} // namespace

Result<void> CredentialRepository::replace_recovery_codes(
    Transaction& transaction, UserId user, std::vector<std::string> const& code_hashes)
{
    TRY(transaction.query("DELETE FROM recovery_codes WHERE user_id = $1", {user.value()}));
    for (auto const& hash : code_hashes)
        TRY(transaction.query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)", {user.value(), hash}));
    return ok();
}

Result<bool> CredentialRepository::use_recovery_code(
    Transaction& transaction, UserId user, std::string const& code_hash, Timestamp now)
{
    auto const rows = TRY(transaction.query("UPDATE recovery_codes SET used_at = $1"
                                            " WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL",
        {format_timestamp(now), user.value(), code_hash}));
    return rows.affected_rows() == 1;
}

Result<std::int64_t> CredentialRepository::unused_recovery_codes(Connection& connection, UserId user)
{
    auto const rows = TRY(
        connection.query("SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL", {user.value()}));
    return rows.front().int64(0);
}

Result<ApiTokenRecord> CredentialRepository::insert_api_token(
    Transaction& transaction, ApiTokenRecord const& token, std::string const& token_hash)
{
    auto const rows = TRY(transaction.query(
        "INSERT INTO api_tokens (token_hash, name, user_id, organisation_id, role, created_at, expires_at)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING "
            + std::string(token_columns),
        {token_hash, token.name, token.user.value(), token.organisation.value(),
            std::string(domain::to_string(token.role)), format_timestamp(token.created_at),
            format_timestamp(token.expires_at)}));
    return token_from_row(rows.front());
}

Result<std::optional<ApiTokenRecord>> CredentialRepository::find_api_token(
    Connection& connection, std::string const& token_hash)
{
    auto const rows = TRY(connection.query(
        "SELECT " + std::string(token_columns) + " FROM api_tokens WHERE token_hash = $1", {token_hash}));
    if (rows.empty())
        return std::optional<ApiTokenRecord>();
    return std::optional(TRY(token_from_row(rows.front())));
}

Result<std::vector<ApiTokenRecord>> CredentialRepository::api_tokens(
    Connection& connection, OrganisationId organisation)
{
    auto const rows = TRY(connection.query(
        "SELECT " + std::string(token_columns) + " FROM api_tokens WHERE organisation_id = $1 ORDER BY id",
        {organisation.value()}));
    std::vector<ApiTokenRecord> tokens;
    for (auto row : rows)
        tokens.push_back(TRY(token_from_row(row)));
    return tokens;
}

Result<bool> CredentialRepository::revoke_api_token(
    Transaction& transaction, OrganisationId organisation, std::int64_t id)
{
    auto const rows = TRY(transaction.query(
        "UPDATE api_tokens SET revoked = 1 WHERE id = $1 AND organisation_id = $2", {id, organisation.value()}));
    return rows.affected_rows() == 1;
}

} // namespace bolwerk::store
