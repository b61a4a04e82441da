#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "domain/second_factor_limit.hpp"
#include "store/forward.hpp"

#include <string>

namespace bolwerk::store {

/// SQL for the counts of wrong second-factor codes: per account (`users`) and per
/// half-signed-in session (`sessions`). The counts change by compare-and-set, so two
/// codes tried at the same moment cannot both be counted from the same old value: the
/// loser sees `false` and is turned away (on PostgreSQL its UPDATE waits for the
/// winner's row lock, then no longer matches).
class SecondFactorRepository {
public:
    static Result<domain::SecondFactorFailures> account_failures(Connection& connection, UserId user);
    /// Nothing when the session no longer exists.
    static Result<std::optional<std::int64_t>> session_failures(Connection& connection, std::string const& id_hash);
    /// Counts one more wrong code for the account and the session, if both still have the
    /// counts read before; false when another attempt changed them meanwhile.
    static Result<bool> count_failure(Transaction& transaction, UserId user, std::string const& id_hash,
        std::int64_t account_failures, std::int64_t session_failures, Timestamp now);
    /// A correct code: the account starts again from zero.
    static Result<void> reset(Transaction& transaction, UserId user);
};

} // namespace bolwerk::store
