#include "importers/structured/json_reader.hpp"

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

namespace bolwerk::importers {

namespace {

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
    case YAML::NodeType::Scalar: return node.Tag() == "!" ? nlohmann::json(node.Scalar()) : plain_scalar(node.Scalar());
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
