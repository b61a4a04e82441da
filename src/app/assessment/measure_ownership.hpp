#pragma once

#include "app/actor.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "domain/assessment/assessment.hpp"
#include "store/forward.hpp"

#include <optional>

namespace bolwerk::app {

/// Whether `actor` owns `answer`: its owner field is the actor's e-mail address
/// (domain::assessment::is_owned_by). Nothing answered has no owner.
Result<bool> owns_measure(
    store::Connection& connection, Actor const& actor, std::optional<domain::assessment::MeasureAnswer> const& answer);

/// Whether `actor` may change `measure` of `organisation` or link evidence to it (issue
/// #10, item 9): AssessmentWrite for every measure, AssessmentContribute for the measures
/// the actor owns.
Result<bool> may_change_measure(store::Connection& connection, Actor const& actor, OrganisationId organisation,
    domain::catalog::MeasureNumber measure);

} // namespace bolwerk::app
