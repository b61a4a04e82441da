#include "support/smtp_sink.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <utility>

extern char** environ;

namespace bolwerk::testing {

namespace {

// Debian's interpreter: its python3-aiosmtpd is not visible to another python3 on PATH.
constexpr char const* python = "/usr/bin/python3";

// Prints READY once listening, then each message between its envelope line and ".END";
// stops when its standard input closes.
constexpr char const* sink_script = R"(
import sys
from aiosmtpd.controller import Controller
class Sink:
    async def handle_DATA(self, server, session, envelope):
        text = envelope.content.decode("utf-8", "replace").replace("\r\n", "\n")
        sys.stdout.write("MAIL FROM:%s TO:%s\n%s\n.END\n" % (envelope.mail_from, ",".join(envelope.rcpt_tos), text))
        sys.stdout.flush()
        return "250 OK"
controller = Controller(Sink(), hostname="127.0.0.1", port=int(sys.argv[1]))
controller.start()
sys.stdout.write("READY\n")
sys.stdout.flush()
sys.stdin.read()
controller.stop()
)";

std::uint16_t free_port()
{
    int const socket_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    ::bind(socket_fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    ::getsockname(socket_fd, reinterpret_cast<sockaddr*>(&address), &length);
    ::close(socket_fd);
    return ntohs(address.sin_port);
}

bool has_aiosmtpd()
{
    if (!std::filesystem::exists(python))
        return false;
    return std::system("/usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1") == 0;
}

} // namespace

std::string SmtpSink::why_not()
{
    return "no SMTP sink: Debian's python3-aiosmtpd is not installed (scripts/debian-packages.txt)";
}

std::optional<SmtpSink> SmtpSink::start()
{
    if (!has_aiosmtpd())
        return std::nullopt;
    int input[2];
    int output[2];
    if (::pipe2(input, O_CLOEXEC) != 0 || ::pipe2(output, O_CLOEXEC) != 0)
        return std::nullopt;
    SmtpSink sink;
    sink.m_port = free_port();
    auto const port = std::to_string(sink.m_port);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, input[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, output[1], STDOUT_FILENO);
    char const* argv[] = {python, "-c", sink_script, port.c_str(), nullptr};
    int const spawned = posix_spawn(&sink.m_child, python, &actions, nullptr, const_cast<char**>(argv), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(input[0]);
    ::close(output[1]);
    sink.m_input = input[1];
    sink.m_output = output[0];
    if (spawned != 0 || !sink.read_until("READY\n", std::chrono::seconds(30)))
        return std::nullopt;
    return sink;
}

SmtpSink::SmtpSink(SmtpSink&& other) noexcept
    : m_child(std::exchange(other.m_child, -1))
    , m_input(std::exchange(other.m_input, -1))
    , m_output(std::exchange(other.m_output, -1))
    , m_port(other.m_port)
    , m_buffer(std::move(other.m_buffer))
{
}

SmtpSink::~SmtpSink()
{
    if (m_input >= 0)
        ::close(m_input);
    if (m_output >= 0)
        ::close(m_output);
    if (m_child > 0) {
        int status = 0;
        ::waitpid(m_child, &status, 0);
    }
}

std::optional<std::string> SmtpSink::read_until(std::string const& marker, std::chrono::milliseconds limit)
{
    auto const deadline = std::chrono::steady_clock::now() + limit;
    while (true) {
        if (auto const end = m_buffer.find(marker); end != std::string::npos) {
            auto text = m_buffer.substr(0, end);
            m_buffer.erase(0, end + marker.size());
            return text;
        }
        auto const left
            = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            return std::nullopt;
        pollfd descriptor{m_output, POLLIN, 0};
        if (::poll(&descriptor, 1, static_cast<int>(left.count())) <= 0)
            return std::nullopt;
        char chunk[4096];
        auto const received = ::read(m_output, chunk, sizeof chunk);
        if (received <= 0)
            return std::nullopt;
        m_buffer.append(chunk, static_cast<std::size_t>(received));
    }
}

std::optional<std::string> SmtpSink::next_message(std::chrono::milliseconds limit)
{
    return read_until("\n.END\n", limit);
}

} // namespace bolwerk::testing
