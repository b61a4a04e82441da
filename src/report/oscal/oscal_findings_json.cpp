#include "report/oscal/oscal_findings_json.hpp"

#include "common/text.hpp"

#include <cstdio>

namespace bolwerk::report::oscal {

std::string one_line(std::string_view text)
{
    std::string line;
    bool space = false;
    for (char const c : text) {
        if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
            space = !line.empty();
            continue;
        }
        if (space)
            line += ' ';
        space = false;
        line += c;
    }
    return line.empty() ? std::string("-") : line;
}

std::string text_or(std::string_view text, std::string_view fallback)
{
    return trim(text).empty() ? std::string(fallback) : std::string(text);
}

std::string number_text(double value)
{
    char buffer[32];
    (void)std::snprintf(buffer, sizeof buffer, "%.6g", value);
    return buffer;
}

std::string control_id(std::string_view measure)
{
    auto const parts = split(measure, '.');
    if (parts.size() == 3)
        return "bio2-" + std::string(measure);
    if (parts.size() == 2) {
        auto minor = parts[1];
        while (minor.size() > 1 && minor.front() == '0')
            minor.remove_prefix(1);
        return "iso-" + std::string(parts[0]) + "." + std::string(minor);
    }
    return "bolwerk-" + one_line(measure);
}

void add_prop(nlohmann::json& props, std::string_view name, std::string const& value)
{
    if (trim(value).empty())
        return;
    props.push_back({{"name", name}, {"ns", findings_prop_namespace}, {"value", one_line(value)}});
}

std::string prop_value(nlohmann::json const& object, std::string_view name)
{
    if (!object.contains("props") || !object["props"].is_array())
        return {};
    for (auto const& prop : object["props"])
        if (prop.is_object() && prop.value("name", "") == name)
            return prop.value("value", "");
    return {};
}

} // namespace bolwerk::report::oscal
