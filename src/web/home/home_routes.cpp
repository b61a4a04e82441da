#include "web/home/home_routes.hpp"

#include "web/core/handler.hpp"
#include "web/home/home_page.hpp"

#include <array>

namespace bolwerk::web {

namespace {

// Without a session the middleware sends a GET to the sign-in page; a session that
// still needs its second factor or MFA enrolment goes there first.
constexpr std::array routes{
    Route{Method::Get, "/", Access::Session, "Home: the user's tasks and status per organisation.",
        page_route<show_home>},
};

} // namespace

std::span<Route const> home_routes() { return routes; }

} // namespace bolwerk::web
