#include "web/http/forwarded.hpp"

#include "common/integer_text.hpp"
#include "common/text.hpp"

#include <arpa/inet.h>

#include <algorithm>

namespace bolwerk::web {

namespace {

constexpr unsigned mapped_ipv4_prefix = 96; // ::ffff:0:0/96

// The 16 bytes of an IPv6 address, or of an IPv4 address mapped into IPv6; the bool
// says whether it was IPv4.
std::optional<std::pair<std::array<std::uint8_t, 16>, bool>> parse_address(std::string_view text)
{
    if (text.empty() || text.size() > INET6_ADDRSTRLEN)
        return std::nullopt;
    std::string const address(text);
    std::array<std::uint8_t, 16> bytes{};
    if (in_addr v4{}; inet_pton(AF_INET, address.c_str(), &v4) == 1) {
        bytes[10] = 0xff;
        bytes[11] = 0xff;
        std::copy_n(reinterpret_cast<std::uint8_t const*>(&v4), 4, bytes.begin() + 12);
        return std::pair{bytes, true};
    }
    if (in6_addr v6{}; inet_pton(AF_INET6, address.c_str(), &v6) == 1) {
        std::copy_n(reinterpret_cast<std::uint8_t const*>(&v6), 16, bytes.begin());
        return std::pair{bytes, false};
    }
    return std::nullopt;
}

bool valid_address(std::string_view text) { return parse_address(text).has_value(); }

// The last element of a comma-separated header value: the one the nearest proxy wrote.
std::string_view last_element(std::string_view value)
{
    auto const comma = value.rfind(',');
    return trim(comma == std::string_view::npos ? value : value.substr(comma + 1));
}

} // namespace

Result<IpNetwork> IpNetwork::parse(std::string_view text)
{
    auto const slash = text.find('/');
    auto const parsed = parse_address(text.substr(0, slash));
    if (!parsed)
        return Error::invalid("'" + std::string(text) + "' is not an IP address or network (e.g. 10.0.0.0/8, ::1)");
    IpNetwork network;
    network.m_address = parsed->first;
    unsigned const bits = parsed->second ? 32 : 128;
    unsigned prefix = bits;
    if (slash != std::string_view::npos) {
        auto const length = parse_integer(text.substr(slash + 1));
        if (!length || *length < 0 || *length > static_cast<std::int64_t>(bits)) {
            return Error::invalid(
                "'" + std::string(text) + "': the prefix length must be a number from 0 to " + std::to_string(bits));
        }
        prefix = static_cast<unsigned>(*length);
    }
    network.m_prefix = parsed->second ? mapped_ipv4_prefix + prefix : prefix;
    // Bits beyond the prefix do not count: 10.1.2.3/8 is 10.0.0.0/8.
    for (unsigned bit = network.m_prefix; bit < 128; ++bit)
        network.m_address[bit / 8] &= static_cast<std::uint8_t>(~(0x80U >> (bit % 8)));
    return network;
}

bool IpNetwork::contains(std::string_view address) const
{
    auto const parsed = parse_address(address);
    if (!parsed)
        return false;
    for (unsigned bit = 0; bit < m_prefix; ++bit) {
        auto const mask = static_cast<std::uint8_t>(0x80U >> (bit % 8));
        if ((parsed->first[bit / 8] & mask) != (m_address[bit / 8] & mask))
            return false;
    }
    return true;
}

Result<TrustedProxies> TrustedProxies::parse(std::vector<std::string> const& networks)
{
    TrustedProxies proxies;
    for (auto const& text : networks)
        proxies.m_networks.push_back(TRY(IpNetwork::parse(trim(text))));
    return proxies;
}

bool TrustedProxies::trusts(std::string_view address) const
{
    return std::any_of(
        m_networks.begin(), m_networks.end(), [&](auto const& network) { return network.contains(address); });
}

ClientOrigin client_origin(TrustedProxies const& proxies, std::string_view peer,
    std::optional<std::string_view> forwarded_for, std::optional<std::string_view> forwarded_proto)
{
    ClientOrigin origin{std::string(peer), false};
    if (!proxies.trusts(peer))
        return origin;
    origin.https = forwarded_proto && to_ascii_lower(last_element(*forwarded_proto)) == "https";
    std::string_view remaining = forwarded_for.value_or(std::string_view());
    while (!remaining.empty()) {
        auto const comma = remaining.rfind(',');
        auto const entry = trim(comma == std::string_view::npos ? remaining : remaining.substr(comma + 1));
        remaining = comma == std::string_view::npos ? std::string_view() : remaining.substr(0, comma);
        if (!valid_address(entry))
            break;
        origin.address = std::string(entry);
        if (!proxies.trusts(entry))
            break;
    }
    return origin;
}

} // namespace bolwerk::web
