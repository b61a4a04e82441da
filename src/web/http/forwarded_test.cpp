// Issue #19 item 2: whom to believe about the client behind a reverse proxy.
#include "web/http/forwarded.hpp"

#include <gtest/gtest.h>

namespace bolwerk::web {
namespace {

TrustedProxies proxies(std::vector<std::string> const& networks)
{
    auto parsed = TrustedProxies::parse(networks);
    EXPECT_TRUE(parsed) << parsed.error().to_string();
    return parsed ? *parsed : TrustedProxies{};
}

TEST(IpNetwork, ParsesAddressesAndNetworksOfBothFamilies)
{
    struct Case {
        std::string network;
        std::string address;
        bool contained;
    };
    for (auto const& [network, address, contained] : std::vector<Case>{
             {"127.0.0.1", "127.0.0.1", true},
             {"127.0.0.1", "127.0.0.2", false},
             {"10.0.0.0/8", "10.255.1.2", true},
             {"10.0.0.0/8", "11.0.0.1", false},
             {"10.1.2.3/8", "10.9.9.9", true}, // host bits beyond the prefix do not count
             {"192.168.4.0/22", "192.168.7.255", true},
             {"192.168.4.0/22", "192.168.8.0", false},
             {"0.0.0.0/0", "203.0.113.9", true},
             {"0.0.0.0/0", "2001:db8::1", false}, // an IPv4 network holds no IPv6 address
             {"127.0.0.1", "::ffff:127.0.0.1", true}, // IPv4-mapped, as a dual-stack socket reports it
             {"::1", "::1", true},
             {"::1", "127.0.0.1", false},
             {"fd00::/8", "fd12:3456::1", true},
             {"fd00::/8", "fe80::1", false},
             {"2001:db8::/32", "2001:db8:ffff::7", true},
             {"10.0.0.0/8", "not an address", false},
             {"10.0.0.0/8", "", false},
         }) {
        auto const parsed = IpNetwork::parse(network);
        ASSERT_TRUE(parsed) << network << ": " << parsed.error().to_string();
        EXPECT_EQ(parsed->contains(address), contained) << network << " contains " << address;
    }
}

TEST(IpNetwork, RefusesWhatIsNoNetworkAndSaysWhat)
{
    for (auto const& [text, message] : std::vector<std::pair<std::string, std::string>>{
             {"", "is not an IP address"},
             {"proxy.example.nl", "is not an IP address"},
             {"10.0.0.0/", "prefix length must be a number from 0 to 32"},
             {"10.0.0.0/33", "from 0 to 32"},
             {"10.0.0.0/-1", "from 0 to 32"},
             {"10.0.0.0/8x", "from 0 to 32"},
             {"::1/129", "from 0 to 128"},
             {"300.1.1.1", "is not an IP address"},
             {"10.0.0.0/8/8", "prefix length"},
         }) {
        auto const parsed = IpNetwork::parse(text);
        ASSERT_FALSE(parsed) << text;
        EXPECT_NE(parsed.error().message().find(message), std::string::npos) << parsed.error().message();
        EXPECT_NE(parsed.error().message().find("'" + text), std::string::npos) << parsed.error().message();
    }
}

TEST(TrustedProxies, NamesTheOneThatIsWrong)
{
    auto const parsed = TrustedProxies::parse({"127.0.0.1", " 10.0.0.0/8 ", "10.0.0.0/99"});
    ASSERT_FALSE(parsed);
    EXPECT_NE(parsed.error().message().find("'10.0.0.0/99'"), std::string::npos) << parsed.error().message();
    EXPECT_TRUE(proxies({}).empty());
    EXPECT_TRUE(proxies({" 10.0.0.0/8 "}).trusts("10.1.1.1"));
}

TEST(ClientOrigin, BelievesOnlyTrustedProxiesAndTheRightmostUntrustedHop)
{
    auto const trusted = proxies({"127.0.0.1", "10.0.0.0/8"});
    struct Case {
        std::string what;
        std::string peer;
        std::optional<std::string> forwarded_for;
        std::optional<std::string> proto;
        std::string address;
        bool https;
    };
    for (auto const& c : std::vector<Case>{
             {"an untrusted peer is the client whatever it says", "198.51.100.4", "203.0.113.9", "https",
                 "198.51.100.4", false},
             {"a trusted peer without headers is the client", "127.0.0.1", std::nullopt, std::nullopt, "127.0.0.1",
                 false},
             {"one hop", "127.0.0.1", "203.0.113.9", "https", "203.0.113.9", true},
             {"what the client wrote left of the proxy's entry is ignored", "127.0.0.1", "1.2.3.4, 203.0.113.9", "http",
                 "203.0.113.9", false},
             {"trusted hops are skipped", "127.0.0.1", "203.0.113.9, 10.0.0.7, 10.0.0.8", "https", "203.0.113.9", true},
             {"a malformed entry ends the walk at the last sound one", "127.0.0.1", "203.0.113.9, bogus, 10.0.0.8",
                 std::nullopt, "10.0.0.8", false},
             {"a malformed last entry leaves the peer", "127.0.0.1", "unknown", std::nullopt, "127.0.0.1", false},
             {"spaces and empty entries", "127.0.0.1", " 203.0.113.9 ,", "HTTPS", "127.0.0.1", true},
             {"IPv6 client", "10.0.0.1", "2001:db8::5", "https", "2001:db8::5", true},
             {"only trusted hops: the leftmost", "127.0.0.1", "10.0.0.3, 10.0.0.2", std::nullopt, "10.0.0.3", false},
             {"the nearest proxy's scheme counts", "127.0.0.1", "203.0.113.9", "https, http", "203.0.113.9", false},
             {"anything but https is plain", "127.0.0.1", "203.0.113.9", "wss", "203.0.113.9", false},
         }) {
        auto const origin = client_origin(trusted, c.peer, c.forwarded_for, c.proto);
        EXPECT_EQ(origin.address, c.address) << c.what;
        EXPECT_EQ(origin.https, c.https) << c.what;
    }
    auto const nobody = client_origin(proxies({}), "127.0.0.1", std::string_view("203.0.113.9"), "https");
    EXPECT_EQ(nobody.address, "127.0.0.1") << "no trusted proxies: the headers are ignored";
    EXPECT_FALSE(nobody.https);
}

} // namespace
} // namespace bolwerk::web
