#pragma once

#include "common/result.hpp"

#include "common/error.hpp"
#include "domain/risk/risk.hpp"
#include "domain/risk/risk_level.hpp"

#include <string>

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// Risk management pages of one organisation (issue 6): the register with heat maps of
/// inherent and residual risk (SVG with a table alternative), the risk tasks, exports,
/// and the forms to register and to accept a risk.
Result<Response> show_risks(RequestContext& context);
Result<Response> export_risks_csv(RequestContext& context);
/// The XLSX is written to a private temporary file, read back and removed.
Result<Response> export_risks_xlsx(RequestContext& context);

/// The text of a refused input for people: in Dutch the message of the field it names
/// ("refusal_<field>" in the catalog), in English the domain's own message; the
/// domain's message when no Dutch text exists for the field.
std::string refusal_text(RequestContext const& context, Error const& error);

/// "Hoog" / "High": a level written out in the request's language.
std::string level_text(RequestContext const& context, domain::RiskLevel level);
/// "Hoog (3 × 4)": a score's level with likelihood and impact.
std::string score_text(RequestContext const& context, domain::RiskScore const& score);

} // namespace bolwerk::web
