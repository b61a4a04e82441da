#include "web/core/request_text.hpp"

#include "common/text.hpp"
#include "common/utf8.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/http/multipart_text.hpp"
#include "web/http/problem.hpp"

namespace bolwerk::web {

namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

std::optional<Error> check_fields(Fields const& fields, std::string_view what)
{
    for (auto const& [name, value] : fields) {
        if (!is_valid_utf8(name) || !is_valid_utf8(value))
            return invalid_text(what, name);
    }
    return std::nullopt;
}

// Forms are what browsers send; a body of another declared type (JSON, CSV) is read,
// and checked, by its own reader.
bool has_form_body(Request const& request)
{
    auto const type = to_ascii_lower(request.header("content-type").value_or(""));
    return type.empty() || type.starts_with("application/x-www-form-urlencoded") || type.starts_with("multipart/");
}

} // namespace

std::optional<Error> find_invalid_text(RequestContext& context)
{
    if (auto error = check_fields(context.parameters.all(), "path parameter"))
        return error;
    if (auto error = check_fields(parse_form(context.request.query), "query parameter"))
        return error;
    if (!has_form_body(context.request))
        return std::nullopt;
    // A multipart body that cannot be parsed has no parts; its handler refuses it.
    if (!context.parts().empty())
        return find_invalid_multipart_text(context.parts());
    return check_fields(context.form(), "field");
}

std::optional<Response> refuse_invalid_text(RequestContext& context)
{
    auto const error = find_invalid_text(context);
    if (!error)
        return std::nullopt;
    if (context.request.path.starts_with("/api/"))
        return problem_response(*error);
    return render_page(context,
        {.template_name = "message",
            .title_key = "invalid_title",
            .data = {{"text", context.text("invalid_utf8_text") + ": " + error->location().field.value_or("")}},
            .status = 400});
}

} // namespace bolwerk::web
