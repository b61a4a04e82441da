#pragma once

#include "domain/assessment/assessment.hpp"

#include <cstdint>
#include <optional>

// What the verdicts on opzet, bestaan and werking say about a measure's status (issue
// #13 item 7): the status is the owner's to set, but the form should not stay silent
// when it contradicts the verdicts.
namespace bolwerk::domain::assessment {

/// Why a status is suggested.
enum class SuggestionReason : std::uint8_t {
    DesignOrExistenceShown, ///< Opzet or bestaan (at least partly) met, yet "niet gestart".
    OperationShown, ///< Opzet, bestaan and werking all met, yet not "geïmplementeerd".
    DesignOrExistenceFails, ///< "Geïmplementeerd" while opzet or bestaan does not meet.
};
std::string_view to_string(SuggestionReason reason); ///< "design_or_existence_shown", …

struct StatusSuggestion {
    MeasureStatus status = MeasureStatus::InProgress;
    SuggestionReason reason = SuggestionReason::DesignOrExistenceShown;
    friend bool operator==(StatusSuggestion const&, StatusSuggestion const&) = default;
};

/// The status the verdicts point to when it differs from `answer.status`; none when
/// they agree, when nothing is assessed, or for "niet van toepassing" (a decision of
/// its own, BIO2 Deel 1). Assessment follows opzet → bestaan → werking (BIO2 Deel 1,
/// "opzet, bestaan en werking"), so werking counts only after opzet and bestaan.
std::optional<StatusSuggestion> suggest_status(MeasureAnswer const& answer);

} // namespace bolwerk::domain::assessment
