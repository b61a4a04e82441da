#include "domain/evidence/link_url.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace bolwerk::domain {
namespace {

TEST(CheckLinkUrl, AcceptsHttpAndHttpsWithAHost)
{
    struct Case {
        std::string input;
        std::string expected;
    };
    std::vector<Case> const cases{
        {"https://intranet.gemeente.nl/beleid/ib.pdf", "https://intranet.gemeente.nl/beleid/ib.pdf"},
        {"HTTPS://Intranet.Gemeente.nl", "https://Intranet.Gemeente.nl"},
        {"http://10.0.0.5:8080/ticket?id=12#top", "http://10.0.0.5:8080/ticket?id=12#top"},
        {"https://[2001:db8::1]/x", "https://[2001:db8::1]/x"},
        {"  https://example.nl/  ", "https://example.nl/"},
        {"https://topdesk.example.nl?ticket=1", "https://topdesk.example.nl?ticket=1"},
    };
    for (auto const& test : cases) {
        auto const checked = check_link_url(test.input);
        ASSERT_TRUE(checked) << test.input << ": " << checked.error().to_string();
        EXPECT_EQ(*checked, test.expected);
    }
}

TEST(CheckLinkUrl, RefusesOtherSchemesAndMalformedLinks)
{
    std::vector<std::string> const refused{
        "",
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "ftp://example.nl/x",
        "//example.nl/x",
        "intranet.gemeente.nl",
        "https://",
        "https:///pad",
        "https://user:geheim@example.nl/",
        "https://exa mple.nl/",
        "https://example.nl/\nSet-Cookie: x",
        "https://example.nl:99999/",
        "https://example.nl:/",
        "https://exa<mple.nl/",
        "https://[::1/",
        "https://..nl/",
        "https://example.nl/" + std::string(max_link_url_bytes, 'a'),
    };
    for (auto const& url : refused) {
        auto const checked = check_link_url(url);
        EXPECT_FALSE(checked) << url;
        if (!checked) {
            EXPECT_EQ(checked.error().location().field, "url") << url;
        }
    }
}

} // namespace
} // namespace bolwerk::domain
