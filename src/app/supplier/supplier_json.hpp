#pragma once

#include "app/supplier/supplier_service.hpp"

#include <nlohmann/json_fwd.hpp>

// The JSON of the supplier module: the audit trail's before/after, the API and the
// CLI's --json. Field names follow the SQL columns of migration 0015.
namespace bolwerk::app {

nlohmann::json supplier_to_json(domain::Supplier const& supplier);
nlohmann::json service_to_json(domain::DeliveredService const& service);
nlohmann::json contract_to_json(domain::Contract const& contract);
nlohmann::json gate_to_json(domain::GateResult const& gate);
nlohmann::json deviation_to_json(domain::GateDeviation const& deviation);
nlohmann::json chain_node_to_json(domain::ChainNode const& node);
nlohmann::json disclosure_to_json(domain::ChainDisclosure const& disclosure);
nlohmann::json assurance_report_to_json(domain::AssuranceReport const& report);
nlohmann::json register_entry_to_json(domain::RegisterEntry const& entry);
nlohmann::json supplier_detail_to_json(SupplierDetail const& detail);
nlohmann::json concentration_to_json(domain::ConcentrationEntry const& entry);
nlohmann::json supplier_task_to_json(domain::SupplierTask const& task);

} // namespace bolwerk::app
