#include "app/mail/mail_sender.hpp"

#include "domain/backoff.hpp"
#include "store/database.hpp"
#include "store/mail_outbox_repository.hpp"

#include <unistd.h>

#include <ostream>

namespace bolwerk::app {

namespace {

constexpr std::size_t max_error_length = 500;

} // namespace

std::string default_mail_sender_name()
{
    char host[256] = {};
    if (gethostname(host, sizeof host - 1) != 0)
        host[0] = '\0';
    return std::string(host) + ":" + std::to_string(getpid());
}

MailSender::MailSender(
    store::Database& database, Clock const& clock, Mailer& mailer, MailSenderSettings settings, std::ostream* log)
    : m_database(database)
    , m_clock(clock)
    , m_mailer(mailer)
    , m_settings(std::move(settings))
    , m_log(log)
{
}

MailSender::~MailSender() { stop(); }

Result<MailSender::Outcome> MailSender::send_one(store::Connection& connection, store::OutboxMail const& mail)
{
    auto const now = m_clock.now();
    if (!TRY(store::MailOutboxRepository::claim(
            connection, mail.id, m_settings.sender_name, now, now - m_settings.stale_claim)))
        return Outcome::ClaimedElsewhere;
    auto const sent = m_mailer.send({mail.recipient, mail.subject, mail.body});
    auto const done = m_clock.now();
    if (sent) {
        TRY(store::MailOutboxRepository::mark_sent(connection, mail.id, done));
        log_line("mail " + std::to_string(mail.id) + " (" + mail.reason + ") sent");
        return Outcome::Sent;
    }
    auto const attempts = mail.attempts + 1;
    // A message that can never be sent is given up at once; otherwise the wait doubles.
    bool const give_up = attempts >= m_settings.max_attempts || sent.error().kind() == ErrorKind::Invalid;
    auto const next = done + domain::backoff(m_settings.first_retry, m_settings.longest_retry, attempts - 1);
    auto const reason = sent.error().message().substr(0, max_error_length);
    TRY(store::MailOutboxRepository::mark_attempt_failed(connection, mail.id, reason, done, next, give_up));
    log_line("mail " + std::to_string(mail.id) + " attempt " + std::to_string(attempts) + " failed"
        + (give_up ? " (given up): " : ": ") + reason);
    return Outcome::Failed;
}

Result<MailRound> MailSender::send_due()
{
    auto connection = TRY(m_database.acquire());
    auto const now = m_clock.now();
    auto const due
        = TRY(store::MailOutboxRepository::due(*connection, now, now - m_settings.stale_claim, m_settings.batch_size));
    MailRound round;
    for (auto const& mail : due) {
        switch (TRY(send_one(*connection, mail))) {
        case Outcome::Sent: ++round.sent; break;
        case Outcome::Failed: ++round.failed; break;
        case Outcome::ClaimedElsewhere: ++round.claimed_elsewhere; break;
        }
    }
    return round;
}

void MailSender::start()
{
    std::lock_guard const lock(m_mutex);
    if (m_thread.joinable())
        return;
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
}

void MailSender::wake()
{
    {
        std::lock_guard const lock(m_mutex);
        m_woken = true;
    }
    m_signal.notify_one();
}

void MailSender::stop()
{
    {
        std::lock_guard const lock(m_mutex);
        m_stopping = true;
    }
    m_signal.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void MailSender::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        m_woken = false;
        lock.unlock();
        // A failed round (the database away) is logged and tried again next round.
        if (auto const round = send_due(); !round)
            log_line("mail round failed: " + round.error().message());
        lock.lock();
        m_signal.wait_for(lock, m_settings.poll_interval, [this] { return m_stopping || m_woken; });
    }
}

void MailSender::log_line(std::string const& line)
{
    if (m_log == nullptr)
        return;
    std::lock_guard const lock(m_log_mutex);
    *m_log << "bolwerk: " << line << "\n" << std::flush;
}

} // namespace bolwerk::app
