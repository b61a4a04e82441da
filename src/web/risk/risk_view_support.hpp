#pragma once

#include "app/authorisation.hpp"
#include "app/risk/risk_service.hpp"
#include "common/clock.hpp"
#include "common/error.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "domain/risk/acceptance.hpp"
#include "domain/risk/information_system.hpp"
#include "domain/risk/risk.hpp"
#include "web/http/http.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::web {

struct Page;
struct RequestContext;

/// What the risk pages of issue 6 share (risk detail, board, overdue reviews, CSV import,
/// information systems, methodology, risk analyses): paths, rows and form errors.
namespace risk_view {

app::RiskService& service_of(RequestContext& context);
std::string organisation_path(OrganisationId id);
std::string risks_path(OrganisationId id);
std::string systems_path(OrganisationId id);
bool allowed(RequestContext const& context, app::Permission permission, OrganisationId id);
/// A numeric path parameter; NotFound when malformed (it names nothing that exists).
Result<std::int64_t> id_parameter(RequestContext const& context, std::string_view name);
std::string label_of(RequestContext const& context, std::string const& nl, std::string const& en);
std::string cia_text(RequestContext const& context, domain::CiaLevel level);
nlohmann::json cia_json(RequestContext const& context, domain::Cia const& cia);
std::string optional_date_text(std::optional<Date> const& date);
/// One row of a risk table: what the register, the board and the system pages show.
nlohmann::json risk_row(RequestContext const& context, OrganisationId id, domain::Risk const& risk);
nlohmann::json risk_rows(RequestContext const& context, OrganisationId id, std::vector<domain::Risk> const& risks);
nlohmann::json acceptance_row(RequestContext const& context, domain::RiskAcceptance const& acceptance);
/// The options of a select: `values` with their texts "<prefix><value>", `chosen` selected.
nlohmann::json select_options(RequestContext const& context, std::string_view prefix, std::string const& chosen,
    std::span<char const* const> values);
/// The form values as posted, for re-rendering a form with the input kept.
nlohmann::json posted_values(RequestContext& context);
/// Fills `page` with the error of a refused form: beside its field, or above the form.
void show_form_error(RequestContext& context, Page& page, nlohmann::json& errors, Error const& error);
Response refused_or(RequestContext& context, Result<void> const& permission);
/// System names by id, for the lists that name a risk's or an analysis's system.
std::map<InformationSystemId, std::string> system_names(std::vector<app::SystemView> const& systems);

} // namespace risk_view

} // namespace bolwerk::web
