#include "app/assessment/assessment_service.hpp"
#include "app/authorisation.hpp"
#include "app/catalog_service.hpp"
#include "store/database.hpp"
#include "store/risk/risk_repository.hpp"

#include <algorithm>

// Issue #13 item 2: what excluding a control breaks, before it is saved.

namespace bolwerk::app {

namespace {

// The control a risk's existing control names: "8.7" itself, or the control of a
// measure "8.07.01".
std::optional<domain::catalog::ControlNumber> control_of(std::string const& reference)
{
    if (auto const measure = domain::catalog::MeasureNumber::parse_lenient(reference))
        return measure->number.control();
    if (auto const control = domain::catalog::ControlNumber::parse(reference))
        return *control;
    return std::nullopt;
}

} // namespace

Result<ExclusionPreview> AssessmentService::preview_exclusion(
    Actor const& actor, OrganisationId organisation, domain::assessment::ControlApplicability const& proposed)
{
    TRY(authorise(actor, Permission::AssessmentWrite, organisation));
    TRY(domain::assessment::check_control_applicability(proposed));
    auto const assessment = TRY(get(actor, organisation));
    auto const catalog = TRY(m_catalogs.load(actor, assessment.catalog.to_string()));
    ExclusionPreview preview{
        domain::assessment::exclusion_consequences(catalog, assessment, proposed.control), {}, false};
    if (!authorise(actor, Permission::RiskRead, organisation))
        return preview;
    preview.risks_visible = true;
    auto connection = TRY(m_database.acquire());
    for (auto& link : TRY(store::RiskRepository::control_links(*connection, organisation))) {
        if (control_of(link.reference) != proposed.control)
            continue;
        // A risk naming the control and one of its measures is listed once.
        bool const listed = std::any_of(preview.risks.begin(), preview.risks.end(),
            [&](domain::RiskControlLink const& known) { return known.risk_id == link.risk_id; });
        if (!listed)
            preview.risks.push_back(std::move(link));
    }
    return preview;
}

} // namespace bolwerk::app
