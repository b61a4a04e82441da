#include "support/smtp_sink.hpp"
#include "support/web_test.hpp"

#include "app/mail/mail_sender.hpp"
#include "app/mail/smtp_mailer.hpp"
#include "store/database.hpp"
#include "store/mail_outbox_repository.hpp"

#include <sodium.h>

// Issue #10, item 2: the alert after repeated wrong second-factor codes goes through the
// outbox to a real SMTP server (aiosmtpd on loopback), sent once, retried when it fails.
namespace bolwerk::testing {
namespace {

bool contains(std::string const& text, std::string_view part) { return text.find(part) != std::string::npos; }

// The base64 body of a message as the sink printed it.
std::string decoded_body(std::string const& message)
{
    auto const start = message.find("\n\n");
    std::string encoded;
    for (auto const c : message.substr(start + 2)) {
        if (c != '\n')
            encoded += c;
    }
    std::string decoded(encoded.size(), '\0');
    std::size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(decoded.data()), decoded.size(), encoded.data(),
            encoded.size(), nullptr, &length, nullptr, sodium_base64_VARIANT_ORIGINAL)
        != 0)
        return {};
    decoded.resize(length);
    return decoded;
}

class MailAlertTest : public WebTest {
protected:
    void configure(web::WebConfig& config) override { config.mail_alerts = true; }

    void SetUp() override
    {
        WebTest::SetUp();
        if (HasFatalFailure())
            return;
        auto sink = SmtpSink::start();
        if (!sink)
            GTEST_SKIP() << SmtpSink::why_not();
        m_sink.emplace(std::move(*sink));
        auto const organisation = make_organisation("Gemeente Eigen");
        make_user("ciso@test.nl", organisation, domain::Role::Ciso);
    }

    std::unique_ptr<app::SmtpMailer> mailer(app::SmtpTls tls)
    {
        auto created = app::SmtpMailer::create({.url = m_sink->url(), .from = "bolwerk@test.nl", .tls = tls}, m_clock);
        EXPECT_TRUE(created) << created.error().to_string();
        return created ? std::move(*created) : nullptr;
    }

    /// Five wrong codes for the CISO over HTTP: the fifth ends the session and queues the alert.
    void five_wrong_codes()
    {
        auto const secret = sign_in("ciso@test.nl").totp_secret;
        auto http = client();
        ASSERT_EQ(sign_in_with_form(http, "ciso@test.nl", std::string(password)).status, 303U);
        auto const csrf = form_csrf(http.get("/inloggen/code").body);
        auto const wrong = app::totp_code(secret, m_clock.now()) == "000000" ? "111111" : "000000";
        for (int i = 0; i < 5; ++i)
            ASSERT_NE(http.post_form("/inloggen/code", {{"code", wrong}, {"csrf", csrf}}).status, 303U);
    }

    std::optional<SmtpSink> m_sink;
};

TEST_P(MailAlertTest, Issue10AlertIsSentOnceToARealSmtpServer)
{
    five_wrong_codes();
    ASSERT_FALSE(HasFatalFailure());
    auto const queued = must_query("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL");
    ASSERT_EQ(queued.front().int64(0), 1) << "queued in the transaction of the fifth failure";

    auto const smtp = mailer(app::SmtpTls::IfOffered);
    ASSERT_TRUE(smtp);
    app::MailSender sender(database(), m_clock, *smtp, {.sender_name = "node-a"});
    auto const round = sender.send_due();
    ASSERT_TRUE(round) << round.error().to_string();
    EXPECT_EQ(round->sent, 1U);
    auto const message = m_sink->next_message();
    ASSERT_TRUE(message) << "the sink received nothing";
    EXPECT_TRUE(contains(*message, "MAIL FROM:bolwerk@test.nl TO:ciso@test.nl")) << *message;
    EXPECT_TRUE(contains(*message, "Subject: Bolwerk: onjuiste inlogcodes voor uw account")) << *message;
    EXPECT_TRUE(contains(*message, "Auto-Submitted: auto-generated"));
    auto const body = decoded_body(*message);
    EXPECT_TRUE(contains(body, "5 onjuiste codes voor de tweede factor")) << body;
    EXPECT_TRUE(contains(body, "5 wrong second-factor codes")) << body;

    // Recorded as sent, with who sent it; a second round (or node) sends nothing again.
    auto const row = must_query("SELECT sent_at, claimed_by, attempts FROM mail_outbox");
    EXPECT_FALSE(row.front().is_null(0));
    EXPECT_EQ(row.front().text(1), "node-a");
    EXPECT_EQ(row.front().int64(2), 1);
    app::MailSender other_node(database(), m_clock, *smtp, {.sender_name = "node-b"});
    EXPECT_EQ(other_node.send_due()->sent, 0U);
}

// A server that does not offer STARTTLS gets no mail when TLS is required; the attempt is
// recorded and retried later with a growing delay.
TEST_P(MailAlertTest, Issue10RequiredStartTlsIsNeverSkippedAndFailuresAreRetried)
{
    five_wrong_codes();
    ASSERT_FALSE(HasFatalFailure());
    auto const strict = mailer(app::SmtpTls::Required);
    ASSERT_TRUE(strict);
    app::MailSender sender(database(), m_clock, *strict, {.sender_name = "node-a"});
    auto const round = sender.send_due();
    ASSERT_TRUE(round);
    EXPECT_EQ(round->failed, 1U);
    auto const row = must_query("SELECT sent_at, attempts, next_attempt_at, last_error, claimed_at FROM mail_outbox");
    EXPECT_TRUE(row.front().is_null(0));
    EXPECT_EQ(row.front().int64(1), 1);
    EXPECT_EQ(row.front().text(2), format_timestamp(m_clock.now() + std::chrono::minutes(1)));
    EXPECT_TRUE(contains(row.front().text(3), m_sink->url())) << row.front().text(3);
    EXPECT_TRUE(row.front().is_null(4)) << "the claim is released for the retry";
    EXPECT_EQ(sender.send_due()->failed, 0U) << "not due before its time";

    // Due again a minute later, through a server setting that allows plain delivery: the
    // first (and only) message the sink ever sees is this one.
    m_clock.advance(std::chrono::minutes(1));
    auto const relaxed = mailer(app::SmtpTls::IfOffered);
    app::MailSender retry(database(), m_clock, *relaxed, {.sender_name = "node-a"});
    EXPECT_EQ(retry.send_due()->sent, 1U);
    auto const message = m_sink->next_message();
    ASSERT_TRUE(message);
    EXPECT_TRUE(contains(*message, "TO:ciso@test.nl"));
}

// Retries stop at max_attempts; a message that can never be sent is given up at once.
TEST_P(MailAlertTest, Issue10DeliveryIsGivenUpAfterTheLastAttempt)
{
    {
        auto connection = database().acquire();
        auto transaction = store::Transaction::begin(**connection);
        ASSERT_TRUE(store::MailOutboxRepository::enqueue(
            *transaction, {.recipient = "ciso@test.nl", .subject = "S", .body = "B", .reason = "test"}, m_clock.now()));
        ASSERT_TRUE(store::MailOutboxRepository::enqueue(*transaction,
            {.recipient = "not an address", .subject = "S", .body = "B", .reason = "test"}, m_clock.now()));
        ASSERT_TRUE(transaction->commit());
    }
    auto const strict = mailer(app::SmtpTls::Required);
    ASSERT_TRUE(strict);
    app::MailSender sender(database(), m_clock, *strict, {.sender_name = "node-a", .max_attempts = 2});
    EXPECT_EQ(sender.send_due()->failed, 2U);
    auto const invalid = must_query("SELECT failed_at, attempts FROM mail_outbox WHERE recipient = 'not an address'");
    EXPECT_FALSE(invalid.front().is_null(0)) << "an invalid recipient is not tried again";
    m_clock.advance(std::chrono::minutes(1));
    EXPECT_EQ(sender.send_due()->failed, 1U) << "the second and last attempt";
    m_clock.advance(std::chrono::hours(24));
    EXPECT_EQ(sender.send_due()->failed, 0U) << "given up";
    auto const rows = must_query("SELECT COUNT(*) FROM mail_outbox WHERE failed_at IS NOT NULL AND sent_at IS NULL");
    EXPECT_EQ(rows.front().int64(0), 2);
}

// The background sender of `serve`: a round when woken, without blocking anyone.
TEST_P(MailAlertTest, Issue10BackgroundSenderDeliversTheOutbox)
{
    {
        auto connection = database().acquire();
        ASSERT_TRUE(connection);
        auto transaction = store::Transaction::begin(**connection);
        ASSERT_TRUE(transaction);
        ASSERT_TRUE(store::MailOutboxRepository::enqueue(*transaction,
            {.recipient = "ciso@test.nl", .subject = "Test één", .body = "Hallo\n.\nwereld", .reason = "test"},
            m_clock.now()));
        ASSERT_TRUE(transaction->commit());
    }
    auto const smtp = mailer(app::SmtpTls::IfOffered);
    ASSERT_TRUE(smtp);
    app::MailSender sender(database(), m_clock, *smtp, {.sender_name = "node-a"});
    sender.start();
    sender.wake();
    auto const message = m_sink->next_message();
    sender.stop();
    ASSERT_TRUE(message) << "the background sender sent nothing";
    EXPECT_TRUE(contains(*message, "Subject: =?UTF-8?B?")) << "a subject that is not ASCII is encoded";
    EXPECT_EQ(decoded_body(*message), "Hallo\r\n.\r\nwereld") << "a lone dot is data, not the end of the message";
}

// Two nodes: only the one that claims a row sends it.
TEST_P(MailAlertTest, Issue10OnlyOneSenderClaimsARow)
{
    std::int64_t id = 0;
    {
        auto connection = database().acquire();
        auto transaction = store::Transaction::begin(**connection);
        id = *store::MailOutboxRepository::enqueue(
            *transaction, {.recipient = "a@test.nl", .subject = "S", .body = "B", .reason = "test"}, m_clock.now());
        ASSERT_TRUE(transaction->commit());
    }
    auto connection = database().acquire();
    auto const now = m_clock.now();
    auto const stale = now - std::chrono::minutes(10);
    EXPECT_TRUE(*store::MailOutboxRepository::claim(**connection, id, "node-a", now, stale));
    EXPECT_FALSE(*store::MailOutboxRepository::claim(**connection, id, "node-b", now, stale));
    EXPECT_TRUE(store::MailOutboxRepository::due(**connection, now, stale, 10)->empty());
    // A claim left by a node that died is taken over after the stale period.
    m_clock.advance(std::chrono::minutes(11));
    auto const later = m_clock.now();
    EXPECT_TRUE(
        *store::MailOutboxRepository::claim(**connection, id, "node-b", later, later - std::chrono::minutes(10)));
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(MailAlertTest);

} // namespace
} // namespace bolwerk::testing
