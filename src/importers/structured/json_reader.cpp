#include "importers/structured/json_reader.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>

namespace bolwerk::importers {

namespace {

// The deepest nesting of brackets outside strings, stopping early past the limit.
std::size_t bracket_depth(std::string_view text)
{
    std::size_t depth = 0;
    std::size_t deepest = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size() && deepest <= max_nesting_depth; ++i) {
        char const c = text[i];
        if (in_string) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return deepest;
}

ErrorLocation location_of_byte(std::string_view text, std::size_t byte, std::string const& source_name)
{
    std::uint64_t line = 1;
    std::uint64_t column = 1;
    for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
        column = text[i] == '\n' ? 1 : column + 1;
        line += text[i] == '\n' ? 1 : 0;
    }
    return {.source = source_name, .line = line, .column = column};
}

} // namespace

Result<nlohmann::json> parse_json(std::string_view text, std::string const& source_name)
{
    if (bracket_depth(text) > max_nesting_depth)
        return Error::invalid("the JSON document is nested too deeply", {.source = source_name});
    try {
        return nlohmann::json::parse(text);
    } catch (nlohmann::json::parse_error const& error) {
        auto const byte = error.byte > 0 ? error.byte - 1 : 0;
        return Error::invalid(
            "not valid JSON: " + std::string(error.what()), location_of_byte(text, byte, source_name));
    } catch (std::exception const& error) {
        return Error::invalid("not valid JSON: " + std::string(error.what()), {.source = source_name});
    }
}

} // namespace bolwerk::importers
