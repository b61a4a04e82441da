#include "support/web_test.hpp"

#include "app/authorisation.hpp"
#include "web/route.hpp"

namespace bolwerk::testing {
namespace {

// Every role × every route that names an organisation: allowed or denied as the role
// matrix says, and another organisation's ids always 404 (never data).
class AuthorisationMatrixTest : public WebTest {
protected:
    static std::optional<app::Permission> permission_named(std::string_view name)
    {
        for (auto const permission : app::all_permissions()) {
            if (app::to_string(permission) == name)
                return permission;
        }
        return std::nullopt;
    }

    static std::string path_for(std::string_view pattern, OrganisationId organisation)
    {
        std::string path(pattern);
        auto const replace = [&](std::string const& from, std::string const& to) {
            if (auto const at = path.find(from); at != std::string::npos)
                path.replace(at, from.size(), to);
        };
        replace("{organisation}", organisation.to_string());
        replace("{token}", "1");
        replace("{format}", "json");
        return path;
    }

    HttpReply call(Browser& browser, web::Route const& route, std::string const& path)
    {
        auto const method = std::string(web::to_string(route.method));
        if (route.method == web::Method::Get)
            return browser.http.get(path);
        std::vector<std::pair<std::string, std::string>> headers{
            {"X-CSRF-Token", browser.csrf}, {"If-Match", "\"v1\""}};
        if (route.pattern.starts_with("/api/")) {
            headers.emplace_back("Content-Type", "application/json");
            return browser.http.send(method, path, "{}", headers);
        }
        headers.emplace_back("Content-Type", "application/x-www-form-urlencoded");
        return browser.http.send(method, path, encode_form({{"csrf", browser.csrf}}), headers);
    }
};

TEST_P(AuthorisationMatrixTest, EveryRoleOnEveryOrganisationRoute)
{
    auto const own = make_organisation("Gemeente Eigen");
    auto const other = make_organisation("Gemeente Ander");
    std::size_t checked = 0;
    for (auto const role : domain::all_roles) {
        auto const email = std::string(domain::to_string(role)) + "@test.nl";
        make_user(email, own, role);
        auto browser = sign_in(email);
        for (auto const& route : web::route_table()) {
            if (route.pattern.find("{organisation}") == std::string_view::npos)
                continue;
            auto const permission = permission_named(route.permission);
            ASSERT_TRUE(permission) << route.pattern << " declares no known permission";
            bool const allowed = app::role_grants(role, *permission);
            auto const label = std::string(domain::to_string(role)) + " " + std::string(web::to_string(route.method))
                + " " + std::string(route.pattern);
            auto const mine = call(browser, route, path_for(route.pattern, own));
            if (allowed) {
                EXPECT_NE(mine.status, 403U) << label;
                EXPECT_NE(mine.status, 401U) << label;
                // A {version} that was never frozen is a 404 after the permission check.
                bool const names_missing_row = route.pattern.find("{version}") != std::string_view::npos;
                if (route.method == web::Method::Get && !names_missing_row) {
                    EXPECT_EQ(mine.status, 200U) << label;
                }
            } else {
                EXPECT_EQ(mine.status, 403U) << label;
            }
            auto const theirs = call(browser, route, path_for(route.pattern, other));
            EXPECT_EQ(theirs.status, 404U) << label << " (other organisation)";
            EXPECT_EQ(theirs.body.find("Gemeente Ander"), std::string::npos) << label;
            ++checked;
        }
    }
    EXPECT_GE(checked, domain::all_roles.size() * 10);
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(AuthorisationMatrixTest);

} // namespace
} // namespace bolwerk::testing
