#pragma once

#include "common/clock.hpp"
#include "common/result.hpp"
#include "store/forward.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace bolwerk::store {

/// One e-mail in the outbox.
struct OutboxMail {
    std::int64_t id = 0;
    std::string recipient;
    std::string subject;
    std::string body;
    std::string reason; ///< What caused it, e.g. "second_factor_failures".
    std::int64_t attempts = 0; ///< Attempts made so far.
};

/// SQL for `mail_outbox`. A row is written in the transaction of the event that causes
/// the mail; senders on any node claim a row before sending it, so that it goes out once.
class MailOutboxRepository {
public:
    static Result<std::int64_t> enqueue(Transaction& transaction, OutboxMail const& mail, Timestamp now);
    /// Rows neither sent nor given up whose next attempt is due at `now`, and that nobody
    /// claimed, or whose claim is older than `stale_before` (a sender that died); oldest first.
    static Result<std::vector<OutboxMail>> due(
        Connection& connection, Timestamp now, Timestamp stale_before, std::size_t limit);
    /// Claims a due row for `sender`; false when another sender claimed it first.
    static Result<bool> claim(
        Connection& connection, std::int64_t id, std::string const& sender, Timestamp now, Timestamp stale_before);
    static Result<void> mark_sent(Connection& connection, std::int64_t id, Timestamp now);
    /// Records a failed attempt and releases the claim: the row is tried again at
    /// `next_attempt_at`, or never again when `give_up`.
    static Result<void> mark_attempt_failed(Connection& connection, std::int64_t id, std::string const& error,
        Timestamp now, Timestamp next_attempt_at, bool give_up);
};

} // namespace bolwerk::store
