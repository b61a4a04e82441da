#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <sys/types.h>

namespace bolwerk::testing {

/// A real SMTP server for tests: Debian's python3-aiosmtpd on a free loopback port, in a
/// child process that writes every message it receives to a pipe. Waiting for a message
/// polls that pipe with a bound on the time (no sleeps). Not thread-safe.
class SmtpSink {
public:
    /// Starts the server; nothing (and `why_not()` says why) when python3-aiosmtpd is missing.
    static std::optional<SmtpSink> start();
    static std::string why_not();

    SmtpSink(SmtpSink&& other) noexcept;
    SmtpSink& operator=(SmtpSink&&) = delete;
    SmtpSink(SmtpSink const&) = delete;
    ~SmtpSink();

    std::uint16_t port() const { return m_port; }
    std::string url() const { return "smtp://127.0.0.1:" + std::to_string(m_port); }

    /// The next message received (envelope line "MAIL FROM:… TO:…", then the message as
    /// sent), or nothing when none arrives within `limit`.
    std::optional<std::string> next_message(std::chrono::milliseconds limit = std::chrono::seconds(30));

private:
    SmtpSink() = default;
    std::optional<std::string> read_until(std::string const& marker, std::chrono::milliseconds limit);

    pid_t m_child = -1;
    int m_input = -1; // the child's stdin; closing it stops the server
    int m_output = -1; // the child's stdout
    std::uint16_t m_port = 0;
    std::string m_buffer;
};

} // namespace bolwerk::testing
