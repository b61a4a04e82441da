#include "web/http/router.hpp"

#include "common/text.hpp"
#include "web/http/http.hpp"

#include <array>

namespace bolwerk::web {

namespace {

constexpr std::array<std::pair<Method, std::string_view>, 5> method_names{{
    {Method::Get, "GET"},
    {Method::Post, "POST"},
    {Method::Put, "PUT"},
    {Method::Patch, "PATCH"},
    {Method::Delete, "DELETE"},
}};

} // namespace

std::string_view to_string(Method method)
{
    for (auto const& [value, name] : method_names) {
        if (value == method)
            return name;
    }
    return "GET";
}

std::optional<Method> parse_method(std::string_view text)
{
    // HEAD is answered as GET without a body (the server drops it).
    if (text == "HEAD")
        return Method::Get;
    for (auto const& [value, name] : method_names) {
        if (name == text)
            return value;
    }
    return std::nullopt;
}

std::optional<std::string_view> PathParameters::get(std::string_view name) const
{
    for (auto const& [key, value] : m_values) {
        if (key == name)
            return std::string_view(value);
    }
    return std::nullopt;
}

std::optional<PathParameters> match_pattern(std::string_view pattern, std::string_view path)
{
    auto const pattern_parts = split(pattern, '/');
    auto const path_parts = split(path, '/');
    if (pattern_parts.size() != path_parts.size())
        return std::nullopt;
    PathParameters parameters;
    for (std::size_t i = 0; i < pattern_parts.size(); ++i) {
        auto const expected = pattern_parts[i];
        if (expected.size() > 2 && expected.front() == '{' && expected.back() == '}') {
            if (path_parts[i].empty())
                return std::nullopt;
            parameters.add(expected.substr(1, expected.size() - 2), percent_decode(path_parts[i], PlusIsSpace::No));
        } else if (expected != path_parts[i]) {
            return std::nullopt;
        }
    }
    return parameters;
}

} // namespace bolwerk::web
