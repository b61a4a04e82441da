#pragma once

#include "app/actor.hpp"
#include "common/clock.hpp"
#include "common/result.hpp"
#include "store/forward.hpp"

#include <iosfwd>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::app {
class Services;
} // namespace bolwerk::app

namespace bolwerk::cli {

/// Options that every command accepts, wherever they stand on the command line.
struct GlobalOptions {
    std::optional<std::string> database_url; ///< --database URL
    bool json = false; ///< --json: machine-readable output
    bool help = false; ///< --help / -h
};

/// Everything a command needs: its arguments, where to write, who runs it, and
/// the database, opened (and its schema brought up to date) on first use.
/// Lives for one invocation; not shared between threads.
class CommandContext {
public:
    CommandContext(GlobalOptions options, std::vector<std::string> arguments, std::ostream& out, std::ostream& err,
        Clock const& clock);
    ~CommandContext();

    GlobalOptions const& options() const { return m_options; }
    std::span<std::string const> arguments() const { return m_arguments; }
    std::ostream& out() { return m_out; }
    std::ostream& err() { return m_err; }
    Clock const& clock() const { return m_clock; }
    app::Actor const& actor() const { return m_actor; }

    /// Opens the database from --database, BOLWERK_DATABASE or the default
    /// sqlite:./data/bolwerk.db. Unless `migrate` is false, it also applies pending
    /// migrations and refuses a schema newer than this binary.
    enum class Migrate : std::uint8_t { Yes, No };
    Result<store::Database*> database(Migrate migrate = Migrate::Yes);

    /// The use cases (app::Services) on the migrated database, built on first use and
    /// kept for the rest of the invocation, with the default ServicesOptions (no list of
    /// common passwords: `user create` checks passwords with its own AccountService).
    Result<app::Services*> services();

private:
    GlobalOptions m_options;
    std::vector<std::string> m_arguments;
    std::ostream& m_out;
    std::ostream& m_err;
    Clock const& m_clock;
    app::Actor m_actor;
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<app::Services> m_services; ///< Refers to m_database: declared after it.
};

using CommandFunction = Result<void> (*)(CommandContext&);

/// One row of the command table, which drives both dispatch and `--help`.
struct Command {
    std::string_view name; ///< One or two words: "migrate", "org create".
    std::string_view usage; ///< Arguments after the name.
    std::string_view summary; ///< One line for `bolwerk --help`.
    CommandFunction run;
};

std::span<Command const> command_table();

/// Runs `bolwerk` with `argv`-style words (without the program name) and returns
/// the process exit code: 0 ok, 2 usage, 65 bad input, 69 unavailable, 70 internal.
int run_cli(std::span<std::string const> words, std::ostream& out, std::ostream& err, Clock const& clock);

} // namespace bolwerk::cli
