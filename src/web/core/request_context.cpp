#include "web/core/request_context.hpp"

#include <utility>

namespace bolwerk::web {

Services::Services(std::unique_ptr<app::Services> app_, WebConfig config_)
    : app(std::move(app_))
    , clock(app->clock)
    , config(std::move(config_))
{
}

void RequestContext::read_body()
{
    if (m_form)
        return;
    auto const content_type = request.header("content-type").value_or("");
    if (!content_type.starts_with("multipart/") && !content_type.starts_with("Multipart/")) {
        m_form = parse_form(request.body);
        return;
    }
    m_form.emplace();
    auto parts = multipart_boundary(content_type).and_then([&](std::string const& boundary) {
        return parse_multipart(request.body, boundary);
    });
    if (!parts) {
        m_body_error = parts.error();
        return;
    }
    m_parts = std::move(parts).value();
    for (auto const& part : m_parts) {
        if (!part.file_name)
            m_form->emplace_back(part.name, std::string(part.body));
    }
}

std::vector<std::pair<std::string, std::string>> const& RequestContext::form()
{
    read_body();
    return *m_form;
}

std::vector<MultipartPart> const& RequestContext::parts()
{
    read_body();
    return m_parts;
}

std::optional<Error> const& RequestContext::body_error()
{
    read_body();
    return m_body_error;
}

std::string RequestContext::field(std::string_view name) { return form_value(form(), name).value_or(""); }

Date today(RequestContext const& context)
{
    return std::chrono::floor<std::chrono::days>(context.services.clock.now());
}

} // namespace bolwerk::web
