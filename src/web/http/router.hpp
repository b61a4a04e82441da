#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bolwerk::web {

enum class Method : std::uint8_t { Get, Post, Put, Patch, Delete };

std::string_view to_string(Method method);
std::optional<Method> parse_method(std::string_view text);

/// The values of a pattern's `{name}` segments, in order, still percent-decoded.
class PathParameters {
public:
    void add(std::string_view name, std::string value) { m_values.emplace_back(std::string(name), std::move(value)); }
    std::optional<std::string_view> get(std::string_view name) const;
    /// Every name and value, in pattern order.
    std::vector<std::pair<std::string, std::string>> const& all() const { return m_values; }

private:
    std::vector<std::pair<std::string, std::string>> m_values;
};

/// Matches a request path against a pattern such as "/api/v1/organisations/{id}".
/// A `{name}` segment matches exactly one non-empty path segment.
std::optional<PathParameters> match_pattern(std::string_view pattern, std::string_view path);

/// The outcome of looking a request up in a table of routes of type `R` (which has
/// `method` and `pattern` members).
template <typename R>
struct RouteMatch {
    R const* route = nullptr; ///< Null when nothing matched.
    PathParameters parameters;
    bool path_known = false; ///< True when the path matched with another method (405).
};

/// Finds the first route in `routes` for `method` and `path`.
template <typename R>
RouteMatch<R> find_route(std::span<R const> routes, Method method, std::string_view path)
{
    RouteMatch<R> result;
    for (auto const& route : routes) {
        auto parameters = match_pattern(route.pattern, path);
        if (!parameters)
            continue;
        if (route.method != method) {
            result.path_known = true;
            continue;
        }
        result.route = &route;
        result.parameters = std::move(*parameters);
        return result;
    }
    return result;
}

} // namespace bolwerk::web
