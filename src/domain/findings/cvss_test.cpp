#include "domain/findings/cvss.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::findings {
namespace {

// Scores checked against the FIRST CVSS v3.1 calculator and the NVD entries named.
TEST(Cvss, ComputesV3BaseScores)
{
    struct Case {
        std::string_view vector;
        double score;
    };
    Case const cases[] = {
        {"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10.0}, // CVE-2021-44228
        {"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N", 5.3}, // CVE-2019-1549 (NVD)
        {"CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:N", 4.8}, // CVE-2019-1549 (Red Hat)
        {"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8},
        {"CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1}, // typical reflected XSS
        {"CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", 7.8},
        {"CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H", 8.1}, // CVE-2024-6387
        {"CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:N", 0.0},
        {"CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:C/C:L/I:L/A:N/E:P/RL:O", 5.5}, // temporal metrics ignored
    };
    for (auto const& test : cases) {
        auto const score = cvss3_base_score(test.vector);
        ASSERT_TRUE(score) << test.vector << ": " << score.error().message();
        EXPECT_DOUBLE_EQ(*score, test.score) << test.vector;
    }
}

TEST(Cvss, RefusesBrokenVectors)
{
    struct Case {
        std::string_view vector;
        std::string_view message_part;
    };
    Case const cases[] = {
        {"AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "must start with"},
        {"CVSS:2.0/AV:N", "must start with"},
        {"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H", "A is missing"},
        {"CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "AV has no value 'X'"},
        {"CVSS:3.1/AV:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "appears twice"},
        {"CVSS:3.1/AV:N/AC", "METRIC:VALUE"},
    };
    for (auto const& test : cases) {
        auto const score = cvss3_base_score(test.vector);
        ASSERT_FALSE(score) << test.vector;
        EXPECT_NE(score.error().message().find(test.message_part), std::string::npos)
            << test.vector << ": " << score.error().message();
    }
}

TEST(Cvss, ScoreGivenWinsAndV4NeedsOne)
{
    EXPECT_EQ(cvss_score({"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 7.0}), 7.0);
    EXPECT_EQ(cvss_score({"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", std::nullopt}), 9.8);
    EXPECT_EQ(
        cvss_score({"CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", std::nullopt}), std::nullopt);
    EXPECT_EQ(cvss_score({"CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 9.3}), 9.3);
    EXPECT_TRUE(is_valid_cvss4_vector("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"));
    EXPECT_FALSE(is_valid_cvss4_vector("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N"));
    EXPECT_FALSE(is_valid_cvss4_vector("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"));
}

} // namespace
} // namespace bolwerk::domain::findings
