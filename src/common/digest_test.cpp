#include "common/digest.hpp"

#include <gtest/gtest.h>

namespace bolwerk {
namespace {

TEST(Digest, Sha256MatchesKnownVectors)
{
    // FIPS 180-2 test vectors.
    EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Digest, HmacSha256MatchesRfc4231)
{
    // RFC 4231 test case 2.
    EXPECT_EQ(hex_encode(hmac_sha256("what do ya want for nothing?", "Jefe")),
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    EXPECT_EQ(hex_encode(std::string("\x00\xff", 2)), "00ff");
}

TEST(Digest, ConstantTimeEqualComparesContentAndLength)
{
    EXPECT_TRUE(constant_time_equal("abc", "abc"));
    EXPECT_FALSE(constant_time_equal("abc", "abd"));
    EXPECT_FALSE(constant_time_equal("abc", "abcd"));
}

} // namespace
} // namespace bolwerk
