#include "common/digest.hpp"

#include <sodium.h>

namespace bolwerk {

std::string sha256_hex(std::string_view data)
{
    std::string hash(crypto_hash_sha256_BYTES, '\0');
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(hash.data()),
        reinterpret_cast<unsigned char const*>(data.data()), data.size());
    return hex_encode(hash);
}

std::string hmac_sha256(std::string_view data, std::string_view key)
{
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<unsigned char const*>(key.data()), key.size());
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<unsigned char const*>(data.data()), data.size());
    std::string mac(crypto_auth_hmacsha256_BYTES, '\0');
    crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char*>(mac.data()));
    return mac;
}

std::string hex_encode(std::string_view bytes)
{
    std::string hex(bytes.size() * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<unsigned char const*>(bytes.data()), bytes.size());
    hex.pop_back();
    return hex;
}

bool constant_time_equal(std::string_view left, std::string_view right)
{
    if (left.size() != right.size())
        return false;
    return sodium_memcmp(left.data(), right.data(), left.size()) == 0;
}

} // namespace bolwerk
