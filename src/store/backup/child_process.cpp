#include "store/backup/child_process.hpp"

#include "common/text.hpp"

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace bolwerk::store {

namespace {

// Keeps the end of a long error output: that is where the reason is.
constexpr std::size_t kept_error_bytes = 2000;

// This process's environment with `additions` set (added or replaced).
std::vector<std::string> child_environment(std::vector<std::pair<std::string, std::string>> const& additions)
{
    std::map<std::string, std::string> variables;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        std::string_view const text(*entry);
        auto const equals = text.find('=');
        if (equals != std::string_view::npos)
            variables[std::string(text.substr(0, equals))] = std::string(text.substr(equals + 1));
    }
    for (auto const& [name, value] : additions)
        variables[name] = value;
    std::vector<std::string> result;
    result.reserve(variables.size());
    for (auto const& [name, value] : variables)
        result.push_back(name + "=" + value);
    return result;
}

std::vector<char*> pointers(std::vector<std::string>& words)
{
    std::vector<char*> result;
    result.reserve(words.size() + 1);
    for (auto& word : words)
        result.push_back(word.data());
    result.push_back(nullptr);
    return result;
}

// Owns both ends of a pipe until they are closed.
struct Pipe {
    std::array<int, 2> ends{-1, -1};
    Pipe() = default;
    Pipe(Pipe const&) = delete;
    Pipe& operator=(Pipe const&) = delete;
    Pipe(Pipe&&) = delete;
    Pipe& operator=(Pipe&&) = delete;
    ~Pipe()
    {
        for (int const end : ends) {
            if (end >= 0)
                close(end);
        }
    }
    void close_end(std::size_t index)
    {
        close(ends.at(index));
        ends.at(index) = -1;
    }
};

std::string read_all(int descriptor)
{
    std::string text;
    std::array<char, 4096> buffer{};
    for (;;) {
        auto const count = read(descriptor, buffer.data(), buffer.size());
        if (count < 0 && errno == EINTR)
            continue;
        if (count <= 0)
            break;
        text.append(buffer.data(), static_cast<std::size_t>(count));
        if (text.size() > 4 * kept_error_bytes)
            text.erase(0, text.size() - kept_error_bytes);
    }
    if (text.size() > kept_error_bytes)
        text.erase(0, text.size() - kept_error_bytes);
    return std::string(trim(text));
}

} // namespace

Result<void> run_to_completion(ChildProcess const& process)
{
    if (process.arguments.empty())
        return Error::internal("no program to run");
    auto const& program = process.arguments.front();
    Pipe errors;
    if (pipe2(errors.ends.data(), O_CLOEXEC) != 0)
        return Error::unavailable("cannot start " + program + ": " + std::strerror(errno));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, errors.ends[1], STDERR_FILENO);
    auto arguments = process.arguments;
    auto environment = child_environment(process.environment);
    auto argv = pointers(arguments);
    auto envp = pointers(environment);
    pid_t child = 0;
    int const spawned = posix_spawnp(&child, program.c_str(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return Error::unavailable("cannot start " + program + ": " + std::strerror(spawned));
    errors.close_end(1);
    auto const error_text = read_all(errors.ends[0]);
    int status = 0;
    while (waitpid(child, &status, 0) < 0) {
        if (errno != EINTR)
            return Error::unavailable("lost track of " + program + ": " + std::strerror(errno));
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
        return ok();
    std::string const how = WIFEXITED(status) ? "exit code " + std::to_string(WEXITSTATUS(status))
                                              : "signal " + std::to_string(WTERMSIG(status));
    return Error::unavailable(program + " failed (" + how + ")" + (error_text.empty() ? "" : ": " + error_text));
}

} // namespace bolwerk::store
