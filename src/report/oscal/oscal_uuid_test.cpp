#include "report/oscal/oscal_uuid.hpp"

#include <gtest/gtest.h>

#include <regex>

namespace bolwerk::report::oscal {
namespace {

TEST(OscalUuid, Sha1MatchesFips180Vectors)
{
    EXPECT_EQ(sha1_hex(""), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    EXPECT_EQ(sha1_hex("abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
    EXPECT_EQ(sha1_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
        "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
}

TEST(OscalUuid, Version5MatchesRfc4122)
{
    // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org") and uuid5(NAMESPACE_URL, …).
    EXPECT_EQ(uuid_v5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org"), "886313e1-3b8a-5372-9b90-0c9aee199e5d");
    EXPECT_EQ(uuid_v5("6ba7b811-9dad-11d1-80b4-00c04fd430c8", "https://bolwerk.nl/oscal"), bolwerk_uuid_namespace);
    EXPECT_EQ(uuid_v5("6BA7B811-9DAD-11D1-80B4-00C04FD430C8", "https://bolwerk.nl/oscal"), bolwerk_uuid_namespace);
}

TEST(OscalUuid, HasTheVersionAndVariantOscalAccepts)
{
    // The uuid pattern of the OSCAL 1.1.2 JSON schemas.
    std::regex const oscal("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$");
    for (auto const* name : {"", "a", "bolwerk:catalog:bio2 1.3", "ünïcode"})
        EXPECT_TRUE(std::regex_match(uuid_v5(bolwerk_uuid_namespace, name), oscal)) << name;
    EXPECT_EQ(uuid_v5(bolwerk_uuid_namespace, "a"), uuid_v5(bolwerk_uuid_namespace, "a"));
    EXPECT_NE(uuid_v5(bolwerk_uuid_namespace, "a"), uuid_v5(bolwerk_uuid_namespace, "b"));
}

} // namespace
} // namespace bolwerk::report::oscal
