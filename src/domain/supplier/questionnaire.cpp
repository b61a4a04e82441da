#include "domain/supplier/questionnaire.hpp"

#include "domain/supplier/enum_names.hpp"

#include <algorithm>

namespace bolwerk::domain {

namespace {

using catalog::MeasureNumber;
using supplier_detail::name_of;
using supplier_detail::NameTable;
using supplier_detail::parse_name;

constexpr std::size_t max_title_length = 200;

constexpr NameTable<QuestionnaireState, 4> state_names{
    {{QuestionnaireState::Concept, "concept"}, {QuestionnaireState::Sent, "verstuurd"},
        {QuestionnaireState::Answered, "beantwoord"}, {QuestionnaireState::Completed, "afgerond"}}};
constexpr NameTable<AnswerValue, 4> answer_names{{{AnswerValue::Yes, "ja"}, {AnswerValue::Partly, "deels"},
    {AnswerValue::No, "nee"}, {AnswerValue::NotApplicable, "niet_van_toepassing"}}};
constexpr NameTable<AnswerReview, 3> review_names{{{AnswerReview::Pending, "open"},
    {AnswerReview::Accepted, "geaccepteerd"}, {AnswerReview::AskedAgain, "opnieuw_gevraagd"}}};

Result<void> require_state(Questionnaire const& questionnaire, QuestionnaireState expected, std::string_view action)
{
    if (questionnaire.state == expected)
        return ok();
    return Error::conflict("a questionnaire that is " + std::string(to_string(questionnaire.state)) + " cannot "
        + std::string(action) + " (it must be " + std::string(to_string(expected)) + ")");
}

Result<Question*> find_question(Questionnaire& questionnaire, MeasureNumber measure)
{
    auto const found = std::find_if(questionnaire.questions.begin(), questionnaire.questions.end(),
        [&](Question const& question) { return question.measure == measure; });
    if (found == questionnaire.questions.end())
        return Error::not_found("the questionnaire has no question about " + measure.to_string());
    return &*found;
}

// The measures of questions that still need the supplier.
std::string open_questions(Questionnaire const& questionnaire)
{
    std::string open;
    for (auto const& question : questionnaire.questions) {
        bool const needs_answer = !question.answer || question.review == AnswerReview::AskedAgain;
        if (needs_answer)
            open += (open.empty() ? "" : ", ") + question.measure.to_string();
    }
    return open;
}

} // namespace

std::string_view to_string(QuestionnaireState state) { return name_of(state_names, state); }
Result<QuestionnaireState> parse_questionnaire_state(std::string_view text)
{
    return parse_name(state_names, text, "state", "questionnaire state");
}
std::string_view to_string(AnswerValue value) { return name_of(answer_names, value); }
Result<AnswerValue> parse_answer_value(std::string_view text)
{
    return parse_name(answer_names, text, "answer", "answer");
}
std::string_view to_string(AnswerReview review) { return name_of(review_names, review); }

Result<Questionnaire> compose_questionnaire(
    std::string_view title, std::vector<std::string> const& measures, std::vector<MeasureNumber> const& catalog)
{
    Questionnaire questionnaire;
    questionnaire.title = std::string(trim(title));
    if (questionnaire.title.empty() || questionnaire.title.size() > max_title_length)
        return Error::invalid("a questionnaire needs a title of 1–200 characters", {.field = "title"});
    if (measures.empty())
        return Error::invalid("choose at least one measure to ask about", {.field = "measures"});
    for (std::size_t i = 0; i < measures.size(); ++i) {
        auto const field = "measures[" + std::to_string(i) + "]";
        auto const number = MeasureNumber::parse(trim(measures[i]));
        if (!number)
            return number.error().with_field(field);
        if (std::find(catalog.begin(), catalog.end(), *number) == catalog.end())
            return Error::invalid("measure " + number->to_string() + " is not in the catalog", {.field = field});
        bool const repeated = std::any_of(questionnaire.questions.begin(), questionnaire.questions.end(),
            [&](Question const& question) { return question.measure == *number; });
        if (repeated)
            return Error::invalid("measure " + number->to_string() + " is asked twice", {.field = field});
        questionnaire.questions.push_back({*number, std::nullopt, AnswerReview::Pending, {}});
    }
    std::sort(questionnaire.questions.begin(), questionnaire.questions.end(),
        [](Question const& left, Question const& right) { return left.measure < right.measure; });
    return questionnaire;
}

Result<void> send_questionnaire(Questionnaire& questionnaire)
{
    TRY(require_state(questionnaire, QuestionnaireState::Concept, "be sent"));
    questionnaire.state = QuestionnaireState::Sent;
    return ok();
}

Result<void> answer_question(Questionnaire& questionnaire, MeasureNumber measure, QuestionAnswer answer)
{
    TRY(require_state(questionnaire, QuestionnaireState::Sent, "be answered"));
    auto* question = TRY(find_question(questionnaire, measure));
    if (question->review == AnswerReview::Accepted)
        return Error::conflict("the answer about " + measure.to_string() + " was accepted and is final");
    answer.explanation = std::string(trim(answer.explanation));
    if (answer.value != AnswerValue::Yes && answer.explanation.empty())
        return Error::invalid("explain an answer other than 'ja'", {.field = "explanation"});
    question->answer = std::move(answer);
    question->review = AnswerReview::Pending;
    return ok();
}

Result<void> submit_answers(Questionnaire& questionnaire)
{
    TRY(require_state(questionnaire, QuestionnaireState::Sent, "be handed in"));
    auto const open = open_questions(questionnaire);
    if (!open.empty())
        return Error::invalid("answer every question first; still open: " + open, {.field = "answers"});
    questionnaire.state = QuestionnaireState::Answered;
    return ok();
}

Result<void> review_answer(Questionnaire& questionnaire, MeasureNumber measure, ReviewDecision decision)
{
    TRY(require_state(questionnaire, QuestionnaireState::Answered, "be reviewed"));
    auto* question = TRY(find_question(questionnaire, measure));
    if (question->review == AnswerReview::Accepted)
        return Error::conflict("the answer about " + measure.to_string() + " was already accepted");
    decision.comment = std::string(trim(decision.comment));
    if (!decision.accept && decision.comment.empty())
        return Error::invalid("say what the supplier should add when asking again", {.field = "comment"});
    question->review = decision.accept ? AnswerReview::Accepted : AnswerReview::AskedAgain;
    question->review_comment = std::move(decision.comment);
    return ok();
}

Result<void> finish_review(Questionnaire& questionnaire)
{
    TRY(require_state(questionnaire, QuestionnaireState::Answered, "be closed"));
    std::string pending;
    bool asked_again = false;
    for (auto const& question : questionnaire.questions) {
        if (question.review == AnswerReview::Pending)
            pending += (pending.empty() ? "" : ", ") + question.measure.to_string();
        asked_again = asked_again || question.review == AnswerReview::AskedAgain;
    }
    if (!pending.empty())
        return Error::invalid("review every answer first; still open: " + pending, {.field = "reviews"});
    questionnaire.state = asked_again ? QuestionnaireState::Sent : QuestionnaireState::Completed;
    return ok();
}

} // namespace bolwerk::domain
