#pragma once

#include "common/error.hpp"
#include "domain/assessment/assessment.hpp"
#include "domain/vvt/statement.hpp"

#include <optional>
#include <string>

namespace bolwerk::web {

struct RequestContext;

/// The VvT's cell texts in the page's language, from the message catalogs (issue #12:
/// the English VvT pages showed Dutch labels). The exports keep report::vvt's Dutch
/// labels: the VvT document is Dutch.
std::string reason_text(RequestContext const& context, domain::assessment::InclusionReason reason);
std::string implementation_text(RequestContext const& context, domain::vvt::ControlImplementation implementation);
/// "Risicoanalyse 12" / "Risk analysis 12"; "" when absent.
std::string reference_text(
    RequestContext const& context, std::optional<domain::assessment::RiskReference> const& reference);

/// Why `statement` cannot be published, in the page's language: the exclusions and
/// deviations without a risk-analysis reference (domain::vvt::check_publishable), or an
/// incomplete ISMS scope. `refusal` is check_publishable's error.
std::string publication_problem_text(
    RequestContext const& context, domain::vvt::StatementOfApplicability const& statement, Error const& refusal);

} // namespace bolwerk::web
