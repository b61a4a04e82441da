#include "domain/findings/finding_status.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::findings {
namespace {

using enum FindingStatus;

TEST(FindingStatus, TransitionsAndWhatTheyNeed)
{
    StatusContext const internal{RiskLevel::Hoog, false, true};
    StatusContext const facing_release{RiskLevel::Hoog, true, true};
    StatusContext const facing_medium{RiskLevel::Midden, true, true};
    StatusContext const facing_no_release{RiskLevel::ZeerHoog, true, false};
    struct Case {
        FindingStatus from{};
        StatusChange change;
        StatusContext context;
        std::optional<ErrorKind> error; // nullopt: allowed
    };
    Case const cases[] = {
        {Open, {Mitigated, "patched to 2.17.1", "CHG-123", {}}, internal, {}},
        {Open, {Mitigated, "patched", "", {}}, internal, ErrorKind::Invalid},
        {Open, {Mitigated, " ", "CHG-1", {}}, internal, ErrorKind::Invalid},
        {Open, {FalsePositive, "the header is set by the proxy", "", {}}, internal, {}},
        {Open, {FalsePositive, "", "", {}}, internal, ErrorKind::Invalid},
        {Open, {Accepted, "legacy", "", 42}, internal, {}},
        {Open, {Accepted, "legacy", "", {}}, internal, ErrorKind::Invalid},
        {Open, {Accepted, "legacy", "", 42}, facing_release, ErrorKind::Forbidden},
        {Open, {Accepted, "legacy", "", 42}, facing_medium, {}},
        {Open, {Accepted, "legacy", "", 42}, facing_no_release, {}},
        {Mitigated, {Open, "re-scan found it again", "", {}}, internal, {}},
        {Accepted, {Open, "", "", {}}, internal, ErrorKind::Invalid},
        {Open, {Open, "x", "", {}}, internal, ErrorKind::Conflict},
        {Mitigated, {FalsePositive, "x", "", {}}, internal, ErrorKind::Conflict},
    };
    for (auto const& test : cases) {
        auto const checked = check_status_change(test.from, test.change, test.context);
        if (!test.error) {
            EXPECT_TRUE(checked) << to_string(test.from) << " -> " << to_string(test.change.to) << ": "
                                 << checked.error().message();
            continue;
        }
        ASSERT_FALSE(checked) << to_string(test.from) << " -> " << to_string(test.change.to);
        EXPECT_EQ(checked.error().kind(), *test.error) << checked.error().message();
    }
}

TEST(FindingStatus, ParsesItsNames)
{
    for (auto const status : {Open, Mitigated, FalsePositive, Accepted})
        EXPECT_EQ(parse_finding_status(to_string(status)).value(), status);
    EXPECT_FALSE(parse_finding_status("closed"));
}

} // namespace
} // namespace bolwerk::domain::findings
