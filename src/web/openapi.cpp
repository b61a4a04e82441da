#include "web/openapi.hpp"

#include "common/text.hpp"
#include "web/core/api_support.hpp"
#include "web/risk/risk_routes.hpp"
#include "web/route_table.hpp"
#include "web/supplier/supplier_routes.hpp"

namespace bolwerk::web {

namespace {

constexpr std::string_view api_prefix = "/api/v1/";

nlohmann::json schema_or_object(std::string_view text)
{
    if (text.empty())
        return {{"type", "object"}};
    auto schema = nlohmann::json::parse(text, nullptr, false);
    return schema.is_discarded() ? nlohmann::json{{"type", "object"}} : schema;
}

nlohmann::json path_parameters(std::string_view pattern)
{
    auto parameters = nlohmann::json::array();
    for (auto const segment : split(pattern, '/')) {
        if (segment.size() > 2 && segment.front() == '{' && segment.back() == '}') {
            parameters.push_back({{"name", std::string(segment.substr(1, segment.size() - 2))}, {"in", "path"},
                {"required", true}, {"schema", {{"type", "integer"}, {"minimum", 1}}}});
        }
    }
    return parameters;
}

nlohmann::json operation(Route const& route)
{
    nlohmann::json problem{{"description", "RFC 9457 problem details; `field` names the wrong input."},
        {"content", {{"application/problem+json", {{"schema", {{"$ref", "#/components/schemas/Problem"}}}}}}}};
    nlohmann::json operation{{"summary", route.summary}, {"parameters", path_parameters(route.pattern)},
        {"responses",
            {{route.method == Method::Post ? "201" : (route.method == Method::Delete ? "204" : "200"),
                 {{"description", "Success"},
                     {"content", {{"application/json", {{"schema", schema_or_object(route.response_schema)}}}}}}},
                {"default", problem}}}};
    if (!route.permission.empty())
        operation["x-permission"] = route.permission;
    if (!route.request_schema.empty()) {
        auto const media_type = !route.request_media_type.empty() ? std::string(route.request_media_type)
            : route.payload == Payload::Upload                    ? std::string("multipart/form-data")
                                                                  : std::string("application/json");
        operation["requestBody"]
            = {{"required", true}, {"content", {{media_type, {{"schema", schema_or_object(route.request_schema)}}}}}};
    }
    if (route.payload == Payload::Download) {
        operation["responses"]["200"]["content"]
            = {{"application/octet-stream", {{"schema", {{"type", "string"}, {"format", "binary"}}}}}};
    }
    if (route.access == Access::Public)
        operation["security"] = nlohmann::json::array();
    return operation;
}

nlohmann::json build()
{
    nlohmann::json paths = nlohmann::json::object();
    for (auto const& route : route_table()) {
        if (!route.pattern.starts_with(api_prefix))
            continue;
        paths[std::string(route.pattern)][to_ascii_lower(to_string(route.method))] = operation(route);
    }
    nlohmann::json document = {{"openapi", "3.1.0"},
        {"info",
            {{"title", "Bolwerk API"}, {"version", "1"},
                {"description",
                    "ISMS for the BIO2. Every organisation's data is reachable only with a role there; "
                    "another organisation's ids answer 404."}}},
        {"servers", {{{"url", "/"}}}}, {"paths", paths},
        {"security", {{{"bearer", nlohmann::json::array()}}, {{"session", nlohmann::json::array()}}}},
        {"components",
            {{"securitySchemes",
                 {{"bearer", {{"type", "http"}, {"scheme", "bearer"}, {"description", "API token (bwk_…)"}}},
                     {"session",
                         {{"type", "apiKey"}, {"in", "cookie"}, {"name", "bolwerk_session"},
                             {"description", "A browser session; unsafe methods also need X-CSRF-Token."}}}}},
                {"schemas",
                    {{"Problem",
                        {{"type", "object"},
                            {"properties",
                                {{"type", {{"type", "string"}}}, {"title", {{"type", "string"}}},
                                    {"status", {{"type", "integer"}}}, {"detail", {{"type", "string"}}},
                                    {"field", {{"type", "string"}}}}}}}}}}}};
    add_risk_openapi_schemas(document["components"]["schemas"]);
    add_supplier_openapi_schemas(document["components"]["schemas"]); // issue #14
    return document;
}

} // namespace

nlohmann::json const& openapi_document()
{
    static nlohmann::json const document = build();
    return document;
}

Response api_openapi(RequestContext& /*context*/) { return json_response(200, openapi_document()); }

} // namespace bolwerk::web
