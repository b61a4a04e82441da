#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "domain/api_token.hpp"
#include "domain/role.hpp"
#include "store/forward.hpp"

#include <optional>
#include <string>
#include <vector>

namespace bolwerk::store {

/// An API token as stored (the domain type; the secret itself is never kept).
using ApiTokenRecord = domain::ApiToken;

/// SQL for the second-factor and automation credentials: `recovery_codes` and `api_tokens`.
class CredentialRepository {
public:
    /// Replaces the user's recovery codes with new ones (given as digests).
    static Result<void> replace_recovery_codes(
        Transaction& transaction, UserId user, std::vector<std::string> const& code_hashes);
    /// Marks an unused code as used; false when no unused code has this digest.
    static Result<bool> use_recovery_code(
        Transaction& transaction, UserId user, std::string const& code_hash, Timestamp now);
    static Result<std::int64_t> unused_recovery_codes(Connection& connection, UserId user);

    static Result<ApiTokenRecord> insert_api_token(
        Transaction& transaction, ApiTokenRecord const& token, std::string const& token_hash);
    static Result<std::optional<ApiTokenRecord>> find_api_token(Connection& connection, std::string const& token_hash);
    static Result<std::vector<ApiTokenRecord>> api_tokens(Connection& connection, OrganisationId organisation);
    static Result<bool> revoke_api_token(Transaction& transaction, OrganisationId organisation, std::int64_t id);
};

} // namespace bolwerk::store
