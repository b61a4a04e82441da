#include "domain/assessment/status_suggestion.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace bolwerk::domain::assessment {
namespace {

using R = AspectResult;
using S = MeasureStatus;
using Why = SuggestionReason;

MeasureAnswer answer(S status, R design, R existence = R::NotAssessed, R operation = R::NotAssessed)
{
    MeasureAnswer result{.measure = catalog::MeasureNumber::from_parts(5, 17, 1), .status = status};
    result.aspect(Aspect::Design).result = design;
    result.aspect(Aspect::Existence).result = existence;
    result.aspect(Aspect::Operation).result = operation;
    return result;
}

struct Case {
    std::string name;
    MeasureAnswer answer;
    std::optional<StatusSuggestion> expected;
};

TEST(StatusSuggestion, FollowsTheVerdictsOnlyWhereTheyDisagree)
{
    std::vector<Case> const cases{
        {"nothing assessed", answer(S::NotStarted, R::NotAssessed), std::nullopt},
        {"opzet met, not started", answer(S::NotStarted, R::Compliant),
            StatusSuggestion{S::InProgress, Why::DesignOrExistenceShown}},
        {"opzet and bestaan met, not started", answer(S::NotStarted, R::Compliant, R::Compliant),
            StatusSuggestion{S::InProgress, Why::DesignOrExistenceShown}},
        {"opzet partly met, not started", answer(S::NotStarted, R::PartiallyCompliant),
            StatusSuggestion{S::InProgress, Why::DesignOrExistenceShown}},
        {"opzet fails, not started", answer(S::NotStarted, R::NonCompliant), std::nullopt},
        {"opzet met, in progress", answer(S::InProgress, R::Compliant, R::Compliant), std::nullopt},
        {"all three met, in progress", answer(S::InProgress, R::Compliant, R::Compliant, R::Compliant),
            StatusSuggestion{S::Implemented, Why::OperationShown}},
        {"all three met, not started", answer(S::NotStarted, R::Compliant, R::Compliant, R::Compliant),
            StatusSuggestion{S::Implemented, Why::OperationShown}},
        {"werking partly met", answer(S::InProgress, R::Compliant, R::Compliant, R::PartiallyCompliant), std::nullopt},
        {"implemented and all met", answer(S::Implemented, R::Compliant, R::Compliant, R::Compliant), std::nullopt},
        {"implemented, nothing assessed", answer(S::Implemented, R::NotAssessed), std::nullopt},
        {"implemented, opzet fails", answer(S::Implemented, R::NonCompliant),
            StatusSuggestion{S::InProgress, Why::DesignOrExistenceFails}},
        {"implemented, bestaan fails", answer(S::Implemented, R::Compliant, R::NonCompliant),
            StatusSuggestion{S::InProgress, Why::DesignOrExistenceFails}},
        {"not applicable is a decision", answer(S::NotApplicable, R::Compliant, R::Compliant, R::Compliant),
            std::nullopt},
    };
    for (auto const& test : cases)
        EXPECT_EQ(suggest_status(test.answer), test.expected) << test.name;
}

TEST(StatusSuggestion, ReasonsHaveStableNames)
{
    EXPECT_EQ(to_string(Why::DesignOrExistenceShown), "design_or_existence_shown");
    EXPECT_EQ(to_string(Why::OperationShown), "operation_shown");
    EXPECT_EQ(to_string(Why::DesignOrExistenceFails), "design_or_existence_fails");
}

} // namespace
} // namespace bolwerk::domain::assessment
