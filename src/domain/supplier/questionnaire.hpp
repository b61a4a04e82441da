#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "domain/catalog/measure_number.hpp"
#include "domain/supplier/supplier_ids.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::domain {

/// Where a questionnaire is: concept (the buyer composes it), verstuurd (the supplier
/// answers), beantwoord (the buyer reviews), afgerond (every answer accepted).
/// Asking again sends it back from beantwoord to verstuurd.
enum class QuestionnaireState : std::uint8_t { Concept, Sent, Answered, Completed };
std::string_view to_string(QuestionnaireState state); ///< "concept", "verstuurd", "beantwoord", "afgerond"
Result<QuestionnaireState> parse_questionnaire_state(std::string_view text);

/// The supplier's answer to whether it meets a measure.
enum class AnswerValue : std::uint8_t { Yes, Partly, No, NotApplicable };
std::string_view to_string(AnswerValue value); ///< "ja", "deels", "nee", "niet_van_toepassing"
Result<AnswerValue> parse_answer_value(std::string_view text);

/// The buyer's review of one answer.
enum class AnswerReview : std::uint8_t { Pending, Accepted, AskedAgain };
std::string_view to_string(AnswerReview review); ///< "open", "geaccepteerd", "opnieuw_gevraagd"

struct QuestionAnswer {
    AnswerValue value = AnswerValue::Yes;
    std::string explanation; ///< Required unless the answer is "ja".
    std::optional<EvidenceItemId> evidence; ///< A file the supplier uploaded with it.
};

/// One question: does the supplier meet this BIO2 measure? The measure's text comes
/// from the catalog the questionnaire was composed from; it is not copied here.
struct Question {
    catalog::MeasureNumber measure;
    std::optional<QuestionAnswer> answer;
    AnswerReview review = AnswerReview::Pending;
    std::string review_comment; ///< The buyer's comment when asking again.
};

/// A questionnaire a buyer sends to a supplier through the portal.
/// Invariants: at least one question, no measure twice, questions in measure order.
struct Questionnaire {
    QuestionnaireId id{0};
    SupplierId supplier_id{0};
    std::string title;
    std::vector<Question> questions;
    QuestionnaireState state = QuestionnaireState::Concept;
    std::optional<Date> due_on;
    std::int64_t version = 1;
};

/// Composes a concept questionnaire from measure numbers as typed ("5.20.03"); each
/// must be in `catalog` (the measures of the catalog version in force). Refuses an
/// empty title or list, an unknown or repeated measure; errors name "measures[i]".
Result<Questionnaire> compose_questionnaire(std::string_view title, std::vector<std::string> const& measures,
    std::vector<catalog::MeasureNumber> const& catalog);

/// concept → verstuurd.
Result<void> send_questionnaire(Questionnaire& questionnaire);

/// The supplier answers one question while the questionnaire is "verstuurd"; an
/// accepted answer is final. Anything but "ja" needs an explanation.
Result<void> answer_question(Questionnaire& questionnaire, catalog::MeasureNumber measure, QuestionAnswer answer);

/// The supplier hands in: verstuurd → beantwoord, once every question has an answer
/// and every question asked again has a new one. The error lists what is open.
Result<void> submit_answers(Questionnaire& questionnaire);

/// The buyer's decision on one answer.
struct ReviewDecision {
    bool accept = true;
    std::string comment; ///< Required when asking again.
};

/// The buyer reviews one answer while the questionnaire is "beantwoord".
Result<void> review_answer(Questionnaire& questionnaire, catalog::MeasureNumber measure, ReviewDecision decision);

/// The buyer closes the review once every answer is reviewed: afgerond when all are
/// accepted, otherwise back to verstuurd for the supplier to answer again.
Result<void> finish_review(Questionnaire& questionnaire);

} // namespace bolwerk::domain
