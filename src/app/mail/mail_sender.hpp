#pragma once

#include "app/mail/mailer.hpp"
#include "common/clock.hpp"
#include "common/result.hpp"
#include "store/forward.hpp"

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <mutex>
#include <string>
#include <thread>

namespace bolwerk::store {
struct OutboxMail;
}

namespace bolwerk::app {

/// How the outbox is worked through.
struct MailSenderSettings {
    /// Who claims rows, for the record and to tell nodes apart ("host:pid").
    std::string sender_name;
    /// How often the background thread looks for due mail when nobody wakes it.
    std::chrono::milliseconds poll_interval{5000};
    std::size_t batch_size = 20; ///< Rows claimed per round.
    /// A claim older than this is taken to belong to a sender that died mid-send; the row
    /// is then claimed again (so a mail may go out twice only after a crash).
    std::chrono::minutes stale_claim{10};
    /// Retries after a failed attempt: first_retry, doubling, at most longest_retry.
    std::chrono::seconds first_retry{60};
    std::chrono::seconds longest_retry{6 * 60 * 60};
    std::int64_t max_attempts = 12; ///< Then the row is given up (failed_at) and kept.
};

/// What one round of send_due() did.
struct MailRound {
    std::size_t sent = 0;
    std::size_t failed = 0; ///< Attempts that failed (tried again later, or given up).
    std::size_t claimed_elsewhere = 0; ///< Rows another sender claimed first.
};

/// Sends the mail outbox (store::MailOutboxRepository) with a Mailer, outside requests:
/// claims each due row (so that of several nodes on one database only one sends it),
/// sends it, records sent_at, or the error and the time of the next attempt. Runs its own
/// thread between start() and stop(); send_due() runs one round on the caller's thread.
/// Keeps references to the database, clock, mailer and log, which must outlive it.
/// Safe to share between threads.
class MailSender {
public:
    MailSender(store::Database& database, Clock const& clock, Mailer& mailer, MailSenderSettings settings,
        std::ostream* log = nullptr);
    ~MailSender();
    MailSender(MailSender const&) = delete;
    MailSender& operator=(MailSender const&) = delete;

    /// One round: every due row, claimed and sent or rescheduled.
    Result<MailRound> send_due();

    /// Starts the background thread: a round every poll_interval, or sooner after wake().
    void start();
    /// Asks for a round now (e.g. after a use case wrote to the outbox).
    void wake();
    /// Stops the thread after the round in progress; idempotent.
    void stop();

private:
    void run();
    enum class Outcome : std::uint8_t { Sent, Failed, ClaimedElsewhere };
    Result<Outcome> send_one(store::Connection& connection, store::OutboxMail const& mail);
    void log_line(std::string const& line);

    store::Database& m_database;
    Clock const& m_clock;
    Mailer& m_mailer;
    MailSenderSettings const m_settings;
    std::ostream* m_log;

    std::mutex m_mutex;
    std::condition_variable m_signal;
    bool m_stopping = false; // guarded by m_mutex
    bool m_woken = false; // guarded by m_mutex
    std::mutex m_log_mutex;
    std::thread m_thread;
};

/// The sender name of this process: "HOST:PID".
std::string default_mail_sender_name();

} // namespace bolwerk::app
