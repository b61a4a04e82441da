#include "web/assessment/assessment_api.hpp"

#include "app/assessment/assessment_json.hpp"
#include "app/assessment/assessment_service.hpp"
#include "app/authorisation.hpp"
#include "app/catalog_service.hpp"
#include "common/integer_text.hpp"
#include "common/json_text.hpp"
#include "web/core/api_support.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/http/problem.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::web {

namespace {

using domain::catalog::ControlNumber;
using domain::catalog::MeasureNumber;

// The shared assessment use cases (built once, app::Services).
Result<app::AssessmentService*> assessment_service(RequestContext& context)
{
    return context.services.app->assessments();
}

// The version in If-Match ("v3", also weak); "v0" for an entry never answered.
Result<std::optional<std::int64_t>> optional_if_match_version(RequestContext const& context)
{
    auto const raw = context.request.header("if-match");
    if (!raw)
        return std::optional<std::int64_t>();
    auto header = std::string(*raw);
    if (header.starts_with("W/"))
        header = header.substr(2);
    std::int64_t version = -1;
    if (header.size() >= 4 && header.substr(0, 2) == "\"v" && header.back() == '"') {
        auto const digits = std::string_view(header).substr(2, header.size() - 3);
        version = parse_integer(digits).value_or(-1);
    }
    if (version < 0)
        return Error::invalid("If-Match must hold the ETag from a GET (\"v0\" for an entry never answered)",
            {.source = "header", .field = "If-Match"});
    return std::optional(version);
}

// A stale version is a failed precondition for the API (RFC 9110 13.1.1).
Response stale_or_error(Error const& error)
{
    if (error.kind() == ErrorKind::Conflict && error.message().find("someone else") != std::string::npos)
        return problem_response(412, "Precondition failed", error.message());
    return problem_response(error);
}

Result<std::optional<std::string>> query_text(RequestContext const& context, std::string_view name)
{
    auto const value = form_value(parse_form(context.request.query), name);
    if (!value)
        return std::optional<std::string>();
    return std::optional(std::string(*value));
}

} // namespace

Response api_get_assessment(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const id = TRY(organisation_parameter(context));
        auto* const assessments = TRY(assessment_service(context));
        auto const assessment = TRY(assessments->get(context.actor, id));
        auto body = app::assessment_to_json(assessment);
        body["started"] = TRY(assessments->started(context.actor, id));
        return json_response(200, body);
    }());
}

Response api_put_assessment_control(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const id = TRY(organisation_parameter(context));
        // Permission before input, so a refusal reveals nothing more.
        TRY(app::authorise(context.actor, app::Permission::AssessmentWrite, id));
        auto const control = TRY(ControlNumber::parse(context.parameters.get("control").value_or("")));
        auto const body = TRY(json_body(context));
        auto const applicability = TRY(app::control_from_json(body, control));
        // If-Match when given, else the version in the body (0: never answered).
        auto const expected = TRY(optional_if_match_version(context)).value_or(applicability.version);
        auto* const assessments = TRY(assessment_service(context));
        auto const saved = assessments->set_control(context.actor, id, applicability, expected);
        if (!saved)
            return stale_or_error(saved.error());
        auto response = json_response(200, app::control_to_json(*saved));
        response.set_header("ETag", etag_for(saved->version));
        return response;
    }());
}

Response api_put_assessment_measure(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const id = TRY(organisation_parameter(context));
        // Permission before preconditions and input, so a refusal reveals nothing more.
        TRY(app::authorise(context.actor, app::Permission::AssessmentContribute, id));
        auto const measure = TRY(MeasureNumber::parse(context.parameters.get("measure").value_or("")));
        auto* const assessments = TRY(assessment_service(context));
        auto const expected = TRY(optional_if_match_version(context));
        if (!expected)
            return problem_response(428, "Precondition required",
                "send If-Match with the ETag of the answer from a GET (\"v0\" for a measure never answered)");
        auto const body = TRY(json_body(context));
        auto const answer = TRY(app::measure_from_json(body, measure));
        auto const saved = assessments->save_measure(context.actor, id, answer, *expected);
        if (!saved)
            return stale_or_error(saved.error());
        auto response = json_response(200, app::measure_to_json(*saved));
        response.set_header("ETag", etag_for(saved->version));
        return response;
    }());
}

Response api_list_assessment_snapshots(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const id = TRY(organisation_parameter(context));
        auto* const assessments = TRY(assessment_service(context));
        auto const snapshots = TRY(assessments->snapshots(context.actor, id));
        auto items = nlohmann::json::array();
        for (auto const& snapshot : snapshots) {
            items.push_back({{"id", snapshot.id.value()}, {"label", snapshot.label}, {"catalog", snapshot.catalog},
                {"created_at", format_timestamp(snapshot.created_at)}, {"created_by", snapshot.created_by}});
        }
        return json_response(200, {{"items", items}});
    }());
}

Response api_create_assessment_snapshot(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const id = TRY(organisation_parameter(context));
        TRY(app::authorise(context.actor, app::Permission::AssessmentFreeze, id));
        auto const body = TRY(json_body(context));
        auto const label = body.find("label");
        if (label == body.end() || !label->is_string())
            return Error::invalid("'label' must be a string, e.g. \"Q4 2026\"", {.source = "body", .field = "label"});
        auto* const assessments = TRY(assessment_service(context));
        auto const snapshot = TRY(assessments->freeze(context.actor, id, label->get<std::string>()));
        return json_response(201,
            {{"id", snapshot.id.value()}, {"label", snapshot.label}, {"catalog", snapshot.catalog},
                {"created_at", format_timestamp(snapshot.created_at)}, {"created_by", snapshot.created_by}});
    }());
}

Response api_compare_assessment(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const id = TRY(organisation_parameter(context));
        auto const from = TRY(query_text(context, "from"));
        auto const to = TRY(query_text(context, "to"));
        auto* const assessments = TRY(assessment_service(context));
        auto const diff = TRY(assessments->compare(context.actor, id, from, to));
        return json_response(200, app::assessment_diff_to_json(diff));
    }());
}

} // namespace bolwerk::web
