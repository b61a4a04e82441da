#pragma once

#include "app/assessment/assessment_service.hpp"
#include "common/id.hpp"
#include "domain/assessment/assessment.hpp"
#include "domain/catalog/catalog.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::web {

struct RequestContext;

/// Template data of what an exclusion breaks (issue #13 item 2), shown before the
/// exclusion is confirmed: the BIO2-mandatory overheidsmaatregelen under the control,
/// the answers that will show "uitgesloten (n.v.t.)" and the risks that rely on it.
nlohmann::json exclusion_view(
    RequestContext const& context, OrganisationId organisation, app::ExclusionPreview const& preview);

/// The hint beside "does not apply" on the control form before anything is sent: how
/// many BIO2-mandatory measures fall under the control, and that a control included as
/// "BIO2 verplicht" cannot be excluded while that reason is ticked. Null when the
/// control has no mandatory measures and no such reason.
nlohmann::json mandatory_hint(RequestContext const& context, domain::catalog::CatalogVersion const& catalog,
    domain::assessment::Assessment const& assessment, domain::catalog::ControlNumber control);

} // namespace bolwerk::web
