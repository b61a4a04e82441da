#include "web/core/api_support.hpp"

#include "common/integer_text.hpp"
#include "common/json_text.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/http/problem.hpp"

namespace bolwerk::web {

Response json_response(unsigned status, nlohmann::json const& body)
{
    return Response::text(status, json_text(body), "application/json");
}

// A query parameter as a number in [minimum, maximum]; Invalid naming it otherwise.
Result<std::int64_t> query_number(RequestContext const& context, std::string_view name, std::int64_t fallback,
    std::int64_t minimum, std::int64_t maximum)
{
    auto const text = form_value(parse_form(context.request.query), name);
    if (!text)
        return fallback;
    auto const parsed = parse_integer(*text);
    auto const value = parsed.value_or(0);
    if (!parsed || value < minimum || value > maximum) {
        return Error::invalid("'" + std::string(name) + "' must be a number from " + std::to_string(minimum) + " to "
                + std::to_string(maximum),
            {.source = "query", .field = std::string(name)});
    }
    return value;
}

Result<nlohmann::json> json_body(RequestContext const& context)
{
    auto body = nlohmann::json::parse(context.request.body, nullptr, false);
    if (body.is_discarded() || !body.is_object())
        return Error::invalid("the request body must be a JSON object", {.source = "body", .field = ""});
    return body;
}

// A string member of `body`, if present; Invalid naming the field when it has another type.
Result<std::optional<std::string>> string_member(nlohmann::json const& body, std::string const& name)
{
    auto const found = body.find(name);
    if (found == body.end() || found->is_null())
        return std::optional<std::string>();
    if (!found->is_string())
        return Error::invalid("'" + name + "' must be a string", {.field = name});
    return std::optional(found->get<std::string>());
}

std::string etag_for(std::int64_t version) { return "\"v" + std::to_string(version) + "\""; }

Result<std::int64_t> if_match_version(RequestContext const& context)
{
    auto header = std::string(context.request.header("if-match").value_or(""));
    if (header.starts_with("W/"))
        header = header.substr(2);
    if (header.size() < 4 || header.substr(0, 2) != "\"v" || header.back() != '"')
        return Error::invalid("If-Match must hold the ETag from a GET", {.source = "header", .field = "If-Match"});
    auto const version = parse_integer(std::string_view(header).substr(2, header.size() - 3));
    if (!version)
        return Error::invalid("If-Match must hold the ETag from a GET", {.source = "header", .field = "If-Match"});
    return *version;
}

Response respond(Result<Response> result)
{
    if (!result)
        return problem_response(result.error());
    return std::move(result).value();
}

} // namespace bolwerk::web
