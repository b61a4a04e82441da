#include "store/mail_outbox_repository.hpp"

#include "store/connection.hpp"

namespace bolwerk::store {

Result<std::int64_t> MailOutboxRepository::enqueue(Transaction& transaction, OutboxMail const& mail, Timestamp now)
{
    auto const rows = TRY(
        transaction.query("INSERT INTO mail_outbox (recipient, subject, body, reason, created_at, next_attempt_at)"
                          " VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
            {mail.recipient, mail.subject, mail.body, mail.reason, format_timestamp(now)}));
    return rows.front().int64(0);
}

Result<std::vector<OutboxMail>> MailOutboxRepository::due(
    Connection& connection, Timestamp now, Timestamp stale_before, std::size_t limit)
{
    auto const rows = TRY(connection.query("SELECT id, recipient, subject, body, reason, attempts FROM mail_outbox"
                                           " WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $1"
                                           " AND (claimed_at IS NULL OR claimed_at < $2) ORDER BY id LIMIT $3",
        {format_timestamp(now), format_timestamp(stale_before), static_cast<std::int64_t>(limit)}));
    std::vector<OutboxMail> mails;
    mails.reserve(rows.size());
    for (auto row : rows)
        mails.push_back({row.int64(0), row.text(1), row.text(2), row.text(3), row.text(4), row.int64(5)});
    return mails;
}

Result<bool> MailOutboxRepository::claim(
    Connection& connection, std::int64_t id, std::string const& sender, Timestamp now, Timestamp stale_before)
{
    auto const rows = TRY(connection.query("UPDATE mail_outbox SET claimed_at = $1, claimed_by = $2"
                                           " WHERE id = $3 AND sent_at IS NULL AND failed_at IS NULL"
                                           " AND (claimed_at IS NULL OR claimed_at < $4)",
        {format_timestamp(now), sender, id, format_timestamp(stale_before)}));
    return rows.affected_rows() == 1;
}

Result<void> MailOutboxRepository::mark_sent(Connection& connection, std::int64_t id, Timestamp now)
{
    TRY(connection.query("UPDATE mail_outbox SET sent_at = $1, attempts = attempts + 1, last_error = NULL"
                         " WHERE id = $2",
        {format_timestamp(now), id}));
    return ok();
}

Result<void> MailOutboxRepository::mark_attempt_failed(Connection& connection, std::int64_t id,
    std::string const& error, Timestamp now, Timestamp next_attempt_at, bool give_up)
{
    TRY(connection.query("UPDATE mail_outbox SET attempts = attempts + 1, last_error = $1, next_attempt_at = $2,"
                         " claimed_at = NULL, claimed_by = NULL, failed_at = $3 WHERE id = $4",
        {error, format_timestamp(next_attempt_at), give_up ? Value{format_timestamp(now)} : null_value(), id}));
    return ok();
}

} // namespace bolwerk::store
