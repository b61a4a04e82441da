#include "cli/arguments.hpp"

#include "common/text.hpp"

#include <algorithm>
#include <charconv>

namespace bolwerk::cli {

namespace {

constexpr std::string_view usage_source = "command line";

} // namespace

Error usage_error(std::string message)
{
    return Error::invalid(std::move(message), {.source = std::string(usage_source)});
}

bool is_usage_error(Error const& error)
{
    return error.kind() == ErrorKind::Invalid && error.location().source == usage_source;
}

Result<std::int64_t> parse_id_argument(std::string const& text, std::string_view what)
{
    std::int64_t value = 0;
    auto const parsed = std::from_chars(text.data(), text.data() + text.size(), value);
    if (parsed.ec != std::errc{} || parsed.ptr != text.data() + text.size() || value <= 0)
        return usage_error("'" + text + "' is not a valid " + std::string(what) + " (a positive number)");
    return value;
}

Result<Arguments> Arguments::parse(std::span<std::string const> words, std::vector<std::string_view> const& flags,
    std::size_t positional_count, std::vector<std::string_view> const& switches)
{
    Arguments arguments;
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::string_view word = words[i];
        if (word.size() < 2 || word.substr(0, 2) != "--") {
            arguments.m_positional.emplace_back(word);
            continue;
        }
        std::string name(word);
        std::optional<std::string> value;
        if (auto const equals = word.find('='); equals != std::string_view::npos) {
            name = std::string(word.substr(0, equals));
            value = std::string(word.substr(equals + 1));
        }
        if (!value && std::find(switches.begin(), switches.end(), name) != switches.end()) {
            arguments.m_switches.insert(name);
            continue;
        }
        if (std::find(flags.begin(), flags.end(), name) == flags.end()) {
            auto known = flags;
            known.insert(known.end(), switches.begin(), switches.end());
            auto suggestion = nearest_word(name, known);
            return usage_error("unknown option '" + name + "'"
                + (suggestion ? "; did you mean '" + *suggestion + "'?" : std::string()));
        }
        if (!value) {
            if (i + 1 >= words.size())
                return usage_error("option '" + name + "' needs a value");
            value = words[++i];
        }
        arguments.m_flags[name] = *value;
        arguments.m_repeated[name].push_back(*value);
    }
    if (arguments.m_positional.size() != positional_count) {
        return usage_error("expected " + std::to_string(positional_count) + " argument(s), got "
            + std::to_string(arguments.m_positional.size()));
    }
    return arguments;
}

std::vector<std::string> Arguments::flags(std::string_view name) const
{
    auto const found = m_repeated.find(name);
    return found == m_repeated.end() ? std::vector<std::string>() : found->second;
}

std::optional<std::string> Arguments::flag(std::string_view name) const
{
    auto const found = m_flags.find(name);
    if (found == m_flags.end())
        return std::nullopt;
    return found->second;
}

Result<std::string> Arguments::required_flag(std::string_view name) const
{
    auto value = flag(name);
    if (!value)
        return usage_error("option '" + std::string(name) + "' is required");
    return std::move(*value);
}

} // namespace bolwerk::cli
