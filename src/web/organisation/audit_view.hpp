#pragma once

#include "app/audit_trail.hpp"
#include "common/id.hpp"
#include "domain/audit_event.hpp"

#include <map>
#include <string>
#include <vector>

// The audit trail for people (issue #13 item 5): who by name, what as a sentence in
// the UI language, what changed, when in Dutch time, a link to the object; and the
// filters of the page and its exports, read from the query string.
namespace bolwerk::web {

struct RequestContext;

/// The filters as given (to show them again), the errors per field and the query.
struct AuditFilters {
    std::map<std::string, std::string> values; ///< van, tot, wie, soort, object
    std::map<std::string, std::string> errors; ///< Field -> message in the UI language.
    app::AuditQuery query;
    std::string query_string; ///< The filters as "van=...&tot=..." for links (no page cursor).
};

/// Reads `van` and `tot` (dates, Dutch days), `wie` (an actor), `soort` (a kind of
/// object), `object` (an object id) and `voor` (the page cursor) from the query string.
AuditFilters read_audit_filters(RequestContext& context);

/// One change of one field, as text.
struct AuditChangeText {
    std::string field;
    std::string before;
    std::string after;
};

/// One event as people read it.
struct AuditRow {
    std::string when; ///< "7 december 2026 04:51" (Europe/Amsterdam)
    std::string who; ///< "Carla CISO", "Operator (CLI): root"
    std::string what; ///< "Risico gewijzigd"
    std::string kind; ///< "Risico"
    std::string href; ///< The object's page, or "" when it has none.
    std::vector<AuditChangeText> changes;
    std::string omitted; ///< "en 3 velden meer", or "".
    std::string note;
    std::string changes_text; ///< "Behandeling: vermijden → verminderen; ..." for spreadsheets.
};

AuditRow audit_row(RequestContext const& context, OrganisationId organisation, domain::AuditEvent const& event,
    std::map<std::string, std::string> const& names);

/// "Carla CISO", "Carla CISO (API-token 3)", "Operator (CLI): root", "Gebruiker 4".
std::string audit_actor_text(
    RequestContext const& context, std::string const& label, std::map<std::string, std::string> const& names);

/// A recorded value as people read it in the UI language, by the rule of the audit
/// trail: a code in words ("implemented" → "geïmplementeerd"), "true"/"false" as yes/no,
/// dates and times in Dutch time; other text as recorded. Also used by the comparison
/// of snapshots, so a value reads the same on both pages.
std::string recorded_value_text(RequestContext const& context, std::string const& value);

/// "Risico", "Overheidsmaatregel"; the code with spaces for an unknown kind.
std::string audit_kind_text(RequestContext const& context, std::string const& object_type);

} // namespace bolwerk::web
