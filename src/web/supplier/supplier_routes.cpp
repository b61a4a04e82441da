#include "web/supplier/supplier_routes.hpp"

#include "web/core/handler.hpp"
#include "web/supplier/chain_pages.hpp"
#include "web/supplier/contract_pages.hpp"
#include "web/supplier/supplier_api.hpp"
#include "web/supplier/supplier_forms.hpp"
#include "web/supplier/supplier_pages.hpp"

#include <nlohmann/json.hpp>

#include <array>

namespace bolwerk::web {

namespace {

constexpr std::string_view register_schema = R"({"type":"object","properties":{"items":{"type":"array",
  "items":{"$ref":"#/components/schemas/SupplierEntry"}}}})";

constexpr std::string_view supplier_schema = R"({"allOf":[{"$ref":"#/components/schemas/SupplierEntry"},
  {"type":"object","properties":{"notes":{"type":"string"},"version":{"type":"integer"},
  "services":{"type":"array","items":{"type":"object","description":"a service with its systems, criticality,
    chain (depth-first, with depth) and disclosure"}},
  "contracts":{"type":"array","items":{"type":"object","description":"a contract with its clauses, duties, exit
    strategy, dependency assessment, status, gate {passed, missing[{item, measure, subject, level, description}]}
    and the deviation it was activated under"}},
  "assurance_reports":{"type":"array","items":{"type":"object"}}}}]})";

// Dutch paths for the pages (the UI is Dutch first); the API is in English. The first
// match wins, so a literal segment comes before a `{parameter}` in the same place.
constexpr std::array routes{
    Route{Method::Get, "/organisaties/{organisation}/leveranciers", Access::Session,
        "The supplier register: criticality, contract status and assurance status, with filters.",
        page_route<show_suppliers>, {}, {}, "supplier.read"},
    Route{Method::Post, "/organisaties/{organisation}/leveranciers", Access::Session, "Register a supplier.",
        page_route<submit_supplier>, {}, {}, "supplier.write"},
    Route{Method::Get, "/organisaties/{organisation}/leveranciers/nieuw", Access::Session,
        "Form to register a supplier.", page_route<show_supplier_form>, {}, {}, "supplier.write"},
    Route{Method::Get, "/organisaties/{organisation}/leveranciers/concentratie", Access::Session,
        "Parties behind several services or suppliers (concentration).", page_route<show_concentration>, {}, {},
        "supplier.read"},
    Route{Method::Get, "/organisaties/{organisation}/leveranciers/{supplier}", Access::Session,
        "One supplier: services with linked systems and chains, contracts, assurance.", page_route<show_supplier>, {},
        {}, "supplier.read"},
    Route{Method::Get, "/organisaties/{organisation}/leveranciers/{supplier}/bewerken", Access::Session,
        "Form to change a supplier, with the version it was loaded at.", page_route<show_supplier_edit_form>, {}, {},
        "supplier.write"},
    Route{Method::Post, "/organisaties/{organisation}/leveranciers/{supplier}/bewerken", Access::Session,
        "Change a supplier (409 with the input kept when someone else changed it first).",
        page_route<submit_supplier_edit>, {}, {}, "supplier.write"},
    Route{Method::Get, "/organisaties/{organisation}/leveranciers/{supplier}/diensten/nieuw", Access::Session,
        "Form to add a service linked to systems of the register.", page_route<show_service_form>, {}, {},
        "supplier.write"},
    Route{Method::Post, "/organisaties/{organisation}/leveranciers/{supplier}/diensten", Access::Session,
        "Add a service.", page_route<submit_service>, {}, {}, "supplier.write"},
    Route{Method::Get, "/organisaties/{organisation}/leveranciers/{supplier}/diensten/{service}/keten", Access::Session,
        "The chain of sub-suppliers behind a service, as a table in tree order.", page_route<show_chain>, {}, {},
        "supplier.read"},
    Route{Method::Post, "/organisaties/{organisation}/leveranciers/{supplier}/diensten/{service}/keten",
        Access::Session, "Add a sub-supplier to a service's chain.", page_route<submit_chain_node>, {}, {},
        "supplier.write"},
    Route{Method::Post, "/organisaties/{organisation}/leveranciers/{supplier}/diensten/{service}/keten/beoordeling",
        Access::Session, "Record the disclosure of a service's chain and its judgement.",
        page_route<submit_chain_disclosure>, {}, {}, "supplier.write"},
    Route{Method::Get, "/organisaties/{organisation}/leveranciers/{supplier}/assurance/nieuw", Access::Session,
        "Form to record an independent assurance report.", page_route<show_assurance_form>, {}, {}, "supplier.write"},
    Route{Method::Post, "/organisaties/{organisation}/leveranciers/{supplier}/assurance", Access::Session,
        "Record an independent assurance report.", page_route<submit_assurance>, {}, {}, "supplier.write"},
    Route{Method::Get, "/organisaties/{organisation}/leveranciers/{supplier}/contracten/nieuw", Access::Session,
        "Form to add a contract.", page_route<show_contract_form>, {}, {}, "supplier.write"},
    Route{Method::Post, "/organisaties/{organisation}/leveranciers/{supplier}/contracten", Access::Session,
        "Add a contract in concept (the BIV clauses pre-filled from the linked systems).", page_route<submit_contract>,
        {}, {}, "supplier.write"},
    Route{Method::Get, "/organisaties/{organisation}/leveranciers/{supplier}/contracten/{contract}", Access::Session,
        "One contract with what the pre-contract gate still misses.", page_route<show_contract>, {}, {},
        "supplier.read"},
    Route{Method::Get, "/organisaties/{organisation}/leveranciers/{supplier}/contracten/{contract}/bewerken",
        Access::Session, "Form to change a contract: clauses, duties, exit strategy, dependency assessment.",
        page_route<show_contract_edit_form>, {}, {}, "supplier.write"},
    Route{Method::Post, "/organisaties/{organisation}/leveranciers/{supplier}/contracten/{contract}/bewerken",
        Access::Session, "Change a contract (409 with the input kept when someone else changed it first).",
        page_route<submit_contract_edit>, {}, {}, "supplier.write"},
    Route{Method::Post, "/organisaties/{organisation}/leveranciers/{supplier}/contracten/{contract}/activeren",
        Access::Session,
        "Make a contract active: refused naming every missing gate item, unless a deviation is recorded.",
        page_route<submit_activation>, {}, {}, "supplier.write"},

    Route{Method::Post, "/organisaties/{organisation}/leveranciers/{supplier}/contracten/{contract}/afwijking",
        Access::Session,
        "Make a contract active despite the gate, as a deviation decided by the authority the methodology asks.",
        page_route<submit_deviation>, {}, {}, "contract.deviate"},

    Route{Method::Get, "/api/v1/organisations/{organisation}/suppliers", Access::Api,
        "The supplier register with criticality, contracts and assurance status.", api_list_suppliers, {},
        register_schema, "supplier.read"},
    Route{Method::Get, "/api/v1/organisations/{organisation}/suppliers/{supplier}", Access::Api,
        "One supplier with services, chains, contracts (with the gate's findings) and assurance reports.",
        api_get_supplier, {}, supplier_schema, "supplier.read"},
};

} // namespace

std::span<Route const> supplier_routes() { return routes; }

void add_supplier_openapi_schemas(nlohmann::json& schemas)
{
    schemas["SupplierEntry"] = nlohmann::json::parse(R"({"type":"object","properties":{
      "id":{"type":"integer"},"name":{"type":"string"},"kvk_number":{"type":"string"},"country":{"type":"string"},
      "contacts":{"type":"array","items":{"type":"object"}},"criticality":{"enum":["laag","midden","hoog"]},
      "services":{"type":"array","items":{"type":"object"}},"contracts":{"type":"array","items":{"type":"object"}},
      "assurance_required":{"type":"boolean"},
      "assurance":{"enum":["geldig","verloopt_binnenkort","verlopen","ontbreekt"]},
      "assurance_valid_until":{"type":["string","null"],"format":"date"},
      "assurance_kind":{"type":["string","null"]},"last_review":{"type":["string","null"],"format":"date"},
      "next_review_due":{"type":"string","format":"date"}}})");
}

} // namespace bolwerk::web
