#pragma once

#include "common/result.hpp"
#include "domain/assessment/assessment.hpp"

#include <optional>
#include <string_view>

// What an owner of a measure may change without the right to decide the statement of
// applicability (issue #10, item 9). The CISO (or beheerder) decides which controls and
// measures apply and gives the verdicts on opzet, bestaan and werking (ISO 27001 6.1.3 d;
// BIO2 Deel 1, the VvT); the owner of a measure reports its progress. Pure rules.
namespace bolwerk::domain::assessment {

/// Whether the free-text owner of an answer names the person with e-mail address `email`:
/// the owner field holds that address (case and surrounding spaces ignored). A name is
/// not enough: two people can share one, an address is unique.
bool is_owned_by(std::string_view owner, std::string_view email);

/// Checks a change of an answer by its owner: `before` is the stored answer (nothing when
/// the measure was never answered, which has no owner yet), `after` the new one. The owner
/// may change the status (never to or from "niet van toepassing", which is an exclusion),
/// the maturity and the notes of opzet, bestaan and werking. Any other change (owner,
/// target date, reason or reference of an exclusion, a verdict with its date and assessor)
/// is Forbidden, naming the field.
Result<void> check_owner_change(std::optional<MeasureAnswer> const& before, MeasureAnswer const& after);

} // namespace bolwerk::domain::assessment
