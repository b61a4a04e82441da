#include "common/digest.hpp"

#include <sodium.h>

namespace bolwerk {

std::string sha256_hex(std::string_view data)
{
    unsigned char hash[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(hash, reinterpret_cast<unsigned char const*>(data.data()), data.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
    return {hex, crypto_hash_sha256_BYTES * 2};
}

bool constant_time_equal(std::string_view left, std::string_view right)
{
    if (left.size() != right.size())
        return false;
    return sodium_memcmp(left.data(), right.data(), left.size()) == 0;
}

} // namespace bolwerk
