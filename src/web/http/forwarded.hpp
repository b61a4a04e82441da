#pragma once

#include "common/result.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::web {

/// An IPv4 or IPv6 network ("10.0.0.0/8", "192.0.2.7", "::1", "fd00::/8"); a single
/// address is a network of one. IPv4 is held as an IPv4-mapped IPv6 address, so that
/// a peer seen as "::ffff:127.0.0.1" matches "127.0.0.1".
class IpNetwork {
public:
    /// Refuses anything but an address with an optional prefix length that fits it,
    /// naming the text in the message.
    static Result<IpNetwork> parse(std::string_view text);
    bool contains(std::string_view address) const;

private:
    std::array<std::uint8_t, 16> m_address{};
    unsigned m_prefix = 128;
};

/// The reverse proxies whose forwarding headers the server believes (issue #19 item 2):
/// only a request whose peer is one of them may say who the client is and whether it
/// came over TLS. Empty by default: the headers are then ignored, because any client
/// can send them.
class TrustedProxies {
public:
    static Result<TrustedProxies> parse(std::vector<std::string> const& networks);
    bool empty() const { return m_networks.empty(); }
    bool trusts(std::string_view address) const;

private:
    std::vector<IpNetwork> m_networks;
};

/// Who sent a request, as the application sees it.
struct ClientOrigin {
    std::string address; ///< For throttling and the access log.
    bool https = false; ///< The client reached the (trusted) proxy over TLS.
};

/// The client behind `peer`: with a trusted peer, the rightmost address of
/// X-Forwarded-For that is not itself a trusted proxy (the addresses left of it were
/// written by the client and prove nothing), and X-Forwarded-Proto "https". A
/// malformed entry ends the walk at the last address that was sound. An untrusted
/// peer is the client, whatever its headers say.
ClientOrigin client_origin(TrustedProxies const& proxies, std::string_view peer,
    std::optional<std::string_view> forwarded_for, std::optional<std::string_view> forwarded_proto);

} // namespace bolwerk::web
