#pragma once

#include "common/error.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "web/http/http.hpp"
#include "web/http/problem.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::web {

struct RequestContext;

/// One link in the breadcrumb trail; the last one (the current page) has no href.
struct Breadcrumb {
    std::string label;
    std::string href;
};

/// What a page handler hands to the shell (layout.mustache).
struct Page {
    std::string_view template_name;
    std::string_view title_key; ///< Message key of the page title.
    nlohmann::json data = nlohmann::json::object();
    std::vector<Breadcrumb> breadcrumbs; ///< After "Start"; the page itself is added.
    std::string_view current_navigation; ///< "organisation", "members", "audit", "risks", "evidence", "account".
    std::string notice; ///< A success message.
    std::string problem; ///< An error message shown above the content.
    unsigned status = 200;
};

/// Renders `page` inside the shell: skip link, header with organisation switcher and
/// language switch, navigation by role, breadcrumbs.
Response render_page(RequestContext& context, Page page);

/// The page or problem for an error from a use case: 400, 403, 404, 409, 503 or 500.
/// Internal and unavailable errors are not shown in detail; their message goes to the
/// server's log (Response::log_detail).
Response error_page(RequestContext& context, Error const& error);
/// True for errors the user cannot fix (unavailable, internal): a handler that shows
/// other errors inside its form answers these with error_page, so that no database
/// detail reaches the page (issue #10 item 14).
bool is_server_side(Error const& error);

/// A file to save (Content-Disposition: attachment). `file_name` is made by the server,
/// never taken from the request.
Response attachment(std::string body, std::string_view content_type, std::string const& file_name);

/// The `{organisation}` path parameter; NotFound when it is not a positive number.
Result<OrganisationId> organisation_parameter(RequestContext const& context);

/// Set-Cookie values. Session cookies are HttpOnly and SameSite=Lax, Secure under TLS.
std::string session_cookie(RequestContext const& context, std::string_view name, std::string_view value);
std::string expired_cookie(RequestContext const& context, std::string_view name);

inline constexpr std::string_view session_cookie_name = "bolwerk_session";
inline constexpr std::string_view login_csrf_cookie_name = "bolwerk_login_csrf";
inline constexpr std::string_view language_cookie_name = "bolwerk_lang";

} // namespace bolwerk::web
