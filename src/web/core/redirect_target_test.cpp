#include "web/core/redirect_target.hpp"
#include "web/route_table.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace bolwerk::web {
namespace {

// Issue #10 items 1 and 3: the targets the probe used, and the pages that must still work.
TEST(CheckedRedirectTarget, KeepsPagesOfThisSite)
{
    for (std::string const target : {"/", "/account", "/inloggen", "/organisaties/1", "/organisaties/12/risicos",
             "/organisaties/12/risicos?pagina=2&niveau=hoog", "/organisaties/12/maatregelen/5.17.01",
             "/organisaties/%31/bewijs"})
        EXPECT_EQ(checked_redirect_target(target, route_table()), target) << target;
}

TEST(CheckedRedirectTarget, RefusesEverythingElse)
{
    std::vector<std::string> const refused{
        "",
        "account",
        "//evil.example",
        "/\\evil.example",
        "/\t/evil.example",
        "\t//evil.example",
        "https://evil.example/",
        "javascript:alert(1)",
        "/\r\nSet-Cookie: pwn=1",
        "/\nSet-Cookie: pwn=1",
        std::string("/\0x", 3),
        "/%0D%0ASet-Cookie:%20pwn=1",
        "/%09/evil.example",
        "/%7F",
        "/%zz",
        "/%2",
        "/account#top",
        "/account?a=<script>",
        "/account?x=1?y=2",
        "/a b",
        "/bestaat-niet",
        "/api/v1/openapi.json",
        "/static/bolwerk.css",
        "/" + std::string(3000, 'a'),
    };
    for (auto const& target : refused)
        EXPECT_EQ(checked_redirect_target(target, route_table()), std::nullopt) << target;
}

} // namespace
} // namespace bolwerk::web
