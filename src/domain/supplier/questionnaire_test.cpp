#include "domain/supplier/questionnaire.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain {
namespace {

using catalog::MeasureNumber;

MeasureNumber measure(char const* text) { return MeasureNumber::parse(text).value(); }

std::vector<MeasureNumber> const catalog_measures{
    measure("5.19.01"), measure("5.20.01"), measure("5.20.03"), measure("5.21.02")};

Questionnaire sent(std::vector<std::string> const& measures)
{
    auto questionnaire = compose_questionnaire("Jaarlijkse uitvraag", measures, catalog_measures).value();
    EXPECT_TRUE(send_questionnaire(questionnaire));
    return questionnaire;
}

TEST(Questionnaire, ComposedFromCatalogMeasuresInOrder)
{
    auto const questionnaire = compose_questionnaire("Uitvraag", {"5.21.02", " 5.19.01 "}, catalog_measures);
    ASSERT_TRUE(questionnaire) << questionnaire.error().to_string();
    ASSERT_EQ(questionnaire->questions.size(), 2u);
    EXPECT_EQ(questionnaire->questions[0].measure, measure("5.19.01"));
    EXPECT_EQ(questionnaire->state, QuestionnaireState::Concept);

    struct Case {
        char const* title;
        std::vector<std::string> measures;
        char const* field;
    };
    Case const cases[] = {
        {" ", {"5.19.01"}, "title"},
        {"Uitvraag", {}, "measures"},
        {"Uitvraag", {"5.19.01", "5.19"}, "measures[1]"},
        {"Uitvraag", {"5.30.01"}, "measures[0]"},
        {"Uitvraag", {"5.19.01", "5.20.01", "5.19.01"}, "measures[2]"},
    };
    for (auto const& c : cases) {
        auto const refused = compose_questionnaire(c.title, c.measures, catalog_measures);
        ASSERT_FALSE(refused) << c.field;
        EXPECT_EQ(refused.error().location().field, c.field) << refused.error().to_string();
    }
}

TEST(Questionnaire, SupplierAnswersBuyerAcceptsEverything)
{
    auto questionnaire = sent({"5.19.01", "5.20.03"});
    EXPECT_TRUE(answer_question(questionnaire, measure("5.19.01"), {AnswerValue::Yes, "", std::nullopt}));
    EXPECT_EQ(answer_question(questionnaire, measure("5.20.03"), {AnswerValue::Partly, " ", std::nullopt})
                  .error()
                  .location()
                  .field,
        "explanation");
    auto const open = submit_answers(questionnaire);
    ASSERT_FALSE(open);
    EXPECT_NE(open.error().message().find("5.20.03"), std::string::npos);
    EXPECT_TRUE(answer_question(questionnaire, measure("5.20.03"),
        {AnswerValue::Partly, "ISAE 3402 type II volgt in maart", EvidenceItemId(12)}));
    EXPECT_TRUE(submit_answers(questionnaire));
    EXPECT_EQ(questionnaire.state, QuestionnaireState::Answered);
    EXPECT_EQ(finish_review(questionnaire).error().kind(), ErrorKind::Invalid); // nothing reviewed yet
    EXPECT_TRUE(review_answer(questionnaire, measure("5.19.01"), {true, ""}));
    EXPECT_TRUE(review_answer(questionnaire, measure("5.20.03"), {true, ""}));
    EXPECT_TRUE(finish_review(questionnaire));
    EXPECT_EQ(questionnaire.state, QuestionnaireState::Completed);
}

TEST(Questionnaire, AskingAgainSendsItBackAndKeepsAcceptedAnswersFinal)
{
    auto questionnaire = sent({"5.19.01", "5.20.03"});
    EXPECT_TRUE(answer_question(questionnaire, measure("5.19.01"), {AnswerValue::Yes, "", std::nullopt}));
    EXPECT_TRUE(answer_question(questionnaire, measure("5.20.03"), {AnswerValue::No, "Nog niet", std::nullopt}));
    EXPECT_TRUE(submit_answers(questionnaire));
    EXPECT_EQ(review_answer(questionnaire, measure("5.20.03"), {false, ""}).error().location().field, "comment");
    EXPECT_TRUE(review_answer(questionnaire, measure("5.20.03"), {false, "Wanneer verwacht u het rapport?"}));
    EXPECT_TRUE(review_answer(questionnaire, measure("5.19.01"), {true, ""}));
    EXPECT_TRUE(finish_review(questionnaire));
    EXPECT_EQ(questionnaire.state, QuestionnaireState::Sent);
    EXPECT_EQ(questionnaire.questions[1].review_comment, "Wanneer verwacht u het rapport?");

    // Handing in again needs a new answer to the question asked again.
    EXPECT_FALSE(submit_answers(questionnaire));
    auto const final_answer = answer_question(questionnaire, measure("5.19.01"), {AnswerValue::No, "x", std::nullopt});
    ASSERT_FALSE(final_answer);
    EXPECT_EQ(final_answer.error().kind(), ErrorKind::Conflict);
    EXPECT_TRUE(
        answer_question(questionnaire, measure("5.20.03"), {AnswerValue::Yes, "Rapport in bijlage", std::nullopt}));
    EXPECT_TRUE(submit_answers(questionnaire));
    EXPECT_EQ(review_answer(questionnaire, measure("5.19.01"), {true, ""}).error().kind(), ErrorKind::Conflict);
    EXPECT_TRUE(review_answer(questionnaire, measure("5.20.03"), {true, ""}));
    EXPECT_TRUE(finish_review(questionnaire));
    EXPECT_EQ(questionnaire.state, QuestionnaireState::Completed);
}

TEST(Questionnaire, EachStepOnlyInItsState)
{
    auto questionnaire = compose_questionnaire("Uitvraag", {"5.19.01"}, catalog_measures).value();
    auto const answer = QuestionAnswer{AnswerValue::Yes, "", std::nullopt};
    EXPECT_EQ(answer_question(questionnaire, measure("5.19.01"), answer).error().kind(), ErrorKind::Conflict);
    EXPECT_EQ(submit_answers(questionnaire).error().kind(), ErrorKind::Conflict);
    EXPECT_EQ(review_answer(questionnaire, measure("5.19.01"), {}).error().kind(), ErrorKind::Conflict);
    EXPECT_EQ(finish_review(questionnaire).error().kind(), ErrorKind::Conflict);
    EXPECT_TRUE(send_questionnaire(questionnaire));
    EXPECT_EQ(send_questionnaire(questionnaire).error().kind(), ErrorKind::Conflict);
    EXPECT_EQ(answer_question(questionnaire, measure("5.20.01"), answer).error().kind(), ErrorKind::NotFound);
}

TEST(QuestionnaireEnums, NamesRoundTrip)
{
    for (auto const state : {QuestionnaireState::Concept, QuestionnaireState::Sent, QuestionnaireState::Answered,
             QuestionnaireState::Completed})
        EXPECT_EQ(*parse_questionnaire_state(to_string(state)), state);
    for (auto const value : {AnswerValue::Yes, AnswerValue::Partly, AnswerValue::No, AnswerValue::NotApplicable})
        EXPECT_EQ(*parse_answer_value(to_string(value)), value);
    EXPECT_EQ(to_string(AnswerReview::AskedAgain), "opnieuw_gevraagd");
}

} // namespace
} // namespace bolwerk::domain
