#pragma once

#include "app/risk/risk_service.hpp"
#include "common/error.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "domain/risk/methodology.hpp"
#include "domain/risk/risk.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// The one risk form, for registering (…/risicos/nieuw) and for changing a risk
/// (…/risicos/{risk}/bewerken): every field the API can set, the scale meanings of the
/// methodology in force beside the likelihood and impact inputs (issue #13 items 1, 9).
namespace risk_form {

/// What the form's fields hold: as posted, or taken from a stored risk.
struct State {
    nlohmann::json values = nlohmann::json::object(); ///< Field name → text.
    std::set<std::string> systems; ///< The ids of the chosen information systems.
    std::size_t measure_rows = 1; ///< Rows of planned measures (one stays empty for a new one).
};

State state_from_form(RequestContext& context);
State state_from_risk(domain::Risk const& risk);

/// The draft the posted form describes; an error names the form field.
Result<domain::RiskDraft> draft_from_form(RequestContext& context, domain::RiskMethodology const& methodology);

/// What differs between registering and changing.
struct Target {
    OrganisationId organisation{0};
    std::optional<RiskId> risk; ///< Absent when registering.
    std::int64_t version = 0; ///< The version the form was loaded at (changing only).
    std::string heading; ///< The risk's title (changing only).
};

/// Renders the form. `error` is shown beside its field and in the summary above the
/// form; `stale` replaces the summary by "someone else changed this risk".
Response page(RequestContext& context, Target const& target, domain::RiskMethodology const& methodology,
    std::vector<app::SystemView> const& systems, State const& state, Error const* error, bool stale = false);

} // namespace risk_form

} // namespace bolwerk::web
