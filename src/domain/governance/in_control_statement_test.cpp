#include "domain/governance/in_control_statement.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::governance {
namespace {

TEST(InControlStatement, FiguresAreSharesOfTheApplicableMeasures)
{
    using enum assessment::AspectResult;
    IcvInput input;
    input.year = 2026;
    input.measures = {
        {true, Compliant, Compliant, Compliant}, {true, Compliant, Compliant, PartiallyCompliant},
        {true, Compliant, NotAssessed, NotAssessed},
        {false, NonCompliant, NonCompliant, NonCompliant}, // not applicable: not counted
    };
    input.risks = {{true, true, true}, {true, true, false}, {true, false, false}, {false, true, false}};
    input.findings = {{FindingSeverity::Major, true}, {FindingSeverity::Major, false}, {FindingSeverity::Minor, true}};
    input.vvt_exceptions = 5;
    auto const figures = icv_figures(input);
    EXPECT_EQ(figures.year, 2026);
    EXPECT_EQ(figures.design, (Share{3, 3}));
    EXPECT_EQ(figures.existence, (Share{2, 3}));
    EXPECT_EQ(figures.operation, (Share{1, 3}));
    EXPECT_EQ(figures.existence.percent(), 67);
    EXPECT_EQ(figures.operation.percent(), 33);
    EXPECT_EQ(figures.open_high_risks, 2u);
    EXPECT_EQ(figures.open_high_risks_accepted, 1u);
    EXPECT_EQ(figures.major_findings_open, 1u);
    EXPECT_EQ(figures.vvt_exceptions, 5u);
    EXPECT_EQ(icv_figures({}).design.percent(), 0);
}

TEST(InControlStatement, TheCisoCoordinatesAndABestuurderSigns)
{
    using enum IcvStage;
    struct Case {
        IcvStage from{};
        IcvStage to{};
        Role actor{};
        std::optional<ErrorKind> error;
    };
    Case const cases[]{
        {Draft, Coordinated, Role::Ciso, std::nullopt},
        {Draft, Coordinated, Role::Bestuurder, ErrorKind::Forbidden},
        {Coordinated, Signed, Role::Bestuurder, std::nullopt},
        {Coordinated, Signed, Role::Ciso, ErrorKind::Forbidden},
        {Coordinated, Draft, Role::Ciso, std::nullopt},
        {Coordinated, Draft, Role::Medewerker, ErrorKind::Forbidden},
        {Draft, Signed, Role::Bestuurder, ErrorKind::Conflict},
        {Signed, Draft, Role::Bestuurder, ErrorKind::Conflict},
    };
    for (auto const& test : cases) {
        auto const result = check_icv_step(test.from, test.to, test.actor);
        EXPECT_EQ(result.has_value(), !test.error) << to_string(test.from) << " -> " << to_string(test.to);
        if (!result && test.error) {
            EXPECT_EQ(result.error().kind(), *test.error);
        }
    }
}

} // namespace
} // namespace bolwerk::domain::governance
