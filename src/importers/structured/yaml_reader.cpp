#include "common/utf8.hpp"
#include "importers/source_text.hpp"
#include "importers/structured/json_reader.hpp"

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include <optional>

namespace bolwerk::importers {

namespace {

// yaml-cpp 0.7 decodes the escapes "\_" (no-break space) and "\N" (next line) to
// the single Latin-1 bytes A0 and 85 instead of UTF-8; the ISO 27001:2013 library
// uses "\_". Input was checked to be UTF-8, so a lone A0 or 85 byte in a scalar can
// only come from those escapes and is re-encoded. Anything else invalid (a "\ud800"
// escape) is refused.
std::optional<std::string> repair_escapes(std::string const& text)
{
    std::string repaired;
    repaired.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        auto const length = utf8_sequence_length(text, at);
        if (length > 0) {
            repaired.append(text, at, length);
            at += length;
            continue;
        }
        auto const byte = static_cast<unsigned char>(text[at++]);
        if (byte != 0xA0 && byte != 0x85)
            return std::nullopt;
        repaired += '\xC2';
        repaired += static_cast<char>(byte);
    }
    return repaired;
}

nlohmann::json plain_scalar(std::string const& text)
{
    if (text == "null" || text == "~" || text == "Null" || text == "NULL")
        return nullptr;
    if (text == "true" || text == "True")
        return true;
    if (text == "false" || text == "False")
        return false;
    return text;
}

Result<nlohmann::json> convert(YAML::Node const& node, std::size_t depth, std::string const& source_name)
{
    if (depth > max_nesting_depth)
        return Error::invalid("the YAML document is nested too deeply",
            {.source = source_name, .line = static_cast<std::uint64_t>(node.Mark().line) + 1});
    switch (node.Type()) {
    case YAML::NodeType::Scalar: {
        auto const text = repair_escapes(node.Scalar());
        if (!text)
            return Error::invalid("an escape sequence does not give a valid character",
                {.source = source_name, .line = static_cast<std::uint64_t>(node.Mark().line) + 1});
        return node.Tag() == "!" ? nlohmann::json(*text) : plain_scalar(*text);
    }
    case YAML::NodeType::Sequence: {
        auto list = nlohmann::json::array();
        for (auto const& child : node)
            list.push_back(TRY(convert(child, depth + 1, source_name)));
        return list;
    }
    case YAML::NodeType::Map: {
        auto object = nlohmann::json::object();
        for (auto const& entry : node)
            object[entry.first.as<std::string>()] = TRY(convert(entry.second, depth + 1, source_name));
        return object;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined: return nullptr;
    }
    return nullptr;
}

} // namespace

Result<nlohmann::json> parse_yaml(std::string_view text, std::string const& source_name)
{
    // Our text must be UTF-8 (JSON output, the database); yaml-cpp does not check it.
    TRY(check_utf8(text, source_name));
    try {
        auto const root = YAML::Load(std::string(text));
        return convert(root, 0, source_name);
    } catch (YAML::Exception const& error) {
        return Error::invalid("not valid YAML: " + error.msg,
            {.source = source_name,
                .line = static_cast<std::uint64_t>(error.mark.line + 1),
                .column = static_cast<std::uint64_t>(error.mark.column + 1)});
    } catch (std::exception const& error) {
        return Error::invalid("not valid YAML: " + std::string(error.what()), {.source = source_name});
    }
}

} // namespace bolwerk::importers
