#pragma once

#include "app/supplier/supplier_service.hpp"
#include "common/result.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// The contract form (issue #14) for adding and changing a contract: its values as
/// JSON (posted, stored or new), the terms read from a post, and the page.
namespace contract_form {

struct Form {
    OrganisationId organisation{0};
    app::SupplierDetail detail;
    std::vector<std::pair<RiskAnalysisId, std::string>> analyses;
    std::optional<app::SupplierContractView> current; ///< Absent for a new contract.
};

/// Loads what the form shows; `contract` must be one of the supplier's (NotFound).
Result<Form> load(
    RequestContext& context, OrganisationId organisation, SupplierId supplier, std::optional<ContractId> contract);
Response render(
    RequestContext& context, Form const& form, nlohmann::json const& values, Error const* error, bool stale = false);

nlohmann::json new_values();
nlohmann::json stored(domain::Contract const& contract);
nlohmann::json posted(RequestContext& context);
/// The terms of a post. Parts the form does not show (the consequences of accepted
/// general terms) are kept from `current`.
Result<domain::ContractTerms> terms_from(RequestContext& context, std::optional<domain::ContractTerms> const& current);

/// The five duties by their form and message name, in the order of the form.
std::array<std::pair<std::string_view, bool>, 5> duty_flags(domain::ContractDuties const& duties);

} // namespace contract_form

} // namespace bolwerk::web
