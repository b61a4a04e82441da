#pragma once

#include "common/error.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "domain/incident/incident_id.hpp"
#include "web/http/http.hpp"

#include <optional>
#include <string_view>

namespace bolwerk::web {

struct RequestContext;

/// A handler's form on the incident page that was refused: its name ("decide", "sent",
/// "note") and why. The page shows the error beside the field and keeps the input.
struct FailedForm {
    std::string_view form;
    Error const* error = nullptr;
};

/// The incident page (issue #15): summary, clocks, the timeline as a story (oldest
/// first, author and Dutch time), classification, reports sent and, for handlers, the
/// forms to decide on significance, mark a report sent and add a timeline entry.
Result<Response> incident_detail_page(
    RequestContext& context, OrganisationId organisation, IncidentId incident, std::optional<FailedForm> failed);

} // namespace bolwerk::web
