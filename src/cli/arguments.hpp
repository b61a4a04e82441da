#pragma once

#include "common/result.hpp"

#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::cli {

/// An Error that means "the command line is wrong" (exit code 2, not 65).
Error usage_error(std::string message);
bool is_usage_error(Error const& error);

/// Parses a database id given on the command line (a positive whole number); `what`
/// names it in the message ("organisation id").
Result<std::int64_t> parse_id_argument(std::string const& text, std::string_view what);

/// The arguments of one subcommand, split into `--flag value` pairs and positional
/// words. Flags take `--name value` or `--name=value`.
class Arguments {
public:
    /// Parses `words` against the flags the command knows; an unknown flag, a flag
    /// without its value, or a wrong number of positional words is a usage error.
    /// `switches` are flags without a value (`--admin`); has_switch() tells whether given.
    static Result<Arguments> parse(std::span<std::string const> words, std::vector<std::string_view> const& flags,
        std::size_t positional_count, std::vector<std::string_view> const& switches = {});

    /// The value of `name`; when given more than once, the last one.
    std::optional<std::string> flag(std::string_view name) const;
    /// Every value of a repeatable flag (`--measure A --measure B`), in order.
    std::vector<std::string> flags(std::string_view name) const;
    Result<std::string> required_flag(std::string_view name) const;
    std::string const& positional(std::size_t index) const { return m_positional.at(index); }
    bool has_switch(std::string_view name) const { return m_switches.contains(std::string(name)); }

private:
    std::map<std::string, std::string, std::less<>> m_flags;
    std::map<std::string, std::vector<std::string>, std::less<>> m_repeated;
    std::vector<std::string> m_positional;
    std::set<std::string> m_switches;
};

} // namespace bolwerk::cli
