#pragma once

#include "app/supplier/supplier_service.hpp"
#include "common/id.hpp"
#include "common/result.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace bolwerk::web {

struct RequestContext;

/// What the supplier pages (issue #14) share: paths, labels of the stored enum names,
/// and the gate's findings as the page lists them.
namespace supplier_view {

app::SupplierService& suppliers_of(RequestContext& context);
std::string suppliers_path(OrganisationId organisation);
std::string supplier_path(OrganisationId organisation, SupplierId supplier);
std::string contract_path(OrganisationId organisation, SupplierId supplier, ContractId contract);
/// The page's text for a stored enum name: context.text(prefix + name).
std::string label(RequestContext const& context, std::string_view prefix, std::string_view name);
/// The gate's missing items: {"text", "measure"} in the page's language.
nlohmann::json gate_items(RequestContext const& context, domain::GateResult const& gate);
/// The contract's status, with the label and a CSS modifier for the badge.
nlohmann::json status_badge(RequestContext const& context, std::string_view prefix, std::string_view name);

} // namespace supplier_view

} // namespace bolwerk::web
