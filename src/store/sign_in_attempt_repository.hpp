#pragma once

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/sign_in_throttle.hpp"
#include "store/forward.hpp"

#include <optional>
#include <string>
#include <vector>

namespace bolwerk::store {

/// SQL for `sign_in_attempts`: the history that domain::decide_sign_in reads.
class SignInAttemptRepository {
public:
    /// The attempts on `account` made at or after `account_since`, and the failures from
    /// `address` at or after `address_since` (domain::SignInHistory::attempts).
    static Result<std::vector<domain::SignInAttempt>> recent(Connection& connection, std::string const& account,
        Timestamp account_since, std::string const& address, Timestamp address_since);
    /// The newest successful sign-in to `account` from `address`, if any.
    static Result<std::optional<Timestamp>> last_success(
        Connection& connection, std::string const& account, std::string const& address);
    /// Records an attempt as failed (before the password is checked, so that attempts made
    /// at the same time see each other); returns its id for mark_succeeded().
    static Result<std::int64_t> record_failure(
        Connection& connection, std::string const& account, std::string const& address, Timestamp at);
    static Result<void> mark_succeeded(Connection& connection, std::int64_t id);
    /// Removes what no rule reads any more: failures before `failures_before` and
    /// successes before `successes_before`.
    static Result<void> forget(Connection& connection, Timestamp failures_before, Timestamp successes_before);
};

} // namespace bolwerk::store
